import type { ModuleSite } from "../../core/module";
import { FOCUS_GROUP_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const focusGroupSite: ModuleSite = {
  moduleId: "focus-group",
  lists: FOCUS_GROUP_LISTS,
  samples: () => import("./samples"),
};
