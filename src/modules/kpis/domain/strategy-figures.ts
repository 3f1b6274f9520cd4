import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import { type CalendarDate, addDays, minDate } from "./calendar-date";
import type { Kpi, KpiValue } from "./kpi";
import { kpiFigures } from "./kpi-figures";
import { summariseKpi, valuesByKpi } from "./kpi-series";
import type { OccurrenceStatus } from "./occurrence-state";
import { type Timeliness, calendarTimeliness, timelinessByOwner, timelinessByQuarter } from "./reporting-figures";

/** What the KPI and reporting figures are computed from: read once per period by measures.ts. */
export interface ReportingFiguresData {
  /** The day the figures were read: states (overdue, submitted) are as of this day. */
  today: CalendarDate;
  /** Every deadline in the period, with its state on `today`. */
  statuses: readonly OccurrenceStatus[];
  /** Owners' names by person key, for the breakdown per owner. */
  ownerNames: Readonly<Record<string, string>>;
  kpis: readonly { kpi: Kpi; addedOn: CalendarDate }[];
  values: readonly KpiValue[];
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const inPeriod = (data: ReportingFiguresData, period: MeasurePeriod) => data.statuses.filter((s) => s.deadline >= period.start && s.deadline <= period.end);

function timelinessBasis(t: Timeliness): string {
  if (!t.counted) return "No deadline in the period has passed or been met yet";
  return `${t.onTime} of ${t.counted} deadlines met on time (${t.late} late, ${t.overdue} still overdue)`;
}

/** The KPIs in the register by the period's end, each judged on its latest value by then. */
function kpisAt(data: ReportingFiguresData, period: MeasurePeriod) {
  // A period still running is judged as of today; a past one as of the day after it ended.
  const asOf = minDate(addDays(period.end, 1), data.today);
  // Values count for their period whenever entered: a quarter's value typed in a month later is still its value.
  const byKpi = valuesByKpi(data.values);
  return kpiFigures(data.kpis.filter((k) => k.addedOn <= period.end).map(({ kpi }) => summariseKpi(kpi, byKpi.get(kpi.key) ?? [], asOf)));
}

const onTime = (data: ReportingFiguresData, period: MeasurePeriod, breakdown: (s: readonly OccurrenceStatus[]) => Timeliness[]): MeasureFigure => {
  const statuses = inPeriod(data, period);
  const all = calendarTimeliness(statuses);
  return { value: percent(all.onTimeRate), basis: timelinessBasis(all), breakdown: breakdown(statuses).map((t) => ({ label: t.label, value: percent(t.onTimeRate) })) };
};

/**
 * Rules (docs/kpis.md): a deadline counts once it is met or has passed; one still in time and not
 * yet met is not counted either way, and deadlines before Data Hub tracked a return ("not recorded")
 * are left out, so the rate is never 100% by default.
 */
export const REPORTING_FIGURES: readonly MeasureDefinition<ReportingFiguresData>[] = [
  {
    measureKey: "data-leadership-m10",
    id: "reporting.on-time",
    label: "Reporting deadlines met on time",
    method: "Deadlines in the period submitted or published on or before the deadline, as a share of those met or passed (ReportingSubmissions against the deadlines the rules in ReportingStages give); broken down by financial quarter.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => onTime(data, period, timelinessByQuarter),
  },
  {
    measureKey: "data-leadership-m10",
    id: "reporting.on-time-by-owner",
    label: "Reporting deadlines met on time, by owner",
    method: "The same on-time rate, broken down by the return's owner (returns with no owner together).",
    unit: "percent",
    better: "higher",
    compute: (data, period) => onTime(data, period, (s) => timelinessByOwner(s, (owner) => data.ownerNames[owner] ?? "Owner no longer on the site")),
  },
  {
    measureKey: "data-leadership-m10",
    id: "reporting.completion",
    label: "Completion of the reporting calendar",
    method: "Deadlines in the period submitted or published at all (on time or late), as a share of those met or passed.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const all = calendarTimeliness(inPeriod(data, period));
      return { value: percent(all.completionRate), basis: all.counted ? `${all.onTime + all.late} of ${all.counted} deadlines met (${all.overdue} still overdue)` : "No deadline in the period has passed or been met yet" };
    },
  },
  {
    measureKey: "data-quality-m3",
    id: "reporting.deadline-adherence",
    label: "Adherence to reporting deadlines",
    method: "Deadlines of the reporting calendar in the period met on time, as a share of those met or passed; statutory and non-statutory alike.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const statuses = inPeriod(data, period);
      const part = (statutory: boolean) => percent(calendarTimeliness(statuses.filter((s) => s.statutory === statutory)).onTimeRate);
      const all = calendarTimeliness(statuses);
      return { value: percent(all.onTimeRate), basis: timelinessBasis(all), breakdown: [{ label: "Statutory", value: part(true) }, { label: "Non-statutory", value: part(false) }] };
    },
  },
  {
    measureKey: "data-ethics-m9",
    id: "kpis.count",
    label: "KPIs tracked, statutory and non-statutory",
    method: "KPIs in the register (Kpis list) by the end of the period; non-statutory ones flagged as highlighting a service success shown apart.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const f = kpisAt(data, period);
      return {
        value: f.total,
        basis: `${f.statutory} statutory and ${f.nonStatutory} non-statutory KPIs, ${f.successes} of them highlighting a service success`,
        breakdown: [
          { label: "Statutory", value: f.statutory },
          { label: "Non-statutory", value: f.nonStatutory },
          { label: "Non-statutory, highlighting a success", value: f.successes },
        ],
      };
    },
  },
  {
    measureKey: "data-ethics-m9",
    id: "kpis.on-target",
    label: "KPIs on target",
    method: "KPIs whose latest value by the end of the period is on target or better, as a share of KPIs with a value and a target (KpiValues against KpiTargets, by the RAG rule in docs/kpis.md). KPIs with no value or no target are counted apart, never as on target.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const f = kpisAt(data, period);
      return {
        value: percent(f.shareOnTarget),
        basis: f.assessed ? `${f.onTarget} of ${f.assessed} KPIs with a value and a target are on target (${f.byRag["No target"]} with no target, ${f.byRag["No value"]} with no value yet)` : "No KPI has both a value and a target yet",
        breakdown: (["Green", "Amber", "Red", "No target", "No value"] as const).map((rag) => ({ label: rag === "Green" ? "On target" : rag === "Amber" ? "Just off target" : rag === "Red" ? "Off target" : rag === "No target" ? "No target set" : "No value yet", value: f.byRag[rag] })),
      };
    },
  },
];
