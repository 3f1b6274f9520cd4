import type { Principle } from "../../../core/domain/principles";
import { ACTION_STATUSES, type ActionStatus } from "./action";
import { type Rag, ragOf } from "./rag";

export interface ActionStatusRow {
  PrincipleKey: string | null;
  Status: string | null;
  StartDate?: string | null;
  DueDate?: string | null;
  PercentComplete?: number | null;
  /** Absent when the reader did not ask (then ownership is not judged). */
  ActionOwnerId?: number | null;
}

export interface PrincipleProgress {
  key: string;
  title: string;
  summary: string | null;
  total: number;
  counts: Record<ActionStatus, number>;
  /** RAG by the tracker's own rule, so Home and the tracker never disagree. */
  rag: Record<Rag, number>;
  /**
   * Progress: the average percent complete of the actions still meant to happen (cancelled ones do
   * not count; a complete one counts as 100), so work under way shows, not only finished actions.
   */
  progress: number;
  /** How many of them are complete. */
  complete: number;
}

const emptyCounts = (): Record<ActionStatus, number> => Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;

function progress(key: string, title: string, summary: string | null, rows: ActionStatusRow[], today: Date): PrincipleProgress {
  const counts = emptyCounts();
  const rag: Record<Rag, number> = { Red: 0, Amber: 0, Green: 0, None: 0 };
  for (const row of rows) {
    const status: ActionStatus = (ACTION_STATUSES as readonly string[]).includes(row.Status ?? "") ? (row.Status as ActionStatus) : "Not started";
    counts[status]++;
    const owner = "ActionOwnerId" in row ? { ownerId: row.ActionOwnerId ?? null } : {};
    rag[ragOf({ status, startDate: row.StartDate ?? null, dueDate: row.DueDate ?? null, percentComplete: row.PercentComplete ?? 0, ...owner }, today)]++;
  }
  const live = rows.filter((r) => r.Status !== "Cancelled");
  const percentOf = (r: ActionStatusRow) => (r.Status === "Complete" ? 100 : Math.min(100, Math.max(0, Number(r.PercentComplete) || 0)));
  const progressValue = live.length === 0 ? 0 : Math.round(live.reduce((sum, r) => sum + percentOf(r), 0) / live.length);
  return { key, title, summary, total: rows.length, counts, rag, progress: progressValue, complete: counts.Complete };
}

/** Actions grouped under the five principles, plus the cross-cutting "What next?" actions. */
export function summariseProgress(principles: Principle[], actions: ActionStatusRow[], today: Date = new Date()): { principles: PrincipleProgress[]; acrossStrategy: PrincipleProgress } {
  const byPrinciple = new Map<string | null, ActionStatusRow[]>();
  for (const action of actions) {
    const key = principles.some((p) => p.key === action.PrincipleKey) ? action.PrincipleKey : null;
    byPrinciple.set(key, [...(byPrinciple.get(key) ?? []), action]);
  }
  return {
    principles: principles.map((p) => progress(p.key, p.title, p.summary, byPrinciple.get(p.key) ?? [], today)),
    acrossStrategy: progress("what-next", "Across the strategy", "The “What next?” actions that bring the principles together.", byPrinciple.get(null) ?? [], today),
  };
}
