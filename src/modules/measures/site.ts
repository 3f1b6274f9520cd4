import type { ModuleSite } from "../../core/module";
import { MEASURES_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const measuresSite: ModuleSite = {
  moduleId: "measures",
  lists: MEASURES_LISTS,
  seed: () => import("./seed"),
  samples: () => import("./samples"),
};
