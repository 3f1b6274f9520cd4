import { slugOf } from "./keys";
import { type AnswerLevel, NOT_ASSESSED } from "./levels";

/**
 * One team's answer to one framework row in one round. Rows are referred to by row number (not
 * by list item), so answers survive a re-import of the framework.
 */
export interface Answer {
  roundKey: string;
  teamKey: string;
  row: number;
  level: AnswerLevel;
  evidence?: string | null;
  /** Display name of whoever gave (last changed) the answer. */
  answeredBy?: string | null;
  /** ISO date-time of the last change. */
  modified?: string | null;
  /** The list item's id, when the answer came from the site. */
  id?: number | null;
}

/**
 * The key of the one answer a team gives a row in a round: an indexed column holding it lets the
 * screen find "the answer to this row" with one equality filter on a list past 5,000 items.
 * Round and team keys are slugs (see teamKeyOf), so "|" cannot occur inside them.
 */
export function answerKey(roundKey: string, teamKey: string, row: number): string {
  return `${roundKey}|${teamKey}|${row}`;
}

/** A team's key from its name (a service, as Microsoft 365 profiles name it): "Revenues & Benefits" → "revenues-benefits". */
export function teamKeyOf(name: string): string {
  return slugOf(name);
}

/** Two answers to the same row that disagree: both are shown, so neither person's answer is lost. */
export interface AnswerConflict {
  roundKey: string;
  teamKey: string;
  row: number;
  /** Latest first; the first is the one results use until someone resolves the conflict. */
  answers: Answer[];
}

export interface ResolvedAnswers {
  /** One answer per round, team and row: the latest. */
  answers: Answer[];
  conflicts: AnswerConflict[];
}

const timeOf = (a: Answer) => {
  const t = Date.parse(a.modified ?? "");
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Latest first: later `modified` first; on a tie (or none), the higher list id, i.e. the later add. */
const latestFirst = (a: Answer, b: Answer) => timeOf(b) - timeOf(a) || (b.id ?? 0) - (a.id ?? 0);

const sameAnswer = (a: Answer, b: Answer) => a.level === b.level && (a.evidence ?? "").trim() === (b.evidence ?? "").trim();

/**
 * SharePoint has no unique constraint across columns, so two assessors who answer the same row at
 * the same moment each add an item. Results must count that row once; the screen must show both.
 * Linear in the number of answers: nested maps (round → team → row) rather than a joined string
 * key per answer, which measured several times slower on 18,600 answers.
 */
export function resolveAnswers(answers: readonly Answer[]): ResolvedAnswers {
  const byRound = new Map<string, Map<string, Map<number, Answer | Answer[]>>>();
  let duplicates = false;
  for (const answer of answers) {
    let byTeam = byRound.get(answer.roundKey);
    if (!byTeam) byRound.set(answer.roundKey, (byTeam = new Map()));
    let byRow = byTeam.get(answer.teamKey);
    if (!byRow) byTeam.set(answer.teamKey, (byRow = new Map()));
    const existing = byRow.get(answer.row);
    if (existing === undefined) byRow.set(answer.row, answer);
    else {
      duplicates = true;
      if (Array.isArray(existing)) existing.push(answer);
      else byRow.set(answer.row, [existing, answer]);
    }
  }
  if (!duplicates) return { answers: [...answers], conflicts: [] };

  const resolved: Answer[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const byTeam of byRound.values()) {
    for (const byRow of byTeam.values()) {
      for (const entry of byRow.values()) {
        if (!Array.isArray(entry)) {
          resolved.push(entry);
          continue;
        }
        const ordered = [...entry].sort(latestFirst);
        const latest = ordered[0]!;
        resolved.push(latest);
        if (ordered.some((a) => !sameAnswer(a, latest))) conflicts.push({ roundKey: latest.roundKey, teamKey: latest.teamKey, row: latest.row, answers: ordered });
      }
    }
  }
  return { answers: resolved, conflicts };
}
export function isAssessed(answer: Pick<Answer, "level">): boolean {
  return answer.level !== NOT_ASSESSED;
}
