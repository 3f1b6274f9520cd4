import { Text } from "@fluentui/react-components";
import type { Kpi } from "../domain/kpi";
import type { KpiSummary } from "../domain/kpi-series";
import { chartSummary } from "../domain/kpi-chart";

/**
 * The KPI's values against its targets over time. Until the chart kit (src/core/ui/charts) is on
 * this branch, its sentence in words; the table below holds every number.
 */
export function KpiChart({ kpi, summary }: { kpi: Kpi; summary: KpiSummary }) {
  return <Text as="p">{chartSummary(kpi, summary)}</Text>;
}
