import type { ItemInput, RowOf } from "../../../../manifest/items";
import { MENTORING_KINDS, MENTORING_STATUSES, mentoringList } from "../lists";
import { type Draft, fieldProblems, type FormField, splitList, textOrNull } from "./form";
import { type EditableKind, personName } from "./record-kind";

export type MentoringKind = (typeof MENTORING_KINDS)[number];
export type MentoringStatus = (typeof MENTORING_STATUSES)[number];

/** A mentoring offer or request; the person is whoever added it. */
export interface MentoringEntry {
  id: number;
  etag: string | null;
  title: string;
  kind: MentoringKind;
  topics: string[];
  detail: string | null;
  status: MentoringStatus;
  personId: number;
  personName: string | null;
}

const SELECT = ["Id", "Title", "Kind", "Topics", "Detail", "Status", "AuthorId", "Author/Title"] as const;
const FIELDS: readonly FormField[] = [
  { name: "kind", label: "Offer or request", kind: "choice", required: true, choices: MENTORING_KINDS, choiceLabels: { Offer: "I can offer mentoring", Request: "I would like a mentor" } },
  { name: "title", label: "Title", kind: "text", required: true, maxLength: 255, hint: "For example: Getting started with Power BI." },
  { name: "topics", label: "Topics", kind: "text", required: true, maxLength: 255, hint: "Separated by semicolons; offers and requests are matched on these." },
  { name: "detail", label: "Detail", kind: "textarea" },
  { name: "status", label: "Status", kind: "choice", required: true, choices: MENTORING_STATUSES },
];

const asKind = (value: string | null | undefined): MentoringKind => (value === "Request" ? "Request" : "Offer");
const asStatus = (value: string | null | undefined): MentoringStatus => ((MENTORING_STATUSES as readonly string[]).includes(value ?? "") ? (value as MentoringStatus) : "Open");

export const mentoringKind: EditableKind<typeof mentoringList, (typeof SELECT)[number], MentoringEntry> = {
  list: mentoringList,
  noun: "offer or request",
  select: SELECT,
  expand: ["Author"],
  fromItem: (row: RowOf<typeof mentoringList, (typeof SELECT)[number]>): MentoringEntry => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    kind: asKind(row.Kind),
    topics: splitList(row.Topics),
    detail: row.Detail ?? null,
    status: asStatus(row.Status),
    personId: row.AuthorId,
    personName: personName(row.Author),
  }),
  fields: FIELDS,
  draftOf: (entry) => ({ kind: entry?.kind ?? "Offer", title: entry?.title ?? "", topics: entry?.topics.join("; ") ?? "", detail: entry?.detail ?? "", status: entry?.status ?? "Open" }),
  check: (draft: Draft) => {
    const problems = fieldProblems(FIELDS, draft);
    if (draft.topics?.trim() && splitList(draft.topics).length === 0 && !problems.some((p) => p.field === "topics")) problems.push({ field: "topics", message: "Enter at least one topic." });
    return problems;
  },
  valuesOf: (draft: Draft): ItemInput<typeof mentoringList> => ({
    Kind: asKind(draft.kind),
    Title: draft.title!.trim(),
    Topics: splitList(draft.topics).join("; "),
    Detail: textOrNull(draft.detail),
    Status: asStatus(draft.status),
  }),
};

/**
 * A topic as matching compares it: case, spacing and punctuation ignored ("Power BI" is "powerbi"),
 * and a plural "s" dropped ("Dashboards" is "dashboard"). "C#" and "C++" keep their symbols.
 */
export function topicKey(topic: string): string {
  const key = topic.toLowerCase().replace(/[^a-z0-9+#]/g, "");
  return key.length > 3 && key.endsWith("s") && !key.endsWith("ss") ? key.slice(0, -1) : key;
}

export interface MentoringMatch {
  offer: MentoringEntry;
  request: MentoringEntry;
  /** The topics they share, as the request names them. */
  topics: string[];
}

/**
 * Open offers and open requests that share a topic, never someone with themselves; the request's
 * order first, then the offer's. Matched and closed entries are left out.
 */
export function matchMentoring(entries: readonly MentoringEntry[]): MentoringMatch[] {
  const open = entries.filter((e) => e.status === "Open");
  const offers = open.filter((e) => e.kind === "Offer");
  const matches: MentoringMatch[] = [];
  for (const request of open.filter((e) => e.kind === "Request")) {
    for (const offer of offers) {
      if (offer.personId === request.personId) continue;
      const offered = new Set(offer.topics.map(topicKey));
      const topics = request.topics.filter((t) => offered.has(topicKey(t)));
      if (topics.length) matches.push({ offer, request, topics });
    }
  }
  return matches;
}
