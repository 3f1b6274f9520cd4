import { type CalendarDate, addDays } from "../domain/calendar-date";
import type { Kpi, KpiTarget, KpiValue, Polarity, Tolerance } from "../domain/kpi";
import { valueDueDate } from "../domain/kpi";
import { lastEndedPeriod } from "../domain/kpi-series";
import { type ReportingPeriod, financialYearKey, shiftPeriod } from "../domain/periods";
import type { Role } from "../../../../manifest/schema";
import { seededRandom } from "./seeded-random";

/**
 * SAMPLE KPIs for local mode: the kinds a district council tracks, with made-up values. Every
 * name ends "(sample)" and every value's note says it is sample data, so nobody mistakes them for
 * council figures. Provisioning never creates them; real KPIs are the council's to add.
 */
export const SAMPLE_LABEL = "(sample)";
export const SAMPLE_NOTE = "Sample value for local mode: not council data.";

interface SampleSpec {
  key: string;
  name: string;
  service: string;
  owner: Role;
  unit: string;
  polarity: Polarity;
  statutory: boolean;
  highlightsSuccess: boolean;
  tolerance: Tolerance;
  /** Target for each of the three financial years, oldest first; null: no target set. */
  targets: [number, number, number] | null;
  /** Value in the oldest quarter, change per quarter, size of the random wobble. */
  start: number;
  drift: number;
  wobble: number;
  decimals: number;
}

// Owners are local mode's personas by role (tenant/src/identity/personas.ts), so each persona has KPIs of its own.
const SPECS: readonly SampleSpec[] = [
  { key: "major-planning-in-time", name: "Major planning applications decided in time", service: "Planning", owner: "asset-owner", unit: "%", polarity: "higher is better", statutory: true, highlightsSuccess: false, tolerance: { kind: "absolute", amount: 5 }, targets: [60, 65, 70], start: 62, drift: 0.8, wobble: 6, decimals: 1 },
  { key: "minor-planning-in-time", name: "Minor planning applications decided in time", service: "Planning", owner: "asset-owner", unit: "%", polarity: "higher is better", statutory: true, highlightsSuccess: false, tolerance: { kind: "absolute", amount: 5 }, targets: [70, 70, 75], start: 72, drift: 0.3, wobble: 5, decimals: 1 },
  { key: "household-waste-recycled", name: "Household waste sent for reuse, recycling and composting", service: "Waste and recycling", owner: "asset-owner", unit: "%", polarity: "higher is better", statutory: true, highlightsSuccess: false, tolerance: { kind: "percent", amount: 5 }, targets: [38, 40, 42], start: 37, drift: 0.3, wobble: 1.5, decimals: 1 },
  { key: "residual-waste-per-household", name: "Residual household waste per household", service: "Waste and recycling", owner: "asset-owner", unit: "kg", polarity: "lower is better", statutory: true, highlightsSuccess: false, tolerance: { kind: "percent", amount: 5 }, targets: [115, 112, 110], start: 119, drift: -0.8, wobble: 3, decimals: 0 },
  { key: "information-requests-in-time", name: "Information requests answered within 20 working days", service: "Information Governance", owner: "focus-group", unit: "%", polarity: "higher is better", statutory: true, highlightsSuccess: false, tolerance: { kind: "absolute", amount: 5 }, targets: [90, 90, 90], start: 85, drift: 0.5, wobble: 3, decimals: 1 },
  { key: "housing-benefit-new-claim-days", name: "Average days to process new Housing Benefit claims", service: "Revenues and benefits", owner: "data-lead", unit: "days", polarity: "lower is better", statutory: false, highlightsSuccess: false, tolerance: { kind: "absolute", amount: 2 }, targets: [22, 20, 20], start: 23, drift: -0.3, wobble: 2, decimals: 1 },
  { key: "temporary-accommodation", name: "Households in temporary accommodation", service: "Housing", owner: "data-lead", unit: "households", polarity: "lower is better", statutory: false, highlightsSuccess: false, tolerance: { kind: "percent", amount: 10 }, targets: [60, 60, 65], start: 52, drift: 1.4, wobble: 4, decimals: 0 },
  { key: "calls-answered-in-two-minutes", name: "Customer calls answered within 2 minutes", service: "Customer Services", owner: "manager", unit: "%", polarity: "higher is better", statutory: false, highlightsSuccess: true, tolerance: { kind: "absolute", amount: 5 }, targets: [75, 80, 80], start: 72, drift: 1.2, wobble: 2, decimals: 1 },
  { key: "requests-made-online", name: "Customer requests made online", service: "Customer Services", owner: "staff", unit: "%", polarity: "higher is better", statutory: false, highlightsSuccess: true, tolerance: { kind: "absolute", amount: 3 }, targets: null, start: 44, drift: 1.5, wobble: 1, decimals: 1 },
  { key: "missed-bin-collections", name: "Missed bin collections per 100,000", service: "Waste and recycling", owner: "asset-owner", unit: "collections", polarity: "lower is better", statutory: false, highlightsSuccess: true, tolerance: { kind: "percent", amount: 10 }, targets: [60, 55, 50], start: 63, drift: -1.5, wobble: 4, decimals: 0 },
];

export const SAMPLE_QUARTERS = 12;

/**
 * Ten sample KPIs with values for the 12 financial quarters up to the last one ended by `today`,
 * and targets per financial year. The same `today` and `seed` give the same data. Values are
 * entered on or before their due date mostly, some late; a value not yet entered by `today` is left out.
 */
export function sampleKpis(today: CalendarDate, seed = 17): { kpis: Kpi[]; values: KpiValue[] } {
  const random = seededRandom(seed);
  const kpis: Kpi[] = [];
  const values: KpiValue[] = [];
  for (const spec of SPECS) {
    const kpi: Kpi = {
      key: spec.key,
      name: `${spec.name} ${SAMPLE_LABEL}`,
      termKey: null,
      statutory: spec.statutory,
      highlightsSuccess: spec.highlightsSuccess,
      service: spec.service,
      owner: spec.owner,
      unit: spec.unit,
      polarity: spec.polarity,
      frequency: "quarterly",
      tolerance: spec.tolerance,
      targets: [],
      valueDue: { months: 1, days: 0 },
      dashboardId: null,
    };
    const last = lastEndedPeriod(kpi, today);
    const first = shiftPeriod(last, -(SAMPLE_QUARTERS - 1));
    kpi.targets = targetsFor(spec, first, last);
    kpis.push(kpi);
    for (let n = 0; n < SAMPLE_QUARTERS; n++) {
      const period = shiftPeriod(first, n);
      const raw = spec.start + spec.drift * n + (random() * 2 - 1) * spec.wobble;
      const factor = 10 ** spec.decimals;
      const value = Math.round(Math.max(0, spec.unit === "%" ? Math.min(100, raw) : raw) * factor) / factor;
      const due = valueDueDate(kpi, period);
      const late = random() < 0.12;
      const enteredOn = late ? addDays(due, 1 + Math.floor(random() * 20)) : addDays(due, -Math.floor(random() * 20));
      const confidence = random() < 0.8 ? "High" : "Medium";
      if (enteredOn > today) continue;
      values.push({ kpiKey: kpi.key, period: period.key, value, enteredOn, note: SAMPLE_NOTE, source: "Sample data", confidence });
    }
  }
  return { kpis, values };
}

/** One target per financial year the 12 quarters touch, from its Q1 to its Q4. */
function targetsFor(spec: SampleSpec, first: ReportingPeriod, last: ReportingPeriod): KpiTarget[] {
  if (!spec.targets) return [];
  const firstYear = Math.floor(first.index / 4);
  const lastYear = Math.floor(last.index / 4);
  const out: KpiTarget[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const value = spec.targets[Math.min(spec.targets.length - 1, Math.max(0, year - (lastYear - 2)))]!;
    out.push({ from: `${financialYearKey(year)} Q1`, to: `${financialYearKey(year)} Q4`, value, tolerance: null });
  }
  return out;
}
