import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { compareRounds } from "../src/modules/maturity/domain/change";
import type { Framework } from "../src/modules/maturity/domain/framework";
import { parseFramework, parseFrameworkText } from "../src/modules/maturity/domain/framework-import";
import { NOT_ASSESSED } from "../src/modules/maturity/domain/levels";
import { roundProgress } from "../src/modules/maturity/domain/progress";
import { computeRoundResults } from "../src/modules/maturity/domain/results";
import { FRAMEWORK_FILE_ENV, FRAMEWORK_FILE_FROM_REPO_ROOT, PRINCIPLE_MAPPING_SEED } from "../src/modules/maturity/seed";
import { generateSampleData } from "../src/modules/maturity/seed/sample-data";

export interface MaturityReport {
  framework: "shared file" | "placeholder";
  teams: number;
  rounds: number;
  answers: number;
  runs: number;
  /** Results of every round (topics, themes, matrix, principles) and the change between each pair, from raw answers. */
  allResultsMs: number[];
  /** The floor: one pass over the answers adding each level to its team's total. */
  baselineMs: number[];
  progressMs: number[];
}

/** The shared framework file when it is there; otherwise placeholder rows of the same shape (97 rows, 10 × 6). */
function loadFramework(): { framework: Framework; kind: MaturityReport["framework"] } {
  const file = process.env[FRAMEWORK_FILE_ENV] ?? path.join(process.cwd(), FRAMEWORK_FILE_FROM_REPO_ROOT);
  if (fs.existsSync(file)) {
    const imported = parseFrameworkText(fs.readFileSync(file, "utf8"));
    if (imported.ok) return { framework: imported.framework, kind: "shared file" };
  }
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const result = parseFramework({ rows: Array.from({ length: 97 }, (_, i) => ({ row: i + 1, topic: `Topic ${Math.floor(i / 10) + 1}`, theme: `Theme ${(i % 6) + 1}`, statement: `Outcome ${i + 1}`, levels })) });
  if (!result.ok) throw new Error(result.summary);
  return { framework: result.framework, kind: "placeholder" };
}

export function measureMaturity(runs = 5, rounds = 3): MaturityReport {
  const { framework, kind } = loadFramework();
  const sample = generateSampleData(framework, { rounds });
  const { answers } = sample;

  const allResults = () => {
    const results = sample.rounds.map((round) => computeRoundResults(framework, round.key, answers, PRINCIPLE_MAPPING_SEED));
    for (let i = 1; i < results.length; i++) compareRounds(results[i - 1]!, results[i]!, { earlier: sample.rounds[i - 1]!, later: sample.rounds[i]! }, sample.actions);
    return results;
  };
  const baseline = () => {
    const totals = new Map<string, number>();
    for (const a of answers) if (a.level !== NOT_ASSESSED) totals.set(a.teamKey, (totals.get(a.teamKey) ?? 0) + a.level);
    return totals;
  };
  const progress = () => sample.rounds.map((round) => roundProgress(framework, round.key, round.teamKeys, answers));

  const time = (fn: () => unknown) => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };
  // Warm the JIT as the page would after its first render.
  allResults();
  baseline();
  progress();
  const allResultsMs: number[] = [];
  const baselineMs: number[] = [];
  const progressMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    baselineMs.push(time(baseline));
    allResultsMs.push(time(allResults));
    progressMs.push(time(progress));
  }
  return { framework: kind, teams: sample.teams.length, rounds, answers: answers.length, runs, allResultsMs, baselineMs, progressMs };
}
