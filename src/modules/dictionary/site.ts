import type { ModuleSite } from "../../core/module";
import { glossaryList, glossaryUsageList, termProposalsList } from "./lists";

/** What the module puts on the Data Hub site (read by provisioning, the local tenant and the tests; never by the app). */
export const dictionarySite: ModuleSite = {
  moduleId: "dictionary",
  lists: [glossaryList, termProposalsList, glossaryUsageList],
  seed: () => import("./seed"),
};
