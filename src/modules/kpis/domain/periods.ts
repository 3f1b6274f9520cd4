import { type CalendarDate, calendarDate, dayNumber, formatCalendarDate, isCalendarDate, lastDayOfMonth, monthName, partsOf } from "./calendar-date";

/**
 * The periods a return or a KPI value is for. The council's financial year runs April to March;
 * calendar quarters end on the same days as financial ones, only their names differ.
 *
 * Keys (stable, stored in lists, sorted by `index`, never by text):
 * - month: "2025-04"
 * - financial quarter: "2025/26 Q1" (April to June 2025); financial year: "2025/26"
 * - calendar quarter: "2025 Q2" (April to June 2025); calendar year: "2025"
 * - snapshot: the snapshot date itself, "2025-03-31"
 */
export type PeriodKind = "month" | "quarter" | "year" | "snapshot";
export type YearBasis = "financial" | "calendar";
export type QuarterNumber = 1 | 2 | 3 | 4;

export interface ReportingPeriod {
  key: string;
  kind: PeriodKind;
  /** Financial or calendar for quarters and years; null for months and snapshots. */
  basis: YearBasis | null;
  start: CalendarDate;
  end: CalendarDate;
  /** What a person reads: "2025/26 Q1", "April 2025", "Snapshot 31/03/2025". */
  label: string;
  /** Orders periods of one kind and basis; consecutive periods differ by 1. */
  index: number;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2025/26" for the financial year that starts in April 2025. */
export const financialYearKey = (startYear: number): string => `${startYear}/${pad2((startYear + 1) % 100)}`;

/** The start year of the financial year a date falls in: 31 March 2026 is in 2025/26, 1 April 2026 in 2026/27. */
export function financialYearOf(date: CalendarDate): number {
  const { year, month } = partsOf(date);
  return month >= 4 ? year : year - 1;
}

export function monthPeriod(year: number, month: number): ReportingPeriod {
  const start = calendarDate(year, month, 1);
  return { key: `${year}-${pad2(month)}`, kind: "month", basis: null, start, end: lastDayOfMonth(year, month), label: `${monthName(month)} ${year}`, index: year * 12 + month - 1 };
}

/** `year` is the financial year's start year (basis financial) or the calendar year. */
export function quarterPeriod(basis: YearBasis, year: number, quarter: QuarterNumber): ReportingPeriod {
  const firstMonthIndex = (basis === "financial" ? year * 12 + 3 : year * 12) + (quarter - 1) * 3;
  const startYear = Math.floor(firstMonthIndex / 12);
  const startMonth = (firstMonthIndex % 12) + 1;
  const endIndex = firstMonthIndex + 2;
  const key = basis === "financial" ? `${financialYearKey(year)} Q${quarter}` : `${year} Q${quarter}`;
  return {
    key,
    kind: "quarter",
    basis,
    start: calendarDate(startYear, startMonth, 1),
    end: lastDayOfMonth(Math.floor(endIndex / 12), (endIndex % 12) + 1),
    label: key,
    index: year * 4 + quarter - 1,
  };
}

export function yearPeriod(basis: YearBasis, year: number): ReportingPeriod {
  if (basis === "financial") {
    const key = financialYearKey(year);
    return { key, kind: "year", basis, start: calendarDate(year, 4, 1), end: calendarDate(year + 1, 3, 31), label: key, index: year };
  }
  return { key: String(year), kind: "year", basis, start: calendarDate(year, 1, 1), end: calendarDate(year, 12, 31), label: String(year), index: year };
}

export function snapshotPeriod(date: CalendarDate): ReportingPeriod {
  return { key: date, kind: "snapshot", basis: null, start: date, end: date, label: `Snapshot ${formatCalendarDate(date)}`, index: dayNumber(date) };
}

/** The quarter number (1–4) a date falls in, counted in the given basis. */
export function quarterOf(basis: YearBasis, date: CalendarDate): QuarterNumber {
  const { month } = partsOf(date);
  const m = basis === "financial" ? (month + 8) % 12 : month - 1; // 0 = first month of the year
  return (Math.floor(m / 3) + 1) as QuarterNumber;
}

/** The month, quarter or year that contains a date. */
export function periodContaining(kind: Exclude<PeriodKind, "snapshot">, basis: YearBasis, date: CalendarDate): ReportingPeriod {
  const { year, month } = partsOf(date);
  if (kind === "month") return monthPeriod(year, month);
  const basisYear = basis === "financial" ? financialYearOf(date) : year;
  if (kind === "quarter") return quarterPeriod(basis, basisYear, quarterOf(basis, date));
  return yearPeriod(basis, basisYear);
}

/** The period `n` steps later (or earlier, for negative `n`) of the same kind and basis. */
export function shiftPeriod(period: ReportingPeriod, n: number): ReportingPeriod {
  const i = period.index + n;
  switch (period.kind) {
    case "month":
      return monthPeriod(Math.floor(i / 12), (i % 12) + 1);
    case "quarter":
      return quarterPeriod(period.basis ?? "financial", Math.floor(i / 4), ((i % 4) + 1) as QuarterNumber);
    case "year":
      return yearPeriod(period.basis ?? "financial", i);
    case "snapshot":
      throw new Error("A snapshot has no next period: snapshots are dated, not counted.");
  }
}

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const FINANCIAL_QUARTER = /^(\d{4})\/(\d{2}) Q([1-4])$/;
const CALENDAR_QUARTER = /^(\d{4}) Q([1-4])$/;
const CALENDAR_YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function checkFinancialYear(text: string, start: string, end: string): number {
  const year = Number(start);
  if (Number(end) !== (year + 1) % 100) throw new Error(`"${text}" is not a financial year: after ${year} comes ${financialYearKey(year)}.`);
  return year;
}

/** Reads a period key back; a key in no known form gets an error that shows the forms. */
export function periodFromKey(key: string): ReportingPeriod {
  const text = key.trim();
  let m: RegExpExecArray | null;
  if ((m = FINANCIAL_QUARTER.exec(text))) return quarterPeriod("financial", checkFinancialYear(text, m[1]!, m[2]!), Number(m[3]) as QuarterNumber);
  if ((m = FINANCIAL_YEAR.exec(text))) return yearPeriod("financial", checkFinancialYear(text, m[1]!, m[2]!));
  if ((m = CALENDAR_QUARTER.exec(text))) return quarterPeriod("calendar", Number(m[1]), Number(m[2]) as QuarterNumber);
  if ((m = CALENDAR_YEAR.exec(text))) return yearPeriod("calendar", Number(m[1]));
  if ((m = MONTH.exec(text))) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return monthPeriod(Number(m[1]), month);
  }
  if (isCalendarDate(text)) return snapshotPeriod(text);
  throw new Error(`"${key}" is not a period. Write a financial year as 2025/26, a quarter as 2025/26 Q1 (or 2025 Q2 for a calendar quarter), a month as 2025-04, or a snapshot as 2025-03-31.`);
}

/** Periods from `first` to `last` inclusive, in order (both of one kind and basis). */
export function periodsFrom(first: ReportingPeriod, last: ReportingPeriod): ReportingPeriod[] {
  if (first.kind !== last.kind || first.basis !== last.basis) throw new Error(`${first.label} and ${last.label} are different kinds of period.`);
  const out: ReportingPeriod[] = [];
  for (let n = 0; n <= last.index - first.index; n++) out.push(shiftPeriod(first, n));
  return out;
}

/** "quarter", "month", "year": for sentences such as "improving for 3 quarters". */
export const periodNoun = (kind: PeriodKind): string => (kind === "snapshot" ? "snapshot" : kind);
