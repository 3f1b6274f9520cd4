import { summariseProgress } from "../../src/modules/actions/domain/principle-progress";

const principles = [
  { key: "data-quality", title: "Data quality", summary: "s" },
  { key: "data-literacy", title: "Data literacy", summary: null },
];

describe("Home's progress per principle", () => {
  it("counts actions by status under their principle, and the rest across the strategy", () => {
    const result = summariseProgress(principles, [
      { PrincipleKey: "data-quality", Status: "Complete" },
      { PrincipleKey: "data-quality", Status: "In progress" },
      { PrincipleKey: "data-quality", Status: "Cancelled" },
      { PrincipleKey: null, Status: "Not started" },
      { PrincipleKey: "retired-principle", Status: "Blocked" },
    ]);
    expect(result.principles[0]).toMatchObject({ key: "data-quality", total: 3, progress: 50, complete: 1, counts: { Complete: 1, "In progress": 1, Cancelled: 1 } });
    expect(result.principles[1]).toMatchObject({ key: "data-literacy", total: 0, progress: 0 });
    expect(result.acrossStrategy).toMatchObject({ total: 2, counts: { "Not started": 1, Blocked: 1 } });
  });

  it("tallies RAG by the tracker's rule", () => {
    const result = summariseProgress(principles, [
      { PrincipleKey: "data-quality", Status: "Blocked" },
      { PrincipleKey: "data-quality", Status: "In progress", DueDate: "2026-12-01T00:00:00Z", PercentComplete: 10 },
      { PrincipleKey: "data-quality", Status: "Complete" },
    ], new Date("2026-11-25T00:00:00Z"));
    expect(result.principles[0]!.rag).toEqual({ Red: 1, Amber: 1, Green: 1, None: 0 });
  });

  it("reports progress as progress: work under way counts, not only finished actions", () => {
    const result = summariseProgress(principles, [
      { PrincipleKey: "data-quality", Status: "In progress", PercentComplete: 30 },
      { PrincipleKey: "data-quality", Status: "In progress", PercentComplete: 40 },
      { PrincipleKey: "data-quality", Status: "Not started", PercentComplete: 0 },
    ]);
    expect(result.principles[0]).toMatchObject({ progress: 23, complete: 0 });
  });

  it("does not show an action without an owner, or without a due date, as on track", () => {
    const result = summariseProgress(principles, [
      { PrincipleKey: "data-quality", Status: "In progress", DueDate: "2027-06-30T00:00:00Z", PercentComplete: 60, ActionOwnerId: null },
      { PrincipleKey: "data-quality", Status: "In progress", DueDate: null, PercentComplete: 60, ActionOwnerId: 11 },
      { PrincipleKey: "data-quality", Status: "In progress", DueDate: "2027-06-30T00:00:00Z", PercentComplete: 60, ActionOwnerId: 11 },
    ], new Date("2026-11-25T00:00:00Z"));
    expect(result.principles[0]!.rag).toEqual({ Red: 0, Amber: 1, Green: 1, None: 1 });
  });

  it("treats an action with no status as not started", () => {
    expect(summariseProgress(principles, [{ PrincipleKey: "data-literacy", Status: null }]).principles[1]!.counts["Not started"]).toBe(1);
  });
});
