/**
 * What a module offers the strategy measures: figures computed by pure functions from the
 * module's own data, for a period. The measures module gathers them from every module.
 */

/** A reporting period: calendar dates, both inclusive (`2026-04-01` to `2026-06-30`). */
export interface MeasurePeriod {
  start: string;
  end: string;
  /** As people say it: "2026/27 Q1". */
  label: string;
}

export type MeasureUnit = "percent" | "count" | "days" | "score";

export interface MeasureFigure {
  /** Null when the hub holds nothing to compute it from yet (never shown as zero). */
  value: number | null;
  /** What the value was computed from, in words: "41 of 60 bookings completed". */
  basis: string;
  /** Parts of the figure, e.g. per service, for the table behind a chart. */
  breakdown?: readonly { label: string; value: number | null }[];
}

/** One computed figure for a strategy measure, with the data it needs loaded once per module. */
export interface MeasureDefinition<D> {
  /** The strategy measure's key in the Measures list (its words are quoted there), e.g. "data-literacy-m2". */
  measureKey: string;
  /** Stable id of this figure within the hub, e.g. "training.confidence-uplift". */
  id: string;
  label: string;
  /** How it is measured here: which lists, by which rule, in plain words. */
  method: string;
  unit: MeasureUnit;
  better: "higher" | "lower";
  /** Pure: the figure for a period from the module's data. */
  compute(data: D, period: MeasurePeriod): MeasureFigure;
}
