import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../manifest/items";
import type { ListDeclaration } from "../../../manifest/schema";
import { listOf } from "./lists";

/**
 * Optimistic concurrency, one way for the whole hub: a save carries the ETag of the version the
 * person loaded; SharePoint refuses it with 412 if someone saved in between, and the person is shown
 * what changed. Never `"*"`: that would make the last writer win without a word.
 */

/** A save refused because someone else saved first, carrying the item as it is now. */
export class ConflictError<T = unknown> extends Error {
  readonly status = 412;
  /** `listTitle`: which list refused, for screens that save to two (a proposal and its term). */
  constructor(
    readonly current: T,
    readonly listTitle: string,
  ) {
    super("Someone else changed this while you were editing.");
    this.name = "ConflictError";
  }
}

/** A save attempted without the version it was loaded at: refused before it reaches SharePoint. */
export class MissingVersionError extends Error {
  readonly status = 0;
  constructor(listTitle: string, id: number) {
    super(`Item ${id} of ${listTitle} was loaded without its version, so it cannot be saved safely. Reload it and try again.`);
    this.name = "MissingVersionError";
  }
}

/** Whether a save was refused as a conflict (on the given list, if one is named). */
export function isConflict<T>(error: unknown, list?: Pick<ListDeclaration, "title">): error is ConflictError<T> {
  return error instanceof ConflictError && (!list || error.listTitle === list.title);
}

/** The HTTP status of a PnPjs or Graph failure, if it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

/** What a save needs: the item and the version the person saw. */
export interface Versioned {
  id: number;
  etag: string | null;
}

/**
 * Saves changed columns with the ETag the person loaded. A 412 becomes ConflictError carrying the
 * current version, read with `current` (the caller's own mapping, so the UI can show what changed).
 * Returns the new ETag.
 */
export async function updateItem<L extends ListDeclaration, T>(sp: SPFI, list: L, version: Versioned, values: ItemInput<L>, current: () => Promise<T>): Promise<string | null> {
  if (!version.etag) throw new MissingVersionError(list.title, version.id);
  try {
    const result: { etag?: string } | undefined = await listOf(sp, list).items.getById(version.id).update(values, version.etag);
    return result?.etag ?? null;
  } catch (error) {
    if (httpStatusOf(error) === 412) throw new ConflictError(await current(), list.title);
    throw error;
  }
}

/**
 * Deletes an item at the version the person saw, never "*": a 412 (someone changed it since) reaches
 * the caller, which decides what the person is shown. An item without its version is refused before
 * anything reaches SharePoint.
 */
export async function deleteItem(sp: SPFI, list: ListDeclaration, version: Versioned): Promise<void> {
  if (!version.etag) throw new MissingVersionError(list.title, version.id);
  await listOf(sp, list).items.getById(version.id).delete(version.etag);
}

/** An item read for a read-modify-write, or null when there is none yet. */
export interface Current<V> {
  id: number;
  etag: string | null;
  value: V;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Read, change, write back with the ETag; on 412 read again and re-apply the change. For counters
 * and merged totals, where the change can always be re-applied to the newer version, so concurrent
 * writers lose nothing: a write fails only when another succeeded, so n writers need at most n tries.
 * `create` runs when there is no item yet (two writers may both create: readers must sum duplicates).
 */
export async function readModifyWrite<L extends ListDeclaration, V>(
  sp: SPFI,
  list: L,
  io: { read: () => Promise<Current<V> | null>; change: (value: V | null) => ItemInput<L> },
  attempts = 10,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const current = await io.read();
    try {
      if (!current) await listOf(sp, list).items.add(io.change(null));
      else {
        if (!current.etag) throw new MissingVersionError(list.title, current.id);
        await listOf(sp, list).items.getById(current.id).update(io.change(current.value), current.etag);
      }
      return;
    } catch (error) {
      if (httpStatusOf(error) !== 412 || attempt >= attempts) throw error;
      // Someone wrote in between: back off a little, with jitter, and apply the change to their version.
      await pause(20 * attempt + Math.random() * 50);
    }
  }
}
