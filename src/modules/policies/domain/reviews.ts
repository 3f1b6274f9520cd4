import { type PolicyDocument, reviewOverdue } from "./document";

/** Who is looking: owners see their own documents' reviews; the data lead sees every one. */
export interface ReviewViewer {
  siteUserId: number;
  seesAll: boolean;
}

export interface DueReview {
  doc: PolicyDocument;
  /** Whole days since the review date. */
  daysOverdue: number;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Documents past their review date that this person must deal with, longest overdue first. */
export function reviewsDue(docs: readonly PolicyDocument[], today: string, viewer: ReviewViewer): DueReview[] {
  return docs
    .filter((d) => reviewOverdue(d, today) && (viewer.seesAll || d.ownerId === viewer.siteUserId))
    .map((doc) => ({ doc, daysOverdue: days(doc.nextReview!, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.doc.title.localeCompare(b.doc.title, "en-GB"));
}

/** Whether this person may change the document (publish, review, edit): its owner or the data lead. */
export const mayChange = (doc: PolicyDocument, viewer: ReviewViewer) => viewer.seesAll || (doc.ownerId !== null && doc.ownerId === viewer.siteUserId);
