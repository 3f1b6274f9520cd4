/**
 * Days on the council's calendar (`YYYY-MM-DD`), never instants: review and disposal dates are
 * whole days, so summer time can never move one. An instant becomes a day only in `dayOf`, read in
 * Europe/London (SharePoint sends a date-only value as that day's midnight on the site's clock, in UTC).
 */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const londonDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The London calendar day of an instant or of SharePoint's date-only value; null for nothing or nonsense. */
export function dayOf(value: string | Date | null | undefined): Day | null {
  if (!value) return null;
  if (typeof value === "string" && DAY_PATTERN.test(value)) return isRealDay(value) ? value : null;
  // London is UTC or an hour ahead: before 23:00 UTC it is the same day there, without asking Intl
  // (a register of 2,000 assets has 10,000 dates to read).
  const utc = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?Z$/.exec(value) : null;
  if (utc && Number(utc[2]) < 23 && isRealDay(utc[1]!)) return utc[1]!;
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : londonDay.format(date);
}

/** True for a real day written `YYYY-MM-DD` (2026-02-29 is not). */
export function isRealDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What SharePoint is sent for a date-only column: the day at midnight UTC, as the rest of the hub writes it. */
export function dayToWire(day: Day | null): string | null {
  return day ? `${day}T00:00:00Z` : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The same day `months` later; a day past the end of the shorter month is that month's last day
 * (31 August plus six months is 28 or 29 February), as people count retention and review periods.
 */
export function addMonths(day: Day, months: number): Day {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`"${day}" is not a date written as year-month-day.`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${pad(month + 1)}-${pad(Math.min(Number(m[3]), last))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The quarter holding a day, April to March as the council's financial year runs: "2026/27 Q1". */
export function financialQuarterOf(day: Day): { start: Day; end: Day; label: string } {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const startYear = month >= 4 ? year : year - 1;
  const index = Math.floor((((month - 4) % 12) + 12) % 12 / 3);
  const startMonth = 4 + index * 3;
  const start = startMonth > 12 ? `${startYear + 1}-${pad(startMonth - 12)}-01` : `${startYear}-${pad(startMonth)}-01`;
  return { start, end: addDays(addMonths(start, 3), -1), label: `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")} Q${index + 1}` };
}
