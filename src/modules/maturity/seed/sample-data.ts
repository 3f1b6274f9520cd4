import type { Answer } from "../domain/answers";
import type { ImprovementAction } from "../domain/change";
import type { Framework } from "../domain/framework";
import { type AnswerLevel, NOT_ASSESSED } from "../domain/levels";
import type { Round } from "../domain/rounds";

/**
 * Sample assessment rounds for local mode, demos and the bench: made-up teams with made-up answers,
 * so the charts and change views have something to show on first start. Deterministic (a seeded
 * generator, never Math.random), so every start, test and bench run sees the same numbers.
 * Every name says "Sample": this is never to be presented as Havant Borough Council's results.
 */
export const SAMPLE_NOTICE = "Sample data, generated for trying Data Hub out: these are not Havant Borough Council's results.";

export interface SampleTeam {
  key: string;
  name: string;
}

export interface SampleData {
  notice: string;
  teams: SampleTeam[];
  rounds: Round[];
  answers: Answer[];
  actions: ImprovementAction[];
}

export interface SampleOptions {
  seed?: number;
  teams?: number;
  rounds?: number;
}

/** mulberry32: tiny, fast and good enough for made-up data; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
function normal(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Share of rows a team marks "not assessed". */
const NOT_ASSESSED_SHARE = 0.02;
/** Share of teams whose improvement drive lifts the topics the sample actions work on. */
const IMPROVER_SHARE = 0.45;
/** Teams in the latest round that did not finish (so "who has finished" shows something). */
const UNFINISHED_IN_LATEST = 2;

export function generateSampleData(framework: Framework, options: SampleOptions = {}): SampleData {
  const random = seededRandom(options.seed ?? 2025);
  const teamCount = options.teams ?? 64;
  const roundCount = options.rounds ?? 2;
  const teams: SampleTeam[] = Array.from({ length: teamCount }, (_, i) => ({ key: `sample-team-${pad(i + 1)}`, name: `Sample team ${pad(i + 1)}` }));

  const rounds: Round[] = Array.from({ length: roundCount }, (_, r) => {
    const opens = Date.UTC(2025 + r, 2, 3);
    return {
      key: `sample-round-${r + 1}`,
      name: r === 0 ? "Sample round 1 (baseline)" : `Sample round ${r + 1}`,
      status: "Closed",
      opensOn: isoDay(opens),
      closesOn: isoDay(opens + 53 * DAY_MS),
      teamKeys: teams.map((t) => t.key),
      isSample: true,
    };
  });

  // Improvement actions on a few topics, completed between each pair of rounds.
  const actionTopics = framework.topics.filter((_, i) => i % 3 === 1).map((t) => t.key);
  const actions: ImprovementAction[] = [];
  for (let r = 1; r < roundCount; r++) {
    const completed = Date.UTC(2025 + r - 1, 8, 15);
    actionTopics.forEach((topicKey, i) => {
      const n = actions.length + 1;
      actions.push({ key: `sample-action-${pad(n)}`, title: `Sample improvement action ${pad(n)}`, linked: { kind: "topic", key: topicKey }, completedOn: isoDay(completed + i * 7 * DAY_MS), teamKey: null });
    });
  }

  // Team ability, topic difficulty and team-by-topic strengths are drawn once; rows vary each round.
  // Around 2.4 with these spreads, levels come out mostly 1 to 3, some 4, very few 5.
  const ability = teams.map(() => 2.4 + 0.45 * normal(random));
  if (teamCount > 6) ability[6] = 1.1; // one team far behind and
  if (teamCount > 49) ability[49] = 4.3; // one far ahead, so box plots show outliers
  const topicEffect = new Map(framework.topics.map((t) => [t.key, 0.35 * normal(random)]));
  const strength = teams.map(() => new Map(framework.topics.map((t) => [t.key, 0.3 * normal(random)])));
  const improver = teams.map(() => random() < IMPROVER_SHARE);
  const drift = teams.map(() => 0.08 + 0.1 * normal(random));
  const lifted = new Set(actionTopics);

  const answers: Answer[] = [];
  let id = 0;
  rounds.forEach((round, r) => {
    const opens = Date.parse(`${round.opensOn}T09:30:00Z`);
    teams.forEach((team, t) => {
      const unfinished = r === roundCount - 1 && t >= teamCount - UNFINISHED_IN_LATEST;
      const rows = unfinished ? framework.rows.slice(0, Math.floor(framework.rows.length * 0.7)) : framework.rows;
      const answeredOn = new Date(opens + (t % 40) * DAY_MS).toISOString();
      for (const row of rows) {
        const lift = improver[t] && lifted.has(row.topicKey) ? 0.6 * r : 0;
        const raw = ability[t]! + topicEffect.get(row.topicKey)! + strength[t]!.get(row.topicKey)! + drift[t]! * r + lift + 0.55 * normal(random);
        const level: AnswerLevel = random() < NOT_ASSESSED_SHARE ? NOT_ASSESSED : (Math.min(5, Math.max(1, Math.round(raw))) as AnswerLevel);
        const evidence = random() < 0.15 ? `Sample evidence for row ${row.row}.` : null;
        answers.push({ roundKey: round.key, teamKey: team.key, row: row.row, level, evidence, answeredBy: "Sample assessor", modified: answeredOn, id: ++id });
      }
    });
  });

  return { notice: SAMPLE_NOTICE, teams, rounds, answers, actions };
}
