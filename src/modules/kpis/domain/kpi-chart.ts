import type { LinePoint, ValueFormat } from "../../../core/domain/chart-data";
import type { Kpi } from "./kpi";
import { KPI_RAG_PRESENTATION } from "./kpi-rag";
import type { KpiSummary } from "./kpi-series";
import { formatKpiValue } from "./kpi-words";

/**
 * The KPI's history in one sentence, for the chart's summary: the span, where the values went, and
 * how many periods were on target. "From 2023/24 Q3 to 2026/27 Q2, 12 quarters: 62% to 71.5%; on
 * target in 7 of the 10 periods with a value and a target."
 */
export function chartSummary(kpi: Pick<Kpi, "unit">, summary: KpiSummary): string {
  const rows = summary.rows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return "No periods to show yet.";
  const noun = last.period.kind === "month" ? "months" : last.period.kind === "quarter" ? "quarters" : "years";
  const withValues = rows.filter((r) => r.value !== null);
  const span = `From ${first.period.label} to ${last.period.label}, ${rows.length} ${rows.length === 1 ? noun.replace(/s$/, "") : noun}`;
  if (!withValues.length) return `${span}: no values entered yet.`;
  const from = withValues[0]!;
  const to = withValues[withValues.length - 1]!;
  const judged = withValues.filter((r) => r.rag === "Green" || r.rag === "Amber" || r.rag === "Red");
  const onTarget = judged.filter((r) => r.rag === "Green").length;
  const movement = withValues.length === 1 ? `one value, ${formatKpiValue(from.value!, kpi.unit)} in ${from.period.label}` : `${formatKpiValue(from.value!, kpi.unit)} in ${from.period.label} to ${formatKpiValue(to.value!, kpi.unit)} in ${to.period.label}`;
  const targets = judged.length ? `on target in ${onTarget} of the ${judged.length} periods with a value and a target` : "no target to judge them against";
  return `${span}: ${movement}; ${targets}.`;
}

/** The chart kit's points for a KPI's history: value, target, and the RAG in the KPI's own words. */
export function chartPoints(summary: KpiSummary): LinePoint[] {
  return summary.rows.map((row) => ({
    period: row.period.label,
    value: row.value,
    target: row.target,
    // "No target" and "No value" have no colour: the kit draws them as a ring.
    status: row.value === null ? null : { rag: row.rag === "Green" || row.rag === "Amber" || row.rag === "Red" ? row.rag : "None", text: KPI_RAG_PRESENTATION[row.rag].words },
  }));
}

/** How the chart writes the KPI's values: percentages, pounds, or a number with its unit. */
export function chartFormat(unit: string): ValueFormat {
  const u = unit.trim();
  if (u === "%") return { kind: "percent" };
  if (u === "£") return { kind: "pounds" };
  return u ? { unit: { singular: u, plural: u } } : {};
}
