import { type CalendarDate, addDays, addMonths, calendarDate, daysInMonth, formatCalendarDate, monthName } from "./calendar-date";
import { type QuarterNumber, type ReportingPeriod, type YearBasis, monthPeriod, quarterPeriod, snapshotPeriod, yearPeriod } from "./periods";

/** Months then days after an anchor date. Days may be negative ("12 months less 1 day"). */
export interface Offset {
  months: number;
  days: number;
}

/**
 * When a return is due, as data. Three kinds cover every item in the reference note:
 *
 * - `after-period-end`: N months and/or days after the end of each month, quarter or year
 *   ("not later than one month after the quarter": 1 month after each quarter end, so the
 *   quarter ending 30 June is due 31 July by the month-end rule in `addMonths`).
 *   `quarters` limits a quarterly rule to some quarters (a return made for Q1 to Q3 only).
 * - `fixed-date`: a day of the year, once per financial or calendar year. The date falls in the
 *   calendar year `period start year + yearOffset`: the Pay Policy Statement for 2026/27 is due
 *   31 March 2026 (offset 0, before the year starts); the certified Revenue Outturn for 2024/25
 *   in October 2025 (offset 1). 29 February falls on 28 February in other years.
 * - `snapshot`: a snapshot date each year plus an interval (gender pay gap: snapshot 31 March,
 *   published within 12 months, i.e. 12 months less 1 day). The period is the snapshot date.
 */
export type DeadlineRule =
  | { kind: "after-period-end"; period: "month" | "quarter" | "year"; basis: YearBasis; quarters?: QuarterNumber[]; offset: Offset }
  | { kind: "fixed-date"; basis: YearBasis; month: number; day: number; yearOffset: number }
  | { kind: "snapshot"; month: number; day: number; offset: Offset };

export type DeadlineRuleKind = DeadlineRule["kind"];

const ALL_QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4];

/** A day of a month in a given year; 29 February becomes 28 February outside leap years. */
export function dayInYear(year: number, month: number, day: number): CalendarDate {
  return calendarDate(year, month, Math.min(day, daysInMonth(year, month)));
}

const isWhole = (n: unknown, min: number, max: number): n is number => typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;

function dayMonthProblems(month: unknown, day: unknown): string[] {
  if (!isWhole(month, 1, 12)) return [`The month must be a whole number from 1 to 12 (it is ${String(month)}).`];
  const longest = month === 2 ? 29 : daysInMonth(2001, month);
  if (!isWhole(day, 1, longest)) return [`${monthName(month)} has no day ${String(day)}.`];
  return [];
}

function offsetProblems(offset: Offset | undefined): string[] {
  if (!offset || typeof offset !== "object") return ["Say how long after the anchor date the deadline falls (months and days)."];
  const problems: string[] = [];
  if (!isWhole(offset.months, 0, 36)) problems.push(`The months after the anchor must be a whole number from 0 to 36 (it is ${String(offset.months)}).`);
  if (!isWhole(offset.days, -31, 366)) problems.push(`The days after the anchor must be a whole number from -31 to 366 (it is ${String(offset.days)}).`);
  return problems;
}

/** What is wrong with a rule, in words; an empty list means it can generate deadlines. */
export function ruleProblems(rule: DeadlineRule): string[] {
  switch (rule.kind) {
    case "after-period-end": {
      const problems: string[] = [];
      if (!["month", "quarter", "year"].includes(rule.period)) problems.push(`The period must be a month, a quarter or a year (it is ${String(rule.period)}).`);
      if (!["financial", "calendar"].includes(rule.basis)) problems.push(`The year must be financial or calendar (it is ${String(rule.basis)}).`);
      if (rule.quarters !== undefined) {
        if (rule.period !== "quarter") problems.push("Only a quarterly rule can be limited to some quarters.");
        else if (rule.quarters.length === 0 || rule.quarters.some((q) => !ALL_QUARTERS.includes(q)) || new Set(rule.quarters).size !== rule.quarters.length) {
          problems.push("Choose one or more different quarters from Q1 to Q4.");
        }
      }
      return [...problems, ...offsetProblems(rule.offset)];
    }
    case "fixed-date": {
      const problems = dayMonthProblems(rule.month, rule.day);
      if (!["financial", "calendar"].includes(rule.basis)) problems.push(`The year must be financial or calendar (it is ${String(rule.basis)}).`);
      if (!isWhole(rule.yearOffset, -1, 2)) problems.push(`The year offset must be -1, 0, 1 or 2 (it is ${String(rule.yearOffset)}).`);
      return problems;
    }
    case "snapshot":
      return [...dayMonthProblems(rule.month, rule.day), ...offsetProblems(rule.offset)];
    default:
      return [`"${String((rule as { kind?: unknown }).kind)}" is not a kind of deadline rule: use after-period-end, fixed-date or snapshot.`];
  }
}

export const applyOffset = (date: CalendarDate, offset: Offset): CalendarDate => addDays(addMonths(date, offset.months), offset.days);

/** The deadline the rule gives for one of its periods (no overrides here: see occurrences). */
export function ruleDeadline(rule: DeadlineRule, period: ReportingPeriod): CalendarDate {
  switch (rule.kind) {
    case "after-period-end":
      return applyOffset(period.end, rule.offset);
    case "fixed-date":
      // A year period's index is its start year (financial) or the calendar year itself.
      return dayInYear(period.index + rule.yearOffset, rule.month, rule.day);
    case "snapshot":
      return applyOffset(period.start, rule.offset);
  }
}

/** The periods of a rule whose basis year (financial year's start year, or calendar year) is in `fromYear`..`toYear`. */
export function rulePeriods(rule: DeadlineRule, fromYear: number, toYear: number): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (rule.kind === "snapshot") out.push(snapshotPeriod(dayInYear(year, rule.month, rule.day)));
    else if (rule.kind === "fixed-date") out.push(yearPeriod(rule.basis, year));
    else if (rule.period === "year") out.push(yearPeriod(rule.basis, year));
    else if (rule.period === "quarter") for (const q of rule.quarters ?? ALL_QUARTERS) out.push(quarterPeriod(rule.basis, year, q));
    else for (let m = 1; m <= 12; m++) out.push(monthPeriod(year, m));
  }
  return out;
}

/** True when the period is one the rule generates (used to check overrides). */
export function isPeriodOfRule(rule: DeadlineRule, period: ReportingPeriod): boolean {
  switch (rule.kind) {
    case "snapshot":
      return period.kind === "snapshot" && period.start === dayInYear(Number(period.start.slice(0, 4)), rule.month, rule.day);
    case "fixed-date":
      return period.kind === "year" && period.basis === rule.basis;
    case "after-period-end":
      if (period.kind !== rule.period) return false;
      if (rule.period === "month") return true;
      if (period.basis !== rule.basis) return false;
      return rule.period !== "quarter" || (rule.quarters ?? ALL_QUARTERS).includes(((period.index % 4) + 1) as QuarterNumber);
  }
}

/** How many years before or after its period a rule's deadline can fall: bounds the search for occurrences. */
export function ruleReachYears(rule: DeadlineRule): number {
  if (rule.kind === "fixed-date") return Math.abs(rule.yearOffset) + 1;
  return Math.ceil((rule.offset.months + Math.abs(rule.offset.days) / 28) / 12) + 1;
}

function offsetWords(offset: Offset): string {
  const parts: string[] = [];
  if (offset.months) parts.push(`${offset.months} ${offset.months === 1 ? "month" : "months"}`);
  if (offset.days > 0) parts.push(`${offset.days} ${offset.days === 1 ? "day" : "days"}`);
  let words = parts.join(" and ");
  if (offset.days < 0) words = `${words || "0 months"} less ${-offset.days} ${offset.days === -1 ? "day" : "days"}`;
  return words;
}

const basisYear = (basis: YearBasis) => (basis === "financial" ? "financial year" : "calendar year");

/** The rule in a sentence, for the register and the "check the date" note. */
export function describeRule(rule: DeadlineRule): string {
  switch (rule.kind) {
    case "after-period-end": {
      const what = rule.period === "month" ? "month" : rule.period === "quarter" ? (rule.basis === "financial" ? "quarter" : "calendar quarter") : basisYear(rule.basis);
      const only = rule.quarters && rule.quarters.length < 4 ? ` (${rule.quarters.map((q) => `Q${q}`).join(", ")} only)` : "";
      const words = offsetWords(rule.offset);
      return words ? `${words} after the end of each ${what}${only}` : `On the last day of each ${what}${only}`;
    }
    case "fixed-date": {
      const example = rule.basis === "financial" ? yearPeriod("financial", 2025) : yearPeriod("calendar", 2025);
      return `${rule.day} ${monthName(rule.month)} each year (for ${example.label}: ${formatCalendarDate(ruleDeadline(rule, example))})`;
    }
    case "snapshot":
      return `Snapshot on ${rule.day} ${monthName(rule.month)} each year; due ${offsetWords(rule.offset)} after the snapshot`;
  }
}
