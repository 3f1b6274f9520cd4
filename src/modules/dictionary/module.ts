import { BookOpen24Regular } from "@fluentui/react-icons/svg/book-open";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { DICTIONARY_CAPABILITIES } from "./capabilities";

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
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  capabilities: { [DICTIONARY_CAPABILITIES.approve]: ["asset-owner", "data-lead"] },
  webPart: {
    paneDescription: "One agreed definition for every term, metric and KPI, searchable as you type.",
    fields: [
      {
        kind: "toggle",
        property: "plainLanguage",
        label: "Plain language for councillors",
        onText: "Plain English first; no proposals or approvals",
        offText: "The full dictionary, with proposals and approvals for those who may",
      },
    ],
    route: (properties) => ({ rest: [], params: properties.plainLanguage === true ? { view: "plain" } : ({} as Record<string, string>) }),
    // A councillors' page stays plain-language when a reader opens a term.
    pinned: ["view"],
  },
  work: () => import("./data/work"),
};
