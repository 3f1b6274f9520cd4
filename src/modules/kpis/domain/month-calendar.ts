import { type CalendarDate, addDays, calendarDate, isoWeekday, lastDayOfMonth, monthName, partsOf } from "./calendar-date";

export interface CalendarDay<T> {
  date: CalendarDate;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean;
  isToday: boolean;
  isWeekend: boolean;
  items: T[];
}

export interface MonthCalendar<T> {
  year: number;
  month: number;
  /** "November 2026". */
  label: string;
  /** Weeks Monday to Sunday (four to six of them), each of seven days. */
  weeks: CalendarDay<T>[][];
  /** Items dated in the month itself (not the filler days). */
  itemCount: number;
  previous: { year: number; month: number };
  next: { year: number; month: number };
}

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + month - 1 + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/**
 * A month as a grid of weeks, Monday first (as British calendars are), with each item on the day
 * `dateOf` gives it. Filler days from the neighbouring months carry their items too, so a
 * deadline on the 1st of next month is visible in the last row; `itemCount` counts the month only.
 */
export function monthCalendar<T>(year: number, month: number, items: readonly T[], dateOf: (item: T) => CalendarDate, today: CalendarDate): MonthCalendar<T> {
  const first = calendarDate(year, month, 1);
  const gridStart = addDays(first, 1 - isoWeekday(first));
  const last = lastDayOfMonth(year, month);
  const gridEnd = addDays(last, 7 - isoWeekday(last));

  const byDate = new Map<CalendarDate, T[]>();
  let itemCount = 0;
  for (const item of items) {
    const date = dateOf(item);
    if (date < gridStart || date > gridEnd) continue;
    const list = byDate.get(date);
    if (list) list.push(item);
    else byDate.set(date, [item]);
    if (date >= first && date <= last) itemCount++;
  }

  const weeks: CalendarDay<T>[][] = [];
  for (let date = gridStart; date <= gridEnd; ) {
    const week: CalendarDay<T>[] = [];
    for (let d = 0; d < 7; d++, date = addDays(date, 1)) {
      const parts = partsOf(date);
      week.push({ date, day: parts.day, inMonth: parts.month === month, isToday: date === today, isWeekend: d >= 5, items: byDate.get(date) ?? [] });
    }
    weeks.push(week);
  }
  return { year, month, label: `${monthName(month)} ${year}`, weeks, itemCount, previous: shiftMonth(year, month, -1), next: shiftMonth(year, month, 1) };
}

export interface AgendaDay<T> {
  date: CalendarDate;
  /** "Tuesday 24 November 2026": how the list alternative heads each day. */
  label: string;
  isToday: boolean;
  items: T[];
}

/**
 * The month calendar's list alternative (for screen readers, narrow tabs and anyone who prefers
 * a list): only the days of the month that have items, in date order.
 */
export function monthAgenda<T>(calendar: MonthCalendar<T>): AgendaDay<T>[] {
  const out: AgendaDay<T>[] = [];
  for (const week of calendar.weeks) {
    for (const day of week) {
      if (!day.inMonth || day.items.length === 0) continue;
      out.push({ date: day.date, label: `${WEEKDAY_NAMES[isoWeekday(day.date) - 1]} ${day.day} ${monthName(calendar.month)} ${calendar.year}`, isToday: day.isToday, items: day.items });
    }
  }
  return out;
}

