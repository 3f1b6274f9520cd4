import { BookOpen24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

/**
 * The data dictionary: "Maintain an accessible 'data dictionary' or glossary that employees and
 * Councillors can reference for clarity" (Data literacy: What we will do). Design notes: README.md
 * beside this file.
 */
export const dictionaryModule: ModuleDefinition = {
  id: "dictionary",
  title: "Data dictionary",
  summary: "One agreed definition for every term, metric and KPI.",
  icon: BookOpen24Regular,
  load: () => import("./ui/DictionaryPage"),
};
