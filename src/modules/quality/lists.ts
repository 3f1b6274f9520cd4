import type { FieldDeclaration, ListDeclaration } from "../../../manifest/schema";

/** The Government Data Quality Framework's six dimensions, as the lists store them. */
export const DIMENSION_CHOICES = ["Completeness", "Uniqueness", "Consistency", "Timeliness", "Validity", "Accuracy"] as const;
export const SEVERITIES = ["Critical", "High", "Medium", "Low"] as const;
export const FOUND_BY = ["User report", "Audit", "Validation run"] as const;
/** An issue's status once triaged; a report not yet triaged is "New" (it is still in the reports list). */
export const ISSUE_STATUSES = ["Triaged", "In progress", "Resolved", "Won't fix"] as const;
export const ROOT_CAUSES = ["Input", "System configuration", "Process", "Integration", "Reference data", "Other"] as const;
export const RUN_OUTCOMES = ["Pass", "Warn", "Fail"] as const;

/**
 * What a reporter writes, declared once and shared by the reports list and the log, so triage copies
 * a report into the log column for column.
 */
const REPORT_FIELDS = [
  { name: "Dataset", title: "Dataset or system", kind: "Text", required: true, indexed: true, maxLength: 255, description: "Free text until the asset register exists." },
  { name: "Dimension", title: "Dimension", kind: "Choice", choices: DIMENSION_CHOICES, required: true, indexed: true },
  { name: "Severity", title: "Severity", kind: "Choice", choices: SEVERITIES, required: true, indexed: true },
  { name: "Description", title: "What is wrong", kind: "Note", required: true },
  { name: "FoundBy", title: "How it was found", kind: "Choice", choices: FOUND_BY, indexed: true },
  { name: "ExampleRecords", title: "Example record references", kind: "Note" },
  { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120, description: "The reporter's service when reported; triage may change it." },
  { name: "ValidationRunId", title: "Validation run", kind: "Number", description: "The validation run this was raised from, if any." },
] as const satisfies readonly FieldDeclaration[];

/**
 * New reports, before triage. Anyone adds one; the reporter edits their own (SharePoint's "edit items
 * created by the user" item-level setting, modelled as editOwn on Author). Triage moves a report
 * into the log and recycles it here, so from then on the reporter has nothing left to edit: "edits
 * their own until triaged", enforced by the lists' permissions, not by the screens.
 */
export const reportsList = {
  title: "DataQualityReports",
  url: "Lists/DataQualityReports",
  description: "Data quality problems reported and not yet triaged.",
  versioning: true,
  fields: REPORT_FIELDS,
  permissions: {
    add: "everyone",
    edit: ["asset-owner", "data-lead"],
    editOwn: { field: "Author", roles: "everyone" },
  },
} as const satisfies ListDeclaration;

/**
 * The data quality log: every triaged issue, with its owner, target, status, root cause and
 * resolution. Only triagers (information asset owners and managers) and the data lead add or change
 * items, so staff cannot reassign or close an issue. Versioning keeps every change as history.
 */
export const issuesList = {
  title: "DataQualityIssues",
  url: "Lists/DataQualityIssues",
  description: "The data quality log: triaged issues, their owners, targets and resolution.",
  versioning: true,
  fields: [
    ...REPORT_FIELDS,
    { name: "ReportId", title: "Report", kind: "Number", required: true, indexed: true, unique: true, description: "The report this issue was triaged from: one issue per report." },
    { name: "Reporter", title: "Reported by", kind: "User", indexed: true },
    { name: "ReportedAt", title: "Reported", kind: "DateTime", required: true, indexed: true },
    { name: "TriagedAt", title: "Triaged", kind: "DateTime" },
    { name: "IssueOwner", title: "Owner", kind: "User", indexed: true },
    { name: "TargetDate", title: "Target date", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "Status", title: "Status", kind: "Choice", choices: ISSUE_STATUSES, required: true, indexed: true },
    { name: "WontFixReason", title: "Why it will not be fixed", kind: "Note" },
    { name: "RootCause", title: "Root cause", kind: "Choice", choices: ROOT_CAUSES, indexed: true },
    { name: "ResolutionNotes", title: "Resolution notes", kind: "Note" },
    { name: "ClosedAt", title: "Closed", kind: "DateTime", indexed: true, description: "When it was resolved or marked won't fix; empty while open." },
  ],
  permissions: {
    add: ["asset-owner", "data-lead"],
    edit: ["asset-owner", "data-lead"],
  },
} as const satisfies ListDeclaration;

/** Audits of datasets: records checked and errors found per dimension, so error rates trend over audits. */
export const auditsList = {
  title: "DataQualityAudits",
  url: "Lists/DataQualityAudits",
  description: "Data audits: records checked and errors found by dimension.",
  versioning: true,
  fields: [
    { name: "Dataset", title: "Dataset or system", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "AuditDate", title: "Audit date", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "RecordsChecked", title: "Records checked", kind: "Integer", required: true, minimum: 1 },
    { name: "CompletenessErrors", title: "Completeness errors", kind: "Integer", minimum: 0 },
    { name: "UniquenessErrors", title: "Uniqueness errors", kind: "Integer", minimum: 0 },
    { name: "ConsistencyErrors", title: "Consistency errors", kind: "Integer", minimum: 0 },
    { name: "TimelinessErrors", title: "Timeliness errors", kind: "Integer", minimum: 0 },
    { name: "ValidityErrors", title: "Validity errors", kind: "Integer", minimum: 0 },
    { name: "AccuracyErrors", title: "Accuracy errors", kind: "Integer", minimum: 0 },
    { name: "Auditor", title: "Auditor", kind: "User", indexed: true },
    { name: "Notes", title: "Notes", kind: "Note" },
  ],
  permissions: {
    add: ["asset-owner", "data-lead"],
    edit: ["data-lead"],
    editOwn: { field: "Author", roles: ["asset-owner"] },
  },
} as const satisfies ListDeclaration;

/**
 * The severity rule, as data: a target of so many calendar days from reporting, per severity. The
 * data lead edits it; until a severity has an item here, the defaults in domain/targets.ts apply.
 */
export const targetsList = {
  title: "DataQualityTargets",
  url: "Lists/DataQualityTargets",
  description: "Days from reporting to the target date of an issue, per severity.",
  versioning: true,
  fields: [
    { name: "Severity", title: "Severity", kind: "Choice", choices: SEVERITIES, required: true, indexed: true, unique: true },
    { name: "TargetDays", title: "Target (calendar days)", kind: "Integer", required: true, minimum: 0, maximum: 365 },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** Validation rule sets, one per dataset: Frictionless Table Schema JSON with `dq:` extensions, versioned. */
export const ruleSetsList = {
  title: "ValidationRuleSets",
  url: "Lists/ValidationRuleSets",
  description: "Validation rules per dataset, as Table Schema JSON.",
  versioning: true,
  fields: [
    { name: "Dataset", title: "Dataset or system", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255 },
    { name: "Schema", title: "Rules (Table Schema JSON)", kind: "Note", required: true },
  ],
  permissions: { add: ["asset-owner", "data-lead"], edit: ["asset-owner", "data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Validation runs: totals per dimension and rule, and a capped sample of failures (record key, column,
 * rule, reason; the failing values only when the person chose to keep them). The file itself never
 * leaves the browser. Anyone who validates may keep a run; nobody edits one afterwards.
 */
export const runsList = {
  title: "ValidationRuns",
  url: "Lists/ValidationRuns",
  description: "Validation runs per dataset: totals and a capped sample of failures, never the file.",
  fields: [
    { name: "Dataset", title: "Dataset or system", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "RunAt", title: "Run", kind: "DateTime", required: true, indexed: true },
    { name: "RuleSetVersion", title: "Rule set version", kind: "Text", maxLength: 20 },
    { name: "SourceName", title: "File or list", kind: "Text", maxLength: 255 },
    { name: "Rows", title: "Rows", kind: "Integer", required: true, minimum: 0 },
    { name: "ValidRows", title: "Rows passing every rule", kind: "Integer", required: true, minimum: 0 },
    { name: "ChecksRun", title: "Checks", kind: "Number", required: true, minimum: 0 },
    { name: "ChecksFailed", title: "Checks failed", kind: "Number", required: true, minimum: 0 },
    { name: "RowsIncomplete", title: "Rows failing a completeness rule", kind: "Integer", minimum: 0 },
    { name: "HasCompletenessRules", title: "Has completeness rules", kind: "Boolean" },
    { name: "Outcome", title: "Outcome", kind: "Choice", choices: RUN_OUTCOMES, required: true, indexed: true },
    { name: "Summary", title: "Scorecard and rules (JSON)", kind: "Note", required: true },
    { name: "FailureSample", title: "Sample of failures (JSON)", kind: "Note" },
  ],
  permissions: { add: "everyone", edit: ["data-lead"] },
} as const satisfies ListDeclaration;

export const QUALITY_LISTS = [reportsList, issuesList, auditsList, targetsList, ruleSetsList, runsList] as const;
