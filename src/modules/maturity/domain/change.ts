import type { GroupRef } from "./framework";
import type { GroupResult, RoundResults, TeamScore } from "./results";
import type { BoxPlotSummary } from "./statistics";

/**
 * Change between two rounds: per team and per topic or theme, before and after (a dumbbell
 * chart), the shift of the distribution, and which improvement actions were completed between the
 * rounds, so "Track improvements on how teams score their competency after outlined improvements
 * have been delivered" is answered by data.
 */

/** A round's dates, as ISO dates ("2025-11-25"; a date-time's first ten characters are used). */
export interface RoundPeriod {
  key: string;
  opensOn: string;
  closesOn: string;
}

/** An improvement action from the action tracker, as plain input. */
export interface ImprovementAction {
  key: string;
  title?: string | null;
  /** The topic or theme it sets out to improve. */
  linked: GroupRef;
  /** ISO date it was completed, or null while it is not. */
  completedOn: string | null;
  /** The team it was for, or null for one that serves every team. */
  teamKey?: string | null;
}

/**
 * - between-rounds: completed after the earlier round closed and no later than the day the later
 *   round opened, so it came before every team's second workshop and can have shaped all of them;
 * - during-later-round: completed while the later round was open: it may have come before some
 *   teams' workshops and after others', so it is listed but does not mark the topic;
 * - outside: before the earlier round closed, after the later round closed, or not completed.
 */
export type ActionTiming = "between-rounds" | "during-later-round" | "outside";

const day = (iso: string) => iso.slice(0, 10);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function actionTiming(completedOn: string | null, earlier: RoundPeriod, later: RoundPeriod): ActionTiming {
  if (!completedOn || !ISO_DAY.test(day(completedOn))) return "outside";
  const done = day(completedOn);
  if (done > day(earlier.closesOn) && done <= day(later.opensOn)) return "between-rounds";
  if (done > day(later.opensOn) && done <= day(later.closesOn)) return "during-later-round";
  return "outside";
}

export interface TeamChange {
  teamKey: string | null;
  before: number | null;
  after: number | null;
  /** after − before, when the team has a score in both rounds. */
  change: number | null;
  /** Keys of the between-rounds actions linked here that were for this team or for every team. */
  actions: string[];
}

export interface GroupChange {
  kind: "topic" | "theme" | "overall";
  key: string;
  name: string;
  before: BoxPlotSummary<TeamScore> | null;
  after: BoxPlotSummary<TeamScore> | null;
  /** Shifts of the distribution, after − before; null when either round has no scores here. */
  medianShift: number | null;
  meanShift: number | null;
  q1Shift: number | null;
  q3Shift: number | null;
  /** Every team with a score in either round, by team key. */
  teams: TeamChange[];
  /** Teams with a score in both rounds, and how they moved. */
  paired: number;
  improved: number;
  declined: number;
  unchanged: number;
  /** Mean of the paired teams' changes. */
  meanTeamChange: number | null;
  actionsBetweenRounds: ImprovementAction[];
  actionsDuringLaterRound: ImprovementAction[];
  /** An improvement action linked here was completed between the rounds: the chart marks it. */
  marked: boolean;
}

export interface RoundComparison {
  earlierRoundKey: string;
  laterRoundKey: string;
  overall: GroupChange;
  topics: GroupChange[];
  themes: GroupChange[];
  /** Plain sentences about input that looks wrong (e.g. rounds in the wrong order); the comparison still runs. */
  warnings: string[];
}

/** Scores differ by at least 1/97 when they differ at all; float noise is far below that. */
const SAME = 1e-9;

const shift = (a: BoxPlotSummary<TeamScore> | null, b: BoxPlotSummary<TeamScore> | null, pick: (s: BoxPlotSummary<TeamScore>) => number) => (a && b ? pick(b) - pick(a) : null);

function compareGroup(kind: GroupChange["kind"], before: GroupResult | undefined, after: GroupResult | undefined, between: ImprovementAction[], during: ImprovementAction[]): GroupChange {
  const b = before?.summary ?? null;
  const a = after?.summary ?? null;
  const scoresBefore = new Map((before?.teams ?? []).filter((t) => t.teamKey !== null).map((t) => [t.teamKey!, t.score]));
  const scoresAfter = new Map((after?.teams ?? []).filter((t) => t.teamKey !== null).map((t) => [t.teamKey!, t.score]));
  const teamKeys = [...new Set([...scoresBefore.keys(), ...scoresAfter.keys()])].sort();
  let improved = 0;
  let declined = 0;
  let unchanged = 0;
  let changeSum = 0;
  const teams = teamKeys.map((teamKey): TeamChange => {
    const x = scoresBefore.get(teamKey) ?? null;
    const y = scoresAfter.get(teamKey) ?? null;
    const change = x !== null && y !== null ? y - x : null;
    if (change !== null) {
      changeSum += change;
      if (change > SAME) improved++;
      else if (change < -SAME) declined++;
      else unchanged++;
    }
    const actions = between.filter((act) => act.teamKey == null || act.teamKey === teamKey).map((act) => act.key);
    return { teamKey, before: x, after: y, change, actions };
  });
  const paired = improved + declined + unchanged;
  return {
    kind,
    key: (after ?? before)?.key ?? "",
    name: (after ?? before)?.name ?? "",
    before: b,
    after: a,
    medianShift: shift(b, a, (s) => s.median),
    meanShift: shift(b, a, (s) => s.mean),
    q1Shift: shift(b, a, (s) => s.q1),
    q3Shift: shift(b, a, (s) => s.q3),
    teams,
    paired,
    improved,
    declined,
    unchanged,
    meanTeamChange: paired > 0 ? changeSum / paired : null,
    actionsBetweenRounds: between,
    actionsDuringLaterRound: during,
    marked: between.length > 0,
  };
}

/**
 * Compares two rounds' results (computed with computeRoundResults, teams not hidden). Topics and
 * themes are matched by key, so a topic only one round has still appears, with the other side empty.
 */
export function compareRounds(earlierResults: RoundResults, laterResults: RoundResults, periods: { earlier: RoundPeriod; later: RoundPeriod }, actions: readonly ImprovementAction[] = []): RoundComparison {
  const { earlier, later } = periods;
  const warnings: string[] = [];
  for (const p of [earlier, later]) {
    if (!ISO_DAY.test(day(p.opensOn)) || !ISO_DAY.test(day(p.closesOn))) warnings.push(`The round "${p.key}" has no valid dates, so no action can be placed between the rounds.`);
  }
  if (day(later.opensOn) <= day(earlier.closesOn)) warnings.push(`The round "${later.key}" opens before "${earlier.key}" closed; no action falls between them.`);
  if (earlierResults.roundKey !== earlier.key || laterResults.roundKey !== later.key) warnings.push("The results and the round dates given are for different rounds.");

  const timed = actions.map((action) => ({ action, timing: actionTiming(action.completedOn, earlier, later) }));
  const linkedTo = (kind: "topic" | "theme", key: string, timing: ActionTiming) => timed.filter((t) => t.timing === timing && t.action.linked.kind === kind && t.action.linked.key === key).map((t) => t.action);

  const pairUp = (kind: "topic" | "theme", a: readonly GroupResult[], b: readonly GroupResult[]) => {
    const keys = [...new Set([...a.map((g) => g.key), ...b.map((g) => g.key)])];
    return keys.map((key) =>
      compareGroup(
        kind,
        a.find((g) => g.key === key),
        b.find((g) => g.key === key),
        linkedTo(kind, key, "between-rounds"),
        linkedTo(kind, key, "during-later-round"),
      ),
    );
  };
  return {
    earlierRoundKey: earlier.key,
    laterRoundKey: later.key,
    overall: compareGroup("overall", earlierResults.overall, laterResults.overall, [], []),
    topics: pairUp("topic", earlierResults.topics, laterResults.topics),
    themes: pairUp("theme", earlierResults.themes, laterResults.themes),
    warnings,
  };
}
