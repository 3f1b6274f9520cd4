import type { FieldDeclaration, ListDeclaration, ListPermissions } from "../../../manifest/schema";
import { ASSET_FORMATS, ASSET_KINDS, ASSET_STATUSES, DISPOSAL_ACTIONS, FLOW_FREQUENCIES, FLOW_KINDS, FLOW_METHODS, LAWFUL_BASES, REVIEW_FREQUENCIES, REVIEW_OUTCOMES, SCHEMA_SOURCES, SECURITY_CLASSIFICATIONS } from "./domain/vocabulary";

/** A question answered Yes or No; empty means not answered yet, which completeness counts as missing. */
export const YES_NO = ["Yes", "No"] as const;

/**
 * An information asset's columns, declared once for both registers (the open one and the restricted
 * one), so an asset reads and writes the same way wherever it is kept. The fields are the merged
 * IAR and Article 30 record of shared/reference/uk-gov-data-refs.md §2.
 */
const ASSET_FIELDS = [
  // A key, not the item id: an asset keeps it when the data lead moves it between the registers, and flows name it.
  { name: "AssetKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 40, required: true },
  { name: "Description", title: "Description", kind: "Note" },
  { name: "AssetKind", title: "Kind of asset", kind: "Choice", choices: ASSET_KINDS, required: true, indexed: true },
  { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
  { name: "InformationAssetOwner", title: "Information asset owner (IAO)", kind: "User", indexed: true },
  { name: "InformationAssetManager", title: "Information asset manager (IAM)", kind: "User", indexed: true },
  { name: "SystemName", title: "System or location", kind: "Text", indexed: true, maxLength: 120 },
  { name: "AssetFormat", title: "Format", kind: "Choice", choices: ASSET_FORMATS },
  { name: "Purposes", title: "Purposes of processing", kind: "Note" },
  { name: "HoldsPersonalData", title: "Holds personal data", kind: "Choice", choices: YES_NO, indexed: true },
  { name: "SpecialCategory", title: "Holds special category data", kind: "Choice", choices: YES_NO },
  { name: "CriminalOffenceData", title: "Holds criminal offence data", kind: "Choice", choices: YES_NO },
  { name: "LawfulBases", title: "Lawful basis (Article 6)", kind: "MultiChoice", choices: LAWFUL_BASES },
  { name: "SpecialCategoryCondition", title: "Special category condition (Article 9, DPA 2018 Schedule 1)", kind: "Note" },
  { name: "DataSubjects", title: "Categories of data subjects", kind: "Note" },
  { name: "PersonalDataCategories", title: "Categories of personal data", kind: "Note" },
  { name: "SharedWith", title: "Shared with (recipients)", kind: "Note" },
  { name: "SharingAgreement", title: "Data sharing agreement", kind: "Text", maxLength: 255 },
  { name: "TransfersOutsideUk", title: "Transferred outside the UK", kind: "Choice", choices: YES_NO },
  { name: "TransferSafeguards", title: "Countries and safeguards for transfers", kind: "Note" },
  { name: "RetentionPeriod", title: "Retention period", kind: "Text", maxLength: 255, description: "As the retention schedule words it, e.g. six years after the end of the financial year." },
  { name: "RetentionMonths", title: "Retention in months", kind: "Integer", minimum: 0, maximum: 1200, description: "The retention period in months, from which disposal due dates are worked out." },
  { name: "DisposalAction", title: "Disposal action", kind: "Choice", choices: DISPOSAL_ACTIONS },
  { name: "HeldFrom", title: "Oldest records held from", kind: "DateTime", dateOnly: true, description: "The date the oldest records still held start from; disposal is due when they pass the retention period." },
  { name: "SecurityClassification", title: "Security classification", kind: "Choice", choices: SECURITY_CLASSIFICATIONS },
  { name: "SecurityMeasures", title: "Security measures", kind: "Note" },
  { name: "RopaReference", title: "ROPA entry", kind: "Text", maxLength: 120, description: "The Record of Processing Activities entry held by Information Governance." },
  { name: "DpiaReference", title: "DPIA", kind: "Text", maxLength: 120, description: "The data protection impact assessment held by Information Governance." },
  { name: "ReviewFrequency", title: "Review frequency", kind: "Choice", choices: REVIEW_FREQUENCIES },
  { name: "LastReviewed", title: "Last reviewed", kind: "DateTime", dateOnly: true, indexed: true },
  { name: "NextReviewDue", title: "Next review due", kind: "DateTime", dateOnly: true, indexed: true },
  { name: "AssetStatus", title: "Status", kind: "Choice", choices: ASSET_STATUSES, indexed: true },
  { name: "TableSchema", title: "Schema (Table Schema JSON)", kind: "Note", description: "The asset's fields as a Frictionless Table Schema: the same document documents the data and validates it." },
  { name: "SchemaFieldCount", title: "Fields in the schema", kind: "Integer", minimum: 0 },
  { name: "SchemaSource", title: "Schema started from", kind: "Choice", choices: SCHEMA_SOURCES },
] as const satisfies readonly FieldDeclaration[];

/**
 * Who changes an asset: its IAO or IAM (either person column naming them), the data lead any.
 * The local tenant enforces "edit own" per item; SharePoint has no such permission on a person
 * column, so a real site needs item-level permissions kept in step with those two columns
 * (docs/assets.md says how).
 */
const ASSET_PERMISSIONS = {
  add: ["asset-owner", "data-lead"],
  edit: ["data-lead"],
  editOwn: { field: ["InformationAssetOwner", "InformationAssetManager"], roles: "everyone" },
} as const satisfies ListPermissions;

/** Who may read what is restricted: IAOs and IAMs (the asset-owner role) and the data lead (always). */
const RESTRICTED_READERS = ["asset-owner"] as const;

/** The register: every asset that any member of staff may read. */
export const assetsList = {
  title: "DataAssets",
  url: "Lists/DataAssets",
  description: "The information asset register behind the data schema/map: assets, owners, personal data, retention and reviews.",
  versioning: true,
  fields: ASSET_FIELDS,
  permissions: ASSET_PERMISSIONS,
} as const satisfies ListDeclaration;

/**
 * Assets marked restricted, kept in a list of their own because SharePoint secures lists, not
 * columns: this list's permissions leave staff out entirely (on SharePoint, inheritance broken and
 * read given to the IAO/IAM group and Information Governance), so nothing about these assets
 * reaches a reader who may not see them, not even that they exist.
 */
export const restrictedAssetsList = {
  title: "RestrictedDataAssets",
  url: "Lists/RestrictedDataAssets",
  description: "Restricted information assets: readable only by information asset owners and managers and the data lead.",
  versioning: true,
  fields: ASSET_FIELDS,
  permissions: { ...ASSET_PERMISSIONS, read: RESTRICTED_READERS },
} as const satisfies ListDeclaration;

const FLOW_FIELDS = [
  { name: "FromAsset", title: "Asset", kind: "Text", indexed: true, maxLength: 40, required: true, description: "Key of the asset the flow is said of." },
  { name: "FlowKind", title: "Relationship", kind: "Choice", choices: FLOW_KINDS, required: true },
  { name: "ToAsset", title: "Other asset", kind: "Text", indexed: true, maxLength: 40, description: "Key of the other asset; empty when the other end is outside the council." },
  { name: "Recipient", title: "Outside recipient", kind: "Text", maxLength: 255, description: "Who outside the council, when the other end is not one of our assets." },
  { name: "FlowMethod", title: "Method", kind: "Choice", choices: FLOW_METHODS, fillIn: true },
  { name: "FlowFrequency", title: "Frequency", kind: "Choice", choices: FLOW_FREQUENCIES, fillIn: true },
  { name: "Description", title: "Description", kind: "Note" },
  { name: "SharingAgreement", title: "Data sharing agreement", kind: "Text", maxLength: 255 },
] as const satisfies readonly FieldDeclaration[];

/**
 * Flows are kept by IAOs, IAMs (the asset-owner role) and the data lead, any of them: a flow joins two
 * assets with different owners, and either may need to correct or remove it.
 */
const FLOW_PERMISSIONS = {
  add: ["asset-owner", "data-lead"],
  edit: ["asset-owner", "data-lead"],
} as const satisfies ListPermissions;

/** Flows between assets that staff may read (neither end restricted). */
export const flowsList = {
  title: "DataAssetFlows",
  url: "Lists/DataAssetFlows",
  description: "How data moves: an asset feeds, is derived from or is shared with another asset or someone outside the council.",
  fields: FLOW_FIELDS,
  permissions: FLOW_PERMISSIONS,
} as const satisfies ListDeclaration;

/** Flows with a restricted asset at either end: a flow would otherwise name it to staff. */
export const restrictedFlowsList = {
  title: "RestrictedDataAssetFlows",
  url: "Lists/RestrictedDataAssetFlows",
  description: "Flows to or from a restricted asset: readable only by information asset owners and managers and the data lead.",
  fields: FLOW_FIELDS,
  permissions: { ...FLOW_PERMISSIONS, read: RESTRICTED_READERS },
} as const satisfies ListDeclaration;

/**
 * Quarterly reviews, one item per review: who (the item's author), when, and the outcome. Only IAOs,
 * IAMs and the data lead read them, so a review of a restricted asset names it to nobody else.
 */
export const reviewsList = {
  title: "DataAssetReviews",
  url: "Lists/DataAssetReviews",
  description: "Reviews of information assets: confirmed with no change, or the changes made; who and when.",
  fields: [
    { name: "AssetKey", title: "Asset", kind: "Text", indexed: true, maxLength: 40, required: true },
    { name: "ReviewOutcome", title: "Outcome", kind: "Choice", choices: REVIEW_OUTCOMES, required: true },
    { name: "Changes", title: "Changes made", kind: "Note" },
    { name: "ReviewedOn", title: "Reviewed on", kind: "DateTime", dateOnly: true, indexed: true, required: true },
    { name: "DueOn", title: "Was due on", kind: "DateTime", dateOnly: true, description: "The review's due date at the time, so on-time reviews can be counted later." },
  ],
  permissions: { add: ["asset-owner", "data-lead"], edit: ["data-lead"], read: RESTRICTED_READERS },
} as const satisfies ListDeclaration;

/** Disposals done, one item each: what was disposed of, how, and the oldest records held afterwards. */
export const disposalsList = {
  title: "DataAssetDisposals",
  url: "Lists/DataAssetDisposals",
  description: "Records of secure disposal in line with retention: what, when, how, and what is held afterwards.",
  fields: [
    { name: "AssetKey", title: "Asset", kind: "Text", indexed: true, maxLength: 40, required: true },
    { name: "DisposedOn", title: "Disposed of on", kind: "DateTime", dateOnly: true, indexed: true, required: true },
    { name: "DisposalMethod", title: "Method", kind: "Choice", choices: DISPOSAL_ACTIONS, required: true },
    { name: "RecordsDisposed", title: "Records disposed of", kind: "Note" },
    { name: "HeldFromAfter", title: "Oldest records held afterwards", kind: "DateTime", dateOnly: true },
    { name: "DueOn", title: "Was due on", kind: "DateTime", dateOnly: true },
    { name: "CertificateReference", title: "Destruction certificate", kind: "Text", maxLength: 120 },
  ],
  permissions: { add: ["asset-owner", "data-lead"], edit: ["data-lead"], read: RESTRICTED_READERS },
} as const satisfies ListDeclaration;

export const ASSET_LISTS = [assetsList, restrictedAssetsList, flowsList, restrictedFlowsList, reviewsList, disposalsList] as const;
