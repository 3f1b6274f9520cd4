import type { SPFI } from "@pnp/sp";
import { ConflictError, deleteItem, httpStatusOf, MissingVersionError, updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems, listOf } from "../../../core/data/lists";
import { siteUserIdFor, siteUserNames } from "../../../core/data/people";
import { type Filter, filterFor } from "../../../core/domain/odata";
import { issueHistory, type HistoryEntry, versionFromWire } from "../domain/log/history";
import {
  entryFromIssue,
  entryFromReport,
  ISSUE_DETAIL_SELECT,
  ISSUE_EXPAND,
  ISSUE_FACT_SELECT,
  ISSUE_LIST_SELECT,
  type LogEntry,
  REPORT_DETAIL_SELECT,
  REPORT_EXPAND,
  REPORT_FACT_SELECT,
  REPORT_LIST_SELECT,
} from "../domain/log/issue";
import { type ReportDraft, reportToFields } from "../domain/log/report-form";
import { issueFields, type OwnerRef, type TriageDraft, triagedIssueFields } from "../domain/log/triage";
import { issuesList, reportsList } from "../lists";

/** Report numbers, of those given, that an issue in the log already carries. */
async function triagedAmong(sp: SPFI, references: readonly number[]): Promise<Set<number>> {
  const f = filterFor(issuesList);
  const triaged = new Set<number>();
  // Short filters: a report list holds few items, and SharePoint limits a query's length.
  for (let i = 0; i < references.length; i += 100) {
    const rows = await getItems(sp, issuesList, { select: ["Id", "ReportId"], filter: f.anyOf("ReportId", references.slice(i, i + 100)), top: 100 });
    for (const row of rows) if (row.ReportId !== null) triaged.add(row.ReportId);
  }
  return triaged;
}

/**
 * New reports matching a server filter, page by page (Id windows: any size of list). A report an
 * issue already stands for (triage added the issue but its removal of the report did not finish) is
 * left out, whatever the view's filter on the log.
 */
export async function loadReports(sp: SPFI, filter: Filter<typeof reportsList> | undefined, onPage: (page: LogEntry[]) => void, columns: "list" | "facts" = "list"): Promise<void> {
  const select = columns === "list" ? REPORT_LIST_SELECT : REPORT_FACT_SELECT;
  for await (const page of readAllItems(sp, reportsList, { select, filter })) {
    const triaged = await triagedAmong(sp, page.map((r) => r.Id));
    onPage(page.filter((r) => !triaged.has(r.Id)).map(entryFromReport));
  }
}

/**
 * Issues in the log matching a server filter, page by page: the list's columns (people as ids; their
 * names come from loadPersonNames), or only the facts the figures need.
 */
export async function loadIssues(sp: SPFI, filter: Filter<typeof issuesList> | undefined, onPage: (page: LogEntry[]) => void, columns: "list" | "facts" = "list"): Promise<void> {
  const select = columns === "list" ? ISSUE_LIST_SELECT : ISSUE_FACT_SELECT;
  for await (const page of readAllItems(sp, issuesList, { select, filter })) onPage(page.map(entryFromIssue));
}

async function issueByReference(sp: SPFI, reference: number): Promise<LogEntry | null> {
  const rows = await getItems(sp, issuesList, { select: ISSUE_DETAIL_SELECT, expand: ISSUE_EXPAND, filter: filterFor(issuesList).eq("ReportId", reference), top: 1 });
  return rows[0] ? entryFromIssue(rows[0]) : null;
}

/**
 * A report or issue by its reference (the report's number, DQ-34): the issue triaged from it if
 * there is one, else the report itself; null when neither exists (deleted, or never was).
 */
export async function getEntry(sp: SPFI, reference: number): Promise<LogEntry | null> {
  const issue = await issueByReference(sp, reference);
  if (issue) return issue;
  try {
    return entryFromReport(await getItem(sp, reportsList, reference, { select: REPORT_DETAIL_SELECT, expand: REPORT_EXPAND }));
  } catch (error) {
    if (httpStatusOf(error) === 404) return null;
    throw error;
  }
}

export async function addReport(sp: SPFI, draft: ReportDraft): Promise<LogEntry> {
  const added = await addItem(sp, reportsList, reportToFields(draft));
  return entryFromReport(await getItem(sp, reportsList, added.id, { select: REPORT_DETAIL_SELECT, expand: REPORT_EXPAND }));
}

/** The reporter's own edit of a report not yet triaged, with the ETag they loaded. */
export async function updateReport(sp: SPFI, report: LogEntry, draft: ReportDraft): Promise<LogEntry> {
  const current = async () => (await getEntry(sp, report.reference)) ?? report;
  await updateItem(sp, reportsList, { id: report.itemId, etag: report.etag }, reportToFields(draft), current);
  return (await getEntry(sp, report.reference)) ?? report;
}

/** Someone triaged this report first: here is the issue they made of it. */
export class AlreadyTriagedError extends Error {
  readonly status = 409;
  constructor(readonly issue: LogEntry) {
    super(`${issue.reference} has already been triaged.`);
    this.name = "AlreadyTriagedError";
  }
}

async function ownerId(sp: SPFI, owner: OwnerRef | null): Promise<number | null> {
  if (!owner) return null;
  return owner.siteUserId ?? siteUserIdFor(sp, owner.email);
}

/**
 * Triage moves a report into the log: the issue is added (one per report: the column is unique, so
 * two triagers at once cannot both succeed), then the report is deleted with the version the triager
 * read. If the reporter changed it meanwhile (412), the issue is taken back and the triager is shown
 * the reporter's latest words (ConflictError), with their own triage kept in the form.
 */
export async function triageReport(sp: SPFI, report: LogEntry, draft: TriageDraft, now: Date): Promise<LogEntry> {
  if (report.source !== "report") throw new Error("Only a new report can be triaged.");
  // Refused before anything is written: the report is removed at the version the triager read.
  if (!report.etag) throw new MissingVersionError(reportsList.title, report.itemId);
  const fields = triagedIssueFields(draft, await ownerId(sp, draft.owner), report, now);
  let added: { id: number; etag: string | null };
  try {
    added = await addItem(sp, issuesList, fields);
  } catch (error) {
    const existing = httpStatusOf(error) === 403 ? null : await issueByReference(sp, report.reference);
    if (existing) throw new AlreadyTriagedError(existing);
    throw error;
  }
  try {
    await deleteItem(sp, reportsList, { id: report.itemId, etag: report.etag });
  } catch (error) {
    if (httpStatusOf(error) === 412) {
      await deleteItem(sp, issuesList, added);
      throw new ConflictError((await getEntry(sp, report.reference)) ?? report, reportsList.title);
    }
    // The issue stands, and the log leaves out a report that an issue stands for (use-log.ts).
    if (httpStatusOf(error) !== 404) console.warn("Data Hub: the triaged report could not be removed", error);
  }
  return entryFromIssue(await getItem(sp, issuesList, added.id, { select: ISSUE_DETAIL_SELECT, expand: ISSUE_EXPAND }));
}

/** A change to an issue in the log, with the ETag the person loaded; a 412 becomes ConflictError carrying the issue as it is now. */
export async function updateIssue(sp: SPFI, issue: LogEntry, draft: TriageDraft, now: Date): Promise<LogEntry> {
  if (issue.source !== "issue") throw new Error("Only an issue in the log can be updated this way.");
  const current = async () => (await getEntry(sp, issue.reference)) ?? issue;
  await updateItem(sp, issuesList, { id: issue.itemId, etag: issue.etag }, issueFields(draft, await ownerId(sp, draft.owner), issue, now), current);
  return (await getEntry(sp, issue.reference)) ?? issue;
}

/** An issue's history from its versions, newest first, with the names of who saved and of owners. */
export async function loadIssueHistory(sp: SPFI, issue: LogEntry): Promise<{ entries: HistoryEntry[]; names: Map<number, string> }> {
  const raw: Record<string, unknown>[] = await listOf(sp, issue.source === "issue" ? issuesList : reportsList)
    .items.getById(issue.itemId)
    .versions();
  const versions = raw.map(versionFromWire);
  const entries = issueHistory(versions);
  const ids = new Set<number>();
  for (const v of versions) if (v.editorId !== null && !v.editorName) ids.add(v.editorId);
  for (const e of entries) for (const c of e.changes) if (c.field === "IssueOwnerId") for (const id of [c.from, c.to]) if (typeof id === "number") ids.add(id);
  const names = await siteUserNames(sp, [...ids]);
  for (const v of versions) if (v.editorName) names.set(v.editorId!, v.editorName);
  for (const e of entries) if (!e.editorName && e.editorId !== null) e.editorName = names.get(e.editorId) ?? null;
  return { entries, names };
}
