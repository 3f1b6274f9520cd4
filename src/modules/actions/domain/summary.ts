import { ACTION_STATUSES, type Action, type ActionStatus } from "./action";
import { type Rag, ragOf } from "./rag";

export interface GroupSummary {
  key: string;
  total: number;
  byStatus: Record<ActionStatus, number>;
  byRag: Record<Rag, number>;
}

function emptyGroup(key: string): GroupSummary {
  return {
    key,
    total: 0,
    byStatus: Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>,
    byRag: { Red: 0, Amber: 0, Green: 0, None: 0 },
  };
}

/** Counts and RAG per group (principle or service), for Home and managers. */
export function summarise(actions: readonly Action[], groupOf: (a: Action) => string, today: Date): GroupSummary[] {
  const groups = new Map<string, GroupSummary>();
  for (const action of actions) {
    const key = groupOf(action);
    const group = groups.get(key) ?? emptyGroup(key);
    group.total++;
    group.byStatus[action.status]++;
    group.byRag[ragOf(action, today)]++;
    groups.set(key, group);
  }
  return [...groups.values()];
}
