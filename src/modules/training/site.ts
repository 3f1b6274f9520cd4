import type { ModuleSite } from "../../core/module";
import { coursesList, enrolmentsList, enrolmentUpdatesList, pathwaysList, sessionsList, trainerConfirmationsList } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const trainingSite: ModuleSite = {
  moduleId: "training",
  lists: [coursesList, sessionsList, enrolmentsList, enrolmentUpdatesList, trainerConfirmationsList, pathwaysList],
  seed: () => import("./seed"),
  samples: () => import("./samples"),
};
