import { formatValue, listInWords } from "../../../core/domain/chart-data";
import { plural } from "../../../core/domain/format";
import type { GroupChange } from "./change";
import { SCORE_FORMAT } from "./chart-views";
import type { GroupResult } from "./results";

/** A score as the screens write it: one decimal place ("2.5"). */
export function formatScore(value: number | null | undefined): string {
  return formatValue(value, SCORE_FORMAT);
}

/**
 * A group's figures in one sentence, to read beside the strategy's own words: "median 2.6, middle
 * half of teams 2.3 to 2.9 (interquartile range 0.6), lowest 1.5, highest 3.8; 64 teams, 2 outliers".
 */
export function describeGroup(group: GroupResult | undefined): string {
  const s = group?.summary;
  if (!s) return "no team has a score here yet";
  const outliers = s.outliers.length === 0 ? "no outliers" : plural(s.outliers.length, "outlier");
  return `median ${formatScore(s.median)}, middle half of teams ${formatScore(s.q1)} to ${formatScore(s.q3)} (interquartile range ${formatScore(s.iqr)}), lowest ${formatScore(s.min)}, highest ${formatScore(s.max)}; ${plural(s.count, "team")}, ${outliers}`;
}

/** How a topic's or theme's distribution moved between two rounds, in words. */
export function describeShift(change: GroupChange): string {
  if (change.medianShift === null || !change.before || !change.after) return "not scored in both rounds";
  const way = (d: number) => (Math.abs(d) < 0.05 ? "no change" : `${d > 0 ? "up" : "down"} ${formatScore(Math.abs(d))}`);
  const moved = change.paired > 0 ? `; of ${plural(change.paired, "team")} in both rounds, ${change.improved} improved, ${change.declined} declined, ${change.unchanged} unchanged` : "";
  return `median ${formatScore(change.before.median)} to ${formatScore(change.after.median)} (${way(change.medianShift)}); middle half ${formatScore(change.before.q1)}–${formatScore(change.before.q3)} to ${formatScore(change.after.q1)}–${formatScore(change.after.q3)}${moved}`;
}

/** The topics or themes marked because a linked improvement action was completed between the rounds. */
export function describeMarked(changes: readonly GroupChange[]): string {
  const marked = changes.filter((c) => c.marked).map((c) => c.name);
  return marked.length === 0 ? "No linked improvement action was completed between these rounds." : `A linked improvement action was completed between these rounds for ${listInWords(marked, 4)}.`;
}
