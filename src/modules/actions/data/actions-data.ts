import type { SPFI } from "@pnp/sp";
import { actionsList, actionUpdatesList } from "../../../../manifest/site";
import { readAllItems } from "../../../core/data/large-list";
import { ACTION_EXPAND, ACTION_SELECT, type Action, type ActionItem, actionFromItem, type ActionStatus } from "../domain/action";

const actions = (sp: SPFI) => sp.web.lists.getByTitle(actionsList.title);
const updates = (sp: SPFI) => sp.web.lists.getByTitle(actionUpdatesList.title);

/** The version on the server when a save was refused with 412, so the UI can show what changed. */
export class ActionConflictError extends Error {
  readonly status = 412;
  constructor(readonly current: Action) {
    super("The action was changed by someone else.");
    this.name = "ActionConflictError";
  }
}

/** Every action matching a server filter, delivered page by page as it arrives. */
export async function loadActions(sp: SPFI, filter: string | undefined, onPage: (page: Action[]) => void): Promise<void> {
  for await (const page of readAllItems<ActionItem>(actions(sp), { select: ACTION_SELECT, expand: ACTION_EXPAND, filter })) {
    onPage(page.map(actionFromItem));
  }
}

export async function getAction(sp: SPFI, id: number): Promise<Action> {
  const item = await actions(sp).items.getById(id).select(...ACTION_SELECT).expand(...ACTION_EXPAND)<ActionItem>();
  return actionFromItem(item);
}

function isStatus(error: unknown, status: number): boolean {
  return (error as { status?: number })?.status === status;
}

/**
 * Saves changed fields with the ETag the person loaded (never `*`: no silent last-writer-wins).
 * A 412 becomes ActionConflictError carrying the current version.
 */
export async function saveAction(sp: SPFI, id: number, fields: Record<string, unknown>, etag: string): Promise<Action> {
  try {
    await actions(sp).items.getById(id).update(fields, etag);
  } catch (error) {
    if (isStatus(error, 412)) throw new ActionConflictError(await getAction(sp, id));
    throw error;
  }
  return getAction(sp, id);
}

export async function addAction(sp: SPFI, fields: Record<string, unknown>): Promise<Action> {
  const added: { Id: number } = await actions(sp).items.add(fields);
  return getAction(sp, added.Id);
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
  const rows = await updates(sp)
    .items.select("Id", "Note", "StatusAfter", "PercentAfter", "Created", "Author/Title")
    .expand("Author")
    .filter(`ActionId eq ${actionId}`)
    .orderBy("Id", false)
    .top(500)<{ Id: number; Note: string; StatusAfter: ActionStatus | null; PercentAfter: number | null; Created: string; Author: { Title: string } | null }[]>();
  return rows.map((r) => ({ id: r.Id, note: r.Note, statusAfter: r.StatusAfter, percentAfter: r.PercentAfter, created: r.Created, author: r.Author?.Title ?? "" }));
}

/**
 * Records progress: the action first (with its ETag, so a conflict stops everything before any
 * write), then the note in the updates list, which keeps who said what and when.
 */
export async function addProgressUpdate(sp: SPFI, action: Action, note: string, status: ActionStatus, percent: number): Promise<Action> {
  const saved = await saveAction(sp, action.id, { LatestUpdate: note, Status: status, PercentComplete: percent }, action.etag);
  await updates(sp).items.add({ ActionId: action.id, Note: note, StatusAfter: status, PercentAfter: percent });
  return saved;
}

/** Whether this person may add actions, as SharePoint sees it. */
export async function canAddActions(sp: SPFI): Promise<boolean> {
  const { PermissionKind } = await import("@pnp/sp/security");
  return actions(sp).currentUserHasPermissions(PermissionKind.AddListItems);
}

