import { type ChartStatus, describeChange, formatValue, type LinePoint } from "../../../core/domain/chart-data";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import { type Better, formatFor, type SeriesUnit } from "./measure";

/** Where a quarter's value comes from. */
export type PointSource = "final" | "provisional" | "live" | "recorded" | "none";

export interface TrendPoint {
  period: FinancialPeriod;
  value: number | null;
  source: PointSource;
  /** What the value was computed from, or the evidence it was recorded with. */
  basis: string;
  /** Snapshots: when taken. */
  takenOn: string | null;
}

/** A quarter's value from any source, by quarter index. */
export interface QuarterValue {
  periodIndex: number;
  value: number | null;
  source: Exclude<PointSource, "none">;
  basis: string;
  takenOn?: string | null;
}

/**
 * A figure's value for each quarter, oldest first. A live value (computed now for the current quarter)
 * wins over a snapshot of the same quarter, a final snapshot over a provisional one; a quarter with
 * nothing is a gap, never a zero.
 */
export function trendPoints(quarters: readonly FinancialPeriod[], values: readonly QuarterValue[]): TrendPoint[] {
  const rank: Record<QuarterValue["source"], number> = { live: 4, recorded: 3, final: 2, provisional: 1 };
  const best = new Map<number, QuarterValue>();
  for (const v of values) {
    const current = best.get(v.periodIndex);
    if (!current || rank[v.source] > rank[current.source]) best.set(v.periodIndex, v);
  }
  return quarters.map((period) => {
    const v = best.get(period.index);
    return v ? { period, value: v.value, source: v.source, basis: v.basis, takenOn: v.takenOn ?? null } : { period, value: null, source: "none", basis: "", takenOn: null };
  });
}

export type Direction = "better" | "worse" | "same" | "unknown";

export interface DirectionOfTravel {
  direction: Direction;
  /** "Better than 2026/27 Q1 (up 4 percentage points)", "No earlier quarter to compare with". */
  words: string;
  /** For a compact column: "Better", "Worse", "No change", "Not yet known". */
  short: string;
}

/**
 * The direction of travel: the latest quarter with a value against the quarter just before it.
 * Better or worse follows the figure's own direction (fewer days to resolve an issue is better).
 * Only consecutive quarters are compared: a gap means there is nothing to compare with.
 */
export function directionOf(points: readonly TrendPoint[], better: Better, unit: SeriesUnit): DirectionOfTravel {
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const latest = valued[valued.length - 1];
  if (!latest) return { direction: "unknown", words: "No value yet", short: "Not yet known" };
  const previous = valued[valued.length - 2];
  if (!previous || previous.period.index !== latest.period.index - 1) {
    return { direction: "unknown", words: `No value for the quarter before ${latest.period.label} to compare with`, short: "Not yet known" };
  }
  const delta = latest.value - previous.value;
  const change = describeChange(delta, formatFor(unit));
  if (change === "no change") return { direction: "same", words: `No change from ${previous.period.label}`, short: "No change" };
  const improved = (delta > 0) === (better === "higher");
  return { direction: improved ? "better" : "worse", words: `${improved ? "Better" : "Worse"} than ${previous.period.label} (${change})`, short: improved ? "Better" : "Worse" };
}

/**
 * The value against its target: met or not yet, in words and a RAG shape (never colour alone). No
 * amber band is invented: the data lead's target is the only line.
 */
export function targetStatus(value: number | null, target: number | null, better: Better): ChartStatus | null {
  if (target === null) return null;
  if (value === null) return { rag: "None", text: "No value to compare with the target" };
  const met = better === "higher" ? value >= target : value <= target;
  return met ? { rag: "Green", text: "Target met" } : { rag: "Red", text: "Target not met" };
}

/** The points as the chart kit draws them, with the target and status at each quarter. */
export function linePoints(points: readonly TrendPoint[], target: number | null, better: Better): LinePoint[] {
  // A quarter with no value has no point to mark, so no status either.
  return points.map((p) => ({ period: p.period.label, value: p.value, target, status: p.value === null ? null : targetStatus(p.value, target, better) }));
}

/** A value written for its unit: "87.5%", "£1,250", "12 days", "No value". */
export const writeValue = (value: number | null, unit: SeriesUnit): string => (value === null ? "No value" : formatValue(value, formatFor(unit)));

/** Where a point's value comes from, in words for a table. */
export function sourceWords(point: Pick<TrendPoint, "source">): string {
  switch (point.source) {
    case "final":
      return "Kept at the quarter's end";
    case "provisional":
      return "Kept during the quarter";
    case "live":
      return "Computed now";
    case "recorded":
      return "Recorded by hand";
    default:
      return "Nothing kept";
  }
}
