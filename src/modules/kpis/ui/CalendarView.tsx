import { Button, Dropdown, Option, Text } from "@fluentui/react-components";
import { ArrowDownload20Regular, CalendarAdd20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { hubUrlFor } from "../../../core/domain/deep-links";
import { plural } from "../../../core/domain/format";
import { downloadCsv, downloadFile } from "../../../core/ui/download";
import { navigate, routeHref } from "../../../core/ui/router";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { type CalendarDate, addMonths } from "../domain/calendar-date";
import { CALENDAR_VIEW_LABELS, CALENDAR_VIEWS, type CalendarFilters, calendarFiltersFromParams, calendarFiltersToParams, deadlinesToRemind, occurrencesCsv, occurrencesForView, recipientsOf, summariseReturns } from "../domain/calendar-views";
import { deadlinesCalendar } from "../domain/deadline-ics";
import { calendarCounts, calendarTimeliness } from "../domain/reporting-figures";
import { MonthView } from "./MonthView";
import { OccurrenceTable } from "./OccurrenceTable";
import { ReturnsTable } from "./ReturnsTable";
import { useKpiStyles } from "./styles";
import { type CalendarState, useCalendar } from "./use-calendar";
import { useViewer } from "./use-viewer";

const hrefFor = (f: CalendarFilters) => routeHref("kpis", ["calendar"], calendarFiltersToParams(f));

const EMPTY: Record<string, string> = {
  "due-soon": "Nothing is due in the next 30 days.",
  overdue: "Nothing is overdue.",
  mine: "No return in the calendar is yours yet. The data lead names each return's owner.",
  recipient: "Nothing is still to do for this recipient in the next 12 months.",
};

/** Headline figures: what is overdue and due soon, and the on-time rate over the last 12 months. */
function Headline({ calendar, today }: { calendar: CalendarState; today: CalendarDate }) {
  const counts = calendarCounts(calendar.statuses, today);
  const yearAgo = addMonths(today, -12);
  const lastYear = calendarTimeliness(calendar.statuses.filter((s) => s.deadline >= yearAgo && s.deadline < today));
  const notRecorded = calendar.statuses.some((s) => s.state === "Not recorded") ? " Deadlines from before Data Hub tracked a return show as “not recorded”, not overdue, unless someone records them." : "";
  const rate = lastYear.counted ? `${lastYear.onTime} of ${lastYear.counted} deadlines in the last 12 months met on time (${Math.round(lastYear.onTimeRate! * 100)}%).` : "No deadline in the last 12 months has been recorded yet, so there is no on-time rate.";
  return (
    <Text as="p" className={useKpiStyles().flush}>
      {plural(counts.overdue, "deadline")} overdue, {counts.dueSoon} due in the next 30 days{counts.checkTheDate ? `, ${counts.checkTheDate} coming with a date to check` : ""}. {rate}
      {notRecorded}
    </Text>
  );
}

/** The reporting calendar: due soon, overdue, mine, by recipient, a month, every return; .ics and CSV downloads. */
export function CalendarView({ params, today }: { params: URLSearchParams; today: CalendarDate }) {
  const styles = useKpiStyles();
  const viewer = useViewer();
  const query = params.toString();
  const filters = useMemo(() => calendarFiltersFromParams(new URLSearchParams(query)), [query]);
  const { data, calendar } = useCalendar(today);
  const [announcement, setAnnouncement] = useState("");
  // Deadlines marked on this view stay in it, with their new state, until the view changes: the row
  // (and the focus returning to its button) does not vanish under the person.
  const [kept, setKept] = useState<{ view: string; keys: ReadonlySet<string> }>({ view: "", keys: new Set() });
  const viewKey = JSON.stringify(filters);
  const shown = useMemo(() => {
    if (!calendar) return [];
    const base = occurrencesForView(calendar.statuses, filters, viewer.me);
    if (kept.view !== viewKey || kept.keys.size === 0) return base;
    const inBase = new Set(base.map((o) => o.key));
    return [...base, ...calendar.statuses.filter((o) => kept.keys.has(o.key) && !inBase.has(o.key))].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  }, [calendar, filters, viewKey, viewer.me, kept]);
  const summaries = useMemo(() => (calendar ? summariseReturns(calendar.statuses, today) : new Map()), [calendar, today]);
  const recipients = useMemo(() => recipientsOf(calendar?.returns.map((r) => r.item) ?? []), [calendar]);

  if (data.status === "loading" || (data.status === "ready" && !calendar)) return <Loading label="Loading the reporting calendar…" />;
  if (data.status === "error" || !calendar) return <ErrorState error={data.status === "error" ? data.error : null} onRetry={data.reload} />;

  const download = (mine: boolean) => {
    const events = deadlinesToRemind(calendar.statuses, today, mine ? viewer.me : null);
    const text = deadlinesCalendar(events, { name: mine ? "My reporting deadlines" : "Reporting calendar", now: new Date(), linkOf: (o) => hubUrlFor(window.location.href, `kpis/return/${encodeURIComponent(o.returnKey)}`) });
    downloadFile(mine ? "data-hub-my-deadlines.ics" : "data-hub-reporting-calendar.ics", "text/calendar;charset=utf-8", text);
    setAnnouncement(`${plural(events.length, "deadline")} in the calendar file.`);
  };
  const problems = calendar.returns.flatMap((r) => r.problems);
  const listView = filters.view !== "month" && filters.view !== "returns";

  return (
    <section className={styles.stack} aria-labelledby="calendar-heading">
      <Text as="h2" size={500} weight="semibold" id="calendar-heading">
        Reporting calendar
      </Text>
      <Headline calendar={calendar} today={today} />
      {problems.length > 0 && viewer.canManage && (
        <EmptyState title={`${plural(problems.length, "deadline rule")} could not be read, so ${problems.length === 1 ? "it makes" : "they make"} no deadlines:`}>
          <ul className={styles.list}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </EmptyState>
      )}
      <ViewTabs label="Calendar views" selected={filters.view} onSelect={(view) => navigate(hrefFor({ ...filters, view }))} tabs={CALENDAR_VIEWS.map((v) => ({ value: v, label: CALENDAR_VIEW_LABELS[v] }))} />
      <div className={styles.bar}>
        {filters.view === "recipient" && (
          <div className={styles.field}>
            <label htmlFor="calendar-recipient">Recipient</label>
            <Dropdown id="calendar-recipient" value={filters.recipient ?? "Every recipient"} selectedOptions={[filters.recipient ?? ""]} onOptionSelect={(_, d) => navigate(hrefFor({ ...filters, recipient: d.optionValue || undefined }))}>
              <Option value="">Every recipient</Option>
              {recipients.map((r) => (
                <Option key={r.name} value={r.name} text={r.name}>
                  {`${r.name} (${plural(r.returns, "return")})`}
                </Option>
              ))}
            </Dropdown>
          </div>
        )}
        <div className={styles.actions}>
          {viewer.me !== null && (
            <Button icon={<CalendarAdd20Regular />} onClick={() => download(true)}>
              My deadlines (.ics)
            </Button>
          )}
          <Button icon={<CalendarAdd20Regular />} onClick={() => download(false)}>
            Whole calendar (.ics)
          </Button>
          {listView && (
            <Button icon={<ArrowDownload20Regular />} disabled={shown.length === 0} onClick={() => downloadCsv(`data-hub-deadlines-${filters.view}-${today}.csv`, occurrencesCsv(shown, today, calendar.ownerName))}>
              Export to CSV
            </Button>
          )}
        </div>
      </div>
      <Text role="status" aria-live="polite" className={styles.status} data-testid="calendar-status">
        {announcement || (listView ? `Showing ${plural(shown.length, "deadline")}.` : filters.view === "returns" ? `Showing ${plural(calendar.returns.length, "return and publication", "returns and publications")}.` : "")}
      </Text>
      {filters.view === "month" ? (
        <MonthView statuses={calendar.statuses} filters={filters} today={today} hrefFor={hrefFor} />
      ) : filters.view === "returns" ? (
        <ReturnsTable returns={calendar.returns} summaries={summaries} today={today} />
      ) : shown.length === 0 ? (
        <EmptyState title={filters.view === "mine" && viewer.me === null ? "Finding your deadlines…" : (EMPTY[filters.view] ?? "No deadlines in this view.")} />
      ) : (
        <OccurrenceTable
          label={`${CALENDAR_VIEW_LABELS[filters.view]}: deadlines`}
          occurrences={shown}
          submissions={calendar.submissions}
          today={today}
          viewer={viewer}
          ownerName={calendar.ownerName}
          onSaved={(saved, message) => {
            setKept((k) => ({ view: viewKey, keys: new Set([...(k.view === viewKey ? k.keys : []), saved.occurrenceKey]) }));
            calendar.upsert(saved);
            if (message) setAnnouncement(message);
          }}
        />
      )}
    </section>
  );
}
