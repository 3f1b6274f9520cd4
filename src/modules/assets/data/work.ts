import type { WorkReader } from "../../../core/module";
import { dayOf } from "../../../core/domain/work";
import { myAssetsDueForReview, reviewDueOf, reviewStateOf } from "../domain/review";
import { loadAllAssets } from "./assets-data";

/** Assets the person owns or manages whose quarterly (or other) review is overdue or due within 30 days. */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const { assets } = await loadAllAssets(sp);
  const day = dayOf(today);
  return myAssetsDueForReview(assets, siteUserId, day).map((asset) => ({
    key: `review-${asset.key}`,
    moduleId: "assets",
    kind: "review" as const,
    title: asset.name,
    route: `assets/${asset.key}`,
    due: reviewDueOf(asset),
    overdue: reviewStateOf(asset, day) === "overdue",
    detail: "Review of the asset's record",
  }));
};
