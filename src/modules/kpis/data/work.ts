import type { WorkReader } from "../../../core/module";
import { calendarDateOf } from "../domain/calendar-date";
import { withStates } from "../domain/occurrence-state";
import { calendarWindow, generateOccurrences, occurrenceTitle } from "../domain/occurrences";
import { loadCalendar } from "./calendar-data";
import { valuesToEnter } from "../domain/values-to-enter";
import { loadRegister } from "./kpi-data";


/**
 * Reporting deadlines of returns the person owns that are overdue or due within 30 days (the
 * calendar's own states, domain/occurrence-state.ts), and values of KPIs they own to enter.
 */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const day = calendarDateOf(today);
  const window = calendarWindow(day);
  const [data, register] = await Promise.all([loadCalendar(sp, window), loadRegister(sp, day)]);
  const trackedFromByReturn = new Map(data.returns.map((r) => [r.item.key, r.trackedFrom]));
  const statuses = withStates(generateOccurrences(data.returns.map((r) => r.item), window), data.submissions, day, { trackedFromByReturn });
  const me = String(siteUserId);
  const returns = statuses
    .filter((s) => s.owner === me && (s.state === "Overdue" || s.state === "Due soon"))
    .map((s) => ({
      key: `deadline-${s.key}`,
      moduleId: "kpis",
      kind: "update" as const,
      title: occurrenceTitle(s),
      route: `kpis/return/${s.returnKey}`,
      due: s.deadline,
      overdue: s.state === "Overdue",
      detail: s.recipient ? `A return to ${s.recipient}` : "A return to make",
    }));
  return [...returns, ...valuesToEnter(register.kpis, register.values, siteUserId, day)];
};
