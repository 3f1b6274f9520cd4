import type { CalendarDate } from "./calendar-date";
import { type EntryState, type Kpi, type KpiValue, entryState, kpiPeriod, periodOfFrequency, valueDueDate } from "./kpi";
import { type KpiRag, kpiRag, targetFor } from "./kpi-rag";
import { type Trend, trendOf } from "./kpi-trend";
import { type ReportingPeriod, shiftPeriod } from "./periods";

/** One period of a KPI: a point on the line chart and a row of its equivalent table. */
export interface KpiRow {
  period: ReportingPeriod;
  value: number | null;
  target: number | null;
  rag: KpiRag;
  entry: EntryState;
  dueOn: CalendarDate;
  /** The entered value itself (note, source, confidence), when there is one. */
  entered: KpiValue | null;
}

export interface KpiSummary {
  kpi: Kpi;
  /** Oldest first, ending with the latest period that has ended by `today`. */
  rows: KpiRow[];
  /** The latest row with a value, or null when none has one. */
  latest: KpiRow | null;
  /** RAG of the latest value ("No value" when there is none). */
  rag: KpiRag;
  trend: Trend;
  /** Periods whose value is due and missing. */
  missing: number;
  late: number;
}

/** The last period of a KPI that has ended by `today` (today's own period is still running). */
export function lastEndedPeriod(kpi: Pick<Kpi, "frequency">, today: CalendarDate): ReportingPeriod {
  return shiftPeriod(periodOfFrequency(kpi.frequency, today), -1);
}

/**
 * A KPI over `periods` periods up to the last ended one: values, targets, RAG, late entries,
 * and the trend of its values. Values for periods outside the range are ignored; a value whose
 * period key is not of the KPI's frequency is left out (the entry form refuses those).
 */
export function summariseKpi(kpi: Kpi, values: readonly KpiValue[], today: CalendarDate, periods = 12): KpiSummary {
  const last = lastEndedPeriod(kpi, today);
  const byKey = new Map<string, KpiValue>();
  for (const v of values) if (v.kpiKey === kpi.key) byKey.set(v.period, v);
  const rows: KpiRow[] = [];
  let missing = 0;
  let late = 0;
  for (let n = periods - 1; n >= 0; n--) {
    const period = shiftPeriod(last, -n);
    const entered = byKey.get(period.key) ?? null;
    const target = targetFor(kpi, period);
    const entry = entryState(kpi, period, entered, today);
    if (entry === "Missing") missing++;
    if (entry === "Entered late") late++;
    rows.push({ period, value: entered?.value ?? null, target: target?.value ?? null, rag: kpiRag(entered?.value ?? null, target, kpi.polarity), entry, dueOn: valueDueDate(kpi, period), entered });
  }
  const withValues = rows.filter((r): r is KpiRow & { value: number } => r.value !== null);
  const latest = withValues[withValues.length - 1] ?? null;
  return { kpi, rows, latest, rag: latest?.rag ?? "No value", trend: trendOf(withValues, kpi.polarity), missing, late };
}

/** True when a stored value's period key is one this KPI can have (used to report bad rows, not hide them silently). */
export function isValuePeriodValid(kpi: Pick<Kpi, "frequency">, value: Pick<KpiValue, "period">): boolean {
  try {
    kpiPeriod(kpi.frequency, value.period);
    return true;
  } catch {
    return false;
  }
}

/** Groups values by KPI key once, so summarising many KPIs is linear in the values. */
export function valuesByKpi(values: readonly KpiValue[]): Map<string, KpiValue[]> {
  const map = new Map<string, KpiValue[]>();
  for (const v of values) {
    const list = map.get(v.kpiKey);
    if (list) list.push(v);
    else map.set(v.kpiKey, [v]);
  }
  return map;
}

/**
 * How many periods a KPI's own page shows: from its earliest value (or target) to the last period
 * ended, at least `minimum`, at most `maximum` (ten years of months).
 */
export function periodsToShow(kpi: Pick<Kpi, "frequency" | "targets">, values: readonly Pick<KpiValue, "period">[], today: CalendarDate, minimum = 4, maximum = 120): number {
  const last = lastEndedPeriod(kpi, today);
  let earliest = last.index;
  for (const key of [...values.map((v) => v.period), ...kpi.targets.map((t) => t.from)]) {
    try {
      const p = kpiPeriod(kpi.frequency, key);
      if (p.index < earliest) earliest = p.index;
    } catch {
      // A key of another kind is reported elsewhere; it does not stretch the range.
    }
  }
  return Math.min(maximum, Math.max(minimum, last.index - earliest + 1));
}
