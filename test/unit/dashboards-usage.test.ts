import { departmentCountText, periodOf, recentPeriods, summariseUsage, usageDepartment } from "../../src/modules/dashboards/domain/usage";

describe("dashboard engagement counts", () => {
  it("adds up counters per dashboard, month and department, including duplicates made by two first opens at once", () => {
    const usage = summariseUsage([
      { period: "2026-11", dashboardId: 1, department: "Digital", opens: 3 },
      { period: "2026-11", dashboardId: 1, department: "Digital", opens: 1 },
      { period: "2026-10", dashboardId: 1, department: "Customer Services", opens: 6 },
      { period: "2026-11", dashboardId: 2, department: "Not recorded", opens: 2 },
      { period: "2026-11", dashboardId: 2, department: "Digital", opens: 0 },
    ]);
    expect(usage.get(1)).toEqual({ dashboardId: 1, total: 10, byPeriod: { "2026-11": 4, "2026-10": 6 }, byDepartment: [{ department: "Customer Services", opens: 6 }, { department: "Digital", opens: 4 }] });
    expect(usage.get(2)!.byDepartment).toEqual([{ department: "Not recorded", opens: 2 }]);
  });

  it("shows small department counts as a range, so a team of one is not a person's record", () => {
    expect(departmentCountText(1)).toBe("1–4");
    expect(departmentCountText(4)).toBe("1–4");
    expect(departmentCountText(5)).toBe("5");
    expect(departmentCountText(0)).toBe("0");
    expect(departmentCountText(12345)).toBe("12,345");
  });

  it("counts by the council's month and the profile's department", () => {
    expect(periodOf(new Date("2026-10-31T23:30:00Z"))).toBe("2026-10");
    expect(periodOf(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07");
    expect(recentPeriods(new Date("2026-01-10T12:00:00Z"), 3)).toEqual(["2026-01", "2025-12", "2025-11"]);
    expect(usageDepartment("  Customer   Services ")).toBe("Customer Services");
    expect(usageDepartment(null)).toBe("Not recorded");
  });
});
