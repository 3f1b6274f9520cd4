import type { Polarity } from "./kpi";
import type { ReportingPeriod } from "./periods";

export type TrendDirection = "improving" | "worsening" | "no change" | "unknown";

export interface Trend {
  direction: TrendDirection;
  /** Consecutive periods, ending with the latest, that moved the same way (0 when unknown). */
  streak: number;
  /** "Improving for 3 quarters", "Worse than last quarter", "No change from last quarter". */
  words: string;
}

export interface TrendPoint {
  period: ReportingPeriod;
  value: number;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * The trend of the latest values, in words. Only consecutive periods are compared: a gap ends
 * the run, and a latest value with no value for the period before it has no trend. Better and
 * worse follow the KPI's polarity. Values equal to within 1e-9 are "no change".
 *
 * - one step better: "Better than last quarter"; two or more in a row: "Improving for 3 quarters"
 * - one step worse: "Worse than last quarter"; two or more in a row: "Worsening for 2 quarters"
 * - equal to the last: "No change from last quarter" (a run of equal values: "No change for 2 quarters")
 */
export function trendOf(points: readonly TrendPoint[], polarity: Polarity): Trend {
  const sorted = [...points].sort((a, b) => a.period.index - b.period.index);
  const last = sorted[sorted.length - 1];
  if (!last) return { direction: "unknown", streak: 0, words: "No values yet" };
  const noun = last.period.kind === "snapshot" ? "snapshot" : last.period.kind;
  const previous = sorted[sorted.length - 2];
  if (!previous) return { direction: "unknown", streak: 0, words: "Not enough values for a trend" };
  if (previous.period.index !== last.period.index - 1) return { direction: "unknown", streak: 0, words: `No value for the ${noun} before ${last.period.label} to compare with` };

  const directionOf = (before: number, after: number): TrendDirection => {
    const change = after - before;
    if (Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(before))) return "no change";
    return (change > 0) === (polarity === "higher is better") ? "improving" : "worsening";
  };
  const direction = directionOf(previous.value, last.value);
  let streak = 1;
  for (let i = sorted.length - 2; i > 0; i--) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.period.index !== b.period.index - 1 || directionOf(a.value, b.value) !== direction) break;
    streak++;
  }
  const words =
    direction === "improving"
      ? streak === 1
        ? `Better than last ${noun}`
        : `Improving for ${plural(streak, noun)}`
      : direction === "worsening"
        ? streak === 1
          ? `Worse than last ${noun}`
          : `Worsening for ${plural(streak, noun)}`
        : streak === 1
          ? `No change from last ${noun}`
          : `No change for ${plural(streak, noun)}`;
  return { direction, streak, words };
}
