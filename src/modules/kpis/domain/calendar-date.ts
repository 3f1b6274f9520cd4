/**
 * Calendar dates (`YYYY-MM-DD`), never instants. A deadline is a day on the council's calendar:
 * arithmetic here works on whole days counted from 1970-01-01 (through `Date.UTC`, which has no
 * summer time), so British Summer Time can never move a deadline by a day. The one place an
 * instant becomes a date is `calendarDateOf`, which reads the instant in Europe/London.
 */
export type CalendarDate = string;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a real date written `YYYY-MM-DD`, or null (so 2026-02-29 and 2026-04-31 are null). */
function parse(value: string): DateParts | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** True for a real date written `YYYY-MM-DD` (so 2026-02-29 and 2026-04-31 are not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && parse(value) !== null;
}

/** Splits a date; a value that is not a real date gets an error that quotes it. */
export function partsOf(date: CalendarDate): DateParts {
  const parts = parse(date);
  if (!parts) throw new Error(`"${date}" is not a date written as year-month-day, for example 2026-11-25.`);
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Builds a date; a day past the end of its month is an error, never silently rolled over. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const exists = Number.isInteger(year) && year >= 0 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
  if (!exists) throw new Error(`There is no date ${day}/${month}/${year}.`);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01: the one number the rest of the arithmetic uses. */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

export const lastDayOfMonth = (year: number, month: number): CalendarDate => calendarDate(year, month, daysInMonth(year, month));

export const isLastDayOfMonth = (date: CalendarDate): boolean => {
  const { year, month, day } = partsOf(date);
  return day === daysInMonth(year, month);
};

/**
 * Adds whole months by the month-end rule:
 * - from the last day of a month, the result is the last day of the target month
 *   (30 June + 1 month = 31 July; 31 March + 1 month = 30 April; 28 February 2027 + 1 month = 31 March 2027);
 * - otherwise the same day number, cut back to the target month's last day when it is shorter
 *   (31 January + 1 month = 28 or 29 February).
 * Periods always end on a month's last day, so "one month after the quarter" is the end of the next month.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return calendarDate(targetYear, targetMonth, day === daysInMonth(year, month) ? last : Math.min(day, last));
}

/** 1 = Monday … 7 = Sunday (ISO 8601; British calendars start the week on Monday). */
export function isoWeekday(date: CalendarDate): number {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

/** The council's time zone: an instant belongs to the day it is in Havant. */
export const COUNCIL_TIME_ZONE = "Europe/London";

const londonParts = new Intl.DateTimeFormat("en-GB", { timeZone: COUNCIL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar date of an instant in the council's time zone: 23:30 UTC on 30 June is already
 * 1 July in Havant (BST). Also reads SharePoint date-only columns, which REST returns as the
 * site's local midnight in UTC (30 June arrives as "2026-06-29T23:00:00Z").
 */
export function calendarDateOf(instant: Date | string): CalendarDate {
  const when = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(when.getTime())) throw new Error(`"${String(instant)}" is not a date and time.`);
  const parts = londonParts.formatToParts(when);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** 25/11/2026, as the council writes a date. */
export function formatCalendarDate(date: CalendarDate): string {
  const { year, month, day } = partsOf(date);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/**
 * Reads a date as a person types it, 25/11/2026 or 2026-11-25. A two-digit year is refused (the century
 * matters), as is a day that does not exist. Returns null then, so the form can say what it expects.
 */
export function parseTypedDate(text: string): CalendarDate | null {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (!m) return null;
  const candidate = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isCalendarDate(candidate) ? candidate : null;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? "";
