import {
  financialPeriodFromLabel,
  financialQuarterOf,
  financialYearOfDay,
  hasEnded,
  londonDay,
  quartersOf,
  quartersUpTo,
  shiftQuarter,
} from "../../src/core/domain/financial-quarters";

describe("financial quarters (April to March)", () => {
  it("names the quarter a day falls in, across the year's turn in April", () => {
    expect(financialQuarterOf("2026-04-01")).toMatchObject({ label: "2026/27 Q1", start: "2026-04-01", end: "2026-06-30" });
    expect(financialQuarterOf("2026-09-30")).toMatchObject({ label: "2026/27 Q2", start: "2026-07-01", end: "2026-09-30" });
    expect(financialQuarterOf("2026-12-25")).toMatchObject({ label: "2026/27 Q3", start: "2026-10-01", end: "2026-12-31" });
    expect(financialQuarterOf("2027-03-31")).toMatchObject({ label: "2026/27 Q4", start: "2027-01-01", end: "2027-03-31" });
    expect(financialQuarterOf("2027-04-01").label).toBe("2027/28 Q1");
  });

  it("a leap year's Q4 ends on 31 March and 2099/00 is written with two digits", () => {
    expect(financialQuarterOf("2028-02-29")).toMatchObject({ label: "2027/28 Q4", end: "2028-03-31" });
    expect(financialYearOfDay("2099-05-01").label).toBe("2099/00");
  });

  it("steps quarters forwards and back by index, so consecutive quarters differ by one", () => {
    const q1 = financialQuarterOf("2026-05-10");
    expect(shiftQuarter(q1, -1).label).toBe("2025/26 Q4");
    expect(shiftQuarter(q1, 4).label).toBe("2027/28 Q1");
    expect(shiftQuarter(q1, 1).index - q1.index).toBe(1);
    expect(quartersUpTo(q1, 3).map((q) => q.label)).toEqual(["2025/26 Q3", "2025/26 Q4", "2026/27 Q1"]);
    expect(quartersOf(financialYearOfDay("2026-05-10")).map((q) => q.label)).toEqual(["2026/27 Q1", "2026/27 Q2", "2026/27 Q3", "2026/27 Q4"]);
  });

  it("reads labels back, and refuses anything else in words that show the forms", () => {
    expect(financialPeriodFromLabel("2026/27 Q3")).toMatchObject({ kind: "quarter", start: "2026-10-01" });
    expect(financialPeriodFromLabel(" 2026/27 ")).toMatchObject({ kind: "year", start: "2026-04-01", end: "2027-03-31" });
    expect(() => financialPeriodFromLabel("2026/28 Q1")).toThrow('"2026/28 Q1" is not a financial quarter or year. Write a quarter as 2026/27 Q1 (April to June 2026) or a year as 2026/27.');
    expect(() => financialPeriodFromLabel("Q1 2026")).toThrow(/not a financial quarter or year/);
  });

  it("a quarter has ended only after its last day", () => {
    const q1 = financialQuarterOf("2026-05-10");
    expect(hasEnded(q1, "2026-06-30")).toBe(false);
    expect(hasEnded(q1, "2026-07-01")).toBe(true);
  });

  it("today is the day in London, not in UTC", () => {
    expect(londonDay(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(londonDay(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});
