import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import { financialQuarterOf, hasEnded, shiftQuarter } from "../../../core/domain/financial-quarters";
import type { AppServices } from "../../../core/services";
import type { Measure, TargetSetting } from "../domain/measure";
import { awaitingFinal, type SnapshotInput, type SnapshotOutcome, planSnapshots, type SnapshotSummary, summariseOutcomes } from "../domain/snapshot";
import { type ComputedResult, computedSeries, computeModuleFigures, type FigureSource, offersAny } from "./figures-data";
import { loadKeptFor } from "./measures-data";
import { writeSnapshots } from "./snapshots-data";

export interface KeepRequest {
  services: Pick<AppServices, "sp" | "graph">;
  sources: readonly FigureSource[];
  measures: readonly Measure[];
  targets: readonly TargetSetting[];
  period: FinancialPeriod;
  /** "2026-11-25": decides whether the quarter has ended (final) or not (provisional). */
  today: string;
  /** Figures the page already computed for this period, so their lists are not read again. */
  computed?: ReadonlyMap<string, ComputedResult>;
}

export interface KeepResult extends SnapshotSummary {
  /** Figures whose module could not compute them (kept next time). */
  errors: { seriesKey: string; error: unknown }[];
}

/**
 * Keeps every computed figure for a quarter. For a quarter that has ended, only the figures without a
 * final snapshot are computed and kept (so opening the page again reads nothing more); during the
 * quarter, every figure is kept afresh (provisional). Each module's lists are read once, and not at
 * all when the page has already computed its figures for this quarter.
 */
export async function keepQuarter(request: KeepRequest): Promise<KeepResult> {
  const { services, period, today } = request;
  const final = hasEnded(period, today);
  const measuresByKey = new Map(request.measures.map((m) => [m.key, m]));
  const series = computedSeries(request.sources).filter((s) => measuresByKey.has(s.measureKey));
  const kept = await loadKeptFor(services.sp, period.label);
  const wantedKeys = new Set(final ? awaitingFinal(period, series.map((s) => s.key), kept) : series.map((s) => s.key));
  const alreadyFinal = series.length - wantedKeys.size;
  if (wantedKeys.size === 0) return { ...summariseOutcomes(period, final, Array<SnapshotOutcome>(alreadyFinal).fill("already-taken")), errors: [] };

  const results = new Map<string, ComputedResult>();
  const needsReading = (key: string) => wantedKeys.has(key) && !request.computed?.has(key);
  for (const [key, result] of request.computed ?? []) if (wantedKeys.has(key)) results.set(key, result);
  const perModule = await Promise.all(request.sources.filter((s) => offersAny(s, needsReading)).map((s) => computeModuleFigures(services, s, period, needsReading)));
  for (const moduleResults of perModule) for (const [key, result] of moduleResults) results.set(key, result);

  const targets = new Map(request.targets.map((t) => [t.seriesKey, t.target]));
  const inputs: SnapshotInput[] = [];
  const errors: KeepResult["errors"] = [];
  for (const s of series) {
    if (!wantedKeys.has(s.key)) continue;
    const result = results.get(s.key);
    if (result?.status === "ready") inputs.push({ series: s, principleKey: measuresByKey.get(s.measureKey)!.principleKey, figure: result.figure, target: targets.get(s.key) ?? null });
    else errors.push({ seriesKey: s.key, error: result?.status === "error" ? result.error : new Error("Not computed.") });
  }
  const plan = planSnapshots(period, today, inputs, kept);
  const written = await writeSnapshots(services.sp, plan.writes);
  for (const w of written) if (w.outcome === "failed") errors.push({ seriesKey: w.key, error: w.error });
  const outcomes: SnapshotOutcome[] = [
    ...written.map((w) => w.outcome),
    ...plan.keptFinal.map((): SnapshotOutcome => "already-taken"),
    ...Array<SnapshotOutcome>(alreadyFinal).fill("already-taken"),
    ...Array<SnapshotOutcome>(inputs.length === wantedKeys.size ? 0 : wantedKeys.size - inputs.length).fill("failed"),
  ];
  return { ...summariseOutcomes(period, final, outcomes), errors };
}

/** The quarter before today's: the one the first visit of a new quarter closes. */
export const quarterToClose = (today: string): FinancialPeriod => shiftQuarter(financialQuarterOf(today), -1);
