import type { DeadlineRule } from "../../src/modules/kpis/domain/deadline-rules";
import { calendarWindow, generateOccurrences, occurrenceTitle } from "../../src/modules/kpis/domain/occurrences";
import { type ReportingReturn, type ReturnStage, returnProblems } from "../../src/modules/kpis/domain/returns";

const stage = (rule: DeadlineRule, extra: Partial<ReturnStage> = {}): ReturnStage => ({
  key: "submission",
  name: "Submission",
  rule,
  overrides: [],
  firstPeriod: null,
  lastPeriod: null,
  checkTheDate: false,
  checkReason: null,
  certifier: null,
  ...extra,
});

const item = (key: string, stages: ReturnStage[], extra: Partial<ReportingReturn> = {}): ReportingReturn => ({
  key,
  name: key,
  kind: "return",
  reference: null,
  recipient: "MHCLG",
  channel: null,
  legalBasis: null,
  statutory: true,
  ownerRole: null,
  owner: "jordan.reid@hbc.example",
  sourceUrls: ["https://www.gov.uk/example"],
  confidence: "verified",
  notes: null,
  stages,
  ...extra,
});

const quarterly: DeadlineRule = { kind: "after-period-end", period: "quarter", basis: "financial", offset: { months: 1, days: 0 } };
const yearEnd = (months: number): DeadlineRule => ({ kind: "after-period-end", period: "year", basis: "financial", offset: { months, days: 0 } });

describe("occurrences of the reporting calendar", () => {
  it("cover deadlines from three years before today to twelve months after", () => {
    expect(calendarWindow("2026-11-30")).toEqual({ from: "2023-11-30", to: "2027-11-30" });
    expect(calendarWindow("2028-02-29")).toEqual({ from: "2025-02-28", to: "2029-02-28" });
  });

  it("generate every quarterly deadline in the window, in date order", () => {
    const occurrences = generateOccurrences([item("spend", [stage(quarterly)])], calendarWindow("2026-11-30"));
    expect(occurrences.map((o) => o.deadline)).toEqual([
      ...["2024", "2025", "2026"].flatMap((y) => [`${y}-01-31`, `${y}-04-30`, `${y}-07-31`, `${y}-10-31`]),
      "2027-01-31",
      "2027-04-30",
      "2027-07-31",
      "2027-10-31",
    ]);
    expect(occurrences[0]).toMatchObject({ key: "spend|submission|2023/24 Q3", stageName: null, fromOverride: false, checkTheDate: false, owner: "jordan.reid@hbc.example", recipient: "MHCLG" });
  });

  it("include deadlines that fall exactly on either edge of the window", () => {
    const deadlines = generateOccurrences([item("spend", [stage(quarterly)])], calendarWindow("2026-07-31")).map((o) => o.deadline);
    expect(deadlines[0]).toBe("2023-07-31");
    expect(deadlines[deadlines.length - 1]).toBe("2027-07-31");
    expect(deadlines).toHaveLength(17);
  });

  it("use a year's override instead of the rule, and keep the rule's date to show it moved", () => {
    const ro = item("revenue-outturn", [
      stage(yearEnd(4), { key: "provisional", name: "Provisional", checkTheDate: true, checkReason: "late June or July", overrides: [{ period: "2024/25", deadline: "2025-07-25", source: null }] }),
      stage(yearEnd(7), { key: "certified", name: "Certified" }),
    ]);
    const occurrences = generateOccurrences([ro], calendarWindow("2026-11-30"));
    const provisional2425 = occurrences.find((o) => o.key === "revenue-outturn|provisional|2024/25")!;
    expect(provisional2425).toMatchObject({ deadline: "2025-07-25", ruleDeadline: "2025-07-31", fromOverride: true, checkTheDate: false, stageName: "Provisional" });
    expect(occurrences.find((o) => o.key === "revenue-outturn|provisional|2025/26")).toMatchObject({ deadline: "2026-07-31", checkTheDate: true });
    expect(occurrenceTitle(provisional2425)).toBe("revenue-outturn: Provisional, 2024/25");
    expect(occurrences.filter((o) => o.stageKey === "certified").map((o) => o.deadline)).toEqual(["2024-10-31", "2025-10-31", "2026-10-31", "2027-10-31"]);
  });

  it("leave out a year whose override says there is no return that year", () => {
    const r = item("nfi", [stage(yearEnd(1), { overrides: [{ period: "2025/26", deadline: null, source: null }] })]);
    expect(generateOccurrences([r], calendarWindow("2026-11-30")).map((o) => o.period.key)).toEqual(["2023/24", "2024/25", "2026/27"]);
  });

  it("respect a stage's first and last periods, so backstop dates stop where the law stops", () => {
    const r = item("accounts", [stage(yearEnd(8), { firstPeriod: "2023/24", lastPeriod: "2026/27", overrides: [{ period: "2023/24", deadline: "2025-02-28", source: null }] })]);
    const periods = generateOccurrences([r], { from: "2020-01-01", to: "2035-12-31" }).map((o) => [o.period.key, o.deadline]);
    expect(periods).toEqual([
      ["2023/24", "2025-02-28"],
      ["2024/25", "2025-11-30"],
      ["2025/26", "2026-11-30"],
      ["2026/27", "2027-11-30"],
    ]);
  });

  it("finds an override that moves a deadline into the window from a period the window would not reach by the rule", () => {
    const r = item("late", [stage(yearEnd(1), { overrides: [{ period: "2022/23", deadline: "2024-01-15", source: null }] })]);
    expect(generateOccurrences([r], calendarWindow("2026-11-30")).map((o) => o.period.key)).toContain("2022/23");
  });

  it("give every occurrence a distinct key", () => {
    const returns = [item("a", [stage(quarterly), stage(yearEnd(1), { key: "annual", name: "Annual" })]), item("b", [stage(quarterly)])];
    const keys = generateOccurrences(returns, calendarWindow("2026-11-30")).map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("checking a return before it is saved", () => {
  it("names each problem with the return and stage it belongs to", () => {
    const bad = item("Bad Key", [
      stage({ kind: "fixed-date", basis: "financial", month: 4, day: 31, yearOffset: 0 }, { checkTheDate: true, checkReason: null }),
      stage(quarterly, { key: "submission", overrides: [{ period: "2025/26", deadline: "2026-13-01", source: null }] }),
    ], { sourceUrls: [] });
    expect(returnProblems(bad)).toEqual([
      'Bad Key: the key "Bad Key" must be lower-case letters and digits joined by hyphens.',
      "Bad Key: give at least one source link.",
      "Bad Key, Submission: April has no day 31.",
      "Bad Key, Submission: say why the date needs checking.",
      'Bad Key, Submission: two stages share the key "submission".',
      'Bad Key, Submission: the override for 2025/26 has "2026-13-01", which is not a date (write 2025-07-25).',
      'Bad Key, Submission: the override for 2025/26 is not a period of the rule "1 month after the end of each quarter".',
    ]);
  });

  it("accepts a sound return", () => {
    expect(returnProblems(item("good", [stage(quarterly, { overrides: [{ period: "2025/26 Q1", deadline: "2025-07-25", source: null }] })]))).toEqual([]);
  });
});
