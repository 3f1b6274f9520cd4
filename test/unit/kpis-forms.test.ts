import type { Kpi, KpiValue } from "../../src/modules/kpis/domain/kpi";
import { chartFormat, chartPoints, chartSummary } from "../../src/modules/kpis/domain/kpi-chart";
import { draftFromKpi, emptyKpiDraft, emptyTargetDraft, keyFromName, periodsToEnter, validateKpiDraft, validateTarget } from "../../src/modules/kpis/domain/kpi-forms";
import { periodsToShow, summariseKpi } from "../../src/modules/kpis/domain/kpi-series";
import { formatKpiValue, latestWords, toleranceWords, valueDueWords } from "../../src/modules/kpis/domain/kpi-words";
import { validateStageEdit } from "../../src/modules/kpis/domain/stage-edit";

const TODAY = "2026-11-30";
const kpi = (extra: Partial<Kpi> = {}): Kpi => ({
  key: "calls",
  name: "Calls answered",
  termKey: null,
  statutory: false,
  highlightsSuccess: true,
  service: "Customer Services",
  owner: "11",
  unit: "%",
  polarity: "higher is better",
  frequency: "quarterly",
  tolerance: { kind: "absolute", amount: 5 },
  targets: [{ from: "2025/26 Q1", to: null, value: 80, tolerance: null }],
  valueDue: { months: 1, days: 0 },
  dashboardId: null,
  ...extra,
});
const value = (period: string, v: number): KpiValue => ({ kpiKey: "calls", period, value: v, enteredOn: "2026-10-15", note: null, source: null, confidence: "High" });

describe("the KPI form", () => {
  it("makes a key from the name when none is typed", () => {
    expect(keyFromName("Calls answered in 2 minutes (%)")).toBe("calls-answered-in-2-minutes");
    expect(keyFromName("Café & bar licences – renewed")).toBe("cafe-and-bar-licences-renewed");
    expect(validateKpiDraft({ ...emptyKpiDraft(), name: "Missed bins per 100,000" }).kpi?.key).toBe("missed-bins-per-100-000");
  });

  it("names every problem in words and keeps nothing it cannot read", () => {
    const { errors, kpi: read } = validateKpiDraft({ ...emptyKpiDraft(), name: " ", key: "Not A Key", termKey: "Bad Key", toleranceAmount: "-1", valueDueMonths: "40", valueDueDays: "1.5", dashboardId: "abc", trackedFrom: "31/02/2026" });
    expect(read).toBeNull();
    expect(errors).toEqual({
      name: "Give the KPI a name.",
      key: "The key may have only lower-case letters and digits joined by hyphens, for example calls-answered.",
      termKey: expect.stringContaining('"Bad Key" is not a dictionary key'),
      toleranceAmount: '"-1" is not a tolerance: enter 0 or more (0 means no amber).',
      valueDueMonths: "Enter a whole number of months from 0 to 36.",
      valueDueDays: "Enter a whole number of days from -31 to 366.",
      dashboardId: "Choose a dashboard from the catalogue, or none.",
      trackedFrom: '"31/02/2026" is not a date: write it as 01/04/2026.',
    });
  });

  it("never flags a statutory KPI as highlighting a success, and reads back what it wrote", () => {
    const draft = { ...emptyKpiDraft(), name: "Major applications in time", statutory: true, highlightsSuccess: true, trackedFrom: "01/04/2026", dashboardId: "12" };
    const { kpi: read, trackedFrom } = validateKpiDraft(draft);
    expect(read).toMatchObject({ statutory: true, highlightsSuccess: false, dashboardId: 12 });
    expect(trackedFrom).toBe("2026-04-01");
    expect(validateKpiDraft(draftFromKpi({ ...read!, targets: [], owner: null }, trackedFrom)).kpi).toEqual(read);
  });
});

describe("the target form", () => {
  it("takes periods of the KPI's frequency, an end not before its start, and a number", () => {
    expect(validateTarget({ ...emptyTargetDraft(), from: "2026/27 Q1", value: "85" }, "quarterly").target).toEqual({ from: "2026/27 Q1", to: null, value: 85, tolerance: null });
    expect(validateTarget({ from: "2026/27 Q3", to: "2026/27 Q1", value: "x", toleranceKind: "percent", toleranceAmount: "" }, "quarterly").errors).toEqual({
      to: "The target cannot end (2026/27 Q1) before it starts (2026/27 Q3).",
      value: '"x" is not a number: write it as 85 or 1,200.',
      toleranceAmount: "Enter the tolerance for this target (0 or more), or keep the KPI's own.",
    });
    expect(validateTarget({ ...emptyTargetDraft(), from: "2026-04", value: "1" }, "quarterly").errors.from).toBe('"2026-04" is not a financial quarter, for example 2025/26 Q1: this KPI is reported quarterly.');
  });
});

describe("the periods an owner may enter", () => {
  it("are the most recent ended periods, newest first, each with its value if it has one", () => {
    const choices = periodsToEnter(kpi(), [value("2026/27 Q1", 82)], TODAY, 3);
    expect(choices.map((c) => [c.period.key, c.entered?.value ?? null])).toEqual([
      ["2026/27 Q2", null],
      ["2026/27 Q1", 82],
      ["2025/26 Q4", null],
    ]);
  });

  it("run on a KPI's page from its earliest value or target to the last ended period", () => {
    expect(periodsToShow(kpi(), [value("2025/26 Q3", 70)], TODAY)).toBe(6); // 2025/26 Q1 (the target) to 2026/27 Q2
    expect(periodsToShow(kpi(), [value("2024/25 Q4", 70)], TODAY)).toBe(7);
    expect(periodsToShow(kpi({ targets: [] }), [], TODAY)).toBe(4);
  });
});

describe("a stage's dates moved for a year", () => {
  const rule = { kind: "after-period-end", period: "year", basis: "financial", offset: { months: 4, days: 0 } } as const;
  it("accepts one line a year of the rule's periods, with a source", () => {
    expect(validateStageEdit(rule, { overrides: "2025/26 = 2026-07-24 https://www.gov.uk/x\n2026/27 = none", checkTheDate: false, checkReason: "" })).toEqual({
      errors: {},
      overrides: [
        { period: "2025/26", deadline: "2026-07-24", source: "https://www.gov.uk/x" },
        { period: "2026/27", deadline: null, source: null },
      ],
    });
  });

  it("refuses a period the rule does not have, a year moved twice, and a flag with no reason", () => {
    const { errors } = validateStageEdit(rule, { overrides: "2025/26 Q1 = 2026-07-24\n2025/26 = 2026-07-24\n2025/26 = 2026-07-25", checkTheDate: true, checkReason: " " });
    expect(errors.overrides).toContain("2025/26 Q1 is not a period of this stage's rule (4 months after the end of each financial year).");
    expect(errors.overrides).toContain("2025/26 is moved twice: keep one line for it.");
    expect(errors.checkReason).toBe("Say why the date needs checking, for example which letter or bulletin will confirm it.");
  });
});

describe("KPIs in words", () => {
  it("write values with their unit as the council does", () => {
    expect([formatKpiValue(86.5, "%"), formatKpiValue(1200, "£"), formatKpiValue(23, "days"), formatKpiValue(1234.567, "")]).toEqual(["86.5%", "£1,200", "23 days", "1,234.57"]);
  });

  it("say what amber means and when values are due", () => {
    expect(toleranceWords({ kind: "absolute", amount: 5 }, "%")).toBe("Amber within 5 percentage points of the target");
    expect(toleranceWords({ kind: "percent", amount: 10 }, "days")).toBe("Amber within 10% of the target");
    expect(toleranceWords({ kind: "absolute", amount: 0 }, "%")).toBe("No amber: anything short of target is red");
    expect(valueDueWords({ months: 1, days: 0 })).toBe("1 month after the period ends");
    expect(valueDueWords({ months: 12, days: -1 })).toBe("12 months less 1 day after the period ends");
    expect(valueDueWords({ months: 0, days: 0 })).toBe("On the day the period ends");
  });

  it("lead a KPI's page with its latest value against target, and sum up its history", () => {
    const summary = summariseKpi(kpi(), [value("2026/27 Q1", 76), value("2026/27 Q2", 82)], TODAY, 4);
    expect(latestWords(summary.latest, "%")).toBe("82% in 2026/27 Q2, against a target of 80%: on target.");
    expect(latestWords(null, "%")).toBe("No value entered yet.");
    expect(chartSummary(kpi(), summary)).toBe("From 2025/26 Q3 to 2026/27 Q2, 4 quarters: 76% in 2026/27 Q1 to 82% in 2026/27 Q2; on target in 1 of the 2 periods with a value and a target.");
  });

  it("give the chart kit each period's value, target and RAG in the KPI's words, no colour without a value", () => {
    const summary = summariseKpi(kpi(), [value("2026/27 Q1", 76), value("2026/27 Q2", 82)], TODAY, 3);
    expect(chartPoints(summary)).toEqual([
      { period: "2025/26 Q4", value: null, target: 80, status: null },
      { period: "2026/27 Q1", value: 76, target: 80, status: { rag: "Amber", text: "Just off target" } },
      { period: "2026/27 Q2", value: 82, target: 80, status: { rag: "Green", text: "On target" } },
    ]);
    expect(chartPoints(summariseKpi(kpi({ targets: [] }), [value("2026/27 Q2", 82)], TODAY, 1))[0]!.status).toEqual({ rag: "None", text: "No target set" });
    expect([chartFormat("%"), chartFormat("£"), chartFormat("days"), chartFormat("")]).toEqual([{ kind: "percent" }, { kind: "pounds" }, { unit: { singular: "days", plural: "days" } }, {}]);
  });
});
