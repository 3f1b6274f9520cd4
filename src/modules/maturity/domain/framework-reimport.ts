import type { Framework, FrameworkRow } from "./framework";
import { LEVELS, type Level } from "./levels";

/**
 * What importing a corrected framework file would do to the rows already on the site. Rows are
 * matched by row number, the key answers are stored against, so correcting a descriptor's typo
 * or moving a row to another theme updates the row in place and every answer stays with it.
 */
export type RowField = "topic" | "theme" | "statement" | `levels.${Level}`;

export interface RowChange {
  row: number;
  before: FrameworkRow;
  after: FrameworkRow;
  fields: RowField[];
  /** The row moves to another topic or theme: its answers will count there in results from now on. */
  movesResults: boolean;
  /** Answers already given on this row, which stay with it. */
  answers: number;
}

export interface RemovedRow {
  row: FrameworkRow;
  /**
   * Answers already given on this row. They are never deleted: the row is retired (kept, hidden
   * from new assessments and from results), so a later file that brings the row back restores them.
   */
  answers: number;
}

export interface RestoredRow {
  row: FrameworkRow;
  /** Answers kept on the row while it was retired. */
  answers: number;
}

export interface ReimportPlan {
  /** Rows new to the site. */
  added: FrameworkRow[];
  /** Rows retired by an earlier import that this file brings back: un-retire and update them; their answers return. */
  restored: RestoredRow[];
  changed: RowChange[];
  /** Row numbers. */
  unchanged: number[];
  removed: RemovedRow[];
  /** Whether importing would change anything at all. */
  hasChanges: boolean;
  /** One plain sentence for the confirmation step. */
  summary: string;
}

function changedFields(before: FrameworkRow, after: FrameworkRow): RowField[] {
  const fields: RowField[] = [];
  if (before.topic !== after.topic) fields.push("topic");
  if (before.theme !== after.theme) fields.push("theme");
  if (before.statement !== after.statement) fields.push("statement");
  for (const level of LEVELS) if (before.descriptors[level] !== after.descriptors[level]) fields.push(`levels.${level}`);
  return fields;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * @param current the rows on the site now (retired rows excluded)
 * @param incoming the framework read from the new file (already validated by parseFramework)
 * @param answerCounts answers given per row number, across all rounds, to say what is kept
 * @param retiredRows row numbers retired by an earlier import (their list items still exist)
 */
export function planReimport(current: readonly FrameworkRow[], incoming: Framework, answerCounts: ReadonlyMap<number, number> = new Map(), retiredRows: ReadonlySet<number> = new Set()): ReimportPlan {
  const existing = new Map(current.map((r) => [r.row, r]));
  const added: FrameworkRow[] = [];
  const restored: RestoredRow[] = [];
  const changed: RowChange[] = [];
  const unchanged: number[] = [];
  for (const after of incoming.rows) {
    const before = existing.get(after.row);
    if (!before) {
      if (retiredRows.has(after.row)) restored.push({ row: after, answers: answerCounts.get(after.row) ?? 0 });
      else added.push(after);
      continue;
    }
    const fields = changedFields(before, after);
    if (fields.length === 0) unchanged.push(after.row);
    else changed.push({ row: after.row, before, after, fields, movesResults: before.topicKey !== after.topicKey || before.themeKey !== after.themeKey, answers: answerCounts.get(after.row) ?? 0 });
  }
  const incomingRows = new Set(incoming.rows.map((r) => r.row));
  const removed = [...existing.values()]
    .filter((r) => !incomingRows.has(r.row))
    .sort((a, b) => a.row - b.row)
    .map((row) => ({ row, answers: answerCounts.get(row.row) ?? 0 }));

  const hasChanges = added.length + restored.length + changed.length + removed.length > 0;
  const keptOnRemoved = removed.reduce((sum, r) => sum + r.answers, 0);
  const summary = !hasChanges
    ? `The file matches the framework on the site: ${count(unchanged.length, "row")}, nothing to change.`
    : `${count(added.length, "row")} added, ${restored.length > 0 ? `${count(restored.length, "retired row")} brought back, ` : ""}${count(changed.length, "row")} changed, ${count(unchanged.length, "row")} unchanged, ${count(removed.length, "row")} retired. No answers are lost` +
      (keptOnRemoved > 0 ? `: the ${count(keptOnRemoved, "answer")} on retired rows are kept and return if a later file brings those rows back.` : ".");
  return { added, restored, changed, unchanged, removed, hasChanges, summary };
}
