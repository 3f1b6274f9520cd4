import { type FinancialPeriod, financialPeriodFromLabel, hasEnded } from "../../../core/domain/financial-quarters";
import type { MeasureFigure } from "../../../core/domain/measures";
import type { Better, SeriesDefinition, SeriesUnit } from "./measure";

/**
 * Snapshots: a computed figure kept per quarter, so its trend survives later edits of the data it was
 * computed from. A snapshot taken after its quarter ended is final and is never overwritten; one
 * taken during the quarter is provisional and is replaced by a later one (and by the final one).
 */
export interface Snapshot {
  id: number;
  etag: string | null;
  key: string;
  seriesKey: string;
  measureKey: string;
  principleKey: string;
  /** The quarter's label, "2026/27 Q1". */
  period: string;
  periodIndex: number;
  label: string;
  value: number | null;
  unit: SeriesUnit;
  better: Better;
  basis: string;
  breakdown: readonly { label: string; value: number | null }[];
  /** The target when it was taken. */
  target: number | null;
  final: boolean;
  /** When it was last written (the item's Modified). */
  takenOn: string;
}

/** What a snapshot item holds (the list's columns, before naming them). */
export interface SnapshotValues {
  key: string;
  seriesKey: string;
  measureKey: string;
  principleKey: string;
  period: string;
  periodStart: string;
  label: string;
  value: number | null;
  unit: SeriesUnit;
  better: Better;
  basis: string;
  breakdown: string;
  target: number | null;
  final: boolean;
}

/** What keeping needs to know of a snapshot already there. */
export type KeptSnapshot = Pick<Snapshot, "id" | "etag" | "key" | "final">;

export type SnapshotWrite = { action: "add"; values: SnapshotValues } | { action: "update"; existing: KeptSnapshot; values: SnapshotValues };

/** A figure ready to keep: its definition, its principle, what it computed to and the target now. */
export interface SnapshotInput {
  series: SeriesDefinition;
  principleKey: string;
  figure: MeasureFigure;
  target: number | null;
}

/** One figure's snapshot for one quarter: the list's unique key. */
export const snapshotKey = (seriesKey: string, period: Pick<FinancialPeriod, "label">): string => `${seriesKey}@${period.label}`;

const UNITS: readonly SeriesUnit[] = ["percent", "count", "days", "score", "pounds"];
export const unitOf = (text: string | null | undefined): SeriesUnit => (UNITS.includes(text as SeriesUnit) ? (text as SeriesUnit) : "count");
export const betterOf = (text: string | null | undefined): Better => (text === "lower" ? "lower" : "higher");

/** A breakdown as stored: JSON of `{ label, value }`, at most 100 parts. */
export function breakdownText(breakdown: MeasureFigure["breakdown"]): string {
  return breakdown?.length ? JSON.stringify(breakdown.slice(0, 100).map((b) => ({ label: b.label, value: b.value }))) : "";
}

/** A stored breakdown read back; anything that is not a list of labelled numbers reads as none. */
export function parseBreakdown(text: string | null | undefined): { label: string; value: number | null }[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((p): p is { label: string; value: unknown } => typeof p === "object" && p !== null && typeof (p as { label?: unknown }).label === "string")
      .map((p) => ({ label: p.label, value: typeof p.value === "number" && Number.isFinite(p.value) ? p.value : null }));
  } catch {
    return [];
  }
}

/**
 * Whether a stored snapshot can be believed as what it says: its key is its figure and quarter, and
 * its quarter is a real one. Anything else is skipped (and counted), never shown as a figure.
 */
export function periodOfSnapshot(row: { key: string; seriesKey: string; period: string }): FinancialPeriod | null {
  try {
    const period = financialPeriodFromLabel(row.period);
    return period.kind === "quarter" && row.key === snapshotKey(row.seriesKey, period) ? period : null;
  } catch {
    return null;
  }
}

/**
 * What to write to keep these figures for a quarter. The quarter must have begun. After it has ended
 * the snapshots are final: a final one already there is kept as it is (never overwritten), a
 * provisional one becomes final. During the quarter they are provisional and replace earlier
 * provisional ones.
 */
export function planSnapshots(period: FinancialPeriod, today: string, inputs: readonly SnapshotInput[], existing: readonly KeptSnapshot[]): { writes: SnapshotWrite[]; keptFinal: string[] } {
  if (period.kind !== "quarter") throw new Error(`Figures are kept per quarter, not for ${period.label}.`);
  if (period.start > today) throw new Error(`${period.label} has not begun yet, so there is nothing to keep for it.`);
  const final = hasEnded(period, today);
  const byKey = new Map(existing.map((s) => [s.key, s]));
  const writes: SnapshotWrite[] = [];
  const keptFinal: string[] = [];
  for (const input of inputs) {
    const key = snapshotKey(input.series.key, period);
    const values: SnapshotValues = {
      key,
      seriesKey: input.series.key,
      measureKey: input.series.measureKey,
      principleKey: input.principleKey,
      period: period.label,
      periodStart: period.start,
      label: input.series.label,
      value: input.figure.value !== null && Number.isFinite(input.figure.value) ? input.figure.value : null,
      unit: input.series.unit,
      better: input.series.better,
      basis: input.figure.basis,
      breakdown: breakdownText(input.figure.breakdown),
      target: input.target,
      final,
    };
    const current = byKey.get(key);
    if (current?.final) keptFinal.push(key);
    else if (current) writes.push({ action: "update", existing: current, values });
    else writes.push({ action: "add", values });
  }
  return { writes, keptFinal };
}

/** The figures that have no final snapshot for a closed quarter yet: what the first visit of a new quarter keeps. */
export function awaitingFinal(period: FinancialPeriod, seriesKeys: readonly string[], existing: readonly Pick<Snapshot, "key" | "final">[]): string[] {
  const finals = new Set(existing.filter((s) => s.final).map((s) => s.key));
  return seriesKeys.filter((key) => !finals.has(snapshotKey(key, period)));
}

/** How a snapshot write ended. */
export type SnapshotOutcome = "taken" | "already-taken" | "failed";

export interface SnapshotSummary {
  period: string;
  final: boolean;
  taken: number;
  alreadyTaken: number;
  failed: number;
}

export function summariseOutcomes(period: FinancialPeriod, final: boolean, outcomes: readonly SnapshotOutcome[]): SnapshotSummary {
  const count = (o: SnapshotOutcome) => outcomes.filter((x) => x === o).length;
  return { period: period.label, final, taken: count("taken"), alreadyTaken: count("already-taken"), failed: count("failed") };
}

/** The summary in words, for the live region: "Kept 12 figures for 2026/27 Q1 (final); 3 were already kept." */
export function describeSummary(summary: SnapshotSummary): string {
  const figures = (n: number) => `${n} ${n === 1 ? "figure" : "figures"}`;
  const parts = [`Kept ${figures(summary.taken)} for ${summary.period}${summary.final ? " (final)" : " (so far this quarter)"}`];
  const one = summary.alreadyTaken === 1;
  if (summary.alreadyTaken) parts.push(`${figures(summary.alreadyTaken)} ${one ? "was" : "were"} already kept${summary.final ? (one ? " and stays as it was" : " and stay as they were") : ""}`);
  if (summary.failed) parts.push(`${figures(summary.failed)} could not be kept and will be tried again next time`);
  return `${parts.join("; ")}.`;
}
