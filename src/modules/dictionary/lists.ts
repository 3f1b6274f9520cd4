import { type FieldDeclaration, type ListDeclaration, ROLES } from "../../../manifest/schema";

export const TERM_KINDS = ["Term", "Metric", "KPI", "Acronym"] as const;
export const TERM_STATUSES = ["Draft", "In review", "Approved", "Deprecated"] as const;

/**
 * A term's content: what a proposal drafts and an approval publishes. Declared once for both
 * lists, so a proposal and the term it becomes can never disagree on a column's name or kind.
 */
const definitionField = { name: "Definition", title: "Definition", kind: "Note" } as const satisfies FieldDeclaration;

const TERM_CONTENT_FIELDS = [
  { name: "PlainLanguage", title: "In plain English", kind: "Note", description: "A short plain-language version for councillors and residents; the definition stays the agreed wording." },
  { name: "TermKind", title: "Kind", kind: "Choice", choices: TERM_KINDS, indexed: true },
  { name: "Acronym", title: "Acronym", kind: "Text", maxLength: 20 },
  { name: "Synonyms", title: "Synonyms", kind: "Note" },
  { name: "RelatedTerms", title: "Related terms", kind: "Note" },
  { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
  { name: "Steward", title: "Steward", kind: "User", indexed: true },
  { name: "TermOwner", title: "Owner", kind: "User", indexed: true },
  { name: "Calculation", title: "Calculation", kind: "Note" },
  { name: "Unit", title: "Unit", kind: "Text", maxLength: 60 },
  { name: "SourceSystem", title: "Source system", kind: "Text", maxLength: 120 },
  { name: "NationalStandard", title: "National standard", kind: "URL" },
  { name: "ReviewDate", title: "Review date", kind: "DateTime", dateOnly: true, indexed: true },
  { name: "ReplacedBy", title: "Replaced by", kind: "Text", maxLength: 80, description: "Key of the term to use instead, when this one is deprecated." },
] as const satisfies readonly FieldDeclaration[];

/** The content columns' internal names, in declaration order (a proposal's form and an approval's merge walk them). */
export const TERM_CONTENT_NAMES = [definitionField.name, ...TERM_CONTENT_FIELDS.map((f) => f.name)] as const;

/**
 * The data dictionary's published terms: what everyone reads. Approval is enforced here, by the
 * LIST's permissions, because SharePoint cannot stop someone who may edit an item from changing
 * one of its columns (such as the status):
 * - only information asset owners and the data lead may add a term (approving a new term);
 * - only the data lead, or the asset owner named as the term's owner, may change one
 *   (approving a change). Stewards and staff cannot write here at all: they propose in
 *   TermProposals, and an owner's approval copies the proposal into this list.
 * Versioning is on, so every approved change is kept with who approved it and when.
 */
export const glossaryList = {
  title: "GlossaryTerms",
  url: "Lists/GlossaryTerms",
  description: "The data dictionary: terms, metrics and KPIs with one agreed definition each.",
  versioning: true,
  seedKey: "TermKey",
  fields: [
    // One published term per key: SharePoint refuses a second (EnforceUniqueValues), so two approvals at once cannot both publish it.
    { name: "TermKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 80 },
    { ...definitionField, required: true },
    ...TERM_CONTENT_FIELDS,
    { name: "TermStatus", title: "Status", kind: "Choice", choices: TERM_STATUSES, required: true, indexed: true },
    { name: "StrategySection", title: "Strategy section", kind: "Text", maxLength: 120 },
    { name: "ApprovedProposal", title: "Approved proposal", kind: "Number", description: "The TermProposals item whose approval produced this version." },
  ],
  permissions: {
    add: ["data-lead", "asset-owner"],
    edit: ["data-lead"],
    editOwn: { field: "TermOwner", roles: ["asset-owner"] },
  },
} as const satisfies ListDeclaration;

export const PROPOSAL_KINDS = ["New term", "Change", "Deprecation"] as const;
export const PROPOSAL_STATUSES = ["Suggested", "Draft", "In review", "Sent back", "Approved", "Declined", "Withdrawn"] as const;

/**
 * Suggestions and drafts on their way to the dictionary. Anyone may suggest (add); the steward
 * named on a proposal drafts it (edit own, by the Steward column); asset owners and the data lead
 * record decisions (edit). Writing here publishes nothing: only an owner's write to
 * GlossaryTerms does. Versioning keeps every "sent back" comment, so the conversation survives.
 */
export const termProposalsList = {
  title: "TermProposals",
  url: "Lists/TermProposals",
  description: "Suggested, drafted and reviewed changes to the data dictionary.",
  versioning: true,
  fields: [
    { name: "ProposalKind", title: "Proposal", kind: "Choice", choices: PROPOSAL_KINDS, required: true },
    { name: "ProposalStatus", title: "Status", kind: "Choice", choices: PROPOSAL_STATUSES, required: true, indexed: true },
    { name: "TermId", title: "Term", kind: "Number", indexed: true, description: "The GlossaryTerms item a change or deprecation is for; set on a new term once approved." },
    { name: "TermKey", title: "Term key", kind: "Text", maxLength: 80 },
    { name: "BaseVersion", title: "Drafted against", kind: "Text", maxLength: 40, description: "The term's ETag when the change was drafted, to spot changes published since." },
    definitionField,
    ...TERM_CONTENT_FIELDS,
    { name: "Reason", title: "Reason", kind: "Note", description: "Why the proposer suggests this." },
    { name: "ReviewComment", title: "Review comment", kind: "Note", description: "The owner's latest comment; earlier ones are in the version history." },
  ],
  permissions: {
    add: "everyone",
    edit: ["data-lead", "asset-owner"],
    editOwn: { field: "Steward", roles: "everyone" },
  },
} as const satisfies ListDeclaration;

/**
 * How the dictionary is used, without personal data: monthly counters split over a few shards,
 * each shard one item whose Counts column holds JSON totals from everyone (see
 * src/modules/dictionary/data/usage-data.ts for why this shape). Everyone increments, so everyone
 * may edit; there is no version history, so one person's increment cannot be told from the total.
 */
export const glossaryUsageList = {
  title: "GlossaryUsage",
  url: "Lists/GlossaryUsage",
  description: "Aggregated, anonymous counts of dictionary searches and term views, per month.",
  fields: [
    { name: "Period", title: "Month", kind: "Text", required: true, indexed: true, maxLength: 7 },
    { name: "Shard", title: "Shard", kind: "Number", required: true },
    { name: "Counts", title: "Counts", kind: "Note" },
  ],
  // Everyone adds to the counts; nobody but the data lead deletes them (README: what usage counts can and cannot prove).
  permissions: { add: "everyone", edit: [...ROLES], delete: [] },
} as const satisfies ListDeclaration;
