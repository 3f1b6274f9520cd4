import type { ListDeclaration } from "./schema";
import { principlesList } from "./lists/principles";
import { actionsList, actionUpdatesList } from "./lists/actions";
import { measuresList } from "./lists/measures";
import { glossaryList, glossaryUsageList, termProposalsList } from "./lists/glossary";
import { coursesList, enrolmentsList, pathwaysList, sessionsList } from "./lists/training";
import { dashboardsList, dashboardUsageList } from "./lists/dashboards";

export const SITE_TITLE = "Data Hub";
export const SITE_PATH = "/sites/datahub";

/** Every list of the Data Hub site, in provisioning order (a lookup's target comes first). */
export const SITE_LISTS: readonly ListDeclaration[] = [principlesList, actionsList, actionUpdatesList, measuresList, glossaryList, termProposalsList, glossaryUsageList, coursesList, sessionsList, enrolmentsList, pathwaysList, dashboardsList, dashboardUsageList];

export { principlesList, actionsList, actionUpdatesList, measuresList, glossaryList, termProposalsList, glossaryUsageList, coursesList, sessionsList, enrolmentsList, pathwaysList, dashboardsList, dashboardUsageList };
