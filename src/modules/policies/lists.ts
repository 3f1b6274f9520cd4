import { type ListDeclaration, ROLES } from "../../../manifest/schema";

export const DOCUMENT_KINDS = ["Policy", "Handbook", "Standard", "Guidance"] as const;
export const DOCUMENT_STATUSES = ["Draft", "In consultation", "Approved", "Retired"] as const;
export const REVIEW_OUTCOMES = ["No change", "New version"] as const;

/**
 * The library: one item per policy, handbook, standard or guidance. The text itself stays where
 * the council writes it (a SharePoint page or document, `DocLink`); the hub keeps who owns it, its
 * status, its current version and when it is next reviewed.
 *
 * Versioning is on and is the document's history: publishing a version is ONE save of this item
 * (new ReadVersion, label, what changed, approval date), with the ETag the owner loaded, so a
 * version can never be half published, and nobody can rewrite history afterwards. A review is a
 * save too (LastReviewed, ReviewOutcome, NextReview), so reviews have the same history.
 *
 * Only the data lead adds documents; the data lead or the document's owner changes one. On a real
 * site, "edit your own" by the DocOwner column needs item-level permissions (docs/policies.md).
 */
export const policyDocumentsList = {
  title: "PolicyDocuments",
  url: "Lists/PolicyDocuments",
  description: "Policies, the Data Quality Handbook and data standards: owners, versions and review dates.",
  versioning: true,
  seedKey: "DocKey",
  fields: [
    { name: "DocKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 60 },
    { name: "DocKind", title: "Kind", kind: "Choice", choices: DOCUMENT_KINDS, required: true, indexed: true },
    { name: "PrincipleKey", title: "Principle", kind: "Text", indexed: true, maxLength: 40 },
    { name: "DocOwner", title: "Owner", kind: "User", indexed: true },
    { name: "DocStatus", title: "Status", kind: "Choice", choices: DOCUMENT_STATUSES, required: true, indexed: true },
    { name: "DocVersion", title: "Version", kind: "Text", maxLength: 20, description: "The version as the council names it, e.g. 2.1." },
    { name: "ReadVersion", title: "Version number", kind: "Integer", description: "Counts published versions (0: none yet). Read-and-understood confirmations are for one of these." },
    { name: "ChangeSummary", title: "What changed", kind: "Note", description: "What changed in the current version; earlier versions' are in the version history." },
    { name: "ApprovedOn", title: "Approved", kind: "DateTime", dateOnly: true },
    { name: "NextReview", title: "Next review", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "LastReviewed", title: "Last reviewed", kind: "DateTime", dateOnly: true },
    { name: "ReviewOutcome", title: "Review outcome", kind: "Choice", choices: REVIEW_OUTCOMES },
    { name: "DocLink", title: "Where it lives", kind: "URL", description: "The SharePoint page or document with the text." },
    { name: "Summary", title: "In plain English", kind: "Note" },
    { name: "MustRead", title: "Must be read by", kind: "MultiChoice", choices: ROLES, description: "Data Hub roles (from Entra groups) whose people must confirm they have read the current version." },
    { name: "StrategyQuote", title: "Strategy commitment", kind: "Note", description: "The strategy's own words naming this document." },
    { name: "StrategySection", title: "Strategy section", kind: "Text", maxLength: 120 },
  ],
  permissions: {
    add: ["data-lead"],
    edit: ["data-lead"],
    editOwn: { field: "DocOwner", roles: "everyone" },
  },
} as const satisfies ListDeclaration;

/**
 * "I have read and understood this", one item per person and version. Nothing here names the
 * person: the confirmer is the item's author (Created By), which SharePoint sets from the sign-in
 * and nobody can forge, so a confirmation for someone else cannot be written. ConfirmKey (document,
 * version number and the author's site user id) is unique, so a double click or a retry after a
 * 429 adds one item; the second add is refused and read as "already confirmed" when the item
 * holding the key is the person's own. Nobody edits a confirmation; only the data lead deletes.
 */
export const policyConfirmationsList = {
  title: "PolicyConfirmations",
  url: "Lists/PolicyConfirmations",
  description: "Read-and-understood confirmations: one per person and version, made by that person.",
  fields: [
    { name: "DocumentId", title: "Document", kind: "Number", required: true, indexed: true },
    { name: "ReadVersion", title: "Version number", kind: "Integer", required: true, indexed: true },
    { name: "ConfirmKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 80 },
  ],
  permissions: { add: "everyone", edit: [], delete: [] },
} as const satisfies ListDeclaration;

/**
 * Opens of each document from the hub, counted per month and department without storing who: one
 * counter item per month, document and department, which everyone increments (README: what usage
 * counts can and cannot prove). Everyone updates; only the data lead deletes.
 */
export const policyOpensList = {
  title: "PolicyOpens",
  url: "Lists/PolicyOpens",
  description: "Anonymous counts of documents opened from the hub, per month and department.",
  fields: [
    { name: "Period", title: "Month", kind: "Text", required: true, indexed: true, maxLength: 7 },
    { name: "DocumentId", title: "Document", kind: "Number", required: true, indexed: true },
    { name: "Department", title: "Department", kind: "Text", indexed: true, maxLength: 120 },
    { name: "Opens", title: "Opens", kind: "Integer" },
  ],
  permissions: { add: "everyone", edit: [...ROLES], delete: [] },
} as const satisfies ListDeclaration;

export const POLICY_LISTS = [policyDocumentsList, policyConfirmationsList, policyOpensList] as const;
