import { Button, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronLeft20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { navigate, routeHref } from "../../../core/ui/router";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import type { CalendarDate } from "../domain/calendar-date";
import { type CalendarFilters, monthOf } from "../domain/calendar-views";
import { monthAgenda, monthCalendar, WEEKDAY_NAMES } from "../domain/month-calendar";
import { type OccurrenceStatus, stateWords } from "../domain/occurrence-state";
import { StateBadge } from "./StateBadge";
import { useKpiStyles } from "./styles";

const useStyles = makeStyles({
  grid: { tableLayout: "fixed", minWidth: "44rem" },
  cell: { height: "6rem", width: "14.28%", verticalAlign: "top", padding: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  filler: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground3 },
  today: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: `-${tokens.strokeWidthThick}` },
  day: { fontWeight: tokens.fontWeightSemibold },
  items: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  agendaDay: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const monthKey = (m: { year: number; month: number }) => `${m.year}-${String(m.month).padStart(2, "0")}`;
const shortTitle = (o: OccurrenceStatus) => `${o.returnName}${o.stageName ? `: ${o.stageName}` : ""}, ${o.period.label}`;

/**
 * A month of deadlines: as a grid of weeks (Monday first) or, for screen readers, narrow tabs and
 * anyone who prefers it, as a list of the days that have deadlines. Both come from the same model.
 */
export function MonthView({ statuses, filters, today, hrefFor }: { statuses: readonly OccurrenceStatus[]; filters: CalendarFilters; today: CalendarDate; hrefFor: (f: CalendarFilters) => string }) {
  const styles = useStyles();
  const kpi = useKpiStyles();
  const { year, month } = monthOf(filters, today);
  const calendar = useMemo(() => monthCalendar(year, month, statuses, (s) => s.deadline, today), [year, month, statuses, today]);
  const agenda = useMemo(() => monthAgenda(calendar), [calendar]);
  const go = (m: { year: number; month: number }) => hrefFor({ ...filters, month: monthKey(m) });
  const count = `${calendar.itemCount} ${calendar.itemCount === 1 ? "deadline" : "deadlines"}`;

  return (
    <section className={kpi.stack} aria-labelledby="month-heading">
      <div className={styles.nav}>
        <Button as="a" href={go(calendar.previous)} icon={<ChevronLeft20Regular />} aria-label="Previous month">
          Previous
        </Button>
        <Text as="h3" size={500} weight="semibold" id="month-heading" aria-live="polite">
          {calendar.label}: {count}
        </Text>
        <Button as="a" href={go(calendar.next)} icon={<ChevronRight20Regular />} iconPosition="after" aria-label="Next month">
          Next
        </Button>
        <Link href={hrefFor({ ...filters, month: undefined })}>This month</Link>
      </div>
      <ViewTabs
        label="Show the month as"
        selected={filters.layout}
        onSelect={(layout) => navigate(hrefFor({ ...filters, layout }))}
        tabs={[
          { value: "grid", label: "Calendar" },
          { value: "list", label: "List" },
        ]}
      />
      {filters.layout === "grid" ? (
        <div className={kpi.scroller} role="region" aria-label={`${calendar.label} as a calendar`} tabIndex={0}>
          <table className={mergeClasses(kpi.table, styles.grid)}>
            <caption className={kpi.srOnly}>
              Deadlines in {calendar.label}, week by week, Monday first. The list view shows the same deadlines day by day.
            </caption>
            <thead>
              <tr>
                {WEEKDAY_NAMES.map((d) => (
                  <th key={d} scope="col" className={kpi.th}>
                    <abbr title={d}>{d.slice(0, 3)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calendar.weeks.map((week) => (
                <tr key={week[0]!.date}>
                  {week.map((day) => (
                    <td key={day.date} className={mergeClasses(styles.cell, !day.inMonth && styles.filler, day.isToday && styles.today)}>
                      <span className={styles.day}>
                        {day.day}
                        {day.isToday && <span className={kpi.srOnly}> (today)</span>}
                      </span>
                      {day.items.length > 0 && !day.inMonth && <div className={styles.items}>{day.items.length === 1 ? "1 deadline" : `${day.items.length} deadlines`}</div>}
                      {day.items.length > 0 && day.inMonth && (
                        <ul className={styles.items}>
                          {day.items.map((o) => (
                            <li key={o.key}>
                              <Link href={routeHref("kpis", ["return", o.returnKey])}>{shortTitle(o)}</Link> <span>({stateWords(o, today)})</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : agenda.length === 0 ? (
        <Text>No deadlines in {calendar.label}.</Text>
      ) : (
        <ol className={kpi.plainList} aria-label={`Deadlines in ${calendar.label}, day by day`}>
          {agenda.map((day) => (
            <li key={day.date} className={styles.agendaDay}>
              <Text as="h4" weight="semibold" size={300}>
                {day.label}
                {day.isToday ? " (today)" : ""}
              </Text>
              <ul className={kpi.plainList}>
                {day.items.map((o) => (
                  <li key={o.key} className={kpi.actions}>
                    <Link href={routeHref("kpis", ["return", o.returnKey])}>{shortTitle(o)}</Link>
                    <StateBadge state={o.state} words={stateWords(o, today)} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
