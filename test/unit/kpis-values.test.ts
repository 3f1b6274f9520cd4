import { type Kpi, type KpiValue, entryState, isLateEntry, kpiPeriod, parseTypedNumber, validateValue, valueDueDate } from "../../src/modules/kpis/domain/kpi";
import { kpiFigures } from "../../src/modules/kpis/domain/kpi-figures";
import { lastEndedPeriod, summariseKpi, valuesByKpi } from "../../src/modules/kpis/domain/kpi-series";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";

const TODAY = "2026-11-30";

const kpi = (extra: Partial<Kpi> = {}): Kpi => ({
  key: "calls",
  name: "Calls answered within 2 minutes",
  termKey: null,
  statutory: false,
  highlightsSuccess: true,
  service: "Customer Services",
  owner: "morgan.ellis@hbc.example",
  unit: "%",
  polarity: "higher is better",
  frequency: "quarterly",
  tolerance: { kind: "absolute", amount: 5 },
  targets: [{ from: "2024/25 Q1", to: null, value: 80, tolerance: null }],
  valueDue: { months: 1, days: 0 },
  dashboardId: null,
  ...extra,
});

const value = (period: string, v: number, enteredOn: string, kpiKey = "calls"): KpiValue => ({ kpiKey, period, value: v, enteredOn, note: null, source: null, confidence: "High" });

describe("KPI periods and late entries", () => {
  it("accepts only periods of the KPI's frequency and says which form it needs", () => {
    expect(kpiPeriod("quarterly", "2025/26 Q1").key).toBe("2025/26 Q1");
    expect(kpiPeriod("monthly", "2025-04").label).toBe("April 2025");
    expect(kpiPeriod("annual", "2025/26").end).toBe("2026-03-31");
    expect(() => kpiPeriod("monthly", "2025/26 Q1")).toThrow('"2025/26 Q1" is not a month, for example 2025-04: this KPI is reported monthly.');
    expect(() => kpiPeriod("quarterly", "2025 Q2")).toThrow("is not a financial quarter, for example 2025/26 Q1: this KPI is reported quarterly.");
    expect(() => kpiPeriod("annual", "2025")).toThrow("this KPI is reported annually.");
  });

  it("makes a value late when it is entered after its period's due date", () => {
    const q1 = periodFromKey("2025/26 Q1");
    expect(valueDueDate(kpi(), q1)).toBe("2025-07-31");
    expect(isLateEntry(kpi(), q1, { enteredOn: "2025-07-31" })).toBe(false);
    expect(isLateEntry(kpi(), q1, { enteredOn: "2025-08-01" })).toBe(true);
    expect(valueDueDate(kpi({ valueDue: { months: 0, days: 20 } }), periodFromKey("2025/26 Q4"))).toBe("2026-04-20");
  });

  it("tells a missing value from one not due yet", () => {
    const q2 = periodFromKey("2026/27 Q2"); // due 31/10/2026
    expect(entryState(kpi(), q2, null, "2026-10-31")).toBe("Not due yet");
    expect(entryState(kpi(), q2, null, "2026-11-01")).toBe("Missing");
    expect(entryState(kpi(), q2, { enteredOn: "2026-11-02" }, TODAY)).toBe("Entered late");
    expect(entryState(kpi(), q2, { enteredOn: "2026-10-20" }, TODAY)).toBe("Entered");
  });
});

describe("entering a value", () => {
  const draft = { period: "2026/27 Q2", value: "85.5%", note: "", source: "Telephony report", confidence: "High" };

  it("reads numbers as people type them", () => {
    expect(parseTypedNumber("85.5%")).toBe(85.5);
    expect(parseTypedNumber("1,234.5")).toBe(1234.5);
    expect(parseTypedNumber("£12,000")).toBe(12000);
    expect(parseTypedNumber("-3")).toBe(-3);
    expect(parseTypedNumber("1,23")).toBeNull();
    expect(parseTypedNumber("=1+1")).toBeNull();
    expect(parseTypedNumber("")).toBeNull();
  });

  it("accepts a value for a period that has ended", () => {
    const result = validateValue(draft, kpi(), TODAY);
    expect(result).toMatchObject({ errors: {}, value: 85.5 });
    expect(result.period?.key).toBe("2026/27 Q2");
  });

  it("refuses a period still running, a period of the wrong kind, a non-number and a missing confidence, each in words", () => {
    expect(validateValue({ ...draft, period: "2026/27 Q3" }, kpi(), TODAY).errors.period).toBe("2026/27 Q3 has not ended yet (it ends on 31/12/2026): enter its value once it has.");
    expect(validateValue({ ...draft, period: "2026-06" }, kpi(), TODAY).errors.period).toMatch(/^"2026-06" is not a financial quarter/);
    expect(validateValue({ ...draft, value: "about 80" }, kpi(), TODAY).errors.value).toBe('"about 80" is not a number: write it as 85.5 or 1,234.');
    expect(validateValue({ ...draft, value: " " }, kpi(), TODAY).errors.value).toBe("Enter the value.");
    expect(validateValue({ ...draft, confidence: "" }, kpi(), TODAY).errors.confidence).toBe("Say how confident you are in the value: high, medium or low.");
  });
});

describe("a KPI's page: values, targets, RAG and trend over time", () => {
  it("shows the last 12 ended quarters, the latest value against target and the trend", () => {
    const values = [value("2026/27 Q1", 78, "2026-07-20"), value("2026/27 Q2", 82, "2026-11-05"), value("2025/26 Q4", 74, "2026-04-10"), value("2025/26 Q3", 70, "2026-01-30")];
    const s = summariseKpi(kpi(), values, TODAY);
    expect(lastEndedPeriod(kpi(), TODAY).key).toBe("2026/27 Q2");
    expect(s.rows).toHaveLength(12);
    expect(s.rows[0]!.period.key).toBe("2023/24 Q3");
    expect(s.rows[0]).toMatchObject({ value: null, target: null, rag: "No value" });
    expect(s.rows.slice(-4).map((r) => [r.period.key, r.value, r.target, r.rag, r.entry])).toEqual([
      ["2025/26 Q3", 70, 80, "Red", "Entered"],
      ["2025/26 Q4", 74, 80, "Red", "Entered"],
      ["2026/27 Q1", 78, 80, "Amber", "Entered"],
      ["2026/27 Q2", 82, 80, "Green", "Entered late"],
    ]);
    expect(s.latest?.period.key).toBe("2026/27 Q2");
    expect(s.rag).toBe("Green");
    expect(s.trend.words).toBe("Improving for 3 quarters");
    expect(s.late).toBe(1);
    expect(s.missing).toBe(8);
  });

  it("is 'No value' with no trend when nothing has been entered", () => {
    const s = summariseKpi(kpi(), [value("2026/27 Q1", 78, "2026-07-20", "another-kpi")], TODAY);
    expect(s).toMatchObject({ latest: null, rag: "No value", trend: { direction: "unknown" } });
  });
});

describe("KPI figures for the strategy measures", () => {
  it("counts statutory and non-statutory KPIs and the share on target among those that can be judged", () => {
    const kpis = [
      kpi({ key: "a", statutory: true, highlightsSuccess: false }),
      kpi({ key: "b", statutory: true, highlightsSuccess: false }),
      kpi({ key: "c" }),
      kpi({ key: "d", targets: [] }),
      kpi({ key: "e", highlightsSuccess: false }),
    ];
    const values = [value("2026/27 Q2", 85, "2026-10-01", "a"), value("2026/27 Q2", 60, "2026-10-01", "b"), value("2026/27 Q2", 81, "2026-10-01", "c"), value("2026/27 Q2", 81, "2026-10-01", "d")];
    const byKpi = valuesByKpi(values);
    const figures = kpiFigures(kpis.map((k) => summariseKpi(k, byKpi.get(k.key) ?? [], TODAY)));
    expect(figures).toEqual({
      total: 5,
      statutory: 2,
      nonStatutory: 3,
      successes: 2,
      byRag: { Green: 2, Amber: 0, Red: 1, "No target": 1, "No value": 1 },
      assessed: 3,
      onTarget: 2,
      shareOnTarget: 2 / 3,
    });
  });

  it("gives no share on target when no KPI can be judged", () => {
    expect(kpiFigures([summariseKpi(kpi(), [], TODAY)]).shareOnTarget).toBeNull();
  });
});
