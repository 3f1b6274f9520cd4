import type { ModuleMeasures } from "../../core/module";
import { loadAllAssets } from "./data/assets-data";
import { loadAllDisposals } from "./data/disposals-data";
import { loadAllReviews } from "./data/reviews-data";
import { dayOf } from "./domain/dates";
import { ASSET_FIGURES, type AssetsData } from "./domain/strategy-figures";

/** The register's figures for the strategy measures: every asset, review and disposal this person may read, once. */
export const measures: ModuleMeasures<AssetsData> = {
  load: async ({ sp }) => {
    const [register, reviews, disposals] = await Promise.all([loadAllAssets(sp), loadAllReviews(sp), loadAllDisposals(sp)]);
    return { assets: register.assets, reviews, disposals, asOf: dayOf(new Date())!, restrictedIncluded: register.restrictedReadable };
  },
  figures: ASSET_FIGURES,
};
