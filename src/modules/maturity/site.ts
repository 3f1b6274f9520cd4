import type { ModuleSite } from "../../core/module";
import { MATURITY_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const maturitySite: ModuleSite = {
  moduleId: "maturity",
  lists: MATURITY_LISTS,
  seed: () => import("./site-seed"),
  samples: () => import("./samples"),
};
