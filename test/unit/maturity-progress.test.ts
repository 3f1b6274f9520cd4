import { describe, expect, it } from "@jest/globals";
import type { Answer } from "../../src/modules/maturity/domain/answers";
import { answerKey, teamKeyOf } from "../../src/modules/maturity/domain/answers";
import { answersCsv, resultsCsv } from "../../src/modules/maturity/domain/export";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework } from "../../src/modules/maturity/domain/framework-import";
import { NOT_ASSESSED, answerLevelFromWire, answerLevelLabel, answerLevelToWire } from "../../src/modules/maturity/domain/levels";
import { assessmentProgress, nextUnansweredRow, roundProgress } from "../../src/modules/maturity/domain/progress";
import { computeRoundResults } from "../../src/modules/maturity/domain/results";
import { canAnswer, roundsInOrder, validateRound } from "../../src/modules/maturity/domain/rounds";

/** Made-up rows 10, 20, 30, 40 (row numbers need not be 1..n). */
function tinyFramework(): Framework {
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const result = parseFramework({ rows: [10, 20, 30, 40].map((row, i) => ({ row, topic: i < 2 ? "A" : "B", theme: "X", statement: `Outcome ${row}`, levels })) });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

const parseCsv = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.slice(1, -1).split('","'));

describe("a team's progress through an assessment", () => {
  const framework = tinyFramework();

  it("starts at the first row and counts nothing answered", () => {
    expect(assessmentProgress(framework, [])).toEqual({ total: 4, answered: 0, withLevel: 0, notAssessed: 0, remaining: 4, complete: false, percent: 0, nextRow: 10 });
  });

  it("comes back to the next unanswered row, counting 'not assessed' as answered", () => {
    const progress = assessmentProgress(framework, [{ row: 10, level: 3 }, { row: 20, level: NOT_ASSESSED }]);
    expect(progress).toMatchObject({ answered: 2, withLevel: 1, notAssessed: 1, remaining: 2, percent: 50, nextRow: 30 });
  });

  it("goes on after the row just answered, and wraps round to a row skipped earlier", () => {
    const answered = new Set([20, 40]);
    expect(nextUnansweredRow(framework, answered, 10)).toBe(30);
    expect(nextUnansweredRow(framework, answered, 30)).toBe(10);
    expect(nextUnansweredRow(framework, answered, 40)).toBe(10);
    expect(nextUnansweredRow(framework, new Set([10, 20, 30, 40]), 20)).toBeNull();
  });

  it("is complete when every row is answered, and ignores answers on rows no longer in the framework", () => {
    const progress = assessmentProgress(framework, [10, 20, 30, 40, 99].map((row) => ({ row, level: 2 as const })));
    expect(progress).toMatchObject({ answered: 4, complete: true, percent: 100, nextRow: null });
  });

  it("rounds the percentage down so an unfinished assessment never shows 100%", () => {
    const big = parseFramework({ rows: Array.from({ length: 97 }, (_, i) => ({ row: i + 1, topic: "A", theme: "X", statement: "s", levels: { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" } })) });
    if (!big.ok) throw new Error(big.summary);
    const answers = Array.from({ length: 96 }, (_, i) => ({ row: i + 1, level: 3 as const }));
    expect(assessmentProgress(big.framework, answers).percent).toBe(98);
    expect(assessmentProgress(big.framework, answers, 50).nextRow).toBe(97);
  });

  it("tells the data lead who has finished a round", () => {
    const answers: Answer[] = [
      ...[10, 20, 30, 40].map((row) => ({ roundKey: "r1", teamKey: "done", row, level: 3 as const, modified: `2025-03-0${row / 10}T10:00:00Z` })),
      { roundKey: "r1", teamKey: "half", row: 10, level: 2 },
      { roundKey: "r2", teamKey: "idle", row: 10, level: 2 },
      { roundKey: "r1", teamKey: "left-the-round", row: 10, level: 2 },
    ];
    const progress = roundProgress(framework, "r1", ["done", "half", "idle"], answers);
    expect(progress.teams).toEqual([
      { teamKey: "done", answered: 4, total: 4, complete: true, lastAnswered: "2025-03-04T10:00:00Z" },
      { teamKey: "half", answered: 1, total: 4, complete: false, lastAnswered: null },
      { teamKey: "idle", answered: 0, total: 4, complete: false, lastAnswered: null },
    ]);
    expect({ finished: progress.finished, inProgress: progress.inProgress, notStarted: progress.notStarted }).toEqual({ finished: 1, inProgress: 1, notStarted: 1 });
  });
});

describe("rounds", () => {
  it("names every problem with a new round at once", () => {
    expect(validateRound({ name: " ", opensOn: "2025-13-01", closesOn: "", teamKeys: [] }).map((p) => p.field)).toEqual(["name", "opensOn", "closesOn", "teamKeys"]);
  });

  it("tells a missing date from one that is not a real date, and says how to write it", () => {
    const problems = validateRound({ name: "Autumn 2026", opensOn: "31/02/2026", closesOn: " ", teamKeys: ["a"] });
    expect(problems.map((p) => p.message)).toEqual(["The date the round opens is not a real date; write it as day/month/year, for example 25/11/2026.", "Give the date the round closes."]);
  });

  it("refuses a round that closes before it opens, or a name already used", () => {
    const problems = validateRound({ name: "Baseline 2025", opensOn: "2025-05-01", closesOn: "2025-04-01", teamKeys: ["a", "a"] }, [{ key: "baseline-2025", name: "Baseline 2025" }]);
    expect(problems.map((p) => p.message)).toEqual(['A round called "Baseline 2025" (or very like it) already exists; choose another name.', "The round closes before it opens; check the dates.", "A service is chosen twice."]);
  });

  it("accepts a good round, allows answers only while open, and orders rounds by opening date", () => {
    expect(validateRound({ name: "Second round", opensOn: "2026-02-28", closesOn: "2026-03-31", teamKeys: ["a"] })).toEqual([]);
    expect([canAnswer({ status: "Draft" }), canAnswer({ status: "Open" }), canAnswer({ status: "Closed" })]).toEqual([false, true, false]);
    expect(roundsInOrder([{ name: "B", opensOn: "2026-01-01" }, { name: "A", opensOn: "2025-01-01" }]).map((r) => r.name)).toEqual(["A", "B"]);
  });
});

describe("answer keys and levels on the wire", () => {
  it("stores 'not assessed' as 0 and reads anything outside 0-5 as no answer", () => {
    expect([answerLevelToWire(NOT_ASSESSED), answerLevelToWire(4)]).toEqual([0, 4]);
    expect([answerLevelFromWire(0), answerLevelFromWire(5), answerLevelFromWire(6), answerLevelFromWire(null), answerLevelFromWire(2.5)]).toEqual([NOT_ASSESSED, 5, null, null, null]);
    expect([answerLevelLabel(3), answerLevelLabel(NOT_ASSESSED)]).toEqual(["3 Learning", "Not assessed"]);
  });

  it("keys one answer per round, team and row, from slugs that cannot contain the separator", () => {
    expect(teamKeyOf("Revenues & Benefits | Housing")).toBe("revenues-benefits-housing");
    expect(answerKey("baseline-2025", "revenues-benefits", 12)).toBe("baseline-2025|revenues-benefits|12");
  });
});

describe("CSV export of answers and results", () => {
  const framework = tinyFramework();
  const answers: Answer[] = [
    { roundKey: "r1", teamKey: "t2", row: 10, level: 2, evidence: "=HYPERLINK(\"http://example.invalid\")", answeredBy: "Sample assessor", modified: "2025-11-25T10:00:00Z" },
    { roundKey: "r1", teamKey: "t1", row: 20, level: NOT_ASSESSED, evidence: null, answeredBy: null, modified: null },
    { roundKey: "r1", teamKey: "t1", row: 10, level: 4 },
  ];

  it("writes answers in team and row order, with level names, British dates and formulas neutralised", () => {
    const lines = parseCsv(answersCsv(framework, answers, { roundName: () => "Baseline 2025", teamName: (k) => `Team ${k}` }));
    expect(lines[0]).toEqual(["Round", "Team", "Row", "Topic", "Theme", "Outcome", "Level", "Level name", "Evidence", "Answered by", "Last changed"]);
    expect(lines.slice(1).map((l) => [l[1], l[2], l[6], l[7]])).toEqual([
      ["Team t1", "10", "4", "Developing"],
      ["Team t1", "20", "", "Not assessed"],
      ["Team t2", "10", "2", "Emerging"],
    ]);
    expect(lines[3]![8]).toBe("'=HYPERLINK(\"\"http://example.invalid\"\")");
    expect(lines[3]![10]).toBe("25/11/2025");
  });

  it("writes results without team names, rounded to two places", () => {
    const results = computeRoundResults(framework, "r1", answers);
    const lines = parseCsv(resultsCsv([results], () => "Baseline 2025"));
    expect(lines[0]).toEqual(["Round", "Group", "Name", "Framework rows", "Teams", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest", "Interquartile range", "Lower whisker", "Upper whisker", "Outliers", "Mean"]);
    expect(lines.map((l) => `${l[1]}: ${l[2]}`)).toEqual(["Group: Name", "All rows: All rows", "Topic: A", "Topic: B", "Theme: X", "Topic × theme: A × X", "Topic × theme: B × X"]);
    // Topic A: t1 (4) and t2 (2): q1 2.5, median 3, q3 3.5.
    expect(lines[2]).toEqual(["Baseline 2025", "Topic", "A", "2", "2", "2", "2.5", "3", "3.5", "4", "1", "2", "4", "0", "3"]);
    // Topic B has no answers: empty figures, not zeros.
    expect(lines[3]!.slice(4)).toEqual(["0", "", "", "", "", "", "", "", "", "", ""]);
    expect(lines.flat().some((cell) => /t1|t2/.test(cell))).toBe(false);
  });
});
