import type { Kpi, KpiTarget, Polarity, Tolerance } from "./kpi";
import { type ReportingPeriod, periodFromKey } from "./periods";

export type KpiRag = "Green" | "Amber" | "Red" | "No target" | "No value";

/**
 * Words and icon names for each RAG, so status is never colour alone (the screen adds the colour
 * from theme tokens). Icon names are Fluent UI icons.
 */
export const KPI_RAG_PRESENTATION: Record<KpiRag, { words: string; icon: string }> = {
  Green: { words: "On target", icon: "CheckmarkCircle" },
  Amber: { words: "Just off target", icon: "Warning" },
  Red: { words: "Off target", icon: "DismissCircle" },
  "No target": { words: "No target set", icon: "QuestionCircle" },
  "No value": { words: "No value yet", icon: "Circle" },
};

export interface ResolvedTarget {
  value: number;
  tolerance: Tolerance;
  /** The target's own first period, to say "target set for 2025/26 Q1". */
  from: string;
}

interface ParsedTarget {
  target: KpiTarget;
  kind: ReportingPeriod["kind"];
  basis: ReportingPeriod["basis"];
  fromIndex: number;
  toIndex: number;
}

// Targets are read once per targets list, not once per period: a KPI page asks for 36 periods.
const parsed = new WeakMap<readonly KpiTarget[], ParsedTarget[]>();

function parseTargets(targets: readonly KpiTarget[]): ParsedTarget[] {
  let list = parsed.get(targets);
  if (!list) {
    list = targets.map((target) => {
      const from = periodFromKey(target.from);
      return { target, kind: from.kind, basis: from.basis, fromIndex: from.index, toIndex: target.to === null ? Infinity : periodFromKey(target.to).index };
    });
    parsed.set(targets, list);
  }
  return list;
}

/**
 * The target for a period: of the targets whose range covers it, the one that starts latest.
 * A target with no end runs until a later one starts. Null when none covers the period.
 */
export function targetFor(kpi: Pick<Kpi, "targets" | "tolerance">, period: ReportingPeriod): ResolvedTarget | null {
  let best: ParsedTarget | null = null;
  for (const t of parseTargets(kpi.targets)) {
    if (t.kind !== period.kind || t.basis !== period.basis || t.fromIndex > period.index || t.toIndex < period.index) continue;
    if (!best || t.fromIndex > best.fromIndex) best = t;
  }
  return best ? { value: best.target.value, tolerance: best.target.tolerance ?? kpi.tolerance, from: best.target.from } : null;
}

/** How far a tolerance lets a value fall short of a target; a percentage is of the target's size. */
export function allowedShortfall(target: number, tolerance: Tolerance): number {
  return tolerance.kind === "absolute" ? Math.abs(tolerance.amount) : (Math.abs(target) * Math.abs(tolerance.amount)) / 100;
}

/**
 * The RAG rule, the same for every KPI:
 * 1. No value for the period: "No value". A value with no target: "No target". Neither is ever green.
 * 2. Shortfall = target − value when higher is better, value − target when lower is better.
 * 3. Green when the shortfall is zero or less (on target or better).
 * 4. Amber when the shortfall is within the tolerance (absolute, or a percentage of the target).
 *    A tolerance of 0 means there is no amber: just short is red.
 * 5. Red otherwise.
 * Values that differ from a boundary only by floating-point noise (1e-9 of the target) count as on it.
 */
export function kpiRag(value: number | null, target: Pick<ResolvedTarget, "value" | "tolerance"> | null, polarity: Polarity): KpiRag {
  if (value === null || !Number.isFinite(value)) return "No value";
  if (!target) return "No target";
  const shortfall = polarity === "higher is better" ? target.value - value : value - target.value;
  const noise = 1e-9 * Math.max(1, Math.abs(target.value));
  if (shortfall <= noise) return "Green";
  const allowed = allowedShortfall(target.value, target.tolerance);
  return allowed > 0 && shortfall <= allowed + noise ? "Amber" : "Red";
}
