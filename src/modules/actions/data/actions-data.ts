import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems, listOf } from "../../../core/data/lists";
import type { Filter } from "../../../core/domain/odata";
import { filterFor } from "../../../core/domain/odata";
import { ACTION_EXPAND, ACTION_SELECT, type Action, actionFromItem, type ActionStatus } from "../domain/action";
import { actionsList, actionUpdatesList } from "../lists";

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

export interface ProgressUpdate {
  id: number;
  note: string;
  statusAfter: ActionStatus | null;
  percentAfter: number | null;
  created: string;
  author: string;
}

/** An action's history, newest first. Ordered by Id (always indexed), never by a non-indexed date. */
export async function loadUpdates(sp: SPFI, actionId: number): Promise<ProgressUpdate[]> {
  const f = filterFor(actionUpdatesList);
  const rows = await getItems(sp, actionUpdatesList, {
    select: ["Id", "Note", "StatusAfter", "PercentAfter", "Created", "Author/Title"],
    expand: ["Author"],
    filter: f.eq("ActionId", actionId),
    orderBy: [["Id", "desc"]],
    top: 500,
  });
  return rows.map((r) => ({ id: r.Id, note: r.Note ?? "", statusAfter: (r.StatusAfter as ActionStatus | null) ?? null, percentAfter: r.PercentAfter, created: r.Created, author: r.Author?.Title ?? "" }));
}

/**
 * Records progress: the action first (with its ETag, so a conflict stops everything before any
 * write), then the note in the updates list, which keeps who said what and when.
 */
export async function addProgressUpdate(sp: SPFI, action: Action, note: string, status: ActionStatus, percent: number): Promise<Action> {
  const saved = await saveAction(sp, action, { LatestUpdate: note, Status: status, PercentComplete: percent });
  await addItem(sp, actionUpdatesList, { ActionId: action.id, Note: note, StatusAfter: status, PercentAfter: percent });
  return saved;
}

/** Whether this person may add actions, as SharePoint sees it. */
export async function canAddActions(sp: SPFI): Promise<boolean> {
  const { PermissionKind } = await import("@pnp/sp/security");
  return listOf(sp, actionsList).currentUserHasPermissions(PermissionKind.AddListItems);
}
