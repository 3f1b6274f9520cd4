import { type DeadlineRule, describeRule, isPeriodOfRule, ruleDeadline, rulePeriods, ruleProblems } from "../../src/modules/kpis/domain/deadline-rules";
import { quarterPeriod, snapshotPeriod, yearPeriod } from "../../src/modules/kpis/domain/periods";

const quarterly = (months: number, days = 0, extra: Partial<Extract<DeadlineRule, { kind: "after-period-end" }>> = {}): DeadlineRule => ({ kind: "after-period-end", period: "quarter", basis: "financial", offset: { months, days }, ...extra });
const deadlinesOfYear = (rule: DeadlineRule, year: number) => rulePeriods(rule, year, year).map((p) => [p.key, ruleDeadline(rule, p)]);

describe("deadline rules", () => {
  it("puts 'one month after the quarter' at the end of the following month, 31 March quarter included", () => {
    expect(deadlinesOfYear(quarterly(1), 2025)).toEqual([
      ["2025/26 Q1", "2025-07-31"],
      ["2025/26 Q2", "2025-10-31"],
      ["2025/26 Q3", "2026-01-31"],
      ["2025/26 Q4", "2026-04-30"],
    ]);
  });

  it("puts 'three months after the quarter' (WasteDataFlow) on the last day of the third month", () => {
    expect(deadlinesOfYear(quarterly(3), 2025).map(([, d]) => d)).toEqual(["2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"]);
  });

  it("counts N days after a quarter end day by day", () => {
    expect(deadlinesOfYear(quarterly(0, 30), 2025).map(([, d]) => d)).toEqual(["2025-07-30", "2025-10-30", "2026-01-30", "2026-04-30"]);
  });

  it("lands 60 days after a calendar year end on 29 February in a leap year and 1 March otherwise", () => {
    const rule: DeadlineRule = { kind: "after-period-end", period: "year", basis: "calendar", offset: { months: 0, days: 60 } };
    expect(ruleDeadline(rule, yearPeriod("calendar", 2027))).toBe("2028-02-29");
    expect(ruleDeadline(rule, yearPeriod("calendar", 2026))).toBe("2027-03-01");
  });

  it("labels calendar quarters as such, with the same deadlines as financial ones", () => {
    const calendar = deadlinesOfYear(quarterly(1, 0, { basis: "calendar" }), 2026);
    expect(calendar).toEqual([
      ["2026 Q1", "2026-04-30"],
      ["2026 Q2", "2026-07-31"],
      ["2026 Q3", "2026-10-31"],
      ["2026 Q4", "2027-01-31"],
    ]);
  });

  it("makes a quarterly rule limited to Q1 to Q3 give three deadlines a year", () => {
    expect(deadlinesOfYear(quarterly(1, 0, { quarters: [1, 2, 3] }), 2025).map(([k]) => k)).toEqual(["2025/26 Q1", "2025/26 Q2", "2025/26 Q3"]);
  });

  it("puts year-end rules on 30 April (one month) and 31 December (nine months) after 31 March", () => {
    const yearEnd = (months: number): DeadlineRule => ({ kind: "after-period-end", period: "year", basis: "financial", offset: { months, days: 0 } });
    expect(ruleDeadline(yearEnd(1), yearPeriod("financial", 2025))).toBe("2026-04-30");
    expect(ruleDeadline(yearEnd(9), yearPeriod("financial", 2025))).toBe("2026-12-31");
    expect(ruleDeadline(yearEnd(8), yearPeriod("financial", 2026))).toBe("2027-11-30");
  });

  it("places a fixed date in the period's start year plus the offset", () => {
    const payPolicy: DeadlineRule = { kind: "fixed-date", basis: "financial", month: 3, day: 31, yearOffset: 0 };
    expect(ruleDeadline(payPolicy, yearPeriod("financial", 2026))).toBe("2026-03-31");
    const certified: DeadlineRule = { kind: "fixed-date", basis: "financial", month: 10, day: 31, yearOffset: 1 };
    expect(ruleDeadline(certified, yearPeriod("financial", 2024))).toBe("2025-10-31");
    const taxbase: DeadlineRule = { kind: "fixed-date", basis: "calendar", month: 10, day: 31, yearOffset: 0 };
    expect(ruleDeadline(taxbase, yearPeriod("calendar", 2026))).toBe("2026-10-31");
  });

  it("moves a 29 February fixed date to 28 February outside leap years", () => {
    const rule: DeadlineRule = { kind: "fixed-date", basis: "calendar", month: 2, day: 29, yearOffset: 0 };
    expect(deadlinesOfYear(rule, 2027)).toEqual([["2027", "2027-02-28"]]);
    expect(deadlinesOfYear(rule, 2028)).toEqual([["2028", "2028-02-29"]]);
  });

  it("dates a snapshot return from its snapshot: 31 March plus 12 months less a day is 30 March", () => {
    const genderPayGap: DeadlineRule = { kind: "snapshot", month: 3, day: 31, offset: { months: 12, days: -1 } };
    expect(deadlinesOfYear(genderPayGap, 2025)).toEqual([["2025-03-31", "2026-03-30"]]);
    expect(deadlinesOfYear(genderPayGap, 2027)).toEqual([["2027-03-31", "2028-03-30"]]);
    expect(rulePeriods(genderPayGap, 2025, 2025)[0]!.label).toBe("Snapshot 31/03/2025");
  });

  it("knows which periods belong to a rule, so an override for another period is caught", () => {
    const q1to3 = quarterly(1, 0, { quarters: [1, 2, 3] });
    expect(isPeriodOfRule(q1to3, quarterPeriod("financial", 2025, 2))).toBe(true);
    expect(isPeriodOfRule(q1to3, quarterPeriod("financial", 2025, 4))).toBe(false);
    expect(isPeriodOfRule(q1to3, quarterPeriod("calendar", 2025, 2))).toBe(false);
    expect(isPeriodOfRule(q1to3, yearPeriod("financial", 2025))).toBe(false);
    const snapshot: DeadlineRule = { kind: "snapshot", month: 3, day: 31, offset: { months: 4, days: 0 } };
    expect(isPeriodOfRule(snapshot, snapshotPeriod("2025-03-31"))).toBe(true);
    expect(isPeriodOfRule(snapshot, snapshotPeriod("2025-03-30"))).toBe(false);
  });

  it("names every problem with a rule in words", () => {
    expect(ruleProblems({ kind: "fixed-date", basis: "financial", month: 4, day: 31, yearOffset: 0 })).toEqual(["April has no day 31."]);
    expect(ruleProblems({ kind: "fixed-date", basis: "financial", month: 13, day: 1, yearOffset: 5 })).toEqual(["The month must be a whole number from 1 to 12 (it is 13).", "The year offset must be -1, 0, 1 or 2 (it is 5)."]);
    expect(ruleProblems({ kind: "snapshot", month: 2, day: 29, offset: { months: 12, days: -1 } })).toEqual([]);
    expect(ruleProblems({ kind: "after-period-end", period: "year", basis: "financial", quarters: [1], offset: { months: 40, days: 0.5 } })).toEqual([
      "Only a quarterly rule can be limited to some quarters.",
      "The months after the anchor must be a whole number from 0 to 36 (it is 40).",
      "The days after the anchor must be a whole number from -31 to 366 (it is 0.5).",
    ]);
    expect(ruleProblems(quarterly(1, 0, { quarters: [] }))).toEqual(["Choose one or more different quarters from Q1 to Q4."]);
    expect(ruleProblems({ kind: "weekly" } as unknown as DeadlineRule)).toEqual(['"weekly" is not a kind of deadline rule: use after-period-end, fixed-date or snapshot.']);
  });

  it("describes each kind of rule in a sentence", () => {
    expect(describeRule(quarterly(1))).toBe("1 month after the end of each quarter");
    expect(describeRule(quarterly(3, 0, { quarters: [1, 2, 3] }))).toBe("3 months after the end of each quarter (Q1, Q2, Q3 only)");
    expect(describeRule({ kind: "after-period-end", period: "year", basis: "financial", offset: { months: 9, days: 0 } })).toBe("9 months after the end of each financial year");
    expect(describeRule({ kind: "fixed-date", basis: "financial", month: 3, day: 31, yearOffset: 0 })).toBe("31 March each year (for 2025/26: 31/03/2025)");
    expect(describeRule({ kind: "snapshot", month: 3, day: 31, offset: { months: 12, days: -1 } })).toBe("Snapshot on 31 March each year; due 12 months less 1 day after the snapshot");
    expect(describeRule(quarterly(0))).toBe("On the last day of each quarter");
  });
});
