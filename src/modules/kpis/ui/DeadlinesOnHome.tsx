import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { plural } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { ErrorState, Loading } from "../../../core/ui/states";
import { formatCalendarDate } from "../domain/calendar-date";
import { occurrenceTitle } from "../domain/occurrences";
import { stateWords } from "../domain/occurrence-state";
import { calendarCounts } from "../domain/reporting-figures";
import { StateBadge } from "./StateBadge";
import { useCalendar } from "./use-calendar";
import { useToday } from "./use-today";

const SHOWN = 8;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  date: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

/** Home's card: reporting deadlines due in the next 30 days, and how many are overdue. */
export default function DeadlinesOnHome() {
  const styles = useStyles();
  const today = useToday();
  const { data, calendar } = useCalendar(today);
  const due = useMemo(() => calendar?.statuses.filter((s) => s.state === "Due soon") ?? [], [calendar]);
  const counts = calendar ? calendarCounts(calendar.statuses, today) : null;
  return (
    <section aria-labelledby="deadlines-home-heading" className={styles.section}>
      <Text as="h2" size={500} weight="semibold" id="deadlines-home-heading">
        Reporting deadlines in the next 30 days
      </Text>
      {data.status === "loading" && <Loading label="Loading the reporting calendar…" />}
      {data.status === "error" && <ErrorState error={data.error} onRetry={data.reload} />}
      {calendar && counts && (
        <>
          <Text>
            {due.length ? `${plural(due.length, "deadline")} due in the next 30 days` : "Nothing is due in the next 30 days"}
            {counts.overdue ? `; ${plural(counts.overdue, "deadline")} overdue` : "; nothing overdue"}.
          </Text>
          {due.length > 0 && (
            <ul className={styles.list} aria-label="Deadlines due in the next 30 days">
              {due.slice(0, SHOWN).map((s) => (
                <li key={s.key} className={styles.item}>
                  <span className={styles.date}>{formatCalendarDate(s.deadline)}</span>
                  <Link href={routeHref("kpis", ["return", s.returnKey])}>{occurrenceTitle(s)}</Link>
                  <StateBadge state={s.state} words={stateWords(s, today)} />
                </li>
              ))}
            </ul>
          )}
          <Text>
            <Link href={routeHref("kpis", ["calendar"])}>{due.length > SHOWN ? `See all ${due.length} in the reporting calendar` : "Open the reporting calendar"}</Link>
            {counts.overdue > 0 && (
              <>
                {" · "}
                <Link href={routeHref("kpis", ["calendar"], { view: "overdue" })}>See what is overdue</Link>
              </>
            )}
          </Text>
        </>
      )}
    </section>
  );
}
