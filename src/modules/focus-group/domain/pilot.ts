import type { ItemInput, RowOf } from "../../../../manifest/items";
import { PILOT_STATUSES, pilotsList } from "../lists";
import { type Draft, draftDate, dateOrNull, fieldProblems, type FormField, textOrNull } from "./form";
import type { EditableKind } from "./record-kind";

export type PilotStatus = (typeof PILOT_STATUSES)[number];

/** A pilot: a hypothesis tested against a measure of success. */
export interface Pilot {
  id: number;
  etag: string | null;
  title: string;
  hypothesis: string;
  successMeasure: string;
  status: PilotStatus;
  service: string | null;
  startedOn: string | null;
  endedOn: string | null;
  learnt: string | null;
}

const SELECT = ["Id", "Title", "Hypothesis", "SuccessMeasure", "Status", "Service", "StartedOn", "EndedOn", "Learnt"] as const;
const FIELDS: readonly FormField[] = [
  { name: "title", label: "Pilot", kind: "text", required: true, maxLength: 255 },
  { name: "hypothesis", label: "Hypothesis", kind: "textarea", required: true, hint: "What you expect to happen, and why: “If we…, then…”." },
  { name: "successMeasure", label: "Measure of success", kind: "textarea", required: true, hint: "How you will know it worked, with a number where you can." },
  { name: "status", label: "Status", kind: "choice", required: true, choices: PILOT_STATUSES },
  { name: "service", label: "Service", kind: "text", maxLength: 120 },
  { name: "startedOn", label: "Started", kind: "date", hint: "Needed once it is running." },
  { name: "endedOn", label: "Scaled or stopped on", kind: "date", hint: "Needed once it is scaled or stopped." },
  { name: "learnt", label: "What was learnt", kind: "textarea", hint: "Needed once it is scaled or stopped." },
];

const asStatus = (value: string | null | undefined): PilotStatus => ((PILOT_STATUSES as readonly string[]).includes(value ?? "") ? (value as PilotStatus) : "Proposed");

/** Statuses a pilot has started in, and those that end it. */
const STARTED: readonly PilotStatus[] = ["Running", "Scaled", "Stopped"];
const ENDED: readonly PilotStatus[] = ["Scaled", "Stopped"];

export const pilotKind: EditableKind<typeof pilotsList, (typeof SELECT)[number], Pilot> = {
  list: pilotsList,
  noun: "pilot",
  select: SELECT,
  fromItem: (row: RowOf<typeof pilotsList, (typeof SELECT)[number]>): Pilot => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    hypothesis: row.Hypothesis ?? "",
    successMeasure: row.SuccessMeasure ?? "",
    status: asStatus(row.Status),
    service: row.Service ?? null,
    startedOn: row.StartedOn ?? null,
    endedOn: row.EndedOn ?? null,
    learnt: row.Learnt ?? null,
  }),
  fields: FIELDS,
  draftOf: (p) => ({
    title: p?.title ?? "",
    hypothesis: p?.hypothesis ?? "",
    successMeasure: p?.successMeasure ?? "",
    status: p?.status ?? "Proposed",
    service: p?.service ?? "",
    startedOn: draftDate(p?.startedOn),
    endedOn: draftDate(p?.endedOn),
    learnt: p?.learnt ?? "",
  }),
  check: (draft: Draft) => {
    const problems = fieldProblems(FIELDS, draft);
    const status = asStatus(draft.status);
    const has = (field: string) => Boolean(draft[field]?.trim()) && !problems.some((p) => p.field === field);
    const add = (field: string, message: string) => problems.some((p) => p.field === field) || problems.push({ field, message });
    if (STARTED.includes(status) && !draft.startedOn?.trim()) add("startedOn", `Enter the date the pilot started: it is ${status.toLowerCase()}.`);
    if (ENDED.includes(status) && !draft.endedOn?.trim()) add("endedOn", `Enter the date the pilot was ${status.toLowerCase()}.`);
    if (ENDED.includes(status) && !draft.learnt?.trim()) add("learnt", `Say what was learnt: the pilot is ${status.toLowerCase()}.`);
    if (!ENDED.includes(status) && draft.endedOn?.trim()) add("endedOn", `Clear the end date, or set the status to scaled or stopped: the pilot is ${status.toLowerCase()}.`);
    if (has("startedOn") && has("endedOn") && draft.endedOn!.trim() < draft.startedOn!.trim()) add("endedOn", "The end date must be on or after the start date.");
    return problems;
  },
  valuesOf: (draft: Draft): ItemInput<typeof pilotsList> => ({
    Title: draft.title!.trim(),
    Hypothesis: draft.hypothesis!.trim(),
    SuccessMeasure: draft.successMeasure!.trim(),
    Status: asStatus(draft.status),
    Service: textOrNull(draft.service),
    StartedOn: dateOrNull(draft.startedOn),
    EndedOn: dateOrNull(draft.endedOn),
    Learnt: textOrNull(draft.learnt),
  }),
};
