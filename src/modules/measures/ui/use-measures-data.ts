import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import type { ModuleDefinition } from "../../../core/module";
import type { AppServices } from "../../../core/services";
import { useAsync } from "../../../core/ui/use-async";
import type { LiveFigure } from "../domain/assemble";
import type { Measure, SeriesDefinition, TargetSetting } from "../domain/measure";
import type { RecordedValue } from "../domain/recorded";
import type { Snapshot } from "../domain/snapshot";
import { type ComputedResult, computedSeries, computeModuleFigures, type FigureSource, figureSources, offersAny, type SourceFailure } from "../data/figures-data";
import { loadMeasures, loadSnapshots, loadTargets, loadValues } from "../data/measures-data";

/** What a measures screen reads once: the measures, targets, kept figures, recorded values and the modules' figures' code. */
export interface MeasuresData {
  measures: Measure[];
  targets: TargetSetting[];
  snapshots: Snapshot[];
  values: RecordedValue[];
  sources: FigureSource[];
  sourceFailures: SourceFailure[];
  /** Computed series whose measure is on this screen. */
  computed: SeriesDefinition[];
  /** Stored items skipped because they did not hold together. */
  skipped: number;
}

export interface Scope {
  principleKey?: string;
  /** The first quarter any trend on the screen shows. */
  since: FinancialPeriod;
}

/**
 * Reads each list once for the screen, in parallel: the measures (47 at most), the targets, the kept
 * figures and the recorded values from the first quarter shown (one principle's when the screen is a
 * principle's; both filters are on indexed columns), and each module's figures' code (no data yet).
 */
export function useMeasuresData(services: Pick<AppServices, "sp">, modules: readonly ModuleDefinition[], scope: Scope) {
  const { sp } = services;
  const state = useAsync(async (): Promise<MeasuresData> => {
    const range = { principleKey: scope.principleKey, since: scope.since.start };
    const [measures, targets, snapshots, values, gathered] = await Promise.all([loadMeasures(sp, scope.principleKey), loadTargets(sp), loadSnapshots(sp, range), loadValues(sp, range), figureSources(modules)]);
    const keys = new Set(measures.map((m) => m.key));
    return {
      measures,
      targets,
      snapshots: snapshots.items,
      values: values.items,
      sources: gathered.sources,
      sourceFailures: gathered.failures,
      computed: computedSeries(gathered.sources).filter((s) => keys.has(s.measureKey)),
      skipped: snapshots.skipped + values.skipped,
    };
  }, [sp, modules, scope.principleKey, scope.since.start]);

  // Saves update what is shown in place: the lists are not read again.
  const [patched, setPatched] = useState<MeasuresData | null>(null);
  useEffect(() => setPatched(null), [state]);
  const data = state.status === "ready" ? (patched ?? state.value) : null;
  const patch = useCallback(
    (change: (data: MeasuresData) => MeasuresData) => {
      if (state.status !== "ready") return;
      setPatched((current) => change(current ?? state.value));
    },
    [state],
  );
  return { state, data, patch };
}

/**
 * The chosen quarter's figures computed now, module by module as each one's lists arrive (one read per
 * module, and only of modules with a figure on the screen). Null period: nothing is computed (a past
 * quarter is shown from what was kept).
 */
export function useLiveFigures(services: Pick<AppServices, "sp" | "graph">, data: MeasuresData | null, period: FinancialPeriod | null) {
  const [live, setLive] = useState<ReadonlyMap<string, LiveFigure>>(new Map());
  const results = useRef(new Map<string, ComputedResult>());
  const [pendingModules, setPendingModules] = useState(0);
  const { sp, graph } = services;
  const sources = data?.sources;
  const wantedKeys = useMemo(() => new Set(data?.computed.map((s) => s.key) ?? []), [data?.computed]);

  useEffect(() => {
    results.current = new Map();
    if (!sources || !period) {
      setLive(new Map());
      setPendingModules(0);
      return;
    }
    let cancelled = false;
    const wanted = (key: string) => wantedKeys.has(key);
    const reading = sources.filter((s) => offersAny(s, wanted));
    setLive(new Map([...wantedKeys].map((key): [string, LiveFigure] => [key, { status: "loading" }])));
    setPendingModules(reading.length);
    for (const source of reading) {
      void computeModuleFigures({ sp, graph }, source, period, wanted).then((moduleResults) => {
        if (cancelled) return;
        for (const [key, result] of moduleResults) results.current.set(key, result);
        setLive((current) => {
          const next = new Map(current);
          for (const [key, result] of moduleResults) next.set(key, result);
          return next;
        });
        setPendingModules((n) => n - 1);
      });
    }
    return () => {
      cancelled = true;
    };
  }, [sp, graph, sources, wantedKeys, period]);

  return { live, computedNow: results, pendingModules };
}
