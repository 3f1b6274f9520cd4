import { valuesToEnter } from "../../src/modules/kpis/domain/values-to-enter";

const kpi = (key: string, frequency: "monthly" | "quarterly" | "annual", ownerId: number | null = 14) => ({ key, name: key, frequency, valueDue: { months: 1, days: 0 }, trackedFrom: null, ownerId });
const today = "2026-12-02";

describe("KPI values to enter (My work)", () => {
  it("lists the owner's value for the last period ended: missing once its due date passed, or due within 30 days", () => {
    const items = valuesToEnter([kpi("monthly", "monthly"), kpi("quarterly", "quarterly"), kpi("annual", "annual"), kpi("theirs", "monthly", 11)], [], 14, today);
    expect(items.map((i) => [i.title, i.due, i.overdue, i.route])).toEqual([
      ["monthly: value for November 2026", "2026-12-31", false, "kpis/kpi/monthly"],
      ["quarterly: value for 2026/27 Q2", "2026-10-31", true, "kpis/kpi/quarterly"],
      ["annual: value for 2025/26", "2026-04-30", true, "kpis/kpi/annual"],
    ]);
  });

  it("leaves out a value already entered, and one not due for more than 30 days", () => {
    expect(valuesToEnter([kpi("quarterly", "quarterly")], [{ kpiKey: "quarterly", period: "2026/27 Q2", enteredOn: "2026-10-20" }], 14, today)).toEqual([]);
    expect(valuesToEnter([kpi("monthly", "monthly")], [], 14, "2026-11-25")).toEqual([
      expect.objectContaining({ title: "monthly: value for October 2026", due: "2026-11-30", overdue: false }),
    ]);
    expect(valuesToEnter([{ ...kpi("slow", "monthly"), valueDue: { months: 3, days: 0 } }], [], 14, today)).toEqual([]);
  });
});
