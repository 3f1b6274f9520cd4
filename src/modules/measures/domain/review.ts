import { type CsvColumn, toCsv } from "../../../core/domain/csv";
import { formatChange } from "../../../core/domain/chart-data";
import { type FinancialPeriod, financialQuarterOf, quartersOf } from "../../../core/domain/financial-quarters";
import type { PrincipleView, SeriesView } from "./assemble";
import { formatFor, UNIT_CHOICES } from "./measure";
import { sourceWords, targetStatus, type TrendPoint, writeValue } from "./trend";

/**
 * The strategy review: every measure per principle for a quarter or a financial year, as a report
 * and as a CSV. A year's report shows each of its quarters (from the quarterly snapshots and values).
 */

/** The quarters a review covers: the quarter itself, or a year's quarters that have begun by today. */
export function reviewQuarters(period: FinancialPeriod, today: string): FinancialPeriod[] {
  if (period.kind === "quarter") return [period];
  const current = financialQuarterOf(today);
  return quartersOf(period).filter((q) => q.index <= current.index);
}

/** One figure's value in one quarter, as a row of the CSV. */
export interface ReviewRow {
  principle: string;
  measureKey: string;
  measure: string;
  strategyWords: string;
  figure: string;
  howMeasured: string;
  quarter: string;
  value: number | null;
  valueText: string;
  unit: string;
  source: string;
  target: number | null;
  againstTarget: string;
  change: string;
  basis: string;
}

/** How a figure is measured, in the report's words: its method, or why it is recorded by hand. */
export function howMeasured(series: SeriesView, whyRecorded: string | null): string {
  return series.series.kind === "recorded" && whyRecorded ? `${series.series.method} ${whyRecorded}` : series.series.method;
}

/** The change from the quarter before, if both have values: "+4 percentage points". */
function changeFrom(points: readonly TrendPoint[], index: number, series: SeriesView): string {
  const at = points.findIndex((p) => p.period.index === index);
  const point = points[at];
  const before = points[at - 1];
  if (!point || !before || point.value === null || before.value === null) return "";
  return formatChange(point.value - before.value, formatFor(series.series.unit));
}

/** Every figure of every measure, once per quarter covered: what the CSV holds. */
export function reviewRows(views: readonly PrincipleView[], quarters: readonly FinancialPeriod[]): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const view of views) {
    for (const measure of view.measures) {
      for (const series of measure.series) {
        for (const quarter of quarters) {
          const point = series.points.find((p) => p.period.index === quarter.index);
          const value = point?.value ?? null;
          const target = series.target?.target ?? null;
          rows.push({
            principle: view.principle.title,
            measureKey: measure.measure.key,
            measure: measure.measure.title,
            strategyWords: measure.measure.description,
            figure: series.series.label,
            howMeasured: howMeasured(series, measure.whyRecorded),
            quarter: quarter.label,
            value,
            valueText: writeValue(value, series.series.unit),
            unit: UNIT_CHOICES[series.series.unit],
            source: point ? sourceWords(point) : "Nothing kept",
            target,
            againstTarget: targetStatus(value, target, series.series.better)?.text ?? "No target set",
            change: changeFrom(series.points, quarter.index, series),
            basis: point?.basis ?? "",
          });
        }
      }
    }
  }
  return rows;
}

const COLUMNS: readonly CsvColumn<ReviewRow>[] = [
  { header: "Principle", value: (r) => r.principle },
  { header: "Measure", value: (r) => r.measure },
  { header: "Measure key", value: (r) => r.measureKey },
  { header: "The strategy's words", value: (r) => r.strategyWords },
  { header: "Figure", value: (r) => r.figure },
  { header: "How it is measured", value: (r) => r.howMeasured },
  { header: "Quarter", value: (r) => r.quarter },
  { header: "Value", value: (r) => r.value },
  { header: "Unit", value: (r) => r.unit },
  { header: "Where the value comes from", value: (r) => r.source },
  { header: "Target", value: (r) => r.target },
  { header: "Against target", value: (r) => r.againstTarget },
  { header: "Change from the quarter before", value: (r) => r.change },
  { header: "Computed from, or evidence", value: (r) => r.basis },
];

/** The review as CSV, formula-safe (core/domain/csv.ts). */
export function reviewCsv(rows: readonly ReviewRow[]): string {
  return toCsv(rows, COLUMNS);
}

/** "strategy-review-2026-27-Q1.csv". */
export function reviewFileName(period: FinancialPeriod): string {
  return `strategy-review-${period.label.replace(/\//g, "-").replace(/\s+/g, "-")}.csv`;
}

/** How many of a principle's figures have a value in the quarter, for the report's summary line. */
export function coverage(view: PrincipleView, quarter: FinancialPeriod): { figures: number; withValue: number; targetsMet: number; withTarget: number } {
  let figures = 0;
  let withValue = 0;
  let targetsMet = 0;
  let withTarget = 0;
  for (const measure of view.measures) {
    for (const series of measure.series) {
      figures++;
      const value = series.points.find((p) => p.period.index === quarter.index)?.value ?? null;
      if (value !== null) withValue++;
      const status = targetStatus(value, series.target?.target ?? null, series.series.better);
      if (status && status.rag !== "None") {
        withTarget++;
        if (status.rag === "Green") targetsMet++;
      }
    }
  }
  return { figures, withValue, targetsMet, withTarget };
}
