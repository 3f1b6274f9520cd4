import type { ListDeclaration } from "../../../manifest/schema";

export const RECORDED_UNITS = ["Percentage", "Count", "Days", "Score", "Pounds"] as const;
export const BETTER_CHOICES = ["Higher", "Lower"] as const;
export const REVIEW_KINDS = ["Quarterly review", "Annual review", "Other update"] as const;

/**
 * Every "How will we measure success?" metric of the strategy (quoted, seeded), with who owns it and,
 * for what is recorded by hand, what the number is. Only the data lead changes it.
 */
export const measuresList = {
  title: "Measures",
  url: "Lists/Measures",
  description: "The strategy's measures of success, per principle.",
  seedKey: "MeasureKey",
  fields: [
    { name: "MeasureKey", title: "Key", kind: "Text", indexed: true, maxLength: 40 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", indexed: true, maxLength: 40 },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Computable", title: "Computed by Data Hub", kind: "Boolean" },
    { name: "SortOrder", title: "Order", kind: "Number" },
    { name: "MeasureOwner", title: "Owner", kind: "User", description: "Records this measure's values, with the data lead." },
    { name: "RecordedLabel", title: "What is recorded", kind: "Text", maxLength: 160, description: "For a value entered by hand: what the number is." },
    { name: "RecordedUnit", title: "Recorded unit", kind: "Choice", choices: RECORDED_UNITS },
    { name: "RecordedBetter", title: "Better when", kind: "Choice", choices: BETTER_CHOICES },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Targets the data lead sets, one item per figure (a computed figure's id, or `recorded.<measure>`),
 * and which figure leads its principle on Home. SeriesKey is unique: one target per figure.
 */
export const measureTargetsList = {
  title: "MeasureTargets",
  url: "Lists/MeasureTargets",
  description: "Targets for the strategy measures' figures, set by the data lead.",
  versioning: true,
  fields: [
    { name: "SeriesKey", title: "Figure", kind: "Text", required: true, indexed: true, unique: true, maxLength: 120 },
    { name: "MeasureKey", title: "Measure", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "Target", title: "Target", kind: "Number" },
    { name: "TargetNote", title: "Why this target", kind: "Note" },
    { name: "Headline", title: "Headline on Home", kind: "Boolean" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Values recorded by hand (surveys, audits, incidents, return on investment): one item per measure
 * and quarter (ValueKey `<measure>@<quarter>` is unique). The data lead adds them, or opens a quarter's
 * item for the measure's owner, who may then fill it in (edit own by MeasureOwner).
 */
export const measureValuesList = {
  title: "MeasureValues",
  url: "Lists/MeasureValues",
  description: "Strategy measures' values recorded by hand, with their evidence.",
  versioning: true,
  fields: [
    { name: "ValueKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 80 },
    { name: "MeasureKey", title: "Measure", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "Period", title: "Quarter", kind: "Text", required: true, indexed: true, maxLength: 20 },
    { name: "PeriodStart", title: "Quarter starts", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "Value", title: "Value", kind: "Number" },
    { name: "Evidence", title: "Evidence", kind: "Note" },
    { name: "EvidenceLink", title: "Evidence link", kind: "Note" },
    { name: "MeasureOwner", title: "Owner", kind: "User", indexed: true },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"], editOwn: { field: "MeasureOwner", roles: "everyone" } },
} as const satisfies ListDeclaration;

/**
 * Computed figures kept per quarter, so a trend survives later edits of the data behind them. One
 * item per figure and quarter (SnapshotKey `<figure>@<quarter>` is unique, so two data leads opening
 * the page at once keep one). Final: taken after the quarter ended, and never overwritten.
 */
export const measureSnapshotsList = {
  title: "MeasureSnapshots",
  url: "Lists/MeasureSnapshots",
  description: "The strategy measures' computed figures, kept per quarter.",
  fields: [
    { name: "SnapshotKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 160 },
    { name: "SeriesKey", title: "Figure", kind: "Text", required: true, indexed: true, maxLength: 120 },
    { name: "MeasureKey", title: "Measure", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "Period", title: "Quarter", kind: "Text", required: true, indexed: true, maxLength: 20 },
    { name: "PeriodStart", title: "Quarter starts", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "Value", title: "Value", kind: "Number" },
    { name: "Unit", title: "Unit", kind: "Text", maxLength: 20 },
    { name: "Better", title: "Better when", kind: "Text", maxLength: 10 },
    { name: "Basis", title: "Computed from", kind: "Note" },
    { name: "Breakdown", title: "Breakdown", kind: "Note", description: "JSON: [{ label, value }]." },
    { name: "Target", title: "Target then", kind: "Number" },
    { name: "Final", title: "Final", kind: "Boolean", indexed: true, description: "Taken after the quarter ended: never overwritten." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** The strategy review log: when the strategy was reviewed and what changed in it. */
export const strategyReviewsList = {
  title: "StrategyReviews",
  url: "Lists/StrategyReviews",
  description: "The data strategy's reviews: when, and what changed in the strategy.",
  versioning: true,
  fields: [
    { name: "ReviewDate", title: "Date", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "ReviewKind", title: "Kind", kind: "Choice", choices: REVIEW_KINDS, required: true },
    { name: "Changes", title: "What changed in the strategy", kind: "Note", required: true },
    { name: "StrategyChanged", title: "The strategy was changed", kind: "Boolean" },
    { name: "Link", title: "Minutes or papers", kind: "Note" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

export const MEASURES_LISTS = [measuresList, measureTargetsList, measureValuesList, measureSnapshotsList, strategyReviewsList] as const;
