/**
 * Days as the council counts them: calendar days in UK time. Time to resolve, ages and targets are
 * all in calendar days, not working days: the same in every service, with no holiday calendar to
 * keep, and what someone waiting for a correction experiences. A report made at 16:00 and resolved
 * at 09:00 the next morning took 1 day; resolved the same day, 0 days.
 */
const LONDON_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
const MS_PER_DAY = 86_400_000;

/** "2026-11-25": the calendar day in London of an instant (ISO text or a Date). A date-only value is that day. */
export function londonDay(value: string | Date): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return LONDON_DAY.format(date);
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Whole calendar days from one instant's London day to another's (negative when `to` is earlier). */
export function calendarDaysBetween(from: string | Date, to: string | Date): number {
  return dayNumber(londonDay(to)) - dayNumber(londonDay(from));
}

/** The calendar day `days` after a day ("2026-11-25" + 5 → "2026-11-30"). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "2026-11": the month of a London day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The `count` months ending with the month of `today`, oldest first ("2025-12" … "2026-11"). */
export function monthsEnding(today: string, count: number): string[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11" → "November 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return MONTH_NAME.format(new Date(Date.UTC(y, m - 1, 15)));
}

/** Whether text is a real calendar date written as the date input gives it (2026-11-25). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
