import measures from "../../src/modules/measures/seed/measures.json";
import type { Kpi, KpiValue } from "../../src/modules/kpis/domain/kpi";
import { type Occurrence, occurrenceKey } from "../../src/modules/kpis/domain/occurrences";
import { withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";
import { REPORTING_FIGURES, type ReportingFiguresData } from "../../src/modules/kpis/domain/strategy-figures";

const TODAY = "2026-11-30";
const Q2 = { start: "2026-07-01", end: "2026-09-30", label: "2026/27 Q2" };
const YEAR = { start: "2026-04-01", end: "2027-03-31", label: "2026/27" };

const occurrence = (returnKey: string, deadline: string, owner: string | null, statutory = true): Occurrence => ({
  key: occurrenceKey(returnKey, "submission", deadline),
  returnKey,
  returnName: returnKey,
  stageKey: "submission",
  stageName: null,
  period: periodFromKey(deadline),
  deadline,
  ruleDeadline: deadline,
  fromOverride: false,
  checkTheDate: false,
  owner,
  recipient: null,
  statutory,
});
const met = (o: Occurrence, on: string) => ({ occurrenceKey: o.key, submittedOn: on, link: null, by: null });

const kpi = (key: string, extra: Partial<Kpi> = {}): Kpi => ({
  key,
  name: key,
  termKey: null,
  statutory: true,
  highlightsSuccess: false,
  service: null,
  owner: null,
  unit: "%",
  polarity: "higher is better",
  frequency: "quarterly",
  tolerance: { kind: "absolute", amount: 5 },
  targets: [{ from: "2026/27 Q1", to: null, value: 80, tolerance: null }],
  valueDue: { months: 1, days: 0 },
  dashboardId: null,
  ...extra,
});
const value = (kpiKey: string, period: string, v: number): KpiValue => ({ kpiKey, period, value: v, enteredOn: "2026-10-20", note: null, source: null, confidence: "High" });

function data(): ReportingFiguresData {
  const a = occurrence("a", "2026-07-31", "11");
  const b = occurrence("b", "2026-08-31", "11");
  const c = occurrence("c", "2026-09-30", "12", false);
  const d = occurrence("d", "2026-09-15", null);
  const before = occurrence("e", "2026-05-31", "12");
  const coming = occurrence("f", "2027-01-31", "12");
  const statuses = withStates([before, a, b, d, c, coming], [met(a, "2026-07-30"), met(b, "2026-09-02"), met(before, "2026-05-31")], TODAY);
  return {
    today: TODAY,
    statuses,
    ownerNames: { "11": "Sam Patel", "12": "Morgan Ellis" },
    kpis: [
      { kpi: kpi("on"), addedOn: "2026-04-01" },
      { kpi: kpi("off", { polarity: "lower is better" }), addedOn: "2026-04-01" },
      { kpi: kpi("no-target", { statutory: false, highlightsSuccess: true, targets: [] }), addedOn: "2026-04-01" },
      { kpi: kpi("no-value", { statutory: false }), addedOn: "2026-04-01" },
      { kpi: kpi("added-later"), addedOn: "2026-10-10" },
    ],
    values: [value("on", "2026/27 Q2", 85), value("off", "2026/27 Q2", 95), value("no-target", "2026/27 Q2", 50), value("added-later", "2026/27 Q2", 99)],
  };
}
const figure = (id: string, period = Q2) => REPORTING_FIGURES.find((f) => f.id === id)!.compute(data(), period);

describe("the KPI and reporting figures for the strategy measures", () => {
  it("each names a measure the strategy has (data-quality-m3 is still marked not computable in the measures seed)", () => {
    const keys = new Map(measures.map((m) => [m.key, m.computable]));
    expect(REPORTING_FIGURES.map((f) => [f.id, keys.has(f.measureKey)])).toEqual(REPORTING_FIGURES.map((f) => [f.id, true]));
    expect(new Set(REPORTING_FIGURES.map((f) => f.measureKey))).toEqual(new Set(["data-leadership-m10", "data-quality-m3", "data-ethics-m9"]));
  });

  it("count the period's deadlines met on time against those met or passed, per quarter and per owner", () => {
    // In Q2: a on time, b late, c and d overdue (passed, not met).
    expect(figure("reporting.on-time")).toEqual({ value: 25, basis: "1 of 4 deadlines met on time (1 late, 2 still overdue)", breakdown: [{ label: "2026/27 Q2", value: 25 }] });
    expect(figure("reporting.on-time-by-owner").breakdown).toEqual([
      { label: "Morgan Ellis", value: 0 },
      { label: "Sam Patel", value: 50 },
      { label: "No owner", value: 0 },
    ]);
    expect(figure("reporting.completion")).toMatchObject({ value: 50, basis: "2 of 4 deadlines met (2 still overdue)" });
    expect(figure("reporting.deadline-adherence").breakdown).toEqual([
      { label: "Statutory", value: 33.3 },
      { label: "Non-statutory", value: 0 },
    ]);
  });

  it("leave a deadline still in time out of the rate, and give null, not 100%, when nothing is counted", () => {
    expect(figure("reporting.on-time", { start: "2027-01-01", end: "2027-03-31", label: "2026/27 Q4" })).toEqual({ value: null, basis: "No deadline in the period has passed or been met yet", breakdown: [] });
    expect(figure("reporting.on-time", YEAR).value).toBe(40);
  });

  it("count KPIs by kind and the share on target, never counting no value or no target as on target", () => {
    expect(figure("kpis.count")).toMatchObject({ value: 4, breakdown: [{ label: "Statutory", value: 2 }, { label: "Non-statutory", value: 2 }, { label: "Non-statutory, highlighting a success", value: 1 }] });
    expect(figure("kpis.on-target")).toMatchObject({ value: 50, basis: "1 of 2 KPIs with a value and a target are on target (1 with no target, 1 with no value yet)" });
    // For the whole year, judged today: the KPI added in October counts and is on target.
    expect(figure("kpis.on-target", YEAR).value).toBe(66.7);
  });
});
