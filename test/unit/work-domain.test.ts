import { compareWork, daysUntil, groupWork, isPastDue, type WorkItem, workCounts, workNote, workSummary } from "../../src/core/domain/work";

const item = (over: Partial<WorkItem> & Pick<WorkItem, "key" | "kind">): WorkItem => ({ moduleId: "actions", title: over.key, route: `x/${over.key}`, due: null, overdue: false, ...over });
const today = new Date("2026-12-02T10:00:00Z");

describe("My work (core/domain/work.ts)", () => {
  it("groups in the fixed order, overdue first, then soonest, then undated, A to Z", () => {
    const groups = groupWork([
      item({ key: "later", kind: "update", due: "2026-12-20" }),
      item({ key: "undated", kind: "update" }),
      item({ key: "late", kind: "update", due: "2026-11-01", overdue: true }),
      item({ key: "b-soon", kind: "update", due: "2026-12-05" }),
      item({ key: "a-soon", kind: "update", due: "2026-12-05" }),
      item({ key: "policy", kind: "read", moduleId: "policies" }),
      item({ key: "proposal", kind: "approve", moduleId: "dictionary" }),
    ]);
    expect(groups.map((g) => g.label)).toEqual(["To approve", "To update", "To read"]);
    expect(groups[1]!.items.map((i) => i.key)).toEqual(["late", "a-soon", "b-soon", "later", "undated"]);
    expect(groups[1]!.overdue).toBe(1);
  });

  it("shows an item reported twice once, but the same key from two modules twice", () => {
    const groups = groupWork([item({ key: "a", kind: "read" }), item({ key: "a", kind: "read" }), item({ key: "a", kind: "read", moduleId: "policies" })]);
    expect(groups[0]!.items).toHaveLength(2);
  });

  it("counts per kind and overdue", () => {
    const counts = workCounts([item({ key: "a", kind: "approve" }), item({ key: "b", kind: "update", overdue: true, due: "2026-01-01" }), item({ key: "c", kind: "coming-up", due: "2026-12-10" })]);
    expect(counts).toEqual({ total: 3, overdue: 1, byKind: { approve: 1, update: 1, review: 0, read: 0, "coming-up": 1 } });
  });

  it("says it in one sentence", () => {
    expect(workSummary([])).toBe("Nothing needs you right now.");
    expect(workSummary([item({ key: "a", kind: "read" })])).toBe("1 thing needs you. To read: 1.");
    expect(workSummary([item({ key: "a", kind: "approve" }), item({ key: "b", kind: "update", overdue: true, due: "2026-01-01" }), item({ key: "c", kind: "coming-up", due: "2026-12-10" })])).toBe(
      "3 things need you. To approve: 1; To update: 1 (1 overdue); Coming up: 1.",
    );
  });

  it("tells due days from overdue ones by the calendar day", () => {
    expect(isPastDue("2026-12-01", today)).toBe(true);
    expect(isPastDue("2026-12-02", today)).toBe(false);
    expect(isPastDue(null, today)).toBe(false);
    expect(daysUntil("2026-12-09", today)).toBe(7);
    expect(daysUntil("2026-11-30T00:00:00Z", today)).toBe(-2);
    expect(compareWork(item({ key: "a", kind: "read", due: "2026-12-01" }), item({ key: "b", kind: "read" }))).toBeLessThan(0);
  });

  it("names the module in a failed reader's note, in plain words", () => {
    expect(workNote("kpis", "KPIs and returns", "Microsoft 365 is busy").message).toBe("KPIs and returns: what needs you there could not be shown. Microsoft 365 is busy.");
  });
});
