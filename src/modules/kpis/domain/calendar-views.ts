import { type CsvColumn, toCsv } from "../../../core/domain/csv";
import { type CalendarDate, formatCalendarDate, partsOf } from "./calendar-date";
import type { OccurrenceStatus } from "./occurrence-state";
import { stateWords } from "./occurrence-state";
import { occurrenceTitle } from "./occurrences";
import { type Timeliness, calendarTimeliness } from "./reporting-figures";
import type { ReportingReturn } from "./returns";

export const CALENDAR_VIEWS = ["due-soon", "overdue", "mine", "recipient", "month", "returns"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export const CALENDAR_VIEW_LABELS: Record<CalendarView, string> = {
  "due-soon": "Due in 30 days",
  overdue: "Overdue",
  mine: "Mine",
  recipient: "By recipient",
  month: "Month",
  returns: "All returns",
};

export interface CalendarFilters {
  view: CalendarView;
  recipient?: string;
  /** The month shown, "2026-11"; absent: this month. */
  month?: string;
  /** The month as a grid or as its list alternative. */
  layout: "grid" | "list";
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function calendarFiltersFromParams(params: URLSearchParams): CalendarFilters {
  const view = params.get("view");
  const month = params.get("month");
  return {
    view: (CALENDAR_VIEWS as readonly string[]).includes(view ?? "") ? (view as CalendarView) : "due-soon",
    recipient: params.get("recipient") || undefined,
    month: month && MONTH.test(month) ? month : undefined,
    layout: params.get("layout") === "list" ? "list" : "grid",
  };
}

export function calendarFiltersToParams(f: CalendarFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (f.view !== "due-soon") params.view = f.view;
  if (f.view === "recipient" && f.recipient) params.recipient = f.recipient;
  if (f.view === "month" && f.month) params.month = f.month;
  if (f.view === "month" && f.layout === "list") params.layout = "list";
  return params;
}

/** The year and month a month view shows. */
export function monthOf(filters: Pick<CalendarFilters, "month">, today: CalendarDate): { year: number; month: number } {
  const m = filters.month ? MONTH.exec(filters.month) : null;
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  const { year, month } = partsOf(today);
  return { year, month };
}

const TO_DO = new Set(["Overdue", "Due soon", "Due"]);

/**
 * The deadlines a list view shows, in deadline order:
 * - due in 30 days: not met, deadline today or within 30 days;
 * - overdue: not met, deadline passed (tracked deadlines only);
 * - mine: deadlines of returns the viewer owns still to meet, then those met, most recent first;
 * - by recipient: that recipient's deadlines still to meet (all recipients when none is chosen).
 */
export function occurrencesForView(statuses: readonly OccurrenceStatus[], filters: CalendarFilters, me: string | null): OccurrenceStatus[] {
  switch (filters.view) {
    case "due-soon":
      return statuses.filter((s) => s.state === "Due soon");
    case "overdue":
      return statuses.filter((s) => s.state === "Overdue");
    case "mine": {
      const mine = me ? statuses.filter((s) => s.owner === me && s.state !== "Not recorded") : [];
      const toDo = mine.filter((s) => TO_DO.has(s.state));
      const done = mine.filter((s) => !TO_DO.has(s.state)).reverse();
      return [...toDo, ...done];
    }
    case "recipient":
      return statuses.filter((s) => TO_DO.has(s.state) && (!filters.recipient || s.recipient === filters.recipient));
    default:
      return [...statuses];
  }
}

/** Recipients named by any return, with how many returns go to each, in alphabetical order. */
export function recipientsOf(returns: readonly Pick<ReportingReturn, "recipient">[]): { name: string; returns: number }[] {
  const counts = new Map<string, number>();
  for (const r of returns) if (r.recipient) counts.set(r.recipient, (counts.get(r.recipient) ?? 0) + 1);
  return [...counts.entries()].map(([name, n]) => ({ name, returns: n })).sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

export interface ReturnSummary {
  key: string;
  /** The next deadline still to meet (today or later), or null when none falls in the next 12 months. */
  next: OccurrenceStatus | null;
  overdue: number;
  timeliness: Timeliness;
  /** Any coming deadline flagged "check the date". */
  checkTheDate: boolean;
}

/** Per return: its next deadline, how many are overdue and its on-time rate (one pass over the statuses). */
export function summariseReturns(statuses: readonly OccurrenceStatus[], today: CalendarDate): Map<string, ReturnSummary> {
  const byReturn = new Map<string, OccurrenceStatus[]>();
  for (const s of statuses) {
    const list = byReturn.get(s.returnKey);
    if (list) list.push(s);
    else byReturn.set(s.returnKey, [s]);
  }
  const out = new Map<string, ReturnSummary>();
  for (const [key, list] of byReturn) {
    const next = list.find((s) => s.deadline >= today && !s.submittedOn) ?? null;
    out.set(key, {
      key,
      next,
      overdue: list.filter((s) => s.state === "Overdue").length,
      timeliness: calendarTimeliness(list),
      checkTheDate: list.some((s) => s.checkTheDate && s.deadline >= today && !s.submittedOn),
    });
  }
  return out;
}

/**
 * The deadlines an .ics download carries: those still to meet from today on (a calendar of the past
 * is no reminder), optionally only the viewer's. Submitted ones are left out.
 */
export function deadlinesToRemind(statuses: readonly OccurrenceStatus[], today: CalendarDate, owner: string | null = null): OccurrenceStatus[] {
  return statuses.filter((s) => s.deadline >= today && !s.submittedOn && (owner === null || s.owner === owner));
}

/** A list view as CSV (formula-safe): what is on screen, with states in words. */
export function occurrencesCsv(statuses: readonly OccurrenceStatus[], today: CalendarDate, ownerName: (owner: string | null) => string): string {
  const columns: CsvColumn<OccurrenceStatus>[] = [
    { header: "Deadline", value: (s) => formatCalendarDate(s.deadline) },
    { header: "Return or publication", value: (s) => occurrenceTitle(s) },
    { header: "Period", value: (s) => s.period.label },
    { header: "Recipient", value: (s) => s.recipient },
    { header: "Owner", value: (s) => ownerName(s.owner) },
    { header: "Statutory", value: (s) => (s.statutory ? "Yes" : "No") },
    { header: "State", value: (s) => s.state },
    { header: "In words", value: (s) => stateWords(s, today) },
    { header: "Submitted on", value: (s) => (s.submittedOn ? formatCalendarDate(s.submittedOn) : null) },
    { header: "Link", value: (s) => s.link },
    { header: "Check the date", value: (s) => (s.checkTheDate ? "Yes" : "No") },
    { header: "Moved from", value: (s) => (s.fromOverride && s.ruleDeadline !== s.deadline ? formatCalendarDate(s.ruleDeadline) : null) },
  ];
  return toCsv(statuses, columns);
}
