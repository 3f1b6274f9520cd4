import type { ItemInput, RowOf } from "../../../../manifest/items";
import { QUESTION_KINDS, QUESTION_STATUSES, questionsList } from "../lists";
import { type Draft, fieldProblems, type FormField, textOrNull } from "./form";
import { type EditableKind, personName } from "./record-kind";

export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** Statuses that close a question with a reply: both need the reply written down. */
export const ANSWERED_STATUSES: readonly QuestionStatus[] = ["Answered", "Not taken forward"];

export interface Question {
  id: number;
  etag: string | null;
  title: string;
  kind: QuestionKind;
  detail: string | null;
  status: QuestionStatus;
  answer: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  askedByName: string | null;
  created: string;
}

const SELECT = ["Id", "Title", "Kind", "Detail", "Status", "Answer", "AnsweredAt", "AnsweredBy/Title", "Author/Title", "Created"] as const;
type Select = (typeof SELECT)[number];

const asKind = (value: string | null | undefined): QuestionKind => (value === "Suggestion" ? "Suggestion" : "Question");
const asStatus = (value: string | null | undefined): QuestionStatus => ((QUESTION_STATUSES as readonly string[]).includes(value ?? "") ? (value as QuestionStatus) : "Open");

const ASK_FIELDS: readonly FormField[] = [
  { name: "kind", label: "Question or suggestion", kind: "choice", required: true, choices: QUESTION_KINDS },
  { name: "title", label: "Your question or suggestion", kind: "text", required: true, maxLength: 255, hint: "For example: where could data be joined up between services?" },
  { name: "detail", label: "More detail", kind: "textarea", hint: "Optional: what prompted it, or what you have tried." },
];

/** Anyone asks (staff and councillors included): the question's own words. */
export const questionKind: EditableKind<typeof questionsList, Select, Question> = {
  list: questionsList,
  noun: "question",
  select: SELECT,
  expand: ["AnsweredBy", "Author"],
  fromItem: (row: RowOf<typeof questionsList, Select>): Question => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    kind: asKind(row.Kind),
    detail: row.Detail ?? null,
    status: asStatus(row.Status),
    answer: row.Answer ?? null,
    answeredAt: row.AnsweredAt ?? null,
    answeredByName: personName(row.AnsweredBy),
    askedByName: personName(row.Author),
    created: row.Created,
  }),
  fields: ASK_FIELDS,
  draftOf: (q) => ({ kind: q?.kind ?? "Question", title: q?.title ?? "", detail: q?.detail ?? "" }),
  check: (draft: Draft) => fieldProblems(ASK_FIELDS, draft),
  // A new question is always Open: its status is the group's to change.
  valuesOf: (draft: Draft): ItemInput<typeof questionsList> => ({ Kind: asKind(draft.kind), Title: draft.title!.trim(), Detail: textOrNull(draft.detail), Status: "Open" }),
};

/** The group's reply: a status and, to close it, the answer. */
export const ANSWER_FIELDS: readonly FormField[] = [
  { name: "status", label: "Status", kind: "choice", required: true, choices: QUESTION_STATUSES },
  { name: "answer", label: "Answer", kind: "textarea", hint: "What the group found or decided; needed to mark it answered or not taken forward." },
];

export const answerDraftOf = (q: Question): Draft => ({ status: q.status, answer: q.answer ?? "" });

export function checkAnswer(draft: Draft): ReturnType<typeof fieldProblems> {
  const problems = fieldProblems(ANSWER_FIELDS, draft);
  if (ANSWERED_STATUSES.includes(draft.status as QuestionStatus) && !draft.answer?.trim()) {
    problems.push({ field: "answer", message: draft.status === "Answered" ? "Write the answer before marking it answered." : "Say why it is not being taken forward." });
  }
  return problems;
}

/**
 * What a reply saves. The answered date and person are set when it first becomes answered (so a
 * later correction keeps the original date), and cleared if it is reopened.
 */
export function answerValues(draft: Draft, before: Pick<Question, "status" | "answeredAt">, now: Date, siteUserId: number): ItemInput<typeof questionsList> {
  const status = asStatus(draft.status);
  const answered = ANSWERED_STATUSES.includes(status);
  const wasAnswered = ANSWERED_STATUSES.includes(before.status) && before.answeredAt !== null;
  const stamp = answered ? (wasAnswered ? {} : { AnsweredAt: now.toISOString(), AnsweredById: siteUserId }) : { AnsweredAt: null, AnsweredById: null };
  return { Status: status, Answer: textOrNull(draft.answer), ...stamp };
}
