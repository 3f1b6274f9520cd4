import type { ModuleSite } from "../../core/module";
import { ASSET_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const assetsSite: ModuleSite = {
  moduleId: "assets",
  lists: ASSET_LISTS,
  samples: () => import("./samples"),
};
