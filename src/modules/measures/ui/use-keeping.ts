import { type MutableRefObject, useCallback, useEffect, useRef, useState } from "react";
import { financialQuarterOf } from "../../../core/domain/financial-quarters";
import type { AppServices } from "../../../core/services";
import { describeSummary } from "../domain/snapshot";
import type { ComputedResult } from "../data/figures-data";
import { keepQuarter, quarterToClose } from "../data/keeping";
import { loadMeasures, loadSnapshots, loadValues } from "../data/measures-data";
import { openForOwners } from "../data/values-data";
import type { MeasuresData, Scope } from "./use-measures-data";

export type KeepingStatus = { state: "idle" } | { state: "working"; message: string } | { state: "done"; message: string } | { state: "failed"; error: unknown };

interface KeepingInput {
  services: Pick<AppServices, "sp" | "graph">;
  /** Only the data lead keeps figures (the Snapshots list lets only them write). */
  canKeep: boolean;
  data: MeasuresData | null;
  scope: Scope;
  today: string;
  /** Figures the screen computed for the current quarter, so keeping it reads nothing again. */
  computedNow: MutableRefObject<Map<string, ComputedResult>>;
  patch: (change: (data: MeasuresData) => MeasuresData) => void;
}

/**
 * Keeping figures per quarter, with no server to schedule it: the first time the data lead opens a
 * measures screen in a new quarter, the quarter just ended is kept (final) for every figure that has
 * no final snapshot yet, and this quarter's values are opened for measures' owners. Two data leads
 * opening at once keep one snapshot per figure (unique keys). `keepNow` keeps this quarter so far.
 */
export function useKeeping({ services, canKeep, data, scope, today, computedNow, patch }: KeepingInput) {
  const [status, setStatus] = useState<KeepingStatus>({ state: "idle" });
  const started = useRef(false);
  const { sp, graph } = services;

  const refreshSnapshots = useCallback(async () => {
    const snapshots = await loadSnapshots(sp, { principleKey: scope.principleKey, since: scope.since.start });
    patch((d) => ({ ...d, snapshots: snapshots.items }));
  }, [sp, scope.principleKey, scope.since.start, patch]);

  const allMeasures = useCallback(async () => (scope.principleKey || !data ? loadMeasures(sp) : data.measures), [sp, scope.principleKey, data]);

  // The first visit of a new quarter: once per screen, after its own reads.
  useEffect(() => {
    if (!canKeep || !data || started.current) return;
    started.current = true;
    const closing = quarterToClose(today);
    const current = financialQuarterOf(today);
    void (async () => {
      try {
        const measures = await allMeasures();
        const result = await keepQuarter({ services: { sp, graph }, sources: data.sources, measures, targets: data.targets, period: closing, today });
        for (const e of result.errors) console.error("Data Hub: a figure could not be kept", e.seriesKey, e.error);
        const owned = measures.filter((m) => m.owner);
        if (owned.length) await openForOwners(sp, owned, [current], (await loadValues(sp, { since: current.start })).items);
        if (result.taken > 0) {
          await refreshSnapshots();
          setStatus({ state: "done", message: describeSummary(result) });
        } else if (result.failed > 0) setStatus({ state: "done", message: describeSummary(result) });
      } catch (error) {
        console.error("Data Hub: the quarter could not be kept", error);
        setStatus({ state: "failed", error });
      }
    })();
  }, [canKeep, data, today, sp, graph, allMeasures, refreshSnapshots]);

  /** Keeps every figure for this quarter so far (provisional), when the data lead asks. */
  const keepNow = useCallback(async () => {
    if (!data) return;
    const current = financialQuarterOf(today);
    setStatus({ state: "working", message: `Keeping ${current.label}'s figures…` });
    try {
      const computed = new Map([...computedNow.current].filter(([, r]) => r.status === "ready"));
      const result = await keepQuarter({ services: { sp, graph }, sources: data.sources, measures: await allMeasures(), targets: data.targets, period: current, today, computed });
      for (const e of result.errors) console.error("Data Hub: a figure could not be kept", e.seriesKey, e.error);
      await refreshSnapshots();
      setStatus({ state: "done", message: describeSummary(result) });
    } catch (error) {
      setStatus({ state: "failed", error });
    }
  }, [data, today, sp, graph, computedNow, allMeasures, refreshSnapshots]);

  return { status, keepNow };
}
