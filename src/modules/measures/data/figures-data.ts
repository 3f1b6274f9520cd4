import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import type { ModuleDefinition, ModuleMeasures } from "../../../core/module";
import type { AppServices } from "../../../core/services";
import type { SeriesDefinition } from "../domain/measure";

/**
 * The figures every module offers the strategy measures, through the module contract: each module's
 * `measures()` gives a loader (its lists read once for a period) and pure figures. Modules are handed
 * in (the shell's `useModules()`), never imported, so a module that lands later appears by itself.
 */

/** One module's figures and the loader behind them. */
export interface FigureSource {
  moduleId: string;
  moduleTitle: string;
  measures: ModuleMeasures;
}

/** A module whose figures' code could not be loaded: the page names it instead of its figures. */
export interface SourceFailure {
  moduleId: string;
  moduleTitle: string;
  error: unknown;
}

/** Loads each module's figures' code (not its data), in parallel. */
export async function figureSources(modules: readonly ModuleDefinition[]): Promise<{ sources: FigureSource[]; failures: SourceFailure[] }> {
  const offering = modules.filter((m) => m.measures);
  const settled = await Promise.allSettled(offering.map((m) => m.measures!()));
  const sources: FigureSource[] = [];
  const failures: SourceFailure[] = [];
  settled.forEach((result, i) => {
    const module = offering[i]!;
    if (result.status === "fulfilled") sources.push({ moduleId: module.id, moduleTitle: module.title, measures: result.value });
    else failures.push({ moduleId: module.id, moduleTitle: module.title, error: result.reason });
  });
  return { sources, failures };
}

/** A module's figure as a series of the measures page. */
export function seriesOf(source: FigureSource, figure: MeasureDefinition<unknown>): SeriesDefinition {
  return { key: figure.id, measureKey: figure.measureKey, kind: "computed", label: figure.label, method: figure.method, unit: figure.unit, better: figure.better, source: source.moduleTitle };
}

/** Every figure the sources offer, as series (the same id twice keeps the first, so one figure is never shown twice). */
export function computedSeries(sources: readonly FigureSource[]): SeriesDefinition[] {
  const seen = new Set<string>();
  const out: SeriesDefinition[] = [];
  for (const source of sources) {
    for (const figure of source.measures.figures) {
      if (seen.has(figure.id)) continue;
      seen.add(figure.id);
      out.push(seriesOf(source, figure));
    }
  }
  return out;
}

export type ComputedResult = { status: "ready"; figure: MeasureFigure } | { status: "error"; error: unknown };

/**
 * Reads one module's data for a period (once) and computes its figures that `wanted` accepts. A
 * module whose read fails gives every one of its figures that error; a figure whose rule throws
 * gives its own error, and the others still count.
 */
export async function computeModuleFigures(services: Pick<AppServices, "sp" | "graph">, source: FigureSource, period: MeasurePeriod, wanted: (seriesKey: string) => boolean): Promise<Map<string, ComputedResult>> {
  const figures = source.measures.figures.filter((f) => wanted(f.id));
  const results = new Map<string, ComputedResult>();
  if (figures.length === 0) return results;
  let data: unknown;
  try {
    data = await source.measures.load(services, period);
  } catch (error) {
    for (const f of figures) results.set(f.id, { status: "error", error });
    return results;
  }
  for (const f of figures) {
    try {
      results.set(f.id, { status: "ready", figure: f.compute(data, period) });
    } catch (error) {
      results.set(f.id, { status: "error", error });
    }
  }
  return results;
}

/** Whether a source offers any figure `wanted` accepts (so its lists are read only when needed). */
export const offersAny = (source: FigureSource, wanted: (seriesKey: string) => boolean): boolean => source.measures.figures.some((f) => wanted(f.id));
