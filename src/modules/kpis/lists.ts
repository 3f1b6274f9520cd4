import type { ListDeclaration } from "../../../manifest/schema";
import { QUARTER_CHOICES, RULE_KIND_CHOICES, RULE_PERIOD_CHOICES, YEAR_BASIS_CHOICES } from "./domain/stage-columns";

/**
 * The reporting calendar and the KPI register. Dates of deadlines and submissions are 10-character
 * text (`2026-07-31`), never SharePoint date-only columns: those come back as the site's local
 * midnight in UTC, a day early in summer. Every column a view filters or sorts on is indexed, so the
 * lists keep working past 5,000 items.
 */

export const RETURN_KINDS = ["Return", "Publication"] as const;
export const RETURN_CONFIDENCES = ["Verified", "Partly verified", "Unverified"] as const;
export const POLARITY_CHOICES = ["Higher is better", "Lower is better"] as const;
export const FREQUENCY_CHOICES = ["Monthly", "Quarterly", "Annual"] as const;
export const TOLERANCE_KINDS = ["Absolute", "Percent"] as const;
export const CONFIDENCE_CHOICES = ["High", "Medium", "Low"] as const;

/** Everyone who works at the council; councillors read the calendar and the KPIs but record nothing. */
const STAFF_ROLES = ["staff", "manager", "asset-owner", "data-lead"] as const;

/** A return or publication, one item each; its deadlines are in ReportingStages. */
export const reportingReturnsList = {
  title: "ReportingReturns",
  url: "Lists/ReportingReturns",
  description: "The reporting calendar: statutory and non-statutory returns and publications.",
  versioning: true,
  seedKey: "ReturnKey",
  fields: [
    { name: "ReturnKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 80 },
    { name: "ReturnKind", title: "Kind", kind: "Choice", choices: RETURN_KINDS, required: true },
    { name: "Reference", title: "Reference", kind: "Text", maxLength: 60, description: "The Single Data List reference where there is one, e.g. DEFRA 082-00." },
    { name: "Recipient", title: "Recipient", kind: "Text", indexed: true, maxLength: 160, description: "The department, or the council's own website." },
    { name: "Channel", title: "Channel", kind: "Text", maxLength: 160 },
    { name: "LegalBasis", title: "Legal basis", kind: "Note" },
    { name: "Statutory", title: "Statutory", kind: "Boolean", indexed: true },
    { name: "OwnerRole", title: "Responsible role", kind: "Text", maxLength: 160, description: "The role the source names as responsible, e.g. the Chief Finance Officer." },
    { name: "ReturnOwner", title: "Owner", kind: "User", indexed: true },
    { name: "SourceLinks", title: "Sources", kind: "Note", description: "One web address a line: where the facts and the deadline come from." },
    { name: "Confidence", title: "Confidence in the deadline", kind: "Choice", choices: RETURN_CONFIDENCES },
    { name: "Notes", title: "Notes", kind: "Note" },
    { name: "TrackedFrom", title: "Tracked from", kind: "Text", maxLength: 10, description: "Deadlines before this date (2026-04-01) are 'not recorded' rather than overdue; empty means the date the item was added." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** One item per deadline of a return (a simple return has one; Revenue Outturn has provisional and certified). */
export const reportingStagesList = {
  title: "ReportingStages",
  url: "Lists/ReportingStages",
  description: "The deadline rules of the reporting calendar: one item per stage of a return.",
  versioning: true,
  seedKey: "StageId",
  fields: [
    { name: "StageId", title: "Stage id", kind: "Text", indexed: true, unique: true, maxLength: 170, description: "return key|stage key" },
    { name: "ReturnKey", title: "Return", kind: "Text", indexed: true, required: true, maxLength: 80 },
    { name: "StageKey", title: "Stage key", kind: "Text", required: true, maxLength: 80 },
    { name: "StageOrder", title: "Order", kind: "Integer" },
    { name: "RuleKind", title: "Rule", kind: "Choice", choices: RULE_KIND_CHOICES, required: true },
    { name: "RulePeriod", title: "Rule period", kind: "Choice", choices: RULE_PERIOD_CHOICES },
    { name: "RuleBasis", title: "Year", kind: "Choice", choices: YEAR_BASIS_CHOICES },
    { name: "RuleQuarters", title: "Quarters", kind: "MultiChoice", choices: QUARTER_CHOICES, description: "Empty means every quarter." },
    { name: "RuleMonth", title: "Month", kind: "Integer", minimum: 1, maximum: 12 },
    { name: "RuleDay", title: "Day", kind: "Integer", minimum: 1, maximum: 31 },
    { name: "RuleYearOffset", title: "Year offset", kind: "Integer", minimum: -1, maximum: 2 },
    { name: "OffsetMonths", title: "Months after", kind: "Integer", minimum: 0, maximum: 36 },
    { name: "OffsetDays", title: "Days after", kind: "Integer", minimum: -31, maximum: 366 },
    { name: "Overrides", title: "Dates moved for a year", kind: "Note", description: "One a line: 2024/25 = 2025-07-25 https://source (or 'none': no return that year)." },
    { name: "FirstPeriod", title: "First period", kind: "Text", maxLength: 20 },
    { name: "LastPeriod", title: "Last period", kind: "Text", maxLength: 20 },
    { name: "CheckTheDate", title: "Check the date", kind: "Boolean" },
    { name: "CheckReason", title: "Why check the date", kind: "Note" },
    { name: "Certifier", title: "Certifier", kind: "Text", maxLength: 160, description: "Who signs this stage off, e.g. the Chief Finance Officer." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * One item per deadline met: submitted or published, on a date, with a link. Keyed by the
 * occurrence (`return|stage|period`), unique, so two owners marking the same deadline at once
 * cannot both record it. Anyone on staff may record (SharePoint cannot limit adding to the
 * return's owner without item permissions: the screens offer it only to the owner and the data
 * lead, and SubmittedBy and Created By say who did); only whoever recorded it, or the data lead,
 * may correct it.
 */
export const reportingSubmissionsList = {
  title: "ReportingSubmissions",
  url: "Lists/ReportingSubmissions",
  description: "Deadlines of the reporting calendar met: when each return was submitted or published.",
  versioning: true,
  fields: [
    { name: "OccurrenceKey", title: "Deadline", kind: "Text", indexed: true, unique: true, maxLength: 255 },
    { name: "ReturnKey", title: "Return", kind: "Text", indexed: true, required: true, maxLength: 80 },
    { name: "StageKey", title: "Stage", kind: "Text", maxLength: 80 },
    { name: "PeriodKey", title: "Period", kind: "Text", maxLength: 20 },
    { name: "Deadline", title: "Deadline date", kind: "Text", indexed: true, required: true, maxLength: 10 },
    { name: "SubmittedOn", title: "Submitted on", kind: "Text", required: true, maxLength: 10 },
    { name: "Link", title: "Link", kind: "URL" },
    { name: "SubmittedBy", title: "Submitted by", kind: "User", indexed: true },
  ],
  permissions: { add: STAFF_ROLES, edit: ["data-lead"], editOwn: { field: "Author", roles: "everyone" } },
} as const satisfies ListDeclaration;

/** The KPI register: one item per KPI; its definition is its dictionary term's. */
export const kpisList = {
  title: "Kpis",
  url: "Lists/Kpis",
  description: "Statutory and non-statutory KPIs: owner, unit, polarity, frequency and tolerance.",
  versioning: true,
  seedKey: "KpiKey",
  fields: [
    { name: "KpiKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 80 },
    { name: "TermKey", title: "Dictionary term", kind: "Text", indexed: true, maxLength: 80, description: "Key of the data dictionary's term that defines the KPI." },
    { name: "Statutory", title: "Statutory", kind: "Boolean", indexed: true },
    { name: "HighlightsSuccess", title: "Highlights a service success", kind: "Boolean", indexed: true },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "KpiOwner", title: "Owner", kind: "User", indexed: true },
    { name: "Unit", title: "Unit", kind: "Text", maxLength: 40 },
    { name: "Polarity", title: "Polarity", kind: "Choice", choices: POLARITY_CHOICES, required: true },
    { name: "Frequency", title: "Frequency", kind: "Choice", choices: FREQUENCY_CHOICES, required: true, indexed: true },
    { name: "ToleranceKind", title: "Tolerance kind", kind: "Choice", choices: TOLERANCE_KINDS },
    { name: "ToleranceAmount", title: "Tolerance", kind: "Number", minimum: 0 },
    { name: "ValueDueMonths", title: "Value due: months after the period", kind: "Integer", minimum: 0, maximum: 36 },
    { name: "ValueDueDays", title: "Value due: days after", kind: "Integer", minimum: -31, maximum: 366 },
    { name: "DashboardId", title: "Dashboard", kind: "Integer", description: "The item id of its Power BI report in the Dashboards catalogue." },
    { name: "TrackedFrom", title: "Entries timed from", kind: "Text", maxLength: 10, description: "Values for periods due before this date were back-filled and are not called late; empty means the date the KPI was added." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** Targets per period range: a KPI has as many as its targets change. */
export const kpiTargetsList = {
  title: "KpiTargets",
  url: "Lists/KpiTargets",
  description: "KPI targets: a value from one period (until another period, or the next target).",
  versioning: true,
  fields: [
    { name: "KpiKey", title: "KPI", kind: "Text", indexed: true, required: true, maxLength: 80 },
    { name: "FromPeriod", title: "From", kind: "Text", required: true, maxLength: 20 },
    { name: "ToPeriod", title: "Until", kind: "Text", maxLength: 20 },
    { name: "TargetValue", title: "Target", kind: "Number", required: true },
    { name: "ToleranceKind", title: "Tolerance kind", kind: "Choice", choices: TOLERANCE_KINDS },
    { name: "ToleranceAmount", title: "Tolerance", kind: "Number", minimum: 0 },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * One value per KPI and period (ValueKey `kpi|period`, unique). When it was entered is the item's
 * own Created date, which nobody can type, so a late entry is always seen as late; a correction
 * keeps it and adds a version.
 */
export const kpiValuesList = {
  title: "KpiValues",
  url: "Lists/KpiValues",
  description: "KPI values: one per KPI and period, with a note, the source and a confidence flag.",
  versioning: true,
  fields: [
    { name: "ValueKey", title: "Value key", kind: "Text", indexed: true, unique: true, maxLength: 120 },
    { name: "KpiKey", title: "KPI", kind: "Text", indexed: true, required: true, maxLength: 80 },
    { name: "PeriodKey", title: "Period", kind: "Text", indexed: true, required: true, maxLength: 20 },
    { name: "PeriodEnd", title: "Period end", kind: "Text", indexed: true, maxLength: 10, description: "The period's last day (2026-06-30), so the register reads recent values only." },
    { name: "Value", title: "Value", kind: "Number", required: true },
    { name: "Note", title: "Note", kind: "Note" },
    { name: "Source", title: "Source", kind: "Text", maxLength: 255 },
    { name: "Confidence", title: "Confidence", kind: "Choice", choices: CONFIDENCE_CHOICES, required: true },
  ],
  permissions: { add: STAFF_ROLES, edit: ["data-lead"], editOwn: { field: "Author", roles: "everyone" } },
} as const satisfies ListDeclaration;
