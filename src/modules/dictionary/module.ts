import { BookOpen24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const dictionaryModule: ModuleDefinition = {
  id: "dictionary",
  title: "Data dictionary",
  summary: "One agreed definition for every term, metric and KPI.",
  icon: BookOpen24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Maintain an accessible “data dictionary” or glossary that employees and Councillors can reference for clarity.",
    section: "Data literacy: What we will do",
  },
};
