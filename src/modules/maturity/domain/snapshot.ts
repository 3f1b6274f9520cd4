import type { GroupResult, RoundResults, TeamScore } from "./results";
import type { BoxPlotSummary } from "./statistics";

/**
 * A closed round's results as everyone may see them: every distribution, no team named and no
 * per-team list (a box plot needs only its numbers; outliers keep their score, not their team).
 * Written when the data lead closes a round, so people who may not read the answers still see
 * the organisation's results, and the results page needs one small read instead of thousands of
 * answers.
 */
export const SNAPSHOT_FORMAT = 1;

export interface ResultsSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  roundKey: string;
  /** ISO date-time the results were computed (the close of the round). */
  computedOn: string;
  results: RoundResults;
}

/** SharePoint's multi-line text columns hold 63,999 characters: parts stay under it with room to spare. */
export const SNAPSHOT_PART_CHARS = 60_000;

/** Six decimal places: far below anything shown (two), and it keeps the snapshot small. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

function anonymousSummary(summary: BoxPlotSummary<TeamScore> | null): BoxPlotSummary<TeamScore> | null {
  if (!summary) return null;
  const numbers = Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, typeof v === "number" ? tidy(v) : v])) as unknown as BoxPlotSummary<TeamScore>;
  return { ...numbers, outliers: summary.outliers.map((o) => ({ teamKey: null, score: tidy(o.score), rowsScored: o.rowsScored, rowsNotAssessed: o.rowsNotAssessed })) };
}

function anonymousGroup<G extends GroupResult>(group: G): G {
  return { ...group, teams: [], summary: anonymousSummary(group.summary) };
}

/** The results with every team's key and per-team score removed: what a snapshot holds. */
export function anonymiseResults(results: RoundResults): RoundResults {
  return {
    ...results,
    overall: anonymousGroup(results.overall),
    topics: results.topics.map(anonymousGroup),
    themes: results.themes.map(anonymousGroup),
    matrix: { ...results.matrix, cells: results.matrix.cells.map(anonymousGroup) },
    principles: results.principles.map(anonymousGroup),
  };
}

export function makeSnapshot(results: RoundResults, computedOn: Date): ResultsSnapshot {
  return { format: SNAPSHOT_FORMAT, roundKey: results.roundKey, computedOn: computedOn.toISOString(), results: anonymiseResults(results) };
}

/** The snapshot's JSON cut into parts of at most `limit` characters, in order. */
export function snapshotParts(snapshot: ResultsSnapshot, limit = SNAPSHOT_PART_CHARS): string[] {
  const text = JSON.stringify(snapshot);
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += limit) parts.push(text.slice(at, at + limit));
  return parts;
}

export interface StoredPart {
  part: number;
  parts: number;
  text: string;
  /** Every part of one write carries the same time: part 1 is written last, so a half-finished write never reads as whole. */
  computedOn: string | null;
}

export type SnapshotRead = { ok: true; snapshot: ResultsSnapshot } | { ok: false; problem: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Puts a snapshot back together from its stored parts, refusing one that is incomplete or not a snapshot. */
export function snapshotFromParts(roundKey: string, stored: readonly StoredPart[]): SnapshotRead {
  if (stored.length === 0) return { ok: false, problem: "No results have been saved for this round." };
  const first = stored.find((p) => p.part === 1);
  if (!first) return { ok: false, problem: "The saved results for this round are incomplete. The data lead can close the round again to save them afresh." };
  const expected = first.parts;
  const byPart = new Map(stored.filter((p) => p.computedOn === first.computedOn).map((p) => [p.part, p.text]));
  for (let part = 1; part <= expected; part++) {
    if (!byPart.has(part)) return { ok: false, problem: `The saved results for this round are incomplete (part ${part} of ${expected} is missing). The data lead can close the round again to save them afresh.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(Array.from({ length: expected }, (_, i) => byPart.get(i + 1)!).join(""));
  } catch {
    return { ok: false, problem: "The saved results for this round cannot be read. The data lead can close the round again to save them afresh." };
  }
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT || data.roundKey !== roundKey || !isRecord(data.results) || !Array.isArray(data.results.topics) || !Array.isArray(data.results.themes)) {
    return { ok: false, problem: "The saved results for this round are not in a form this version of Data Hub reads. The data lead can close the round again to save them afresh." };
  }
  return { ok: true, snapshot: data as unknown as ResultsSnapshot };
}
