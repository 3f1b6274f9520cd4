import type { Rag } from "../../../core/domain/rag";
import type { Action } from "./action";

export type { Rag };

/** Days before the due date when an action that is less than half done turns amber. */
export const AMBER_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * RAG from status, owner and dates, the same for everyone (docs/action-tracker.md):
 * - None ("not rated"): cancelled (no longer tracked), or no due date (nothing to judge it against).
 * - Green: complete.
 * - Red: blocked, or past its due date.
 * - Amber: nobody owns it; not started although its start date has passed; or due within 30 days and
 *   under 50% done.
 * - Green: otherwise (on track).
 * Never green by default: an action with no owner or no due date is not shown as on track.
 */
export function ragOf(action: Pick<Action, "status" | "startDate" | "dueDate" | "percentComplete"> & Partial<Pick<Action, "ownerId">>, today: Date): Rag {
  return ragWithReason(action, today).rag;
}

/** The RAG and why, in words, for the detail view and the tooltip. */
export function ragWithReason(action: Pick<Action, "status" | "startDate" | "dueDate" | "percentComplete"> & Partial<Pick<Action, "ownerId">>, today: Date): { rag: Rag; reason: string } {
  if (action.status === "Cancelled") return { rag: "None", reason: "Cancelled: no longer tracked." };
  if (action.status === "Complete") return { rag: "Green", reason: "Complete." };
  if (action.status === "Blocked") return { rag: "Red", reason: "Blocked." };
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const due = action.dueDate ? Date.parse(action.dueDate) : NaN;
  if (!Number.isNaN(due) && due < startOfToday) return { rag: "Red", reason: "Past its due date." };
  if ("ownerId" in action && (action.ownerId === null || action.ownerId === undefined)) return { rag: "Amber", reason: "Needs an owner." };
  if (Number.isNaN(due)) return { rag: "None", reason: "Not rated: it has no due date." };
  const start = action.startDate ? Date.parse(action.startDate) : NaN;
  if (action.status === "Not started" && !Number.isNaN(start) && start < startOfToday) return { rag: "Amber", reason: "Not started, though its start date has passed." };
  if (due - startOfToday <= AMBER_WINDOW_DAYS * DAY_MS && action.percentComplete < 50) return { rag: "Amber", reason: `Due within ${AMBER_WINDOW_DAYS} days and under half done.` };
  return { rag: "Green", reason: "On track." };
}

export function isOverdue(action: Pick<Action, "status" | "dueDate">, today: Date): boolean {
  if (action.status === "Complete" || action.status === "Cancelled" || !action.dueDate) return false;
  return Date.parse(action.dueDate) < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

export function isDueWithin(action: Pick<Action, "status" | "dueDate">, today: Date, days: number): boolean {
  if (action.status === "Complete" || action.status === "Cancelled" || !action.dueDate) return false;
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const due = Date.parse(action.dueDate);
  return due >= startOfToday && due <= startOfToday + days * DAY_MS;
}
