import { describe, expect, it } from "@jest/globals";
import { type Answer, resolveAnswers } from "../../src/modules/maturity/domain/answers";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework } from "../../src/modules/maturity/domain/framework-import";
import { type AnswerLevel, NOT_ASSESSED } from "../../src/modules/maturity/domain/levels";
import type { PrincipleMapping } from "../../src/modules/maturity/domain/principles";
import { computeRoundResults, groupResult, hideTeams, matrixCell } from "../../src/modules/maturity/domain/results";

/**
 * A four-row framework, made up: topic A has rows 1 (theme X) and 2 (theme Y); topic B rows 3
 * and 4 (both theme X). So cells A×X, A×Y and B×X have rows and B×Y has none.
 */
function tinyFramework(): Framework {
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const result = parseFramework({
    rows: [
      { row: 1, topic: "A", theme: "X", statement: "s1", levels },
      { row: 2, topic: "A", theme: "Y", statement: "s2", levels },
      { row: 3, topic: "B", theme: "X", statement: "s3", levels },
      { row: 4, topic: "B", theme: "X", statement: "s4", levels },
    ],
  });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

const NA = NOT_ASSESSED;
function answersFor(roundKey: string, teamKey: string, levels: Record<number, AnswerLevel>): Answer[] {
  return Object.entries(levels).map(([row, level]) => ({ roundKey, teamKey, row: Number(row), level }));
}

/**
 * t1: 2, 4, 3, n/a → A 3, B 3, X 2.5, Y 4, all 3.
 * t2: 1, 1, n/a, n/a → A 1, B none, X 1, Y 1, all 1.
 * t3: 5, 3, 2, 4 → A 4, B 3, X 11/3, Y 3, all 3.5.
 */
const ANSWERS: Answer[] = [
  ...answersFor("r1", "t1", { 1: 2, 2: 4, 3: 3, 4: NA }),
  ...answersFor("r1", "t2", { 1: 1, 2: 1, 3: NA, 4: NA }),
  ...answersFor("r1", "t3", { 1: 5, 2: 3, 3: 2, 4: 4 }),
];

const MAPPING: PrincipleMapping = {
  principles: [
    { principleKey: "p1", heading: "P ONE", links: [{ label: "A and X", quote: "q", targets: [{ kind: "topic", key: "a" }, { kind: "theme", key: "x" }] }] },
    { principleKey: "p2", heading: "P TWO", links: [{ label: "Y", quote: "q", targets: [{ kind: "theme", key: "y" }] }] },
  ],
};

const scoresOf = (teams: { teamKey: string | null; score: number }[]) => Object.fromEntries(teams.map((t) => [t.teamKey, t.score]));

describe("a round's results across teams", () => {
  const framework = tinyFramework();
  const results = computeRoundResults(framework, "r1", ANSWERS, MAPPING);

  it("scores a team on a topic as the mean of its row levels, leaving out rows not assessed", () => {
    expect(scoresOf(groupResult(results, { kind: "topic", key: "a" })!.teams)).toEqual({ t1: 3, t2: 1, t3: 4 });
    expect(scoresOf(groupResult(results, { kind: "theme", key: "x" })!.teams)).toEqual({ t1: 2.5, t2: 1, t3: 11 / 3 });
    expect(scoresOf(results.overall.teams)).toEqual({ t1: 3, t2: 1, t3: 3.5 });
    expect(results.overall.teams.find((t) => t.teamKey === "t1")).toEqual({ teamKey: "t1", score: 3, rowsScored: 3, rowsNotAssessed: 1 });
  });

  it("leaves a team out of a topic where it assessed no row, rather than scoring it 0", () => {
    const b = groupResult(results, { kind: "topic", key: "b" })!;
    expect(scoresOf(b.teams)).toEqual({ t1: 3, t3: 3 });
    expect(b.teamsAllNotAssessed).toBe(1);
    expect(b.summary).toMatchObject({ count: 2, median: 3, iqr: 0 });
  });

  it("summarises each topic across teams as a box plot (hand-worked)", () => {
    // Topic A scores [1, 3, 4]: q1 h = 0.5 → 2; median 3; q3 h = 1.5 → 3.5; IQR 1.5; mean 8/3.
    const a = groupResult(results, { kind: "topic", key: "a" })!.summary!;
    expect(a).toMatchObject({ count: 3, min: 1, q1: 2, median: 3, q3: 3.5, max: 4, iqr: 1.5, lowerWhisker: 1, upperWhisker: 4, outliers: [] });
    expect(a.mean).toBeCloseTo(8 / 3, 12);
  });

  it("counts answers, rows not assessed and teams", () => {
    expect({ teams: results.teamCount, answers: results.answers, notAssessed: results.notAssessed, ignored: results.ignored }).toEqual({ teams: 3, answers: 12, notAssessed: 3, ignored: 0 });
  });

  it("lays out the topic × theme matrix row-major, with empty cells where the framework has no rows", () => {
    expect(results.matrix.topicKeys).toEqual(["a", "b"]);
    expect(results.matrix.themeKeys).toEqual(["x", "y"]);
    expect(results.matrix.cells.map((c) => [c.key, c.rowCount])).toEqual([
      ["a|x", 1],
      ["a|y", 1],
      ["b|x", 2],
      ["b|y", 0],
    ]);
    expect(matrixCell(results, "b", "y")).toMatchObject({ rowCount: 0, teams: [], summary: null });
    // B × X: t1 3 (row 4 n/a), t2 none, t3 (2 + 4) / 2 = 3.
    expect(scoresOf(matrixCell(results, "b", "x")!.teams)).toEqual({ t1: 3, t3: 3 });
    expect(matrixCell(results, "a", "x")!.summary!.median).toBe(2);
  });

  it("scores a principle over the rows its topics and themes cover, each row once", () => {
    const p1 = results.principles.find((p) => p.key === "p1")!;
    // A ∪ X = rows 1-4; row 1 is in both but counts once: t1 (2 + 4 + 3) / 3 = 3, not 2.75.
    expect(p1.rowCount).toBe(4);
    expect(scoresOf(p1.teams)).toEqual({ t1: 3, t2: 1, t3: 3.5 });
    expect(p1.heading).toBe("P ONE");
    expect(scoresOf(results.principles.find((p) => p.key === "p2")!.teams)).toEqual({ t1: 4, t2: 1, t3: 3 });
  });

  it("with one team, every figure of the box plot is that team's score", () => {
    const one = computeRoundResults(framework, "r1", ANSWERS.filter((a) => a.teamKey === "t3"));
    expect(groupResult(one, { kind: "topic", key: "a" })!.summary).toMatchObject({ count: 1, min: 4, q1: 4, median: 4, q3: 4, max: 4, lowerWhisker: 4, upperWhisker: 4, outliers: [] });
  });

  it("has no box plots and no teams before anyone answers", () => {
    const empty = computeRoundResults(framework, "r1", []);
    expect(empty.teamCount).toBe(0);
    expect(empty.topics.every((t) => t.summary === null && t.rowCount > 0)).toBe(true);
  });

  it("ignores other rounds' answers and counts answers on rows the framework no longer has as ignored", () => {
    const more = [...ANSWERS, ...answersFor("r2", "t1", { 1: 5, 2: 5 }), ...answersFor("r1", "t1", { 99: 5 })];
    const r1 = computeRoundResults(framework, "r1", more, MAPPING);
    expect(r1.ignored).toBe(1);
    expect(r1.overall.teams).toEqual(results.overall.teams);
  });

  it("counts a row answered twice at once only once, using the later answer", () => {
    const earlier: Answer = { roundKey: "r1", teamKey: "t3", row: 1, level: 1, modified: "2025-05-01T10:00:00Z", id: 40 };
    const later: Answer = { roundKey: "r1", teamKey: "t3", row: 1, level: 5, modified: "2025-05-01T10:00:05Z", id: 39 };
    const withDuplicate = [...ANSWERS.filter((a) => !(a.teamKey === "t3" && a.row === 1)), earlier, later];
    const r = computeRoundResults(framework, "r1", withDuplicate, MAPPING);
    expect(r.answers).toBe(12);
    expect(scoresOf(r.overall.teams)).toEqual({ t1: 3, t2: 1, t3: 3.5 });
  });
});

describe("two people answering the same row at once", () => {
  it("keeps the latest answer and reports both as a conflict, latest first", () => {
    const mine: Answer = { roundKey: "r1", teamKey: "t1", row: 5, level: 2, evidence: "Mine", modified: "2025-05-01T10:00:00Z", id: 7 };
    const theirs: Answer = { roundKey: "r1", teamKey: "t1", row: 5, level: 3, evidence: "Theirs", modified: "2025-05-01T10:00:09Z", id: 8 };
    const other: Answer = { roundKey: "r1", teamKey: "t1", row: 6, level: 3 };
    const { answers, conflicts } = resolveAnswers([mine, other, theirs]);
    expect(answers).toEqual([theirs, other]);
    expect(conflicts).toEqual([{ roundKey: "r1", teamKey: "t1", row: 5, answers: [theirs, mine] }]);
  });

  it("breaks a tie on time by the later list item, and sees no conflict when both gave the same answer", () => {
    const a: Answer = { roundKey: "r1", teamKey: "t1", row: 5, level: 2, evidence: " Same ", modified: "2025-05-01T10:00:00Z", id: 7 };
    const b: Answer = { ...a, evidence: "Same", id: 8 };
    const { answers, conflicts } = resolveAnswers([b, a]);
    expect(answers).toEqual([b]);
    expect(conflicts).toEqual([]);
  });

  it("does not treat the same row in different teams or rounds as the same answer", () => {
    const base: Answer = { roundKey: "r1", teamKey: "t1", row: 5, level: 2 };
    expect(resolveAnswers([base, { ...base, teamKey: "t2" }, { ...base, roundKey: "r2" }]).answers).toHaveLength(3);
  });
});

describe("results for a viewer who may not see every team's name", () => {
  const framework = tinyFramework();
  const results = computeRoundResults(framework, "r1", ANSWERS, MAPPING);

  it("hides the keys of teams the viewer may not see, outliers included, and orders teams by score", () => {
    const hidden = hideTeams(results, (teamKey) => teamKey === "t3");
    const a = groupResult(hidden, { kind: "topic", key: "a" })!;
    expect(a.teams.map((t) => [t.teamKey, t.score])).toEqual([
      [null, 1],
      [null, 3],
      ["t3", 4],
    ]);
    expect(a.summary).toEqual(groupResult(results, { kind: "topic", key: "a" })!.summary);
    expect(hidden.principles[0]!.teams.filter((t) => t.teamKey !== null).map((t) => t.teamKey)).toEqual(["t3"]);
    expect(hidden.matrix.cells.flatMap((c) => c.teams).every((t) => t.teamKey === null || t.teamKey === "t3")).toBe(true);
  });

  it("hides an outlier's team too", () => {
    const many = ["t1", "t2", "t3", "t4", "t5"].flatMap((team, i) => answersFor("r1", team, { 1: i === 4 ? 5 : 2, 2: 2, 3: 2, 4: 2 }));
    const r = hideTeams(computeRoundResults(framework, "r1", many), () => false);
    const a = groupResult(r, { kind: "topic", key: "a" })!.summary!;
    expect(a.outliers).toEqual([{ teamKey: null, score: 3.5, rowsScored: 2, rowsNotAssessed: 0 }]);
  });

  it("stays plain JSON, so a closed round's results can be stored as they are", () => {
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });
});
