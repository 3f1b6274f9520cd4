import { DocumentCheckmark24Regular } from "@fluentui/react-icons/svg/document-checkmark";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { POLICY_CAPABILITIES } from "./capabilities";

/**
 * Policies, the Data Quality Handbook and standards as living documents: owners, versions, review
 * dates and "read and understood" per version, so "every officer is aware of their responsibilities"
 * can be measured. The text stays in SharePoint pages where the council writes it.
 */
export const policiesModule: ModuleDefinition = {
  id: "policies",
  title: "Policies and standards",
  summary: "The Data Quality Handbook, policies and standards: read, confirm, review.",
  icon: DocumentCheckmark24Regular,
  load: () => import("./ui/PoliciesPage"),
  capabilities: {
    [POLICY_CAPABILITIES.manage]: ["data-lead"],
    [POLICY_CAPABILITIES.serviceCompletion]: ["manager", "data-lead"],
    [POLICY_CAPABILITIES.allCompletion]: ["data-lead"],
  },
  home: { order: 15, load: () => import("./ui/ForYouToReadOnHome") },
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  work: () => import("./data/work"),
};
