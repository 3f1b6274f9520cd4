import type { ChartStatus } from "../../../core/domain/chart-data";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import type { MeasureFigure } from "../../../core/domain/measures";
import type { PrincipleChoice } from "../../../core/domain/principles";
import { type Measure, RECORDED_PREFIX, recordedSeries, type SeriesDefinition, type TargetSetting } from "./measure";
import { periodOfValue, type RecordedValue } from "./recorded";
import type { Snapshot } from "./snapshot";
import { directionOf, type DirectionOfTravel, type QuarterValue, targetStatus, type TrendPoint, trendPoints } from "./trend";
import { whyRecorded } from "./why-recorded";

/** A computed figure for the chosen quarter, as far as its module has got. */
export type LiveFigure = { status: "loading" } | { status: "ready"; figure: MeasureFigure } | { status: "error"; error: unknown };

export interface SeriesView {
  series: SeriesDefinition;
  target: TargetSetting | null;
  /** Every quarter of the trend, oldest first; the last is the chosen quarter. */
  points: TrendPoint[];
  /** The chosen quarter's point. */
  current: TrendPoint;
  /** The chosen quarter's parts, for the table behind its bar chart. */
  breakdown: readonly { label: string; value: number | null }[];
  direction: DirectionOfTravel;
  status: ChartStatus | null;
  /** Computed now: still loading, or its module failed. */
  live: LiveFigure | null;
}

export interface MeasureView {
  measure: Measure;
  series: SeriesView[];
  /** Why it is recorded by hand, when no module computes it. */
  whyRecorded: string | null;
  /** Its recorded values, newest first. */
  recorded: RecordedValue[];
}

export interface PrincipleView {
  principle: PrincipleChoice;
  measures: MeasureView[];
}

export interface AssembleInput {
  principles: readonly PrincipleChoice[];
  measures: readonly Measure[];
  /** Figures the modules offer (computed series). */
  computed: readonly SeriesDefinition[];
  targets: readonly TargetSetting[];
  snapshots: readonly Snapshot[];
  values: readonly RecordedValue[];
  /** The trend's quarters, oldest first, ending with the chosen one. */
  quarters: readonly FinancialPeriod[];
  /** Figures computed now for the chosen quarter (the current quarter only). */
  live: ReadonlyMap<string, LiveFigure>;
}

/**
 * Every principle's measures with their figures: computed ones from the modules (live for the current
 * quarter, snapshots before it) and the one recorded by hand where no module computes the measure,
 * or where the data lead records something beside the computed figures, or values were recorded.
 */
export function assemble(input: AssembleInput): PrincipleView[] {
  const chosen = input.quarters[input.quarters.length - 1];
  if (!chosen) throw new Error("A trend needs at least one quarter.");
  const targets = new Map(input.targets.map((t) => [t.seriesKey, t]));
  const snapshotsBySeries = groupBy(input.snapshots, (s) => s.seriesKey);
  const valuesByMeasure = groupBy(
    input.values.filter((v) => periodOfValue(v)),
    (v) => v.measureKey,
  );
  const computedByMeasure = groupBy(input.computed, (s) => s.measureKey);

  const seriesView = (series: SeriesDefinition, recorded: readonly RecordedValue[]): SeriesView => {
    const live = series.kind === "computed" ? (input.live.get(series.key) ?? null) : null;
    const values: QuarterValue[] =
      series.kind === "recorded"
        ? recorded.map((v) => ({ periodIndex: v.periodIndex, value: v.value, source: "recorded" as const, basis: v.evidence, takenOn: v.savedOn }))
        : (snapshotsBySeries.get(series.key) ?? []).map((s) => ({ periodIndex: s.periodIndex, value: s.value, source: s.final ? ("final" as const) : ("provisional" as const), basis: s.basis, takenOn: s.takenOn }));
    if (live?.status === "ready") values.push({ periodIndex: chosen.index, value: live.figure.value, source: "live", basis: live.figure.basis });
    const points = trendPoints(input.quarters, values);
    const current = points[points.length - 1]!;
    const target = targets.get(series.key) ?? null;
    const snapshot = (snapshotsBySeries.get(series.key) ?? []).find((s) => s.periodIndex === chosen.index);
    const breakdown = live?.status === "ready" ? (live.figure.breakdown ?? []) : current.source === "final" || current.source === "provisional" ? (snapshot?.breakdown ?? []) : [];
    return { series, target, points, current, breakdown, direction: directionOf(points, series.better, series.unit), status: targetStatus(current.value, target?.target ?? null, series.better), live };
  };

  return input.principles.map((principle) => ({
    principle,
    measures: input.measures
      .filter((m) => m.principleKey === principle.key)
      .sort((a, b) => a.order - b.order)
      .map((measure): MeasureView => {
        const computed = computedByMeasure.get(measure.key) ?? [];
        const recorded = [...(valuesByMeasure.get(measure.key) ?? [])].sort((a, b) => b.periodIndex - a.periodIndex);
        const hasRecorded = computed.length === 0 || !!measure.recorded.label?.trim() || recorded.some((v) => v.value !== null);
        const series = [...computed.map((s) => seriesView(s, [])), ...(hasRecorded ? [seriesView(recordedSeries(measure), recorded)] : [])];
        return { measure, series, whyRecorded: computed.length === 0 ? whyRecorded(measure.key, measure.computable) : null, recorded };
      }),
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The figure that leads a principle on Home: the one the data lead marked as headline (the first by
 * the strategy's order if several are), otherwise the first with a value, otherwise the first.
 */
export function headlineOf(view: PrincipleView): { measure: MeasureView; series: SeriesView } | null {
  const all = view.measures.flatMap((measure) => measure.series.map((series) => ({ measure, series })));
  return all.find((x) => x.series.target?.headline) ?? all.find((x) => x.series.points.some((p) => p.value !== null)) ?? all[0] ?? null;
}

/** The kept figures' own descriptions, so Home needs no module's code or data: label, unit and direction were kept with each value. */
export function seriesFromSnapshots(snapshots: readonly Snapshot[]): SeriesDefinition[] {
  const latest = new Map<string, Snapshot>();
  for (const s of snapshots) {
    if (s.seriesKey.startsWith(RECORDED_PREFIX)) continue;
    const current = latest.get(s.seriesKey);
    if (!current || s.periodIndex > current.periodIndex) latest.set(s.seriesKey, s);
  }
  return [...latest.values()].map((s) => ({ key: s.seriesKey, measureKey: s.measureKey, kind: "computed", label: s.label, method: "", unit: s.unit, better: s.better, source: "the hub" }));
}
