import type { ItemVersion } from "../../../core/domain/versions";
import { dayOf, isOneOf, type ReviewOutcome } from "./document";
import { REVIEW_OUTCOMES } from "../lists";

/** A published version, read from the document's own version history. */
export interface PublishedVersion {
  readVersion: number;
  label: string | null;
  approvedOn: string | null;
  changeSummary: string | null;
  /** When it was saved, and by whom (SharePoint's record, not typed). */
  saved: string;
  publishedBy: string | null;
}

/** A completed review. */
export interface ReviewRecord {
  reviewedOn: string;
  outcome: ReviewOutcome | null;
  /** The review date that was in force when it was done (null for a first publication). */
  dueWas: string | null;
  nextReview: string | null;
  saved: string;
  reviewedBy: string | null;
}

export interface DocumentHistory {
  /** Newest first. */
  versions: PublishedVersion[];
  /** Newest first. */
  reviews: ReviewRecord[];
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
const integer = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : 0);

/**
 * Versions and reviews from the item's version history: a version is published where ReadVersion
 * rose; a review was recorded where LastReviewed or ReviewOutcome changed. Oldest first in, newest first out.
 */
export function historyOf(itemVersions: readonly ItemVersion[]): DocumentHistory {
  const oldestFirst = [...itemVersions].sort((a, b) => (Number.parseFloat(a.label) || 0) - (Number.parseFloat(b.label) || 0));
  const versions: PublishedVersion[] = [];
  const reviews: ReviewRecord[] = [];
  let readVersion = 0;
  let lastReviewed: string | null = null;
  let lastOutcome: unknown = null;
  let nextReview: string | null = null;
  for (const v of oldestFirst) {
    const values = v.values;
    const number = integer(values.ReadVersion);
    if (number > readVersion) {
      versions.push({ readVersion: number, label: text(values.DocVersion), approvedOn: dayOf(text(values.ApprovedOn)), changeSummary: text(values.ChangeSummary), saved: v.saved, publishedBy: v.editorName });
      readVersion = number;
    }
    const reviewed = dayOf(text(values.LastReviewed));
    const outcome = values.ReviewOutcome ?? null;
    // Two reviews on one day with one outcome read as one review that day.
    if (reviewed && (reviewed !== lastReviewed || outcome !== lastOutcome)) {
      reviews.push({ reviewedOn: reviewed, outcome: isOneOf(REVIEW_OUTCOMES, outcome) ? outcome : null, dueWas: nextReview, nextReview: dayOf(text(values.NextReview)), saved: v.saved, reviewedBy: v.editorName });
      lastReviewed = reviewed;
      lastOutcome = outcome;
    }
    nextReview = dayOf(text(values.NextReview));
  }
  return { versions: versions.reverse(), reviews: reviews.reverse() };
}
