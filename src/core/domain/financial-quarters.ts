import type { MeasurePeriod } from "./measures";

/**
 * The council's financial quarters and years as measure periods: the year runs from 1 April
 * ("2026/27"), Q1 is April to June ("2026/27 Q1"). Dates are calendar days ("2026-04-01"), both ends
 * inclusive. `index` counts quarters (or years) so consecutive ones differ by 1 and sort by number,
 * never by text. Pure: today is always passed in.
 */
export interface FinancialPeriod extends MeasurePeriod {
  kind: "quarter" | "year";
  /** Quarters: start year × 4 + quarter − 1; years: the start year. */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2026/27" for the financial year that starts in April 2026. */
export const financialYearLabel = (startYear: number): string => `${startYear}/${pad((startYear + 1) % 100)}`;

function partsOf(day: string): { year: number; month: number } {
  const m = DAY.exec(day);
  if (!m) throw new Error(`"${day}" is not a date: write it as 2026-11-25.`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The financial quarter with this index (see FinancialPeriod). */
export function quarterByIndex(index: number): FinancialPeriod {
  const startYear = Math.floor(index / 4);
  const quarter = index - startYear * 4; // 0..3
  const firstMonthIndex = startYear * 12 + 3 + quarter * 3; // months since year 0, April = 3
  const year = Math.floor(firstMonthIndex / 12);
  const month = (firstMonthIndex % 12) + 1;
  const endYear = Math.floor((firstMonthIndex + 2) / 12);
  const endMonth = ((firstMonthIndex + 2) % 12) + 1;
  return {
    kind: "quarter",
    index,
    start: `${year}-${pad(month)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`,
    label: `${financialYearLabel(startYear)} Q${quarter + 1}`,
  };
}

/** The financial year starting in April of `startYear`. */
export function financialYear(startYear: number): FinancialPeriod {
  return { kind: "year", index: startYear, start: `${startYear}-04-01`, end: `${startYear + 1}-03-31`, label: financialYearLabel(startYear) };
}

/** The financial quarter a day falls in: 31 March 2027 is 2026/27 Q4, 1 April 2027 is 2027/28 Q1. */
export function financialQuarterOf(day: string): FinancialPeriod {
  const { year, month } = partsOf(day);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3); // April → 0, January → 3
  return quarterByIndex(startYear * 4 + quarter);
}

/** The financial year a day falls in. */
export function financialYearOfDay(day: string): FinancialPeriod {
  const { year, month } = partsOf(day);
  return financialYear(month >= 4 ? year : year - 1);
}

/** The quarter `n` quarters later (earlier when negative). */
export const shiftQuarter = (quarter: FinancialPeriod, n: number): FinancialPeriod => quarterByIndex(quarter.index + n);

/** The year's four quarters, Q1 first. */
export const quartersOf = (year: FinancialPeriod): FinancialPeriod[] => [0, 1, 2, 3].map((q) => quarterByIndex(year.index * 4 + q));

/** The last `count` quarters up to and including `latest`, oldest first. */
export function quartersUpTo(latest: FinancialPeriod, count: number): FinancialPeriod[] {
  return Array.from({ length: count }, (_, i) => quarterByIndex(latest.index - count + 1 + i));
}

const QUARTER = /^(\d{4})\/(\d{2}) Q([1-4])$/;
const YEAR = /^(\d{4})\/(\d{2})$/;

/** Reads "2026/27 Q1" or "2026/27" back; anything else is an error that shows the two forms. */
export function financialPeriodFromLabel(label: string): FinancialPeriod {
  const text = label.trim();
  const m = QUARTER.exec(text) ?? YEAR.exec(text);
  const startYear = Number(m?.[1]);
  if (!m || Number(m[2]) !== (startYear + 1) % 100) {
    throw new Error(`"${label}" is not a financial quarter or year. Write a quarter as 2026/27 Q1 (April to June 2026) or a year as 2026/27.`);
  }
  return m[3] ? quarterByIndex(startYear * 4 + Number(m[3]) - 1) : financialYear(startYear);
}

/** Whether a period has ended by the given day (a closed quarter's figures are final). */
export const hasEnded = (period: MeasurePeriod, today: string): boolean => period.end < today.slice(0, 10);

/** Today's date in the council's time zone ("2026-11-25"): the clock is read by the caller. */
export function londonDay(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
