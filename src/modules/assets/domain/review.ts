import { compareText } from "./text";
import type { ItemInput } from "../../../../manifest/items";
import type { assetsList, reviewsList } from "../lists";
import { type Asset, isOwnAsset } from "./asset";
import { addDays, addMonths, type Day, dayToWire, isRealDay } from "./dates";
import { REVIEW_MONTHS, type ReviewFrequency, type ReviewOutcome } from "./vocabulary";

/**
 * Quarterly review: each asset is confirmed or corrected by its IAO or IAM every review period
 * (quarterly unless the asset says otherwise). "Due for review" looks a few weeks ahead, so a
 * review can be done before its date rather than only after.
 */
export const DUE_SOON_DAYS = 30;

export type ReviewState = "overdue" | "due" | "not due" | "not reviewed";

export function nextReviewAfter(reviewedOn: Day, frequency: ReviewFrequency): Day {
  return addMonths(reviewedOn, REVIEW_MONTHS[frequency]);
}

/**
 * When the asset's next review is due: as stored, or one period after its last review, or one period
 * after it was added to the register (being added is its first documentation).
 */
export function reviewDueOf(asset: Pick<Asset, "nextReviewDue" | "lastReviewed" | "created" | "reviewFrequency">): Day {
  return asset.nextReviewDue ?? nextReviewAfter(asset.lastReviewed ?? asset.created, asset.reviewFrequency);
}

export function reviewStateOf(asset: Asset, today: Day): ReviewState {
  if (asset.status === "Disposed") return "not reviewed";
  const due = reviewDueOf(asset);
  if (due < today) return "overdue";
  return due <= addDays(today, DUE_SOON_DAYS) ? "due" : "not due";
}

const byDue = (a: Asset, b: Asset) => compareText(reviewDueOf(a), reviewDueOf(b)) || compareText(a.name, b.name);

/** "My assets due for review": the person's own (as IAO or IAM), overdue or due within the next 30 days, soonest first. */
export function myAssetsDueForReview(assets: readonly Asset[], siteUserId: number, today: Day): Asset[] {
  return assets.filter((a) => isOwnAsset(a, siteUserId) && ["overdue", "due"].includes(reviewStateOf(a, today))).sort(byDue);
}

/** Every overdue review, for the data lead, oldest first. */
export function overdueReviews(assets: readonly Asset[], today: Day): Asset[] {
  return assets.filter((a) => reviewStateOf(a, today) === "overdue").sort(byDue);
}

export interface ReviewInput {
  outcome: ReviewOutcome | "";
  changes: string;
  reviewedOn: Day;
}

export type ReviewProblems = Partial<Record<keyof ReviewInput, string>>;

/** What is wrong with a review before it is saved, in words that name the field. */
export function checkReview(input: ReviewInput, today: Day): ReviewProblems {
  const problems: ReviewProblems = {};
  if (!input.outcome) problems.outcome = "Choose whether you confirmed the asset with no change or made changes.";
  if (input.outcome === "Changes made" && !input.changes.trim()) problems.changes = "Say what you changed, so the next reviewer can see it.";
  if (!isRealDay(input.reviewedOn)) problems.reviewedOn = "Enter the review date as a real date, for example 25/11/2026.";
  else if (input.reviewedOn > today) problems.reviewedOn = "The review date cannot be in the future.";
  return problems;
}

/** A review, as two writes: the record of it, and the asset's new review dates. */
export function reviewWrites(asset: Asset, input: ReviewInput): { record: ItemInput<typeof reviewsList>; asset: ItemInput<typeof assetsList> } {
  const outcome = input.outcome as ReviewOutcome;
  return {
    record: {
      Title: asset.name,
      AssetKey: asset.key,
      ReviewOutcome: outcome,
      Changes: outcome === "Changes made" ? input.changes.trim() : null,
      ReviewedOn: dayToWire(input.reviewedOn),
      DueOn: dayToWire(reviewDueOf(asset)),
    },
    asset: { LastReviewed: dayToWire(input.reviewedOn), NextReviewDue: dayToWire(nextReviewAfter(input.reviewedOn, asset.reviewFrequency)) },
  };
}

/** A review as read back. */
export interface Review {
  id: number;
  assetKey: string;
  assetName: string;
  outcome: ReviewOutcome;
  changes: string;
  reviewedOn: Day;
  dueOn: Day | null;
  reviewer: string;
}

/** On time: done no later than the day it was due (a review with no due date recorded counts as on time). */
export function isOnTime(review: Pick<Review, "reviewedOn" | "dueOn">): boolean {
  return review.dueOn === null || review.reviewedOn <= review.dueOn;
}
