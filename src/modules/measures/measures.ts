import type { ModuleMeasures } from "../../core/module";
import { loadReviews } from "./data/measures-data";
import { REVIEW_LOG_FIGURES, type ReviewEntry } from "./domain/review-log";

/** The measures module's own figure: updates to the strategy, from the review log (the period's reviews only). */
export const measures: ModuleMeasures<readonly ReviewEntry[]> = {
  load: async ({ sp }, period) => (await loadReviews(sp, period)).items,
  figures: REVIEW_LOG_FIGURES,
};
