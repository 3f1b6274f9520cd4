import type { OverdueReader, WorkReader } from "../../../core/module";
import { filterFor } from "../../../core/domain/odata";
import type { WorkItem } from "../../../core/domain/work";
import type { Action } from "../domain/action";
import { isOverdue } from "../domain/rag";
import { actionsList } from "../lists";
import { loadActions } from "./actions-data";

const f = filterFor(actionsList);

/** An open action assigned to this person: to update (overdue when its due date has passed). */
export function actionWork(action: Action, today: Date): WorkItem {
  return {
    key: `action-${action.id}`,
    moduleId: "actions",
    kind: "update",
    title: action.title,
    route: `actions/${action.id}`,
    due: action.dueDate?.slice(0, 10) ?? null,
    overdue: isOverdue(action, today),
    detail: action.status,
  };
}

/** Actions assigned to the signed-in person that are still open (ActionOwner and Status are indexed). */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const mine: Action[] = [];
  const open = f.and(f.eq("ActionOwnerId", siteUserId), f.ne("Status", "Complete"), f.ne("Status", "Cancelled"));
  await loadActions(sp, open, (page) => mine.push(...page));
  return mine.map((a) => actionWork(a, today));
};

/** For the data lead's reminders: every open action past its due date that has an owner (DueDate and Status are indexed). */
export const readOverdueForOthers: OverdueReader = async ({ sp }, { today }) => {
  const overdue: Action[] = [];
  const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  await loadActions(sp, f.and(f.lt("DueDate", startOfToday), f.ne("Status", "Complete"), f.ne("Status", "Cancelled")), (page) => overdue.push(...page));
  return overdue.filter((a) => a.ownerEmail && isOverdue(a, today)).map((a) => ({ item: actionWork(a, today), recipientEmail: a.ownerEmail! }));
};
