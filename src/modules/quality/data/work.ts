import type { OverdueReader, WorkReader } from "../../../core/module";
import { filterFor } from "../../../core/domain/odata";
import { isPastDue, type WorkItem } from "../../../core/domain/work";
import { type LogEntry, referenceText } from "../domain/log/issue";
import { issuesList } from "../lists";
import { loadIssues } from "./log-data";
import { loadPersonNames } from "./people-names";

const f = filterFor(issuesList);
/** Neither resolved nor closed as won't fix (Status is indexed). */
const open = f.and(f.ne("Status", "Resolved"), f.ne("Status", "Won't fix"));

/** An open data quality issue the person owns since triage: to update, by its target date. */
export function issueWork(issue: LogEntry, today: Date): WorkItem {
  return {
    key: `issue-${issue.reference}`,
    moduleId: "quality",
    kind: "update",
    title: issue.title || referenceText(issue.reference),
    route: `quality/issue/${issue.reference}`,
    due: issue.targetDate,
    overdue: isPastDue(issue.targetDate, today),
    detail: `${referenceText(issue.reference)}, ${issue.status}`,
  };
}

/** Open issues whose owner is the signed-in person (IssueOwner is indexed). */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const mine: LogEntry[] = [];
  await loadIssues(sp, f.and(f.eq("IssueOwnerId", siteUserId), open), (page) => mine.push(...page));
  return mine.map((issue) => issueWork(issue, today));
};

/** For the data lead's reminders: every open issue past its target date, to its owner (TargetDate is indexed). */
export const readOverdueForOthers: OverdueReader = async ({ sp }, { today }) => {
  const overdue: LogEntry[] = [];
  const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  await loadIssues(sp, f.and(f.lt("TargetDate", startOfToday), open), (page) => overdue.push(...page));
  // The log reads people as ids; their e-mail addresses come once per person.
  const people = await loadPersonNames(sp, overdue.flatMap((issue) => (issue.ownerId ? [issue.ownerId] : [])));
  return overdue.flatMap((issue) => {
    const email = issue.ownerId ? people.get(issue.ownerId)?.email : undefined;
    return email ? [{ item: issueWork(issue, today), recipientEmail: email }] : [];
  });
};
