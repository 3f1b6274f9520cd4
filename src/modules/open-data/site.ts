import type { ModuleSite } from "../../core/module";
import { OPEN_DATA_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const openDataSite: ModuleSite = {
  moduleId: "open-data",
  lists: OPEN_DATA_LISTS,
  samples: () => import("./samples"),
};
