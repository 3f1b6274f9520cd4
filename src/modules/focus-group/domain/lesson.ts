import type { ItemInput, RowOf } from "../../../../manifest/items";
import { lessonsList } from "../lists";
import { type Draft, fieldProblems, type FormField, splitList, textOrNull } from "./form";
import { type EditableKind, personName } from "./record-kind";

export interface Lesson {
  id: number;
  etag: string | null;
  title: string;
  lesson: string;
  topics: string[];
  service: string | null;
  authorName: string | null;
  created: string;
}

const SELECT = ["Id", "Title", "Lesson", "Topics", "Service", "Author/Title", "Created"] as const;
const FIELDS: readonly FormField[] = [
  { name: "title", label: "Title", kind: "text", required: true, maxLength: 255 },
  { name: "lesson", label: "Lesson", kind: "textarea", required: true, hint: "What happened, and what you would do again or differently." },
  { name: "topics", label: "Topics", kind: "text", maxLength: 255, hint: "Separated by semicolons, for example Power BI; data quality." },
  { name: "service", label: "Service", kind: "text", maxLength: 120 },
];

export const lessonKind: EditableKind<typeof lessonsList, (typeof SELECT)[number], Lesson> = {
  list: lessonsList,
  noun: "lesson",
  select: SELECT,
  expand: ["Author"],
  fromItem: (row: RowOf<typeof lessonsList, (typeof SELECT)[number]>): Lesson => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    lesson: row.Lesson ?? "",
    topics: splitList(row.Topics),
    service: row.Service ?? null,
    authorName: personName(row.Author),
    created: row.Created,
  }),
  fields: FIELDS,
  draftOf: (lesson) => ({ title: lesson?.title ?? "", lesson: lesson?.lesson ?? "", topics: lesson?.topics.join("; ") ?? "", service: lesson?.service ?? "" }),
  check: (draft: Draft) => fieldProblems(FIELDS, draft),
  valuesOf: (draft: Draft): ItemInput<typeof lessonsList> => ({
    Title: draft.title!.trim(),
    Lesson: draft.lesson!.trim(),
    Topics: splitList(draft.topics).join("; ") || null,
    Service: textOrNull(draft.service),
  }),
};
