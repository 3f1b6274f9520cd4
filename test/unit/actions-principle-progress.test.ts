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
    expect(result.principles[0]).toMatchObject({ key: "data-quality", total: 3, percentComplete: 50, counts: { Complete: 1, "In progress": 1, Cancelled: 1 } });
    expect(result.principles[1]).toMatchObject({ key: "data-literacy", total: 0, percentComplete: 0 });
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

  it("treats an action with no status as not started", () => {
    expect(summariseProgress(principles, [{ PrincipleKey: "data-literacy", Status: null }]).principles[1]!.counts["Not started"]).toBe(1);
  });
});
