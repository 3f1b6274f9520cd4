import type { Rag } from "../../../core/domain/rag";
import type { Action } from "./action";

export type { Rag };

/** Days before the due date when an action that is less than half done turns amber. */
export const AMBER_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * RAG from status and dates, the same for everyone:
 * - None: cancelled (no longer tracked).
 * - Green: complete.
 * - Red: blocked, or past its due date.
 * - Amber: not started although its start date has passed, or due within 30 days and under 50% done.
 * - Green: otherwise (on track).
 */
export function ragOf(action: Pick<Action, "status" | "startDate" | "dueDate" | "percentComplete">, today: Date): Rag {
  if (action.status === "Cancelled") return "None";
  if (action.status === "Complete") return "Green";
  if (action.status === "Blocked") return "Red";
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const due = action.dueDate ? Date.parse(action.dueDate) : NaN;
  if (!Number.isNaN(due) && due < startOfToday) return "Red";
  const start = action.startDate ? Date.parse(action.startDate) : NaN;
  if (action.status === "Not started" && !Number.isNaN(start) && start < startOfToday) return "Amber";
  if (!Number.isNaN(due) && due - startOfToday <= AMBER_WINDOW_DAYS * DAY_MS && action.percentComplete < 50) return "Amber";
  return "Green";
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
