import { ACTION_STATUSES } from "../../../../manifest/lists/actions";

export type ActionStatus = (typeof ACTION_STATUSES)[number];

import type { Principle } from "../../../core/data/principles";

export interface ActionStatusRow {
  PrincipleKey: string | null;
  Status: ActionStatus | null;
}

export interface PrincipleProgress {
  key: string;
  title: string;
  summary: string | null;
  total: number;
  counts: Record<ActionStatus, number>;
  /** Complete as a share of the actions still meant to happen (cancelled ones do not count). */
  percentComplete: number;
}

const emptyCounts = (): Record<ActionStatus, number> => Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;

function progress(key: string, title: string, summary: string | null, rows: ActionStatusRow[]): PrincipleProgress {
  const counts = emptyCounts();
  for (const row of rows) counts[row.Status ?? "Not started"]++;
  const live = rows.length - counts.Cancelled;
  return { key, title, summary, total: rows.length, counts, percentComplete: live === 0 ? 0 : Math.round((counts.Complete / live) * 100) };
}

/** Actions grouped under the five principles, plus the cross-cutting "What next?" actions. */
export function summariseProgress(principles: Principle[], actions: ActionStatusRow[]): { principles: PrincipleProgress[]; acrossStrategy: PrincipleProgress } {
  const byPrinciple = new Map<string | null, ActionStatusRow[]>();
  for (const action of actions) {
    const key = principles.some((p) => p.key === action.PrincipleKey) ? action.PrincipleKey : null;
    byPrinciple.set(key, [...(byPrinciple.get(key) ?? []), action]);
  }
  return {
    principles: principles.map((p) => progress(p.key, p.title, p.summary, byPrinciple.get(p.key) ?? [])),
    acrossStrategy: progress("what-next", "Across the strategy", "The “What next?” actions that bring the principles together.", byPrinciple.get(null) ?? []),
  };
}
