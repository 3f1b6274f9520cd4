import { ShieldCheckmark24Regular } from "@fluentui/react-icons/svg/shield-checkmark";
import type { ModuleDefinition } from "../../core/module";

export const qualityModule: ModuleDefinition = {
  id: "quality",
  title: "Data quality",
  summary: "Report, triage and resolve data quality issues; validate datasets.",
  icon: ShieldCheckmark24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Implement automated data validation tools to ensure continuous quality monitoring.",
    section: "Data quality: What we will do",
  },
};
