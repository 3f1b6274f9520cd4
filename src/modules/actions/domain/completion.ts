import type { ActionStatus } from "./action";

/** One saved version of an action, as its version history gives it. */
export interface StatusVersion {
  /** ISO date-time the version was saved. */
  saved: string;
  status: ActionStatus | string | null;
}

/**
 * When an action was completed: the save that made it Complete and after which it stayed Complete
 * (read from its version history, so it is right whether the status was set in the form or with a
 * progress update). Null when it is not Complete now. Versions may come in any order.
 */
export function completedOnFromVersions(versions: readonly StatusVersion[]): string | null {
  const newestFirst = [...versions].sort((a, b) => b.saved.localeCompare(a.saved));
  if (newestFirst[0]?.status !== "Complete") return null;
  let completed = newestFirst[0].saved;
  for (const version of newestFirst) {
    if (version.status !== "Complete") break;
    completed = version.saved;
  }
  return completed;
}
