import { describe, expect, it } from "@jest/globals";
import type { Answer } from "../../src/modules/maturity/domain/answers";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework } from "../../src/modules/maturity/domain/framework-import";
import { planReimport } from "../../src/modules/maturity/domain/framework-reimport";
import { computeRoundResults, groupResult } from "../../src/modules/maturity/domain/results";

/** Made-up framework rows in the file's shape. */
const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
const ROWS = [
  { row: 1, topic: "A", theme: "X", statement: "s1", levels },
  { row: 2, topic: "A", theme: "Y", statement: "s2", levels },
  { row: 3, topic: "B", theme: "X", statement: "s3", levels },
];

function framework(rows: unknown[]): Framework {
  const result = parseFramework({ rows });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

describe("re-importing a corrected framework file", () => {
  const current = framework(ROWS);

  it("finds nothing to do when the file matches the site", () => {
    const plan = planReimport(current.rows, framework(ROWS));
    expect(plan).toMatchObject({ added: [], restored: [], changed: [], unchanged: [1, 2, 3], removed: [], hasChanges: false });
    expect(plan.summary).toBe("The file matches the framework on the site: 3 rows, nothing to change.");
  });

  it("updates a corrected descriptor in place, keyed by row number, naming the field", () => {
    const corrected = framework([ROWS[0], { ...ROWS[1], levels: { ...levels, "3": "c, corrected" } }, ROWS[2]]);
    const plan = planReimport(current.rows, corrected, new Map([[2, 17]]));
    expect(plan.changed).toHaveLength(1);
    expect(plan.changed[0]).toMatchObject({ row: 2, fields: ["levels.3"], movesResults: false, answers: 17 });
    expect(plan.changed[0]!.after.descriptors[3]).toBe("c, corrected");
    expect(plan.unchanged).toEqual([1, 3]);
  });

  it("says when a row moves to another theme, so its answers count there from now on", () => {
    const moved = framework([ROWS[0], ROWS[1], { ...ROWS[2], theme: "Y" }]);
    expect(planReimport(current.rows, moved).changed[0]).toMatchObject({ row: 3, fields: ["theme"], movesResults: true });
  });

  it("treats a change of capitals in a topic's name as a change that keeps its results in place", () => {
    const respelt = framework([{ ...ROWS[0], topic: "a" }, { ...ROWS[1], topic: "a" }, ROWS[2]]);
    const plan = planReimport(current.rows, respelt);
    expect(plan.changed.map((c) => [c.row, c.fields, c.movesResults])).toEqual([
      [1, ["topic"], false],
      [2, ["topic"], false],
    ]);
  });

  it("adds new rows and retires missing ones, keeping the answers given on them", () => {
    const next = framework([ROWS[0], ROWS[2], { row: 4, topic: "B", theme: "Y", statement: "s4", levels }]);
    const plan = planReimport(current.rows, next, new Map([[2, 5]]));
    expect(plan.added.map((r) => r.row)).toEqual([4]);
    expect(plan.removed.map((r) => [r.row.row, r.answers])).toEqual([[2, 5]]);
    expect(plan.summary).toBe("1 row added, 0 rows changed, 2 rows unchanged, 1 row retired. No answers are lost: the 5 answers on retired rows are kept and return if a later file brings those rows back.");
  });

  it("brings back a row retired by an earlier import, with its answers, rather than adding it again", () => {
    const withoutRow2 = framework([ROWS[0], ROWS[2]]);
    const plan = planReimport(withoutRow2.rows, framework(ROWS), new Map([[2, 5]]), new Set([2]));
    expect(plan.added).toEqual([]);
    expect(plan.restored.map((r) => [r.row.row, r.answers])).toEqual([[2, 5]]);
    expect(plan.summary).toBe("0 rows added, 1 retired row brought back, 0 rows changed, 2 rows unchanged, 0 rows retired. No answers are lost.");
  });

  it("loses no answers: results computed after a corrected file are the same as before", () => {
    const answers: Answer[] = [
      { roundKey: "r1", teamKey: "t1", row: 1, level: 2 },
      { roundKey: "r1", teamKey: "t1", row: 2, level: 4 },
      { roundKey: "r1", teamKey: "t1", row: 3, level: 3 },
    ];
    const corrected = framework(ROWS.map((r) => ({ ...r, statement: `${r.statement} (corrected)` })));
    expect(planReimport(current.rows, corrected).changed.map((c) => c.fields)).toEqual([["statement"], ["statement"], ["statement"]]);
    const before = computeRoundResults(current, "r1", answers);
    const after = computeRoundResults(corrected, "r1", answers);
    expect(after.topics).toEqual(before.topics);
    expect(groupResult(after, { kind: "topic", key: "a" })!.teams[0]!.score).toBe(3);
  });
});
