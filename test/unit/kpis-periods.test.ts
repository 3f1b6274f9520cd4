import {
  financialYearOf,
  monthPeriod,
  periodContaining,
  periodFromKey,
  periodsFrom,
  quarterPeriod,
  shiftPeriod,
  snapshotPeriod,
  yearPeriod,
} from "../../src/modules/kpis/domain/periods";

describe("reporting periods", () => {
  it("puts 31 March in the financial year that is ending and 1 April in the next", () => {
    expect(financialYearOf("2026-03-31")).toBe(2025);
    expect(financialYearOf("2026-04-01")).toBe(2026);
    expect(financialYearOf("2026-01-15")).toBe(2025);
  });

  it("names financial quarters like 2025/26 Q1 and dates them April to June", () => {
    const q1 = quarterPeriod("financial", 2025, 1);
    expect(q1).toMatchObject({ key: "2025/26 Q1", start: "2025-04-01", end: "2025-06-30", label: "2025/26 Q1" });
    expect(quarterPeriod("financial", 2025, 4)).toMatchObject({ key: "2025/26 Q4", start: "2026-01-01", end: "2026-03-31" });
    expect(quarterPeriod("financial", 1999, 2).key).toBe("1999/00 Q2");
  });

  it("ends calendar quarters on the same days as financial ones, under their own names", () => {
    expect(quarterPeriod("calendar", 2025, 2)).toMatchObject({ key: "2025 Q2", start: "2025-04-01", end: "2025-06-30" });
    expect(quarterPeriod("calendar", 2028, 1)).toMatchObject({ start: "2028-01-01", end: "2028-03-31" });
  });

  it("gives months and years their real last days, 29 February included", () => {
    expect(monthPeriod(2028, 2)).toMatchObject({ key: "2028-02", end: "2028-02-29", label: "February 2028" });
    expect(monthPeriod(2027, 2).end).toBe("2027-02-28");
    expect(yearPeriod("financial", 2027)).toMatchObject({ key: "2027/28", start: "2027-04-01", end: "2028-03-31" });
    expect(yearPeriod("calendar", 2027)).toMatchObject({ key: "2027", start: "2027-01-01", end: "2027-12-31" });
  });

  it("finds the period a date is in", () => {
    expect(periodContaining("quarter", "financial", "2026-03-31").key).toBe("2025/26 Q4");
    expect(periodContaining("quarter", "financial", "2026-04-01").key).toBe("2026/27 Q1");
    expect(periodContaining("quarter", "calendar", "2026-03-31").key).toBe("2026 Q1");
    expect(periodContaining("year", "financial", "2026-11-30").key).toBe("2026/27");
    expect(periodContaining("month", "financial", "2026-11-30").key).toBe("2026-11");
  });

  it("steps from the last quarter of a financial year to the first of the next", () => {
    expect(shiftPeriod(quarterPeriod("financial", 2025, 4), 1).key).toBe("2026/27 Q1");
    expect(shiftPeriod(quarterPeriod("financial", 2025, 1), -1).key).toBe("2024/25 Q4");
    expect(shiftPeriod(monthPeriod(2026, 12), 1).key).toBe("2027-01");
    expect(shiftPeriod(yearPeriod("financial", 2025), -3).key).toBe("2022/23");
    expect(() => shiftPeriod(snapshotPeriod("2025-03-31"), 1)).toThrow("A snapshot has no next period");
  });

  it("reads every kind of key back to the same period", () => {
    for (const p of [quarterPeriod("financial", 2025, 3), quarterPeriod("calendar", 2025, 3), yearPeriod("financial", 2025), yearPeriod("calendar", 2025), monthPeriod(2025, 4), snapshotPeriod("2025-03-31")]) {
      expect(periodFromKey(p.key)).toEqual(p);
    }
  });

  it("explains which forms a period may take when a key is wrong", () => {
    expect(() => periodFromKey("2025/27")).toThrow('"2025/27" is not a financial year: after 2025 comes 2025/26.');
    expect(() => periodFromKey("2025-13")).toThrow("Write a financial year as 2025/26, a quarter as 2025/26 Q1");
    expect(() => periodFromKey("Q1 2025")).toThrow('"Q1 2025" is not a period.');
  });

  it("lists the periods between two, in order", () => {
    expect(periodsFrom(quarterPeriod("financial", 2025, 3), quarterPeriod("financial", 2026, 2)).map((p) => p.key)).toEqual(["2025/26 Q3", "2025/26 Q4", "2026/27 Q1", "2026/27 Q2"]);
    expect(() => periodsFrom(quarterPeriod("financial", 2025, 3), monthPeriod(2026, 1))).toThrow("are different kinds of period");
  });
});
