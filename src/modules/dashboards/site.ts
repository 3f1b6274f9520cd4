import type { ModuleSite } from "../../core/module";
import { dashboardsList, dashboardUsageList } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const dashboardsSite: ModuleSite = {
  moduleId: "dashboards",
  lists: [dashboardsList, dashboardUsageList],
  seed: () => import("./seed"),
};
