import type { ModuleSite } from "../../core/module";
import { kpisList, kpiTargetsList, kpiValuesList, reportingReturnsList, reportingStagesList, reportingSubmissionsList } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const kpisSite: ModuleSite = {
  moduleId: "kpis",
  lists: [reportingReturnsList, reportingStagesList, reportingSubmissionsList, kpisList, kpiTargetsList, kpiValuesList],
  seed: () => import("./seed"),
  samples: () => import("./samples"),
};
