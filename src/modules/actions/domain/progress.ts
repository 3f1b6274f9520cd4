import type { ItemVersion } from "../../../core/domain/versions";
import { ACTION_STATUSES, type ActionStatus } from "./action";

/** The longest progress note: a few paragraphs. Longer text belongs in a document, linked. */
export const MAX_NOTE_LENGTH = 2000;

export interface ProgressUpdate {
  /** The action's version that recorded it. */
  version: string;
  note: string;
  statusAfter: ActionStatus | null;
  percentAfter: number | null;
  created: string;
  author: string;
}

/** Why a progress note cannot be saved, in plain words, or undefined when it can. */
export function noteProblem(note: string): string | undefined {
  const text = note.trim();
  if (!text) return "Write what has happened since the last update.";
  if (text.length > MAX_NOTE_LENGTH) return `Keep the update to ${MAX_NOTE_LENGTH.toLocaleString("en-GB")} characters (it has ${text.length.toLocaleString("en-GB")}): link to a document for more.`;
  return undefined;
}

/**
 * An action's progress history from its own versions, newest first. A progress note is written to the
 * action itself (its LatestUpdate column), so only people SharePoint lets edit that action can record
 * progress; each version that changed the note is one update, by whoever saved that version (SharePoint
 * records the editor; nobody can forge it).
 */
export function progressFromVersions(newestFirst: readonly ItemVersion[]): ProgressUpdate[] {
  const oldestFirst = [...newestFirst].reverse();
  const updates: ProgressUpdate[] = [];
  let previous: string | null = null;
  for (const v of oldestFirst) {
    const note = typeof v.values.LatestUpdate === "string" ? v.values.LatestUpdate.trim() : "";
    if (note && note !== previous) {
      const status = v.values.Status;
      const percent = Number(v.values.PercentComplete);
      updates.push({
        version: v.label,
        note,
        statusAfter: (ACTION_STATUSES as readonly unknown[]).includes(status) ? (status as ActionStatus) : null,
        percentAfter: v.values.PercentComplete === null || v.values.PercentComplete === undefined || !Number.isFinite(percent) ? null : percent,
        created: v.saved,
        author: v.editorName ?? "",
      });
    }
    previous = note || previous;
  }
  return updates.reverse();
}
