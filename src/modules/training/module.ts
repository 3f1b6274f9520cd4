import { HatGraduation24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const trainingModule: ModuleDefinition = {
  id: "training",
  title: "Training",
  summary: "Courses, sessions and pathways to build data skills.",
  icon: HatGraduation24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Provide training on Excel, SharePoint, Power BI, and key systems (Finance, HR, and service-specific).",
    section: "Data literacy: What we will do",
  },
};
