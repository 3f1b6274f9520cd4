import type { ExpandName, RowOf, SelectName } from "../../../../../manifest/items";
import { londonDay } from "./dates";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from "../validation/dimensions";
import { DIMENSION_CHOICES, FOUND_BY, ISSUE_STATUSES, type issuesList, type reportsList, ROOT_CAUSES, SEVERITIES } from "../../lists";

export type Severity = (typeof SEVERITIES)[number];
export type FoundBy = (typeof FOUND_BY)[number];
export type RootCause = (typeof ROOT_CAUSES)[number];
/** "New" is a report not yet triaged; the rest are statuses in the log. */
export type IssueStatus = "New" | (typeof ISSUE_STATUSES)[number];
export const STATUSES: readonly IssueStatus[] = ["New", ...ISSUE_STATUSES];
export const OPEN_STATUSES: readonly IssueStatus[] = ["New", "Triaged", "In progress"];
export const CLOSED_STATUSES: readonly IssueStatus[] = ["Resolved", "Won't fix"];
export { DIMENSIONS, DIMENSION_LABELS, type Dimension, FOUND_BY, ROOT_CAUSES, SEVERITIES };

/** The Government Data Quality Framework's one-line meanings (DAMA UK's definitions, as it quotes them). */
export const DIMENSION_MEANINGS: Record<Dimension, string> = {
  completeness: "The degree to which records are present.",
  uniqueness: "The degree to which there is no duplication in records.",
  consistency: "The degree to which values in a data set do not contradict other values representing the same entity.",
  timeliness: "The degree to which the data is an accurate reflection of the period that they represent, and that the data and its values are up to date.",
  validity: "The degree to which the data is in the range and format expected.",
  accuracy: "The degree to which data matches reality.",
};

export const SEVERITY_MEANINGS: Record<Severity, string> = {
  Critical: "Stops a service or a statutory return, or puts people at risk.",
  High: "Gives wrong results that people rely on; no easy workaround.",
  Medium: "Wrong or missing data with a workaround.",
  Low: "A small inconsistency; fix when convenient.",
};

export function dimensionFromChoice(choice: string | null | undefined): Dimension | null {
  const index = (DIMENSION_CHOICES as readonly string[]).indexOf(choice ?? "");
  return index < 0 ? null : DIMENSIONS[index]!;
}

export function choiceOfDimension(dimension: Dimension): (typeof DIMENSION_CHOICES)[number] {
  return DIMENSION_LABELS[dimension] as (typeof DIMENSION_CHOICES)[number];
}

export const isSeverity = (value: unknown): value is Severity => (SEVERITIES as readonly unknown[]).includes(value);
export const isStatus = (value: unknown): value is IssueStatus => (STATUSES as readonly unknown[]).includes(value);
export const isOpen = (status: IssueStatus) => OPEN_STATUSES.includes(status);

/** What a reporter writes: the same in a new report and in the log. */
export interface IssueContent {
  dataset: string;
  dimension: Dimension | null;
  severity: Severity | null;
  description: string;
  foundBy: FoundBy | null;
  exampleRecords: string;
  service: string | null;
  validationRunId: number | null;
}

/**
 * A report or an issue as the log's screens show it. A report keeps its number for good: the issue
 * triaged from report 34 is "DQ-34" too, so a reporter can always find what became of theirs.
 */
export interface LogEntry extends IssueContent {
  /** Which list holds it: "report" before triage, "issue" after. */
  source: "report" | "issue";
  /** The item's id in its own list. */
  itemId: number;
  /** The report's number, for people and links. */
  reference: number;
  etag: string | null;
  title: string;
  status: IssueStatus;
  reporterId: number | null;
  reporterName: string | null;
  reportedAt: string;
  triagedAt: string | null;
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  /** The target day (2026-11-25) set at triage; null before. */
  targetDate: string | null;
  rootCause: RootCause | null;
  resolutionNotes: string;
  wontFixReason: string;
  closedAt: string | null;
  modified: string;
}

export const referenceText = (reference: number) => `DQ-${reference}`;

/** A title from the first line of what is wrong: lists show it, and a report has no separate title to type. */
export function titleFrom(description: string): string {
  const first = description.trim().split(/\r?\n/)[0]!.trim();
  return first.length <= 120 ? first : `${first.slice(0, 117).trimEnd()}…`;
}

const CONTENT_SELECT = ["Id", "Title", "Dataset", "Dimension", "Severity", "FoundBy", "Service", "ValidationRunId", "Modified"] as const;

/**
 * What a list view reads: never the long text columns (only the detail needs them), and no expanded
 * people, which cost the server a join per row: names come once per person (see data/people-names.ts).
 */
export const REPORT_LIST_SELECT = [...CONTENT_SELECT, "Created", "AuthorId"] as const satisfies readonly SelectName<typeof reportsList>[];
export const REPORT_DETAIL_SELECT = [...REPORT_LIST_SELECT, "Author/Title", "Description", "ExampleRecords"] as const satisfies readonly SelectName<typeof reportsList>[];
export const REPORT_EXPAND = ["Author"] as const satisfies readonly ExpandName<typeof reportsList>[];

const ISSUE_STATE_SELECT = ["ReportId", "ReporterId", "ReportedAt", "TriagedAt", "IssueOwnerId", "TargetDate", "Status", "RootCause", "ClosedAt"] as const;
export const ISSUE_LIST_SELECT = [...CONTENT_SELECT, ...ISSUE_STATE_SELECT] as const satisfies readonly SelectName<typeof issuesList>[];
/** What the figures need of each issue and report, nothing more: a 10,000-issue read is mostly these bytes. */
export const ISSUE_FACT_SELECT = ["Id", "Dimension", "Service", "Status", "ReportId", "ReportedAt", "ClosedAt", "Modified"] as const satisfies readonly SelectName<typeof issuesList>[];
export const REPORT_FACT_SELECT = ["Id", "Dimension", "Service", "Created", "Modified"] as const satisfies readonly SelectName<typeof reportsList>[];
export const ISSUE_DETAIL_SELECT = [
  ...ISSUE_LIST_SELECT,
  "Reporter/Title",
  "IssueOwner/Title",
  "IssueOwner/EMail",
  "Description",
  "ExampleRecords",
  "ResolutionNotes",
  "WontFixReason",
] as const satisfies readonly SelectName<typeof issuesList>[];
export const ISSUE_EXPAND = ["Reporter", "IssueOwner"] as const satisfies readonly ExpandName<typeof issuesList>[];

/** A row as read with any of the selects above: list, facts or detail. */
type ReportRow = Partial<RowOf<typeof reportsList, (typeof REPORT_DETAIL_SELECT)[number]>> & RowOf<typeof reportsList, "Id" | "Modified">;
type IssueRow = Partial<RowOf<typeof issuesList, (typeof ISSUE_DETAIL_SELECT)[number]>> & RowOf<typeof issuesList, "Id" | "Modified">;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null => ((values as readonly unknown[]).includes(value) ? (value as T) : null);

function contentOf(row: ReportRow | IssueRow): IssueContent {
  return {
    dataset: row.Dataset ?? "",
    dimension: dimensionFromChoice(row.Dimension),
    severity: oneOf(SEVERITIES, row.Severity),
    description: row.Description ?? "",
    foundBy: oneOf(FOUND_BY, row.FoundBy),
    exampleRecords: row.ExampleRecords ?? "",
    service: row.Service ?? null,
    validationRunId: row.ValidationRunId ?? null,
  };
}

export function entryFromReport(row: ReportRow): LogEntry {
  return {
    ...contentOf(row),
    source: "report",
    itemId: row.Id,
    reference: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    status: "New",
    reporterId: row.AuthorId ?? null,
    reporterName: row.Author?.Title ?? null,
    reportedAt: row.Created ?? row.Modified,
    triagedAt: null,
    ownerId: null,
    ownerName: null,
    ownerEmail: null,
    targetDate: null,
    rootCause: null,
    resolutionNotes: "",
    wontFixReason: "",
    closedAt: null,
    modified: row.Modified,
  };
}

export function entryFromIssue(row: IssueRow): LogEntry {
  return {
    ...contentOf(row),
    source: "issue",
    itemId: row.Id,
    reference: row.ReportId ?? row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    status: oneOf(ISSUE_STATUSES, row.Status) ?? "Triaged",
    reporterId: row.ReporterId ?? null,
    reporterName: row.Reporter?.Title ?? null,
    reportedAt: row.ReportedAt ?? row.Modified,
    triagedAt: row.TriagedAt ?? null,
    ownerId: row.IssueOwnerId ?? null,
    ownerName: row.IssueOwner?.Title ?? null,
    ownerEmail: row.IssueOwner?.EMail ?? null,
    // A date-only column may come back as midnight UTC or as the site's midnight in UTC: the London day is right for both.
    targetDate: row.TargetDate ? londonDay(row.TargetDate) : null,
    rootCause: oneOf(ROOT_CAUSES, row.RootCause),
    resolutionNotes: row.ResolutionNotes ?? "",
    wontFixReason: row.WontFixReason ?? "",
    closedAt: row.ClosedAt ?? null,
    modified: row.Modified,
  };
}

/**
 * The log as people see it: every issue, and every report not yet triaged. A report whose number an
 * issue already carries was triaged (its recycling did not finish), so the issue stands for it.
 */
export function mergeLog(reports: readonly LogEntry[], issues: readonly LogEntry[]): LogEntry[] {
  const triaged = new Set(issues.map((i) => i.reference));
  return [...issues, ...reports.filter((r) => !triaged.has(r.reference))];
}
