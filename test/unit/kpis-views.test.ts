import { calendarFiltersFromParams, calendarFiltersToParams, deadlinesToRemind, monthOf, occurrencesCsv, occurrencesForView, recipientsOf, summariseReturns } from "../../src/modules/kpis/domain/calendar-views";
import type { Kpi, KpiValue } from "../../src/modules/kpis/domain/kpi";
import { summariseKpi } from "../../src/modules/kpis/domain/kpi-series";
import { type Occurrence, occurrenceKey } from "../../src/modules/kpis/domain/occurrences";
import { type OccurrenceStatus, withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";
import { periodsLookedBack, type RegisterEntry, registerCsv, registerFiltersFromParams, registerFiltersToParams, registerRows, servicesOf } from "../../src/modules/kpis/domain/register-views";

const TODAY = "2026-11-30";

const kpi = (key: string, extra: Partial<Kpi & { ownerName: string | null }> = {}): Kpi & { ownerName: string | null } => ({
  key,
  name: key,
  termKey: null,
  statutory: true,
  highlightsSuccess: false,
  service: "Planning",
  owner: "11",
  ownerName: "Sam Patel",
  unit: "%",
  polarity: "higher is better",
  frequency: "quarterly",
  tolerance: { kind: "absolute", amount: 5 },
  targets: [{ from: "2025/26 Q1", to: null, value: 80, tolerance: null }],
  valueDue: { months: 1, days: 0 },
  dashboardId: null,
  ...extra,
});
const value = (kpiKey: string, period: string, v: number): KpiValue => ({ kpiKey, period, value: v, enteredOn: "2026-10-15", note: null, source: null, confidence: "High" });
const entry = (k: ReturnType<typeof kpi>, latest: number | null): RegisterEntry => ({ ...summariseKpi(k, latest === null ? [] : [value(k.key, "2026/27 Q2", latest)], TODAY, periodsLookedBack(k.frequency)), kpi: k });

describe("the KPI register's views", () => {
  const entries = [
    entry(kpi("red", { name: "Zebra crossings checked" }), 60),
    entry(kpi("amber", { name: "Appeals won", owner: "12", ownerName: "Morgan Ellis", service: "Legal" }), 77),
    entry(kpi("green", { name: "Bins emptied", statutory: false, highlightsSuccess: true, service: "Waste" }), 90),
    entry(kpi("none", { name: "Calls answered", statutory: false, service: null }), null),
  ];

  it("read and write their address, so a copied link opens the same view", () => {
    const params = new URLSearchParams("view=service&service=Planning&q=crossings");
    expect(registerFiltersFromParams(params)).toEqual({ view: "service", service: "Planning", search: "crossings" });
    expect(registerFiltersToParams(registerFiltersFromParams(params))).toEqual({ view: "service", service: "Planning", q: "crossings" });
    expect(registerFiltersFromParams(new URLSearchParams("view=nonsense")).view).toBe("all");
  });

  it("show every KPI by name, mine, off target (red first), successes and a service", () => {
    const keys = (view: Parameters<typeof registerRows>[1]) => registerRows(entries, view, "11").map((e) => e.kpi.key);
    expect(keys({ view: "all" })).toEqual(["amber", "green", "none", "red"]);
    expect(keys({ view: "mine" })).toEqual(["green", "none", "red"]);
    expect(keys({ view: "off-target" })).toEqual(["red", "amber"]);
    expect(keys({ view: "successes" })).toEqual(["green"]);
    expect(keys({ view: "service", service: "Planning" })).toEqual(["red"]);
    // No service chosen: every KPI, grouped by service, KPIs without one last.
    expect(keys({ view: "service" })).toEqual(["amber", "red", "green", "none"]);
    expect(keys({ view: "all", search: "morgan appeals" })).toEqual(["amber"]);
    expect(registerRows(entries, { view: "mine" }, null)).toEqual([]);
  });

  it("list the services KPIs name", () => {
    expect(servicesOf(entries.map((e) => e.kpi))).toEqual(["Legal", "Planning", "Waste"]);
  });

  it("export as CSV with RAG in words, and a name that looks like a formula neutralised", () => {
    const csv = registerCsv([entry(kpi("evil", { name: "=HYPERLINK(\"http://x\")" }), 82)]);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(csv).toContain('"Green","On target"');
    expect(csv).toContain('"82%"');
  });
});

function occurrence(returnKey: string, deadline: string, extra: Partial<Occurrence> = {}): Occurrence {
  return { key: occurrenceKey(returnKey, "submission", deadline), returnKey, returnName: returnKey, stageKey: "submission", stageName: null, period: periodFromKey(deadline), deadline, ruleDeadline: deadline, fromOverride: false, checkTheDate: false, owner: "11", recipient: "MHCLG", statutory: true, ...extra };
}

describe("the reporting calendar's views", () => {
  const statuses: OccurrenceStatus[] = withStates(
    [
      occurrence("old", "2026-01-31"),
      occurrence("late", "2026-10-31"),
      occurrence("done", "2026-11-15"),
      occurrence("soon", "2026-12-10", { owner: "12", recipient: "DWP", checkTheDate: true }),
      occurrence("later", "2027-03-31"),
    ],
    [{ occurrenceKey: occurrenceKey("done", "submission", "2026-11-15"), submittedOn: "2026-11-20", link: null, by: "11" }],
    TODAY,
    { trackedFrom: "2026-04-01" },
  );
  const keys = (list: OccurrenceStatus[]) => list.map((s) => s.returnKey);

  it("read and write their address", () => {
    const params = new URLSearchParams("view=month&month=2027-02&layout=list");
    expect(calendarFiltersFromParams(params)).toEqual({ view: "month", month: "2027-02", layout: "list", recipient: undefined });
    expect(calendarFiltersToParams(calendarFiltersFromParams(params))).toEqual({ view: "month", month: "2027-02", layout: "list" });
    expect(calendarFiltersFromParams(new URLSearchParams("month=2027-13")).month).toBeUndefined();
    expect(monthOf({}, TODAY)).toEqual({ year: 2026, month: 11 });
    expect(monthOf({ month: "2027-02" }, TODAY)).toEqual({ year: 2027, month: 2 });
  });

  it("show what is due soon, overdue, mine (to do first, then done) and still to do per recipient", () => {
    const view = (v: Parameters<typeof occurrencesForView>[1]) => keys(occurrencesForView(statuses, v, "11"));
    expect(view({ view: "due-soon", layout: "grid" })).toEqual(["soon"]);
    expect(view({ view: "overdue", layout: "grid" })).toEqual(["late"]);
    expect(view({ view: "mine", layout: "grid" })).toEqual(["late", "later", "done"]);
    expect(view({ view: "recipient", recipient: "MHCLG", layout: "grid" })).toEqual(["late", "later"]);
    expect(view({ view: "recipient", layout: "grid" })).toEqual(["late", "soon", "later"]);
  });

  it("sum up each return: next deadline still to meet, overdue count, on-time rate, a date to check", () => {
    const summaries = summariseReturns(statuses, TODAY);
    expect(summaries.get("late")).toMatchObject({ next: null, overdue: 1, timeliness: { counted: 1, onTimeRate: 0 } });
    expect(summaries.get("done")).toMatchObject({ next: null, overdue: 0, timeliness: { counted: 1, late: 1 } });
    expect(summaries.get("soon")).toMatchObject({ next: { deadline: "2026-12-10" }, checkTheDate: true });
  });

  it("remind of deadlines still to meet from today on, everyone's or one owner's", () => {
    expect(keys(deadlinesToRemind(statuses, TODAY))).toEqual(["soon", "later"]);
    expect(keys(deadlinesToRemind(statuses, TODAY, "11"))).toEqual(["later"]);
  });

  it("name each recipient once with its number of returns", () => {
    expect(recipientsOf([{ recipient: "MHCLG" }, { recipient: "DWP" }, { recipient: "MHCLG" }, { recipient: null }])).toEqual([
      { name: "DWP", returns: 1 },
      { name: "MHCLG", returns: 2 },
    ]);
  });

  it("export a view as CSV with states in words and dates as the council writes them", () => {
    const csv = occurrencesCsv(statuses.filter((s) => s.returnKey === "done"), TODAY, () => "Sam Patel");
    expect(csv).toContain('"15/11/2026","done, Snapshot 15/11/2026"');
    expect(csv).toContain('"Submitted late","Submitted 5 days late","20/11/2026"');
  });
});
