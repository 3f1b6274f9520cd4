import { Badge, Link, Text, mergeClasses } from "@fluentui/react-components";
import { routeHref } from "../../../core/ui/router";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import type { ReturnSummary } from "../domain/calendar-views";
import { stateWords } from "../domain/occurrence-state";
import type { StoredReturn } from "../domain/return-records";
import { StateBadge } from "./StateBadge";
import { useKpiStyles } from "./styles";

const rateWords = (s: ReturnSummary | undefined) => {
  const t = s?.timeliness;
  if (!t || !t.counted) return "Nothing to judge yet";
  return `${t.onTime} of ${t.counted} on time (${Math.round((t.onTimeRate ?? 0) * 100)}%)`;
};

/** Every return and publication: what, to whom, whose, the next deadline and how often it has been on time. */
export function ReturnsTable({ returns, summaries, today }: { returns: readonly StoredReturn[]; summaries: ReadonlyMap<string, ReturnSummary>; today: CalendarDate }) {
  const styles = useKpiStyles();
  const sorted = [...returns].sort((a, b) => a.item.name.localeCompare(b.item.name, "en-GB"));
  return (
    <div className={styles.scroller} role="region" aria-label={`Returns and publications, ${returns.length}`} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.srOnly}>Every return and publication in the reporting calendar</caption>
        <thead>
          <tr>
            {["Return or publication", "Recipient", "Owner", "Next deadline", "On time so far"].map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const s = summaries.get(r.item.key);
            return (
              <tr key={r.item.key}>
                <th scope="row" className={mergeClasses(styles.td, styles.name, styles.rowHeader)}>
                  <Link href={routeHref("kpis", ["return", r.item.key])}>{r.item.name}</Link>
                  <br />
                  <Text size={200} className={styles.secondary}>
                    {[r.item.kind === "publication" ? "Publication" : "Return", r.item.statutory ? "statutory" : "non-statutory", r.item.reference].filter(Boolean).join(", ")}
                  </Text>
                  {r.problems.length > 0 && (
                    <>
                      <br />
                      <Badge appearance="outline" color="danger">
                        Rule needs fixing
                      </Badge>
                    </>
                  )}
                </th>
                <td className={styles.td}>{r.item.recipient ?? "Not set"}</td>
                <td className={styles.td}>{r.ownerName ?? (r.item.ownerRole ? `No owner yet (${r.item.ownerRole})` : "No owner yet")}</td>
                <td className={mergeClasses(styles.td, styles.nowrap)}>
                  {s?.next ? (
                    <div className={styles.plainList}>
                      <span>{formatCalendarDate(s.next.deadline)}</span>
                      <StateBadge state={s.next.state} words={stateWords(s.next, today)} />
                      {s.checkTheDate && (
                        <Badge appearance="outline" color="important">
                          Check the date
                        </Badge>
                      )}
                    </div>
                  ) : (
                    "None in the next 12 months"
                  )}
                  {s && s.overdue > 0 && (
                    <>
                      <br />
                      <Text size={200}>{s.overdue} overdue</Text>
                    </>
                  )}
                </td>
                <td className={styles.td}>{rateWords(s)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
