import type { ItemInput } from "../../../../manifest/items";
import type { Role } from "../../../../manifest/schema";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import type { policyDocumentsList } from "../lists";
import { addYears, type DocumentKind, type DocumentStatus, type PolicyDocument, wireDay } from "./document";

/** A problem with what was typed, tied to the field it is about (the error summary links to it). */
export interface Problem<F extends string = string> {
  field: F;
  message: string;
}

export const MAX_SUMMARY = 2000;
export const MAX_CHANGES = 2000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

type DocumentValues = ItemInput<typeof policyDocumentsList>;

/** What the library's form holds: text as typed, dates as "2026-11-25". */
export interface DocumentDraft {
  title: string;
  kind: DocumentKind | "";
  principleKey: string;
  status: DocumentStatus | "";
  link: string;
  summary: string;
  mustRead: Role[];
  nextReview: string;
}

export type DocumentField = keyof DocumentDraft | "owner";

export function draftOf(doc: PolicyDocument | null): DocumentDraft {
  return {
    title: doc?.title ?? "",
    kind: doc?.kind ?? "",
    principleKey: doc?.principleKey ?? "",
    status: doc?.status ?? "Draft",
    link: doc?.link ?? "",
    summary: doc?.summary ?? "",
    mustRead: doc?.mustRead ?? [],
    nextReview: doc?.nextReview ?? "",
  };
}

/** Checks the library form; the values to save when nothing is wrong. */
export function checkDocument(draft: DocumentDraft): { problems: Problem<DocumentField>[]; values: DocumentValues | null } {
  const problems: Problem<DocumentField>[] = [];
  const title = draft.title.trim();
  if (!title) problems.push({ field: "title", message: "Enter the document's title." });
  else if (title.length > 255) problems.push({ field: "title", message: `The title is ${title.length} characters long; it can be at most 255.` });
  if (!draft.kind) problems.push({ field: "kind", message: "Choose what kind of document it is." });
  if (!draft.status) problems.push({ field: "status", message: "Choose the document's status." });
  const link = draft.link.trim();
  if (link && !safeLinkUrl(link)) problems.push({ field: "link", message: "The link must be a web address starting with https://, such as the SharePoint page where the text lives." });
  else if (link.length > 255) problems.push({ field: "link", message: "The link is too long: SharePoint keeps at most 255 characters." });
  if (draft.summary.length > MAX_SUMMARY) problems.push({ field: "summary", message: `The summary is ${draft.summary.length} characters long; keep it to ${MAX_SUMMARY}.` });
  if (draft.nextReview && !isDay(draft.nextReview)) problems.push({ field: "nextReview", message: "Enter the next review date as a real date, such as 25/11/2026." });
  if (problems.length) return { problems, values: null };
  return {
    problems,
    values: {
      Title: title,
      DocKind: draft.kind || null,
      PrincipleKey: draft.principleKey || null,
      DocStatus: draft.status || null,
      DocLink: link ? { Url: link, Description: title.slice(0, 255) } : null,
      Summary: draft.summary.trim() || null,
      MustRead: draft.mustRead,
      NextReview: draft.nextReview ? wireDay(draft.nextReview) : null,
    },
  };
}

/** A review or a new version: what the owner records. */
export interface ReviewDraft {
  outcome: "No change" | "New version";
  /** The review's date, which is also the new version's approval date. */
  on: string;
  label: string;
  changes: string;
  nextReview: string;
}

export type ReviewField = keyof ReviewDraft;

export function reviewDraftFor(today: string, outcome: ReviewDraft["outcome"]): ReviewDraft {
  return { outcome, on: today, label: "", changes: "", nextReview: addYears(today, 1) };
}

/**
 * Checks a review or a new version against the document as loaded. A new version raises the
 * version number (confirmations of the old one no longer count), approves the document, and is
 * recorded as a review too when there was a version before it.
 */
export function checkReview(draft: ReviewDraft, doc: PolicyDocument, today: string): { problems: Problem<ReviewField>[]; values: DocumentValues | null } {
  const problems: Problem<ReviewField>[] = [];
  const publishing = draft.outcome === "New version";
  const what = publishing ? "approval" : "review";
  if (!isDay(draft.on)) problems.push({ field: "on", message: `Enter the ${what} date as a real date, such as 25/11/2026.` });
  else if (draft.on > today) problems.push({ field: "on", message: `The ${what} date cannot be in the future.` });
  if (publishing) {
    const label = draft.label.trim();
    if (!label) problems.push({ field: "label", message: "Enter the new version's name, such as 2.0." });
    else if (label.length > 20) problems.push({ field: "label", message: "Keep the version's name to 20 characters, such as 2.0." });
    else if (doc.versionLabel && label.toLowerCase() === doc.versionLabel.trim().toLowerCase()) problems.push({ field: "label", message: `Version ${doc.versionLabel} is the current one: give the new version a different name.` });
    const changes = draft.changes.trim();
    if (!changes) problems.push({ field: "changes", message: doc.readVersion === 0 ? "Say in a sentence what this first version covers." : "Say what changed in this version." });
    else if (changes.length > MAX_CHANGES) problems.push({ field: "changes", message: `What changed is ${changes.length} characters long; keep it to ${MAX_CHANGES}.` });
  }
  if (!isDay(draft.nextReview)) problems.push({ field: "nextReview", message: "Enter the next review date as a real date, such as 25/11/2026." });
  else if (isDay(draft.on) && draft.nextReview <= draft.on) problems.push({ field: "nextReview", message: `The next review must come after the ${what} date.` });
  if (problems.length) return { problems, values: null };
  if (!publishing) return { problems, values: { LastReviewed: wireDay(draft.on), ReviewOutcome: "No change", NextReview: wireDay(draft.nextReview) } };
  const review = doc.readVersion > 0 ? { LastReviewed: wireDay(draft.on), ReviewOutcome: "New version" } : {};
  return {
    problems,
    values: {
      DocVersion: draft.label.trim(),
      ReadVersion: doc.readVersion + 1,
      ChangeSummary: draft.changes.trim(),
      ApprovedOn: wireDay(draft.on),
      DocStatus: "Approved",
      NextReview: wireDay(draft.nextReview),
      ...review,
    },
  };
}
