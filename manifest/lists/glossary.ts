import type { ListDeclaration } from "../schema";

export const TERM_KINDS = ["Term", "Metric", "KPI", "Acronym"] as const;
export const TERM_STATUSES = ["Draft", "In review", "Approved", "Deprecated"] as const;

/** The data dictionary: one agreed definition for every term, metric and KPI. */
export const glossaryList = {
  title: "GlossaryTerms",
  url: "Lists/GlossaryTerms",
  description: "The data dictionary: terms, metrics and KPIs with one agreed definition each.",
  versioning: true,
  seedKey: "TermKey",
  fields: [
    { name: "TermKey", title: "Key", kind: "Text", indexed: true, maxLength: 80 },
    { name: "Definition", title: "Definition", kind: "Note", required: true },
    { name: "TermKind", title: "Kind", kind: "Choice", choices: TERM_KINDS, indexed: true },
    { name: "Acronym", title: "Acronym", kind: "Text", maxLength: 20 },
    { name: "Synonyms", title: "Synonyms", kind: "Note" },
    { name: "RelatedTerms", title: "Related terms", kind: "Note" },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "Steward", title: "Steward", kind: "User" },
    { name: "TermOwner", title: "Owner", kind: "User" },
    { name: "Calculation", title: "Calculation", kind: "Note" },
    { name: "Unit", title: "Unit", kind: "Text", maxLength: 60 },
    { name: "SourceSystem", title: "Source system", kind: "Text", maxLength: 120 },
    { name: "NationalStandard", title: "National standard", kind: "URL" },
    { name: "TermStatus", title: "Status", kind: "Choice", choices: TERM_STATUSES, required: true, indexed: true },
    { name: "ReviewDate", title: "Review date", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "StrategySection", title: "Strategy section", kind: "Text", maxLength: 120 },
  ],
  permissions: {
    add: "everyone",
    edit: ["data-lead", "asset-owner"],
    editOwn: { field: "Steward", roles: "everyone" },
  },
} as const satisfies ListDeclaration;
