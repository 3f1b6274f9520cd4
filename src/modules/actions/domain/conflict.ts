/**
 * When a save meets a newer version (412), work out who changed what, so the person sees the
 * other edit and can reapply theirs on top without retyping.
 */
export interface ConflictAnalysis<T extends Record<string, unknown>> {
  /** Fields the other person changed since we loaded. */
  theirChanges: (keyof T)[];
  /** Fields this person changed. */
  myChanges: (keyof T)[];
  /** Fields both changed to different values: theirs will be replaced if mine are reapplied. */
  overlapping: (keyof T)[];
  /** The current version with this person's changes applied on top. */
  merged: T;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function analyseConflict<T extends Record<string, unknown>>(base: T, mine: T, theirs: T): ConflictAnalysis<T> {
  const keys = Object.keys(base) as (keyof T)[];
  const theirChanges = keys.filter((k) => !same(base[k], theirs[k]));
  const myChanges = keys.filter((k) => !same(base[k], mine[k]));
  const overlapping = myChanges.filter((k) => theirChanges.includes(k) && !same(mine[k], theirs[k]));
  const merged = { ...theirs };
  for (const k of myChanges) merged[k] = mine[k];
  return { theirChanges, myChanges, overlapping, merged };
}
