import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { filterFor } from "../../../core/domain/odata";
import { addAction } from "../../actions";
import { type MeetingAction, meetingActionKind } from "../domain/meeting";
import { meetingActionsList } from "../lists";
import { addRecord, getRecord, loadRecords } from "./records-data";

/** A meeting's actions arising, in the order they were added. */
export async function loadMeetingActions(sp: SPFI, meetingId: number): Promise<MeetingAction[]> {
  const rows = await loadRecords(sp, meetingActionKind, filterFor(meetingActionsList).eq("MeetingId", meetingId));
  return rows.sort((a, b) => a.id - b.id);
}

/** What an action arising needs from the tracker: its title, and a Detail that names where it came from. */
export interface TrackerAction {
  title: string;
  detail: string;
}

/**
 * Puts an action arising into the action tracker and links it to the meeting. Read again first: if
 * someone has already linked it (a second click, another person), it is not added twice.
 */
export async function sendToTracker(sp: SPFI, arising: MeetingAction, action: TrackerAction): Promise<MeetingAction> {
  const current = await getRecord(sp, meetingActionKind, arising.id);
  if (current.actionId !== null) return current;
  const added = await addAction(sp, { Title: action.title, Detail: action.detail, Status: "Not started", Source: null });
  await updateItem(sp, meetingActionsList, current, { ActionId: added.id }, () => getRecord(sp, meetingActionKind, arising.id));
  return getRecord(sp, meetingActionKind, arising.id);
}

export type AddArisingResult = { arising: MeetingAction; trackerError: null } | { arising: MeetingAction; trackerError: unknown };

/**
 * Records an action arising on the meeting first (so nothing typed is lost), then adds it to the
 * action tracker. Adding to the tracker needs the tracker's own permission (managers and the data
 * lead): without it the action stays on the meeting, unlinked, with the reason.
 */
export async function addActionArising(sp: SPFI, meetingId: number, action: TrackerAction): Promise<AddArisingResult> {
  const arising = await addRecord(sp, meetingActionKind, { Title: action.title, MeetingId: meetingId });
  try {
    return { arising: await sendToTracker(sp, arising, action), trackerError: null };
  } catch (error) {
    return { arising, trackerError: error };
  }
}
