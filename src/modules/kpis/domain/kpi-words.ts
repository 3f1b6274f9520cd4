import type { Offset } from "./deadline-rules";
import type { KpiFrequency, Polarity, Tolerance } from "./kpi";
import { KPI_RAG_PRESENTATION } from "./kpi-rag";
import type { KpiRow } from "./kpi-series";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A value with its unit as the council writes it: "86.5%", "£1,200", "23 days", "1,234". */
export function formatKpiValue(value: number, unit: string): string {
  const n = numberFormat.format(value);
  const u = unit.trim();
  if (!u) return n;
  if (u === "%") return `${n}%`;
  if (u === "£") return `£${n}`;
  return `${n} ${u}`;
}

export const polarityWords = (p: Polarity): string => (p === "higher is better" ? "Higher is better" : "Lower is better");

export const frequencyWords = (f: KpiFrequency): string => (f === "monthly" ? "Monthly" : f === "quarterly" ? "Quarterly (financial quarters)" : "Annual (financial years)");

/** How far short of target is still amber: "Amber within 5 percentage points of the target". */
export function toleranceWords(t: Tolerance, unit: string): string {
  if (!t.amount) return "No amber: anything short of target is red";
  if (t.kind === "percent") return `Amber within ${numberFormat.format(t.amount)}% of the target`;
  return `Amber within ${unit.trim() === "%" ? `${numberFormat.format(t.amount)} percentage points` : formatKpiValue(t.amount, unit)} of the target`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1 month after the period ends", "20 days after the period ends", "on the day the period ends". */
export function valueDueWords(o: Offset): string {
  const parts = [o.months ? plural(o.months, "month") : "", o.days > 0 ? plural(o.days, "day") : ""].filter(Boolean);
  if (o.days < 0) return `${parts.length ? parts.join(" and ") : "0 months"} less ${plural(-o.days, "day")} after the period ends`;
  return parts.length ? `${parts.join(" and ")} after the period ends` : "On the day the period ends";
}

/** "86% in 2026/27 Q2, target 85%: on target." The sentence that leads a KPI's page. */
export function latestWords(row: KpiRow | null, unit: string): string {
  if (!row || row.value === null) return "No value entered yet.";
  const value = `${formatKpiValue(row.value, unit)} in ${row.period.label}`;
  if (row.target === null) return `${value}; no target set for it.`;
  return `${value}, against a target of ${formatKpiValue(row.target, unit)}: ${KPI_RAG_PRESENTATION[row.rag].words.toLowerCase()}.`;
}
