import type { Kpi } from "./kpi";
import type { KpiRag } from "./kpi-rag";
import type { KpiSummary } from "./kpi-series";

/**
 * Figures the KPIs offer the strategy measures ("Develop and track KPIs…", "Incorporate
 * non-statutory KPIs to showcase successes").
 *
 * Share on target = KPIs whose latest value is green ÷ KPIs whose latest value has a RAG
 * (green, amber or red). KPIs with no value or no target are counted apart, never as on target;
 * the share is null when no KPI can be judged.
 */
export interface KpiFigures {
  total: number;
  statutory: number;
  nonStatutory: number;
  /** Non-statutory KPIs flagged as highlighting a service success. */
  successes: number;
  byRag: Record<KpiRag, number>;
  assessed: number;
  onTarget: number;
  shareOnTarget: number | null;
}

export function kpiFigures(summaries: readonly Pick<KpiSummary, "kpi" | "rag">[]): KpiFigures {
  const byRag: Record<KpiRag, number> = { Green: 0, Amber: 0, Red: 0, "No target": 0, "No value": 0 };
  let statutory = 0;
  let successes = 0;
  for (const s of summaries) {
    byRag[s.rag]++;
    if (s.kpi.statutory) statutory++;
    else if (s.kpi.highlightsSuccess) successes++;
  }
  const assessed = byRag.Green + byRag.Amber + byRag.Red;
  return {
    total: summaries.length,
    statutory,
    nonStatutory: summaries.length - statutory,
    successes,
    byRag,
    assessed,
    onTarget: byRag.Green,
    shareOnTarget: assessed ? byRag.Green / assessed : null,
  };
}

/** The register's views, as filters the list screen applies. */
export const KPI_VIEWS = {
  byService: (kpi: Kpi, service: string) => kpi.service === service,
  mine: (kpi: Kpi, person: string) => kpi.owner === person,
  offTarget: (s: Pick<KpiSummary, "rag">) => s.rag === "Red" || s.rag === "Amber",
  successes: (kpi: Kpi) => !kpi.statutory && kpi.highlightsSuccess,
} as const;
