import type { ModuleSite } from "../../core/module";
import { POLICY_LISTS } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const policiesSite: ModuleSite = {
  moduleId: "policies",
  lists: POLICY_LISTS,
  seed: () => import("./seed"),
  samples: () => import("./samples"),
};
