import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { Asset } from "../domain/asset";
import { dayOf } from "../domain/dates";
import { type Review, type ReviewInput, reviewWrites } from "../domain/review";
import { REVIEW_OUTCOMES, type ReviewOutcome } from "../domain/vocabulary";
import { reviewsList } from "../lists";
import { isHiddenList, saveAsset } from "./assets-data";

const SELECT = ["Id", "Title", "AssetKey", "ReviewOutcome", "Changes", "ReviewedOn", "DueOn", "Author/Title"] as const;
type ReviewItem = Awaited<ReturnType<typeof getItems<typeof reviewsList, (typeof SELECT)[number]>>>[number];

function reviewFromItem(item: ReviewItem): Review {
  return {
    id: item.Id,
    assetKey: item.AssetKey ?? "",
    assetName: item.Title ?? "",
    outcome: (REVIEW_OUTCOMES as readonly string[]).includes(item.ReviewOutcome ?? "") ? (item.ReviewOutcome as ReviewOutcome) : "Confirmed, no change",
    changes: item.Changes ?? "",
    reviewedOn: dayOf(item.ReviewedOn) ?? "1970-01-01",
    dueOn: dayOf(item.DueOn),
    reviewer: item.Author?.Title ?? "",
  };
}

/**
 * Records a review: the asset's review dates first, with the ETag the reviewer loaded (so a conflict
 * stops everything before anything is written), then the record of the review, with who and when.
 */
export async function recordReview(sp: SPFI, asset: Asset, input: ReviewInput): Promise<Asset> {
  const writes = reviewWrites(asset, input);
  const saved = await saveAsset(sp, asset, writes.asset);
  await addItem(sp, reviewsList, writes.record);
  return saved;
}

/** One asset's reviews, newest first; null when this person may not read reviews. */
export async function loadReviews(sp: SPFI, assetKey: string): Promise<Review[] | null> {
  try {
    const items = await getItems(sp, reviewsList, { select: SELECT, expand: ["Author"], filter: filterFor(reviewsList).eq("AssetKey", assetKey), orderBy: [["Id", "desc"]], top: 500 });
    return items.map(reviewFromItem);
  } catch (error) {
    if (isHiddenList(error)) return null;
    throw error;
  }
}

/** Every review (the strategy figures); null when this person may not read them. */
export async function loadAllReviews(sp: SPFI): Promise<Review[] | null> {
  try {
    const reviews: Review[] = [];
    for await (const page of readAllItems(sp, reviewsList, { select: SELECT, expand: ["Author"] })) reviews.push(...page.map(reviewFromItem));
    return reviews;
  } catch (error) {
    if (isHiddenList(error)) return null;
    throw error;
  }
}
