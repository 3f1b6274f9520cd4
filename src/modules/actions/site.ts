import type { ModuleSite } from "../../core/module";
import { actionsList } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const actionsSite: ModuleSite = {
  moduleId: "actions",
  lists: [actionsList],
  seed: () => import("./seed"),
};
