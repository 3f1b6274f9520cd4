import type { ItemInput, RowOf } from "../../../../manifest/items";
import { sessionsList } from "../lists";
import { type Draft, draftDate, dateOrNull, fieldProblems, type FormField, linkOrNull, textOrNull } from "./form";
import type { EditableKind } from "./record-kind";

/** A "data share" presentation. */
export interface DataShareSession {
  id: number;
  etag: string | null;
  topic: string;
  presenter: string;
  service: string | null;
  date: string;
  attendance: number | null;
  slidesLink: string | null;
  summary: string | null;
}

const SELECT = ["Id", "Title", "Presenter", "Service", "SessionDate", "Attendance", "SlidesLink", "Summary"] as const;
const FIELDS: readonly FormField[] = [
  { name: "topic", label: "Topic", kind: "text", required: true, maxLength: 255 },
  { name: "presenter", label: "Presenter", kind: "text", required: true, maxLength: 120, hint: "Who presents: a name, or a team." },
  { name: "service", label: "Service", kind: "text", maxLength: 120 },
  { name: "date", label: "Date", kind: "date", required: true },
  { name: "attendance", label: "Attendance", kind: "whole-number", minimum: 0, hint: "How many came; fill it in after the session." },
  { name: "slidesLink", label: "Slides link", kind: "link", hint: "A web address starting https://, for example the slides in SharePoint." },
  { name: "summary", label: "Summary", kind: "textarea" },
];

export const sessionKind: EditableKind<typeof sessionsList, (typeof SELECT)[number], DataShareSession> = {
  list: sessionsList,
  noun: "session",
  select: SELECT,
  fromItem: (row: RowOf<typeof sessionsList, (typeof SELECT)[number]>): DataShareSession => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    topic: row.Title ?? "",
    presenter: row.Presenter ?? "",
    service: row.Service ?? null,
    date: row.SessionDate ?? "",
    attendance: row.Attendance ?? null,
    slidesLink: row.SlidesLink?.Url ?? null,
    summary: row.Summary ?? null,
  }),
  fields: FIELDS,
  draftOf: (session, today) => ({
    topic: session?.topic ?? "",
    presenter: session?.presenter ?? "",
    service: session?.service ?? "",
    date: session ? draftDate(session.date) : today,
    attendance: session?.attendance === null || session?.attendance === undefined ? "" : String(session.attendance),
    slidesLink: session?.slidesLink ?? "",
    summary: session?.summary ?? "",
  }),
  check: (draft: Draft) => fieldProblems(FIELDS, draft),
  valuesOf: (draft: Draft): ItemInput<typeof sessionsList> => ({
    Title: draft.topic!.trim(),
    Presenter: draft.presenter!.trim(),
    Service: textOrNull(draft.service),
    SessionDate: dateOrNull(draft.date),
    Attendance: draft.attendance?.trim() ? Number(draft.attendance) : null,
    SlidesLink: linkOrNull(draft.slidesLink),
    Summary: textOrNull(draft.summary),
  }),
};

/** Upcoming sessions (today onwards, soonest first) and past ones (most recent first). */
export function splitSessions(sessions: readonly DataShareSession[], today: string): { upcoming: DataShareSession[]; past: DataShareSession[] } {
  const day = (s: DataShareSession) => s.date.slice(0, 10);
  return {
    upcoming: sessions.filter((s) => day(s) >= today).sort((a, b) => day(a).localeCompare(day(b)) || a.id - b.id),
    past: sessions.filter((s) => day(s) < today).sort((a, b) => day(b).localeCompare(day(a)) || b.id - a.id),
  };
}
