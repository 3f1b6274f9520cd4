import type { ItemInput, RowOf } from "../../../../manifest/items";
import { meetingActionsList, meetingsList } from "../lists";
import { type Draft, draftDate, dateOrNull, fieldProblems, type FormField, splitList, textOrNull } from "./form";
import type { EditableKind, RecordKind } from "./record-kind";

export interface Meeting {
  id: number;
  etag: string | null;
  title: string;
  date: string;
  agenda: string | null;
  notes: string | null;
  /** One name a line, as typed. */
  attendees: string | null;
}

/** An action arising from a meeting; `actionId` once it is in the action tracker. */
export interface MeetingAction {
  id: number;
  etag: string | null;
  meetingId: number;
  title: string;
  actionId: number | null;
}

const SELECT = ["Id", "Title", "MeetingDate", "Agenda", "Notes", "Attendees"] as const;
const FIELDS: readonly FormField[] = [
  { name: "title", label: "Title", kind: "text", required: true, maxLength: 255 },
  { name: "date", label: "Date", kind: "date", required: true },
  { name: "agenda", label: "Agenda", kind: "textarea", hint: "One item a line." },
  { name: "notes", label: "Notes", kind: "textarea" },
  { name: "attendees", label: "Attendees", kind: "textarea", hint: "One name a line." },
];

export const meetingKind: EditableKind<typeof meetingsList, (typeof SELECT)[number], Meeting> = {
  list: meetingsList,
  noun: "meeting",
  select: SELECT,
  fromItem: (row: RowOf<typeof meetingsList, (typeof SELECT)[number]>): Meeting => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    date: row.MeetingDate ?? "",
    agenda: row.Agenda ?? null,
    notes: row.Notes ?? null,
    attendees: row.Attendees ?? null,
  }),
  fields: FIELDS,
  draftOf: (meeting, today) => ({
    title: meeting?.title ?? "Data focus group meeting",
    date: meeting ? draftDate(meeting.date) : today,
    agenda: meeting?.agenda ?? "",
    notes: meeting?.notes ?? "",
    attendees: meeting?.attendees ?? "",
  }),
  check: (draft: Draft) => fieldProblems(FIELDS, draft),
  valuesOf: (draft: Draft): ItemInput<typeof meetingsList> => ({
    Title: draft.title!.trim(),
    MeetingDate: dateOrNull(draft.date),
    Agenda: textOrNull(draft.agenda),
    Notes: textOrNull(draft.notes),
    Attendees: textOrNull(draft.attendees),
  }),
};

const ACTION_SELECT = ["Id", "Title", "MeetingId", "ActionId"] as const;
export const meetingActionKind: RecordKind<typeof meetingActionsList, (typeof ACTION_SELECT)[number], MeetingAction> = {
  list: meetingActionsList,
  select: ACTION_SELECT,
  fromItem: (row) => ({ id: row.Id, etag: row["odata.etag"] ?? null, meetingId: row.MeetingId ?? 0, title: row.Title ?? "", actionId: row.ActionId ?? null }),
};

export const attendeeNames = (meeting: Pick<Meeting, "attendees">): string[] => splitList(meeting.attendees?.replace(/,/g, ";"));

/** An action arising, checked before it goes to the tracker: the tracker's own title rule. */
export function actionArisingProblem(title: string): string | null {
  const text = title.trim();
  if (!text) return "Enter the action arising.";
  if (text.length > 255) return `Shorten the action to 255 characters or fewer (it has ${text.length}).`;
  return null;
}

/** Where an action in the tracker came from, in its Detail: the link back is the meeting's own page. */
export function actionArisingDetail(meeting: Pick<Meeting, "title" | "date">, formattedDate: string): string {
  return `Arising from the data focus group meeting “${meeting.title}” on ${formattedDate}.`;
}
