import { LineChart } from "../../../core/ui/charts";
import type { Kpi } from "../domain/kpi";
import { chartFormat, chartPoints, chartSummary } from "../domain/kpi-chart";
import type { KpiSummary } from "../domain/kpi-series";

/**
 * The KPI's values against its targets over time: the chart kit's line with the target as a dashed
 * step and each point's RAG as a shape, with its summary in words and its table.
 */
export function KpiChart({ kpi, summary }: { kpi: Kpi; summary: KpiSummary }) {
  const noun = summary.rows[0]?.period.kind === "month" ? "Month" : summary.rows[0]?.period.kind === "year" ? "Year" : "Quarter";
  return <LineChart title={`${kpi.name}: values and targets`} headingLevel={3} summary={chartSummary(kpi, summary)} points={chartPoints(summary)} valueLabel={kpi.name} periodLabel={noun} format={chartFormat(kpi.unit)} />;
}
