import type { ModuleSite } from "../../core/module";
import { QUALITY_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const qualitySite: ModuleSite = {
  moduleId: "quality",
  lists: QUALITY_LISTS,
  samples: () => import("./samples"),
};
