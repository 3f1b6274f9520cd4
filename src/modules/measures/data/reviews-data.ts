import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { addItem } from "../../../core/data/lists";
import type { ReviewDraft, ReviewEntry } from "../domain/review-log";
import { REVIEW_KINDS, strategyReviewsList } from "../lists";
import { getReview } from "./measures-data";

function columnsOf(draft: ReviewDraft): ItemInput<typeof strategyReviewsList> {
  return {
    Title: draft.title.trim(),
    ReviewDate: `${draft.date}T00:00:00Z`,
    ReviewKind: draft.kind as (typeof REVIEW_KINDS)[number],
    Changes: draft.changes.trim(),
    StrategyChanged: draft.strategyChanged,
    Link: draft.link.trim() || null,
  };
}

const mustRead = async (sp: SPFI, id: number): Promise<ReviewEntry> => {
  const entry = await getReview(sp, id);
  if (!entry) throw new Error("The review was saved but could not be read back. Reload the page to see it.");
  return entry;
};

/** Logs a review of the strategy (the data lead). */
export async function addReview(sp: SPFI, draft: ReviewDraft): Promise<ReviewEntry> {
  const added = await addItem(sp, strategyReviewsList, columnsOf(draft));
  return mustRead(sp, added.id);
}

/** Corrects a logged review with the ETag it was read with. */
export async function saveReview(sp: SPFI, stored: ReviewEntry, draft: ReviewDraft): Promise<ReviewEntry> {
  await updateItem(sp, strategyReviewsList, stored, columnsOf(draft), () => mustRead(sp, stored.id));
  return mustRead(sp, stored.id);
}
