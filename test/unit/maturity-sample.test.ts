import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { compareRounds } from "../../src/modules/maturity/domain/change";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework, parseFrameworkText } from "../../src/modules/maturity/domain/framework-import";
import { NOT_ASSESSED } from "../../src/modules/maturity/domain/levels";
import { assessmentProgress, roundProgress } from "../../src/modules/maturity/domain/progress";
import { computeRoundResults } from "../../src/modules/maturity/domain/results";
import { FRAMEWORK_FILE_ENV } from "../../src/modules/maturity/seed";
import { SAMPLE_NOTICE, generateSampleData, seededRandom } from "../../src/modules/maturity/seed/sample-data";

/** A made-up framework of the real one's size: 97 rows, 10 topics, 6 themes, placeholder text. */
function placeholderFramework(): Framework {
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const rows = Array.from({ length: 97 }, (_, i) => ({ row: i + 1, topic: `Topic ${Math.floor(i / 10) + 1}`, theme: `Theme ${(i % 6) + 1}`, statement: `Outcome ${i + 1}`, levels }));
  const result = parseFramework({ rows });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

const FRAMEWORK_PATH = process.env[FRAMEWORK_FILE_ENV] ?? path.join(process.cwd(), "..", "shared", "reference", "dma", "framework.json");

describe("the sample rounds for local mode", () => {
  const framework = placeholderFramework();
  const sample = generateSampleData(framework);

  let randomSpy: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    randomSpy = jest.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("sample data must not use Math.random");
    });
  });
  afterEach(() => randomSpy.mockRestore());

  it("is the same on every run, without Math.random, and different for another seed", () => {
    expect(generateSampleData(framework)).toEqual(sample);
    expect(generateSampleData(framework, { seed: 7 }).answers).not.toEqual(sample.answers);
  });

  it("has 64 teams and two rounds, every name saying it is sample data", () => {
    expect(sample.teams).toHaveLength(64);
    expect(sample.teams[0]).toEqual({ key: "sample-team-01", name: "Sample team 01" });
    expect(sample.teams[63]!.name).toBe("Sample team 64");
    expect(sample.rounds.map((r) => [r.name, r.isSample])).toEqual([
      ["Sample round 1 (baseline)", true],
      ["Sample round 2", true],
    ]);
    expect(sample.actions.every((a) => a.title?.startsWith("Sample ") && a.key.startsWith("sample-"))).toBe(true);
    expect(sample.answers.every((a) => a.answeredBy === "Sample assessor" && (a.evidence === null || a.evidence!.startsWith("Sample ")))).toBe(true);
    expect(SAMPLE_NOTICE).toMatch(/not Havant Borough Council's results/);
  });

  it("answers every row for every team in the baseline, and leaves two teams unfinished in the latest round", () => {
    const first = roundProgress(framework, "sample-round-1", sample.rounds[0]!.teamKeys, sample.answers);
    expect(first.finished).toBe(64);
    const second = roundProgress(framework, "sample-round-2", sample.rounds[1]!.teamKeys, sample.answers);
    expect({ finished: second.finished, inProgress: second.inProgress }).toEqual({ finished: 62, inProgress: 2 });
    const unfinished = sample.answers.filter((a) => a.roundKey === "sample-round-2" && a.teamKey === "sample-team-64");
    expect(assessmentProgress(framework, unfinished).nextRow).toBe(68);
  });

  it("gives plausible levels: mostly 1 to 3, some 4, a few 5 and a few rows not assessed", () => {
    const share = (test: (level: unknown) => boolean) => sample.answers.filter((a) => test(a.level)).length / sample.answers.length;
    expect(share((l) => l === 1 || l === 2 || l === 3)).toBeGreaterThan(0.75);
    expect(share((l) => l === 4)).toBeGreaterThan(0.05);
    expect(share((l) => l === 5)).toBeLessThan(0.03);
    expect(share((l) => l === NOT_ASSESSED)).toBeGreaterThan(0.005);
    expect(share((l) => l === NOT_ASSESSED)).toBeLessThan(0.05);
  });

  it("shows teams improving where the sample actions were completed between the rounds, and outliers to reach", () => {
    const before = computeRoundResults(framework, "sample-round-1", sample.answers);
    const after = computeRoundResults(framework, "sample-round-2", sample.answers);
    const change = compareRounds(before, after, { earlier: sample.rounds[0]!, later: sample.rounds[1]! }, sample.actions);
    const marked = change.topics.filter((t) => t.marked);
    expect(marked.length).toBeGreaterThan(0);
    for (const topic of marked) {
      expect(topic.improved).toBeGreaterThan(topic.declined);
      expect(topic.medianShift!).toBeGreaterThan(0);
    }
    expect(before.topics.some((t) => (t.summary?.outliers.length ?? 0) > 0)).toBe(true);
  });

  it("can make a third round for the bench's 18,600 answers", () => {
    const three = generateSampleData(framework, { rounds: 3 });
    expect(three.rounds.map((r) => r.key)).toEqual(["sample-round-1", "sample-round-2", "sample-round-3"]);
    expect(three.answers).toHaveLength(64 * 97 * 3 - 2 * (97 - Math.floor(97 * 0.7)));
    expect(three.rounds[2]!.opensOn > three.rounds[1]!.closesOn).toBe(true);
  });

  it("draws numbers in [0, 1) from its seeded generator", () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
  });
});

(fs.existsSync(FRAMEWORK_PATH) || process.env.CI ? it : it.skip)("generates answers for the 97 rows of the shared framework file", () => {
  const imported = parseFrameworkText(fs.readFileSync(FRAMEWORK_PATH, "utf8"));
  if (!imported.ok) throw new Error(imported.summary);
  const sample = generateSampleData(imported.framework);
  const rows = new Set(imported.framework.rows.map((r) => r.row));
  expect(sample.answers.every((a) => rows.has(a.row))).toBe(true);
  expect(sample.answers.filter((a) => a.roundKey === "sample-round-1")).toHaveLength(64 * 97);
});
