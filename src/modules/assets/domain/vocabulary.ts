/**
 * The words the register uses, declared once: the lists' choices, the forms' options and the
 * exports all read them from here. Field meanings follow the ICO's Article 30 guidance and the
 * National Archives' information asset register (shared/reference/uk-gov-data-refs.md §2).
 */

/** Kinds of information asset; each declares its own required fields (completeness.ts). */
export const ASSET_KINDS = ["System data", "Spreadsheet or database", "Document collection", "Paper records", "Report or dashboard", "Received dataset"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_FORMATS = ["Electronic", "Paper", "Both"] as const;
export type AssetFormat = (typeof ASSET_FORMATS)[number];

/** UK GDPR Article 6(1) lawful bases, as the ICO names them. */
export const LAWFUL_BASES = ["Consent", "Contract", "Legal obligation", "Vital interests", "Public task", "Legitimate interests"] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/** OFFICIAL, with the OFFICIAL-SENSITIVE handling caveat (Government Security Classifications). */
export const SECURITY_CLASSIFICATIONS = ["OFFICIAL", "OFFICIAL-SENSITIVE"] as const;
export type SecurityClassification = (typeof SECURITY_CLASSIFICATIONS)[number];

export const DISPOSAL_ACTIONS = ["Secure destruction", "Anonymise", "Transfer to archive", "Review"] as const;
export type DisposalAction = (typeof DISPOSAL_ACTIONS)[number];

/** Review frequency and its length in months; quarterly is the strategy's own ("adherence to quarterly reviews"). */
export const REVIEW_FREQUENCIES = ["Quarterly", "Every six months", "Yearly"] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];
export const REVIEW_MONTHS: Record<ReviewFrequency, number> = { Quarterly: 3, "Every six months": 6, Yearly: 12 };
export const DEFAULT_REVIEW_FREQUENCY: ReviewFrequency = "Quarterly";

export const ASSET_STATUSES = ["Active", "Disposed"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/**
 * How one asset's data reaches another (or someone outside the council), said from the asset's side:
 * A feeds B, A is derived from B, A is shared with B.
 */
export const FLOW_KINDS = ["Feeds", "Is derived from", "Is shared with"] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const FLOW_METHODS = ["Automated interface", "Secure file transfer", "Shared database or report", "Secure email", "Portal upload", "Manual re-keying", "Paper"] as const;
export const FLOW_FREQUENCIES = ["Real time", "Daily", "Weekly", "Monthly", "Quarterly", "Yearly", "On request", "Once"] as const;

export const REVIEW_OUTCOMES = ["Confirmed, no change", "Changes made"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Where an asset's schema came from, so a reader knows how far to trust it. */
export const SCHEMA_SOURCES = ["Written by hand", "Profiled from a sample file", "From a SharePoint list"] as const;
export type SchemaSource = (typeof SCHEMA_SOURCES)[number];
