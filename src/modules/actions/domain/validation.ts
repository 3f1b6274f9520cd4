import type { ItemInput } from "../../../../manifest/items";
import type { actionsList } from "../lists";
import { ACTION_STATUSES, type ActionStatus } from "./action";

/** What a person types into the add/edit form (strings, as inputs give them). */
export interface ActionDraft {
  title: string;
  detail: string;
  principleKey: string;
  ownerId: number | null;
  ownerName: string;
  service: string;
  status: ActionStatus;
  startDate: string;
  dueDate: string;
  percentComplete: string;
  linkedMeasures: string;
}

export type DraftErrors = Partial<Record<keyof ActionDraft, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a check needs besides the draft: today, and the draft as it was loaded (none when adding). */
export interface DraftContext {
  today: Date;
  before?: ActionDraft;
}

/** Checks a draft with messages that say what to do; an empty result means it may be saved. */
export function validateDraft(draft: ActionDraft, context: DraftContext = { today: new Date() }): DraftErrors {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = "Enter a title for the action.";
  else if (title.length > 255) errors.title = `Shorten the title to 255 characters or fewer (it has ${title.length}).`;
  if (!(ACTION_STATUSES as readonly string[]).includes(draft.status)) errors.status = "Choose a status.";
  if (draft.startDate && !ISO_DATE.test(draft.startDate)) errors.startDate = "Enter the start date as a date, for example 25/11/2026.";
  if (draft.dueDate && !ISO_DATE.test(draft.dueDate)) errors.dueDate = "Enter the due date as a date, for example 25/11/2026.";
  if (!errors.startDate && !errors.dueDate && draft.startDate && draft.dueDate && draft.dueDate < draft.startDate) {
    errors.dueDate = "The due date must be on or after the start date.";
  }
  const percentText = draft.percentComplete.trim();
  if (percentText) {
    const percent = Number(percentText);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) errors.percentComplete = "Enter a whole number from 0 to 100.";
  }
  if (draft.status === "Complete" && percentText && Number(percentText) !== 100) {
    errors.percentComplete = "A complete action is 100% done: set 100 or change the status.";
  }
  if (draft.status === "Not started" && percentText && Number(percentText) > 0 && !errors.percentComplete) {
    errors.percentComplete = "An action that has not started is 0% done: set 0, or change the status to In progress.";
  }
  // A due date already past is refused when it is set or changed, not when an overdue action is edited.
  const todayIso = context.today.toISOString().slice(0, 10);
  const dueChanged = !context.before || context.before.dueDate !== draft.dueDate;
  if (!errors.dueDate && draft.dueDate && dueChanged && draft.dueDate < todayIso && draft.status !== "Complete" && draft.status !== "Cancelled") {
    errors.dueDate = "That due date has passed: choose today or a later date, or record the action as complete.";
  }
  if (draft.service.length > 120) errors.service = "Shorten the service name to 120 characters or fewer.";
  if (draft.linkedMeasures.length > 255) errors.linkedMeasures = "Shorten the linked measures to 255 characters or fewer.";
  return errors;
}

/** The list item fields a valid draft saves (wire names). */
export function draftToFields(draft: ActionDraft): ItemInput<typeof actionsList> {
  const percent = draft.percentComplete.trim() === "" ? (draft.status === "Complete" ? 100 : 0) : Number(draft.percentComplete);
  return {
    Title: draft.title.trim(),
    Detail: draft.detail.trim() || null,
    PrincipleKey: draft.principleKey || null,
    ActionOwnerId: draft.ownerId,
    Service: draft.service.trim() || null,
    Status: draft.status,
    StartDate: draft.startDate ? `${draft.startDate}T00:00:00Z` : null,
    DueDate: draft.dueDate ? `${draft.dueDate}T00:00:00Z` : null,
    PercentComplete: percent,
    LinkedMeasures: draft.linkedMeasures.trim() || null,
  };
}

export function emptyDraft(principleKey = ""): ActionDraft {
  return { title: "", detail: "", principleKey, ownerId: null, ownerName: "", service: "", status: "Not started", startDate: "", dueDate: "", percentComplete: "", linkedMeasures: "" };
}

export function draftFromAction(action: {
  title: string;
  detail: string | null;
  principleKey: string | null;
  ownerId: number | null;
  ownerName: string | null;
  service: string | null;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  percentComplete: number;
  linkedMeasures: string | null;
}): ActionDraft {
  return {
    title: action.title,
    detail: action.detail ?? "",
    principleKey: action.principleKey ?? "",
    ownerId: action.ownerId,
    ownerName: action.ownerName ?? "",
    service: action.service ?? "",
    status: action.status,
    startDate: action.startDate?.slice(0, 10) ?? "",
    dueDate: action.dueDate?.slice(0, 10) ?? "",
    percentComplete: String(action.percentComplete),
    linkedMeasures: action.linkedMeasures ?? "",
  };
}

/** Progress on a "Not started" action means it has started, as in Planner: the status follows, and stays editable. */
export function withPercent(draft: ActionDraft, percent: string): ActionDraft {
  const started = draft.status === "Not started" && Number(percent) > 0;
  return { ...draft, percentComplete: percent, ...(started ? { status: "In progress" as const } : {}) };
}
