import type { ItemInput } from "../../../../../manifest/items";
import type { issuesList } from "../../lists";
import { isIsoDay } from "./dates";
import { CLOSED_STATUSES, type IssueStatus, type LogEntry, ROOT_CAUSES, type RootCause } from "./issue";
import { findPersonalIdentifiers, personalDataMessage } from "./personal-data";
import { draftFromContent, type FormProblem, type ReportDraft, reportToFields, validateReport, type ReportField } from "./report-form";
import { defaultTargetDate, type TargetRule } from "./targets";

export type TriageStatus = Exclude<IssueStatus, "New">;

/** Someone chosen as owner: a name to show, an e-mail to resolve their site user id, or the id already known. */
export interface OwnerRef {
  displayName: string;
  email: string;
  siteUserId?: number;
}

/** The triage form: the report as the triager corrects it, and everything triage decides. */
export interface TriageDraft {
  content: ReportDraft;
  owner: OwnerRef | null;
  targetDate: string;
  status: TriageStatus;
  rootCause: RootCause | "";
  resolutionNotes: string;
  wontFixReason: string;
}

export type TriageField = ReportField | "owner" | "targetDate" | "status" | "rootCause" | "resolutionNotes" | "wontFixReason";

export const TRIAGE_FIELD_LABELS: Record<Exclude<TriageField, ReportField>, string> = {
  owner: "Owner",
  targetDate: "Target date",
  status: "Status",
  rootCause: "Root cause",
  resolutionNotes: "Resolution notes",
  wontFixReason: "Why it will not be fixed",
};

/** Where an issue may go next. Closing is never final: a resolved issue can be reopened, a "won't fix" taken back. */
export function allowedStatuses(from: IssueStatus): TriageStatus[] {
  switch (from) {
    case "New":
    case "Triaged":
    case "In progress":
      return ["Triaged", "In progress", "Resolved", "Won't fix"];
    case "Resolved":
      return ["Resolved", "In progress"];
    case "Won't fix":
      return ["Won't fix", "Triaged"];
  }
}

/** The form as it opens on a report or an issue: a new report gets its target from the severity rule. */
export function triageDraftFor(entry: LogEntry, rules: readonly TargetRule[]): TriageDraft {
  return {
    content: draftFromContent(entry),
    owner: entry.ownerEmail ? { displayName: entry.ownerName ?? entry.ownerEmail, email: entry.ownerEmail, ...(entry.ownerId !== null ? { siteUserId: entry.ownerId } : {}) } : null,
    targetDate: entry.targetDate ?? defaultTargetDate(entry.reportedAt, entry.severity, rules),
    status: entry.status === "New" ? "Triaged" : entry.status,
    rootCause: entry.rootCause ?? "",
    resolutionNotes: entry.resolutionNotes,
    wontFixReason: entry.wontFixReason,
  };
}

export function validateTriage(draft: TriageDraft, from: IssueStatus): FormProblem<TriageField>[] {
  const problems: FormProblem<TriageField>[] = validateReport(draft.content);
  if (!allowedStatuses(from).includes(draft.status)) problems.push({ field: "status", message: `An issue that is ${from.toLowerCase()} cannot become ${draft.status.toLowerCase()}.` });
  if (!draft.owner && draft.status !== "Won't fix") problems.push({ field: "owner", message: "Choose who owns the fix: the person who will see it through." });
  if (!draft.targetDate.trim()) problems.push({ field: "targetDate", message: "Enter a target date, such as 25/11/2026." });
  else if (!isIsoDay(draft.targetDate)) problems.push({ field: "targetDate", message: "The target date is not a real date: enter it as 25/11/2026." });
  if (draft.rootCause && !(ROOT_CAUSES as readonly string[]).includes(draft.rootCause)) problems.push({ field: "rootCause", message: "Choose a root cause from the list." });
  if (draft.status === "Resolved") {
    if (!draft.rootCause) problems.push({ field: "rootCause", message: "Choose the root cause before resolving: it is how the council learns where problems start." });
    if (!draft.resolutionNotes.trim()) problems.push({ field: "resolutionNotes", message: "Say what was done to resolve it." });
  }
  if (draft.status === "Won't fix" && !draft.wontFixReason.trim()) problems.push({ field: "wontFixReason", message: "Say why it will not be fixed." });
  for (const [field, label] of [["resolutionNotes", "Resolution notes"], ["wontFixReason", "Why it will not be fixed"]] as const) {
    const found = findPersonalIdentifiers(draft[field]);
    if (found.length) problems.push({ field, message: personalDataMessage(label, found) });
  }
  return problems;
}

/**
 * When an issue was closed: set when it is resolved or marked won't fix, kept while it stays closed,
 * cleared when it is reopened, so time to resolve always runs to the last closing.
 */
export function closedAtAfter(from: IssueStatus, previousClosedAt: string | null, to: TriageStatus, now: Date): string | null {
  if (!CLOSED_STATUSES.includes(to)) return null;
  return from === to && previousClosedAt ? previousClosedAt : now.toISOString();
}

/** The log's columns after triage or an update (the draft must have passed validateTriage). */
export function issueFields(draft: TriageDraft, ownerSiteUserId: number | null, entry: LogEntry, now: Date): ItemInput<typeof issuesList> {
  const content = reportToFields(draft.content);
  return {
    ...content,
    IssueOwnerId: ownerSiteUserId,
    TargetDate: `${draft.targetDate}T00:00:00Z`,
    Status: draft.status,
    RootCause: draft.rootCause || null,
    ResolutionNotes: draft.resolutionNotes.trim() || null,
    WontFixReason: draft.status === "Won't fix" ? draft.wontFixReason.trim() || null : null,
    ClosedAt: closedAtAfter(entry.status, entry.closedAt, draft.status, now),
  };
}

/** A new report's columns as it moves into the log: who reported it and when are kept as they were. */
export function triagedIssueFields(draft: TriageDraft, ownerSiteUserId: number | null, report: LogEntry, now: Date): ItemInput<typeof issuesList> {
  return {
    ...issueFields(draft, ownerSiteUserId, report, now),
    ReportId: report.reference,
    ReporterId: report.reporterId,
    ReportedAt: report.reportedAt,
    TriagedAt: now.toISOString(),
  };
}
