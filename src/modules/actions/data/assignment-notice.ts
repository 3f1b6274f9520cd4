import { actionAssignedEvent, notify, type NotifyOutcome, type NotifyServices } from "../../my-work";
import type { Action } from "../domain/action";

/**
 * After a save: when the action has a new owner (someone other than the person saving), tell them
 * in their Teams activity feed. The event is the action, its saved version and the owner, so a
 * retry notifies once. Null when there is nobody to tell.
 */
export async function notifyAssignment(services: NotifyServices, before: Pick<Action, "ownerId"> | null, after: Action, myEmail: string | null): Promise<NotifyOutcome | null> {
  if (after.ownerId === null || after.ownerId === before?.ownerId || !after.ownerEmail) return null;
  if (myEmail && after.ownerEmail.toLowerCase() === myEmail.toLowerCase()) return null;
  return notify(services, actionAssignedEvent({ id: after.id, title: after.title, version: after.etag ?? after.modified }, after.ownerEmail));
}
