import type { WorkItem } from "../../../core/domain/work";
import { addDays, type CalendarDate, daysBetween } from "./calendar-date";
import { entryState, type KpiValue, periodOfFrequency, valueDueDate } from "./kpi";
import type { StoredKpi } from "./kpi-records";

/** A value is listed once its due date is this close (or has passed). */
const VALUE_DUE_SOON_DAYS = 30;

/**
 * The values a KPI's owner has to enter: for the last period that has ended, a value missing
 * (its due date passed: overdue) or due within 30 days (the register's own entry states, domain/kpi.ts).
 */
export function valuesToEnter(kpis: readonly Pick<StoredKpi, "key" | "name" | "frequency" | "valueDue" | "trackedFrom" | "ownerId">[], values: readonly Pick<KpiValue, "kpiKey" | "period" | "enteredOn">[], siteUserId: number, today: CalendarDate): WorkItem[] {
  return kpis
    .filter((kpi) => kpi.ownerId === siteUserId)
    .flatMap((kpi) => {
      const last = periodOfFrequency(kpi.frequency, addDays(periodOfFrequency(kpi.frequency, today).start, -1));
      const value = values.find((v) => v.kpiKey === kpi.key && v.period === last.key) ?? null;
      const state = entryState(kpi, last, value, today);
      const due = valueDueDate(kpi, last);
      if (state !== "Missing" && !(state === "Not due yet" && daysBetween(today, due) <= VALUE_DUE_SOON_DAYS)) return [];
      return [{ key: `value-${kpi.key}-${last.key}`, moduleId: "kpis", kind: "update" as const, title: `${kpi.name}: value for ${last.label}`, route: `kpis/kpi/${kpi.key}`, due, overdue: state === "Missing", detail: "A KPI value to enter" }];
    });
}
