import type { MeasureUnit } from "../../../core/domain/measures";
import type { ValueFormat } from "../../../core/domain/chart-data";

/** A unit a figure is written in: the module contract's, and pounds for what is recorded by hand (return on investment). */
export type SeriesUnit = MeasureUnit | "pounds";
export type Better = "higher" | "lower";

export interface PersonRef {
  id: number;
  name: string | null;
  email: string | null;
}

/** What is recorded by hand for a measure, as the data lead describes it (blank: the measure's own title, a count). */
export interface RecordedDescription {
  label: string | null;
  unit: SeriesUnit | null;
  better: Better | null;
}

/** A "How will we measure success?" measure, its words quoted from the strategy. */
export interface Measure {
  id: number;
  etag: string | null;
  key: string;
  principleKey: string;
  /** The measure's name in the strategy: "Accuracy Improvements". */
  title: string;
  /** The strategy's words for it. */
  description: string;
  /** Whether the strategy's measure is one the hub was built to compute (the seed's judgement). */
  computable: boolean;
  order: number;
  owner: PersonRef | null;
  recorded: RecordedDescription;
}

/**
 * One figure of a measure, shown with its trend: computed by a module (its id from the module's
 * figures) or recorded by hand (`recorded.<measure key>`).
 */
export interface SeriesDefinition {
  key: string;
  measureKey: string;
  kind: "computed" | "recorded";
  label: string;
  /** How it is measured here, in words: which lists by which rule, or how it is recorded. */
  method: string;
  unit: SeriesUnit;
  better: Better;
  /** The module that computes it ("Training"); for recorded figures, "Recorded by hand". */
  source: string;
}

export const RECORDED_PREFIX = "recorded.";
export const recordedSeriesKey = (measureKey: string): string => `${RECORDED_PREFIX}${measureKey}`;

/** The units the Measures list offers for recorded values, as the list's choices name them. */
export const UNIT_CHOICES: Readonly<Record<SeriesUnit, string>> = { percent: "Percentage", count: "Count", days: "Days", score: "Score", pounds: "Pounds" };

export function unitFromChoice(choice: string | null | undefined): SeriesUnit | null {
  const found = (Object.entries(UNIT_CHOICES) as [SeriesUnit, string][]).find(([, label]) => label === choice);
  return found ? found[0] : null;
}

export function betterFromChoice(choice: string | null | undefined): Better | null {
  return choice === "Higher" ? "higher" : choice === "Lower" ? "lower" : null;
}

export const RECORDED_METHOD = "Recorded by hand each quarter, with its evidence, by the measure's owner or the data lead (MeasureValues list).";

/** The figure recorded by hand for a measure. */
export function recordedSeries(measure: Measure): SeriesDefinition {
  return {
    key: recordedSeriesKey(measure.key),
    measureKey: measure.key,
    kind: "recorded",
    label: measure.recorded.label?.trim() || measure.title,
    method: RECORDED_METHOD,
    unit: measure.recorded.unit ?? "count",
    better: measure.recorded.better ?? "higher",
    source: "Recorded by hand",
  };
}

/** How the chart kit writes a unit's values. */
export function formatFor(unit: SeriesUnit): ValueFormat {
  switch (unit) {
    case "percent":
      return { kind: "percent" };
    case "pounds":
      return { kind: "pounds" };
    case "days":
      return { unit: { singular: "day", plural: "days" } };
    default:
      return {};
  }
}

/** The data lead's target for one figure, and whether it leads its principle on Home. */
export interface TargetSetting {
  id: number;
  etag: string | null;
  seriesKey: string;
  measureKey: string;
  target: number | null;
  note: string;
  headline: boolean;
}
