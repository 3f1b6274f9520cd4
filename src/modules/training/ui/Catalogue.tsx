import { ListLink } from "../../../core/ui/ListLink";
import { Badge, Button, Card, Dropdown, Option, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { COURSE_AUDIENCES, COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS } from "../lists";
import { formatDateTime, plural } from "../../../core/domain/format";
import { type CatalogueFilters, filterCourses } from "../domain/catalogue";
import type { Placement } from "../domain/places";
import type { Course, Enrolment, Session } from "../domain/training";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "10rem" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  sessions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  session: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  quote: { color: tokens.colorNeutralForeground2 },
});

const dateTime = formatDateTime;

function placementText(p: Placement | undefined): string {
  if (!p) return "";
  if (p.state === "Waitlisted") return `You are number ${p.position} on the waiting list`;
  if (p.state === "Completed") return "You have completed this";
  return p.state === "Enrolled" ? "You have a place" : "";
}

export interface CatalogueProps {
  courses: Course[];
  principles: { key: string; title: string }[];
  sessions: Session[];
  free: Map<number, number>;
  mine: Enrolment[];
  placed: Map<number, Placement>;
  filters: CatalogueFilters;
  onFilters: (f: CatalogueFilters, options?: { replace?: boolean }) => void;
  onEnrol: (session: Session, course: Course) => void;
  /** A session just booked: its booking text takes focus when it appears, in place of the button pressed. */
  focusBookingOf?: number | null;
  onBookingFocused?: () => void;
}

type Choice = string | { value: string; label: string };
const valueOf = (c: Choice) => (typeof c === "string" ? c : c.value);
const labelOf = (c: Choice) => (typeof c === "string" ? c : c.label);

function FilterDropdown({ id, label, value, options, onChange }: { id: string; label: string; value?: string; options: readonly Choice[]; onChange: (v?: string) => void }) {
  const styles = useStyles();
  const chosen = options.find((o) => valueOf(o) === value);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <Dropdown id={id} value={chosen ? labelOf(chosen) : "Any"} selectedOptions={[value ?? ""]} onOptionSelect={(_, d) => onChange(d.optionValue || undefined)}>
        <Option value="">Any</Option>
        {options.map((o) => (
          <Option key={valueOf(o)} value={valueOf(o)}>
            {labelOf(o)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

/** Courses with their upcoming sessions and free places; booking starts here. */
export function Catalogue({ courses, principles, sessions, free, mine, placed, filters, onFilters, onEnrol, focusBookingOf, onBookingFocused }: CatalogueProps) {
  const styles = useStyles();
  const shown = filterCourses(courses, filters);
  return (
    <>
      <div className={styles.filters}>
        <div className={styles.field}>
          <label htmlFor="training-search">Search courses</label>
          <SearchBox id="training-search" value={filters.search ?? ""} onChange={(_, d) => onFilters({ ...filters, search: d.value || undefined }, { replace: true })} placeholder="Topic, skill or title" />
        </div>
        <FilterDropdown id="training-topic" label="Topic" value={filters.topic} options={COURSE_TOPICS} onChange={(topic) => onFilters({ ...filters, topic })} />
        <FilterDropdown id="training-level" label="Level" value={filters.level} options={COURSE_LEVELS} onChange={(level) => onFilters({ ...filters, level })} />
        <FilterDropdown id="training-format" label="Format" value={filters.format} options={COURSE_FORMATS} onChange={(format) => onFilters({ ...filters, format })} />
        <FilterDropdown id="training-audience" label="Audience" value={filters.audience} options={COURSE_AUDIENCES} onChange={(audience) => onFilters({ ...filters, audience })} />
        <FilterDropdown id="training-principle" label="Principle" value={filters.principle} options={principles.map((p) => ({ value: p.key, label: p.title }))} onChange={(principle) => onFilters({ ...filters, principle })} />
      </div>
      <Text role="status" aria-live="polite">
        {plural(shown.length, "course")}
      </Text>
      <ul className={styles.list} aria-label="Courses">
        {shown.map((course) => {
          const upcoming = sessions.filter((s) => s.courseKey === course.key);
          return (
            <li key={course.key}>
              <Card aria-labelledby={`course-${course.key}`}>
                <Text as="h3" size={400} weight="semibold" id={`course-${course.key}`}>
                  {course.title}
                </Text>
                <div className={styles.badges}>
                  {[course.format, course.level, course.topic, ...course.audiences].filter(Boolean).map((b) => (
                    <Badge key={b} appearance="outline" color="informative">
                      {b}
                    </Badge>
                  ))}
                </div>
                <Text className={styles.quote}>“{course.description}”{course.strategySource ? ` (strategy: ${course.strategySource})` : ""}</Text>
                <Text size={200}>Skills: {course.skills.join(", ")}</Text>
                {upcoming.length === 0 ? (
                  <Text size={200}>No sessions are scheduled yet.</Text>
                ) : (
                  <ul className={styles.sessions} aria-label={`${course.title}: upcoming sessions`}>
                    {upcoming.map((s) => {
                      const booking = mine.find((e) => e.sessionId === s.id && e.state !== "Cancelled");
                      const places = free.get(s.id) ?? 0;
                      return (
                        <li key={s.id} className={styles.session}>
                          <Text>
                            {dateTime(s.start)}, {s.location ?? "place to be confirmed"}. {places > 0 ? `${plural(places, "place")} free.` : "Full: you can join the waiting list."}
                          </Text>
                          {s.meetingLink && (
                            <ListLink url={s.meetingLink} policy={{ teamsMeeting: true }}>
                              Teams meeting link
                            </ListLink>
                          )}
                          {booking ? (
                            <Text
                              weight="semibold"
                              tabIndex={-1}
                              ref={
                                s.id === focusBookingOf
                                  ? (element: HTMLElement | null) => {
                                      if (!element) return;
                                      element.focus();
                                      onBookingFocused?.();
                                    }
                                  : undefined
                              }
                            >
                              {placementText(placed.get(booking.id))}
                            </Text>
                          ) : (
                            <Button size="small" appearance="primary" onClick={() => onEnrol(s, course)} aria-label={`${places > 0 ? "Book a place" : "Join waiting list"}: ${course.title}, ${dateTime(s.start)}`}>
                              {places > 0 ? "Book a place" : "Join waiting list"}
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
