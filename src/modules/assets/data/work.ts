import type { OverdueReader, WorkReader } from "../../../core/module";
import { dayOf, type WorkItem } from "../../../core/domain/work";
import type { Asset } from "../domain/asset";
import { myAssetsDueForReview, overdueReviews, reviewDueOf, reviewStateOf } from "../domain/review";
import { loadAllAssets } from "./assets-data";

/** Assets the person owns or manages whose quarterly (or other) review is overdue or due within 30 days. */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const { assets } = await loadAllAssets(sp);
  const day = dayOf(today);
  return myAssetsDueForReview(assets, siteUserId, day).map((asset) => reviewWork(asset, day));
};

function reviewWork(asset: Asset, day: string): WorkItem {
  return {
    key: `review-${asset.key}`,
    moduleId: "assets",
    kind: "review",
    title: asset.name,
    route: `assets/${asset.key}`,
    due: reviewDueOf(asset),
    overdue: reviewStateOf(asset, day) === "overdue",
    detail: "Review of the asset's record",
  };
}

/** For the data lead's reminders: every overdue review, to the asset's owner (or its manager when it has no owner). */
export const readOverdueForOthers: OverdueReader = async ({ sp }, { today }) => {
  const { assets } = await loadAllAssets(sp);
  const day = dayOf(today);
  return overdueReviews(assets, day).flatMap((asset) => {
    const email = asset.owner?.email ?? asset.manager?.email;
    return email ? [{ item: reviewWork(asset, day), recipientEmail: email }] : [];
  });
};
