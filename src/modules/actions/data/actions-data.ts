import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, listOf } from "../../../core/data/lists";
import { loadItemVersions } from "../../../core/data/versions";
import type { Filter } from "../../../core/domain/odata";
import { ACTION_EXPAND, ACTION_SELECT, type Action, actionFromItem, type ActionStatus } from "../domain/action";
import { noteProblem, progressFromVersions, type ProgressUpdate } from "../domain/progress";
import { actionsList } from "../lists";

export type { ProgressUpdate };

export type ActionValues = ItemInput<typeof actionsList>;

/** Every action matching a server filter, delivered page by page as it arrives. */
export async function loadActions(sp: SPFI, filter: Filter<typeof actionsList> | undefined, onPage: (page: Action[]) => void): Promise<void> {
  for await (const page of readAllItems(sp, actionsList, { select: ACTION_SELECT, expand: ACTION_EXPAND, filter })) {
    onPage(page.map(actionFromItem));
  }
}

export async function getAction(sp: SPFI, id: number): Promise<Action> {
  return actionFromItem(await getItem(sp, actionsList, id, { select: ACTION_SELECT, expand: ACTION_EXPAND }));
}

/**
 * Saves changed fields with the ETag the person loaded (never `*`: no silent last-writer-wins).
 * A 412 becomes the hub's ConflictError carrying the current version.
 */
export async function saveAction(sp: SPFI, action: Pick<Action, "id" | "etag">, fields: ActionValues): Promise<Action> {
  await updateItem(sp, actionsList, action, fields, () => getAction(sp, action.id));
  return getAction(sp, action.id);
}

export async function addAction(sp: SPFI, fields: ActionValues): Promise<Action> {
  const added = await addItem(sp, actionsList, fields);
  return getAction(sp, added.id);
}

/** An action's progress history, newest first, from the action's own versions (domain/progress.ts). */
export async function loadUpdates(sp: SPFI, actionId: number): Promise<ProgressUpdate[]> {
  return progressFromVersions(await loadItemVersions(sp, actionsList, actionId));
}

/**
 * Records progress on the action itself, with its ETag: SharePoint lets only those who may edit the
 * action write it, and keeps each update as a version (who and when). A conflict refuses it whole.
 */
export async function addProgressUpdate(sp: SPFI, action: Action, note: string, status: ActionStatus, percent: number): Promise<Action> {
  const problem = noteProblem(note);
  if (problem) throw Object.assign(new Error(problem), { status: 400 });
  return saveAction(sp, action, { LatestUpdate: note.trim(), Status: status, PercentComplete: percent });
}

/** Whether this person may add actions, as SharePoint sees it. */
export async function canAddActions(sp: SPFI): Promise<boolean> {
  const { PermissionKind } = await import("@pnp/sp/security");
  return listOf(sp, actionsList).currentUserHasPermissions(PermissionKind.AddListItems);
}
