import type { MeasurePeriod } from "../../../core/domain/measures";

/**
 * The council's reporting periods: financial years from 1 April ("2026/27") and their quarters
 * (Q1 is April to June). Dates are calendar days, "2026-04-01"; both ends inclusive.
 */

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The financial year a day falls in. */
export function financialYearOf(day: string): MeasurePeriod {
  const [year, month] = day.split("-").map(Number) as [number, number];
  const start = month >= 4 ? year : year - 1;
  return { start: `${start}-04-01`, end: `${start + 1}-03-31`, label: `${start}/${pad((start + 1) % 100)}` };
}

/** The financial quarter a day falls in. */
export function quarterOf(day: string): MeasurePeriod {
  const month = Number(day.slice(5, 7));
  const fy = financialYearOf(day);
  const fyStart = Number(fy.start.slice(0, 4));
  const index = month >= 4 ? Math.floor((month - 4) / 3) : 3; // April to June is Q1; January to March Q4
  const firstMonth = index < 3 ? 4 + index * 3 : 1;
  const year = index < 3 ? fyStart : fyStart + 1;
  const endMonth = firstMonth + 2;
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`, label: `${fy.label} Q${index + 1}` };
}

/** The day before a period starts, to step back one period. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The periods the figures offer: this quarter and the last, this financial year and the last. */
export function reportingPeriods(today: string): MeasurePeriod[] {
  const quarter = quarterOf(today);
  const year = financialYearOf(today);
  return [quarter, quarterOf(dayBefore(quarter.start)), year, financialYearOf(dayBefore(year.start))];
}
