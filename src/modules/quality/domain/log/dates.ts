/**
 * Days as the council counts them: calendar days in UK time. Time to resolve, ages and targets are
 * all in calendar days, not working days: the same in every service, with no holiday calendar to
 * keep, and what someone waiting for a correction experiences. A report made at 16:00 and resolved
 * at 09:00 the next morning took 1 day; resolved the same day, 0 days.
 */
const LONDON_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
const MS_PER_DAY = 86_400_000;

/** The last Sunday of a month at 01:00 UTC: when UK clocks change (March forward, October back). */
function lastSundayOneAm(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * MS_PER_DAY;
}

const summerTime = new Map<number, [number, number]>();

/** UK time's offset from UTC at an instant: an hour in British Summer Time (the rule since 1996), else none. */
function londonOffset(ms: number, year: number): number {
  let span = summerTime.get(year);
  if (!span) {
    span = [lastSundayOneAm(year, 2), lastSundayOneAm(year, 9)];
    summerTime.set(year, span);
  }
  return ms >= span[0] && ms < span[1] ? 3_600_000 : 0;
}

/**
 * The calendar day in London of an instant (ISO text or a Date), as days since 1970-01-01; a
 * date-only value ("2026-11-25") is that day. Worked out from the summer time rule rather than with
 * Intl (the figures ask this of every issue's dates, over and over, and Intl is far slower), and
 * remembered per text, since the same dates come back in every figure. Intl only before 1997.
 */
export function londonDayNumber(value: string | Date): number {
  if (typeof value !== "string") return dayOfInstant(value.getTime(), value);
  let day = dayNumbers.get(value);
  if (day === undefined) {
    day = value.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayNumber(value) : dayOfInstant(Date.parse(value), value);
    if (dayNumbers.size > 200_000) dayNumbers.clear();
    dayNumbers.set(value, day);
  }
  return day;
}

const dayNumbers = new Map<string, number>();
const dayTexts = new Map<number, string>();

/** "2026-11-25": the calendar day in London of an instant (ISO text or a Date). A date-only value is that day. */
export function londonDay(value: string | Date): string {
  const day = londonDayNumber(value);
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = civilDay(day);
    dayTexts.set(day, text);
  }
  return text;
}

function dayOfInstant(ms: number, value: string | Date): number {
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(value)}`);
  const year = 1970 + Math.floor(ms / 31_556_952_000);
  // Near a new year the estimate may be a year out; the offset rule is the same either side of it.
  if (year < 1997) return dayNumber(LONDON_DAY.format(new Date(ms)));
  return Math.floor((ms + londonOffset(ms, year)) / MS_PER_DAY);
}

/** Days since 1970-01-01 → "2026-11-25" (Howard Hinnant's civil-from-days). */
function civilDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

/** Whole calendar days from one instant's London day to another's (negative when `to` is earlier). */
export function calendarDaysBetween(from: string | Date, to: string | Date): number {
  return londonDayNumber(to) - londonDayNumber(from);
}

/** The calendar day `days` after a day ("2026-11-25" + 5 → "2026-11-30"). */
export function addDays(day: string, days: number): string {
  return civilDay(dayNumber(day) + days);
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
