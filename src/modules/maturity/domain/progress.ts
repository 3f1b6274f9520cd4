import type { Answer } from "./answers";
import type { Framework } from "./framework";
import { NOT_ASSESSED } from "./levels";

/** How far one team is through one round's assessment, and where to pick up. */
export interface AssessmentProgress {
  /** Rows in the framework. */
  total: number;
  /** Rows with an answer (a level or "not assessed"). */
  answered: number;
  withLevel: number;
  notAssessed: number;
  remaining: number;
  complete: boolean;
  /** Whole per cent answered, rounded down so 96.9% never shows as 100%. */
  percent: number;
  /** The row to go to next: the first unanswered one after `afterRow`, wrapping round; null when complete. */
  nextRow: number | null;
}

/**
 * The first unanswered row after `afterRow` in row order, wrapping to the start, so someone who
 * skipped a row comes back to it after the last. Without `afterRow`, the first unanswered row.
 */
export function nextUnansweredRow(framework: Framework, answeredRows: ReadonlySet<number>, afterRow?: number | null): number | null {
  const rows = framework.rows;
  const start = afterRow == null ? 0 : rows.findIndex((r) => r.row > afterRow);
  const from = start < 0 ? 0 : start;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(from + i) % rows.length]!.row;
    if (!answeredRows.has(row)) return row;
  }
  return null;
}

/**
 * @param answers one team's answers in one round (others are the caller's mistake, but rows the
 *   framework no longer has are simply not counted)
 */
export function assessmentProgress(framework: Framework, answers: readonly Pick<Answer, "row" | "level">[], afterRow?: number | null): AssessmentProgress {
  const inFramework = new Set(framework.rows.map((r) => r.row));
  const levelByRow = new Map<number, Answer["level"]>();
  for (const a of answers) if (inFramework.has(a.row)) levelByRow.set(a.row, a.level);
  let notAssessed = 0;
  for (const level of levelByRow.values()) if (level === NOT_ASSESSED) notAssessed++;
  const total = framework.rows.length;
  const answered = levelByRow.size;
  return {
    total,
    answered,
    withLevel: answered - notAssessed,
    notAssessed,
    remaining: total - answered,
    complete: total > 0 && answered === total,
    percent: total === 0 ? 0 : Math.floor((answered * 100) / total),
    nextRow: nextUnansweredRow(framework, new Set(levelByRow.keys()), afterRow),
  };
}

export interface TeamProgress {
  teamKey: string;
  answered: number;
  total: number;
  complete: boolean;
  /** Latest change to any of the team's answers (ISO), or null before the first answer. */
  lastAnswered: string | null;
}

export interface RoundProgress {
  teams: TeamProgress[];
  finished: number;
  inProgress: number;
  notStarted: number;
}

/** Who has finished a round, for the data lead: one pass over the round's answers. */
export function roundProgress(framework: Framework, roundKey: string, teamKeys: readonly string[], answers: readonly Answer[]): RoundProgress {
  const inFramework = new Set(framework.rows.map((r) => r.row));
  const rowsByTeam = new Map<string, Set<number>>(teamKeys.map((k) => [k, new Set<number>()]));
  const lastByTeam = new Map<string, string>();
  for (const a of answers) {
    if (a.roundKey !== roundKey || !inFramework.has(a.row)) continue;
    const rows = rowsByTeam.get(a.teamKey);
    if (!rows) continue; // a team no longer taking part: its answers are kept but it is not listed
    rows.add(a.row);
    if (a.modified && a.modified > (lastByTeam.get(a.teamKey) ?? "")) lastByTeam.set(a.teamKey, a.modified);
  }
  const total = framework.rows.length;
  const teams = teamKeys.map((teamKey) => {
    const answered = rowsByTeam.get(teamKey)!.size;
    return { teamKey, answered, total, complete: total > 0 && answered === total, lastAnswered: lastByTeam.get(teamKey) ?? null };
  });
  const finished = teams.filter((t) => t.complete).length;
  const notStarted = teams.filter((t) => t.answered === 0).length;
  return { teams, finished, notStarted, inProgress: teams.length - finished - notStarted };
}
