import { describe, expect, it } from "@jest/globals";
import type { Answer } from "../../src/modules/maturity/domain/answers";
import { type ImprovementAction, type RoundPeriod, actionTiming, compareRounds } from "../../src/modules/maturity/domain/change";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework } from "../../src/modules/maturity/domain/framework-import";
import type { Level } from "../../src/modules/maturity/domain/levels";
import { computeRoundResults } from "../../src/modules/maturity/domain/results";

/** Made-up: topic A = rows 1, 2 (theme X); topic B = row 3 (theme Y). */
function tinyFramework(): Framework {
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const result = parseFramework({
    rows: [
      { row: 1, topic: "A", theme: "X", statement: "s1", levels },
      { row: 2, topic: "A", theme: "X", statement: "s2", levels },
      { row: 3, topic: "B", theme: "Y", statement: "s3", levels },
    ],
  });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

const EARLIER: RoundPeriod = { key: "r1", opensOn: "2025-03-03", closesOn: "2025-04-25" };
const LATER: RoundPeriod = { key: "r2", opensOn: "2026-03-02", closesOn: "2026-04-24" };

const answer = (roundKey: string, teamKey: string, row: number, level: Level): Answer => ({ roundKey, teamKey, row, level });

describe("when an improvement action counts as completed between two rounds", () => {
  it.each([
    ["2025-04-25", "outside"], // the day the earlier round closed: teams may still have been answering
    ["2025-04-26", "between-rounds"],
    ["2026-03-02", "between-rounds"], // the day the later round opened
    ["2026-03-02T15:00:00Z", "between-rounds"],
    ["2026-03-03", "during-later-round"],
    ["2026-04-24", "during-later-round"],
    ["2026-04-25", "outside"],
    ["2024-12-01", "outside"],
  ] as const)("completed on %s is %s", (completedOn, timing) => {
    expect(actionTiming(completedOn, EARLIER, LATER)).toBe(timing);
  });

  it("an action not yet completed, or with an unreadable date, is outside", () => {
    expect(actionTiming(null, EARLIER, LATER)).toBe("outside");
    expect(actionTiming("soon", EARLIER, LATER)).toBe("outside");
  });
});

describe("change between rounds", () => {
  const framework = tinyFramework();
  // Topic A: t1 2 → 4, t2 3 → 3, t3 only in r1 (1), t4 only in r2 (5). Topic B: t1 3 → 2.
  const answers: Answer[] = [
    answer("r1", "t1", 1, 2), answer("r1", "t1", 2, 2), answer("r1", "t1", 3, 3),
    answer("r1", "t2", 1, 3), answer("r1", "t2", 2, 3),
    answer("r1", "t3", 1, 1), answer("r1", "t3", 2, 1),
    answer("r2", "t1", 1, 4), answer("r2", "t1", 2, 4), answer("r2", "t1", 3, 2),
    answer("r2", "t2", 1, 3), answer("r2", "t2", 2, 3),
    answer("r2", "t4", 1, 5), answer("r2", "t4", 2, 5),
  ];
  const before = computeRoundResults(framework, "r1", answers);
  const after = computeRoundResults(framework, "r2", answers);
  const actions: ImprovementAction[] = [
    { key: "act-1", linked: { kind: "topic", key: "a" }, completedOn: "2025-09-15", teamKey: null },
    { key: "act-2", linked: { kind: "topic", key: "a" }, completedOn: "2025-10-01", teamKey: "t2" },
    { key: "act-3", linked: { kind: "topic", key: "b" }, completedOn: "2026-03-20", teamKey: null },
    { key: "act-4", linked: { kind: "theme", key: "y" }, completedOn: "2025-11-11", teamKey: null },
  ];
  const comparison = compareRounds(before, after, { earlier: EARLIER, later: LATER }, actions);
  const topic = (key: string) => comparison.topics.find((t) => t.key === key)!;

  it("gives each team's score before and after, for a dumbbell chart", () => {
    expect(topic("a").teams.map((t) => [t.teamKey, t.before, t.after, t.change])).toEqual([
      ["t1", 2, 4, 2],
      ["t2", 3, 3, 0],
      ["t3", 1, null, null],
      ["t4", null, 5, null],
    ]);
    expect(topic("a")).toMatchObject({ paired: 2, improved: 1, declined: 0, unchanged: 1, meanTeamChange: 1 });
    expect(topic("b")).toMatchObject({ paired: 1, improved: 0, declined: 1, meanTeamChange: -1 });
  });

  it("gives the shift of the distribution across all teams in each round", () => {
    // A before [1, 2, 3]: median 2, mean 2. After [3, 4, 5]: median 4, mean 4.
    expect(topic("a")).toMatchObject({ medianShift: 2, meanShift: 2, q1Shift: 2, q3Shift: 2 });
    expect(topic("a").before).toMatchObject({ median: 2, count: 3 });
    expect(topic("a").after).toMatchObject({ median: 4, count: 3 });
  });

  it("marks a topic where a linked action was completed between the rounds, and not for one completed during the later round", () => {
    expect(topic("a").marked).toBe(true);
    expect(topic("a").actionsBetweenRounds.map((a) => a.key)).toEqual(["act-1", "act-2"]);
    expect(topic("b").marked).toBe(false);
    expect(topic("b").actionsDuringLaterRound.map((a) => a.key)).toEqual(["act-3"]);
  });

  it("shows a team the actions for every team and its own, not another team's", () => {
    const teams = Object.fromEntries(topic("a").teams.map((t) => [t.teamKey, t.actions]));
    expect(teams).toEqual({ t1: ["act-1"], t2: ["act-1", "act-2"], t3: ["act-1"], t4: ["act-1"] });
  });

  it("marks a theme for an action linked to the theme, without marking its topics", () => {
    expect(comparison.themes.find((t) => t.key === "y")!.marked).toBe(true);
    expect(comparison.themes.find((t) => t.key === "x")!.marked).toBe(false);
  });

  it("compares the whole framework too", () => {
    // t1 overall (2+2+3)/3 = 7/3 → (4+4+2)/3 = 10/3.
    expect(comparison.overall.teams.find((t) => t.teamKey === "t1")!.change).toBeCloseTo(1, 12);
    expect(comparison.warnings).toEqual([]);
  });

  it("warns when the later round opens before the earlier one closed, and then places no action between them", () => {
    const overlapping = compareRounds(before, after, { earlier: EARLIER, later: { ...LATER, opensOn: "2025-04-01" } }, actions);
    expect(overlapping.warnings).toEqual(['The round "r2" opens before "r1" closed; no action falls between them.']);
    expect(overlapping.topics.some((t) => t.marked)).toBe(false);
  });

  it("a topic nobody scored in the later round keeps its before side and has no shift", () => {
    const onlyA = computeRoundResults(framework, "r2", answers.filter((a) => a.row !== 3));
    const c = compareRounds(before, onlyA, { earlier: EARLIER, later: LATER });
    expect(topic("b").before).not.toBeNull();
    expect(c.topics.find((t) => t.key === "b")).toMatchObject({ after: null, medianShift: null, paired: 0, meanTeamChange: null });
  });
});
