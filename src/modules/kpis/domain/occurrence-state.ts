import { type CalendarDate, addDays, daysBetween, formatCalendarDate, parseTypedDate } from "./calendar-date";
import type { Occurrence } from "./occurrences";

/**
 * Where an occurrence stands on `today`:
 * - Submitted on time: submitted or published on or before the deadline (the deadline day counts).
 * - Submitted late: submitted after the deadline.
 * - Overdue: not submitted and the deadline has passed (today is after it).
 * - Due soon: not submitted and the deadline is today or within the next `DUE_SOON_DAYS` days.
 * - Due: not submitted and the deadline is further off.
 * - Not recorded: not submitted, deadline before the date the council started recording
 *   submissions in Data Hub (`trackedFrom`): unknown, so not counted as overdue.
 */
export type OccurrenceState = "Due" | "Due soon" | "Overdue" | "Submitted on time" | "Submitted late" | "Not recorded";

export const OCCURRENCE_STATES: readonly OccurrenceState[] = ["Overdue", "Due soon", "Due", "Submitted late", "Submitted on time", "Not recorded"];

/** The "due in the next 30 days" view and Home's list use the same window. */
export const DUE_SOON_DAYS = 30;

/** What an owner records when they submit or publish: stored against the occurrence's key. */
export interface Submission {
  occurrenceKey: string;
  submittedOn: CalendarDate;
  link: string | null;
  /** Person key of whoever marked it. */
  by: string | null;
}

export interface OccurrenceStatus extends Occurrence {
  state: OccurrenceState;
  submittedOn: CalendarDate | null;
  link: string | null;
  /** Days after the deadline it was submitted, or for an overdue one, has been waiting; 0 otherwise. */
  daysLate: number;
}

export interface StateOptions {
  /** Deadlines before this date with no submission are "Not recorded" rather than overdue. */
  trackedFrom?: CalendarDate | null;
  /**
   * The same date per return, where returns joined the calendar at different times (a return added
   * in 2027 has no record of its 2025 deadlines). Takes precedence over `trackedFrom` for the returns it names.
   */
  trackedFromByReturn?: ReadonlyMap<string, CalendarDate | null>;
}

const trackedFromOf = (returnKey: string, options: StateOptions): CalendarDate | null => {
  const own = options.trackedFromByReturn?.get(returnKey);
  return own !== undefined ? own : (options.trackedFrom ?? null);
};

export function occurrenceState(deadline: CalendarDate, submittedOn: CalendarDate | null, today: CalendarDate, options: StateOptions = {}): OccurrenceState {
  return stateAgainst(deadline, submittedOn, today, addDays(today, DUE_SOON_DAYS), options.trackedFrom ?? null);
}

// ISO dates compare as text, so the many occurrences of a calendar need no date arithmetic here.
function stateAgainst(deadline: CalendarDate, submittedOn: CalendarDate | null, today: CalendarDate, dueSoonUntil: CalendarDate, trackedFrom: CalendarDate | null): OccurrenceState {
  if (submittedOn) return submittedOn <= deadline ? "Submitted on time" : "Submitted late";
  if (trackedFrom && deadline < trackedFrom) return "Not recorded";
  if (deadline < today) return "Overdue";
  return deadline <= dueSoonUntil ? "Due soon" : "Due";
}

/** Joins occurrences with their submissions (by key, once) and works out each state. */
export function withStates(occurrences: readonly Occurrence[], submissions: readonly Submission[], today: CalendarDate, options: StateOptions = {}): OccurrenceStatus[] {
  const byKey = new Map<string, Submission>();
  for (const s of submissions) byKey.set(s.occurrenceKey, s);
  const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
  return occurrences.map((o) => {
    const submission = byKey.get(o.key) ?? null;
    const submittedOn = submission?.submittedOn ?? null;
    const state = stateAgainst(o.deadline, submittedOn, today, dueSoonUntil, trackedFromOf(o.returnKey, options));
    const daysLate = state === "Submitted late" ? daysBetween(o.deadline, submittedOn!) : state === "Overdue" ? daysBetween(o.deadline, today) : 0;
    // Spelled out rather than spread: a spread of this many fields is several times slower in V8.
    return {
      key: o.key,
      returnKey: o.returnKey,
      returnName: o.returnName,
      stageKey: o.stageKey,
      stageName: o.stageName,
      period: o.period,
      deadline: o.deadline,
      ruleDeadline: o.ruleDeadline,
      fromOverride: o.fromOverride,
      checkTheDate: o.checkTheDate,
      owner: o.owner,
      recipient: o.recipient,
      statutory: o.statutory,
      state,
      submittedOn,
      link: submission?.link ?? null,
      daysLate,
    };
  });
}

/** "Due in 12 days", "Due today", "3 days overdue", "Submitted 2 days late", "Submitted on time". */
export function stateWords(status: Pick<OccurrenceStatus, "state" | "deadline" | "daysLate">, today: CalendarDate): string {
  const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
  switch (status.state) {
    case "Submitted on time":
      return "Submitted on time";
    case "Submitted late":
      return `Submitted ${days(status.daysLate)} late`;
    case "Overdue":
      return `${days(status.daysLate)} overdue`;
    case "Not recorded":
      return "Not recorded";
    default: {
      const left = daysBetween(today, status.deadline);
      return left === 0 ? "Due today" : left === 1 ? "Due tomorrow" : `Due in ${days(left)}`;
    }
  }
}

export interface SubmissionDraft {
  submittedOn: string;
  link: string;
}

export type SubmissionErrors = Partial<Record<keyof SubmissionDraft, string>>;

/**
 * Checks what an owner typed when marking an occurrence submitted. The date may be before the
 * deadline (early is on time) but not after today. The link is optional and must be a web address.
 */
export function validateSubmission(draft: SubmissionDraft, today: CalendarDate): { errors: SubmissionErrors; submittedOn: CalendarDate | null; link: string | null } {
  const errors: SubmissionErrors = {};
  const submittedOn = parseTypedDate(draft.submittedOn);
  if (!draft.submittedOn.trim()) errors.submittedOn = "Enter the date it was submitted or published, for example 25/11/2026.";
  else if (!submittedOn) errors.submittedOn = `"${draft.submittedOn.trim()}" is not a date: write it as 25/11/2026.`;
  else if (submittedOn > today) errors.submittedOn = `The date cannot be after today (${formatCalendarDate(today)}).`;
  const linkText = draft.link.trim();
  let link: string | null = null;
  if (linkText) {
    if (!/^https?:\/\/[^\s]+$/i.test(linkText)) errors.link = "Enter a web address that starts with https://, or leave the link empty.";
    else link = linkText;
  }
  return { errors, submittedOn: errors.submittedOn ? null : submittedOn, link };
}
