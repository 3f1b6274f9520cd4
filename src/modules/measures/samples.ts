import type { ItemInput } from "../../../manifest/items";
import { financialQuarterOf, type FinancialPeriod, londonDay, shiftQuarter } from "../../core/domain/financial-quarters";
import { type SampleContext, seedList } from "../../core/module";
import { snapshotKey } from "./domain/snapshot";
import { valueKey } from "./domain/recorded";
import { measureSnapshotsList, measureTargetsList, measureValuesList, strategyReviewsList } from "./lists";

/** A sample figure's earlier quarters: oldest first. */
interface SampleSeries {
  seriesKey: string;
  measureKey: string;
  principleKey: string;
  label: string;
  unit: "percent" | "count" | "score";
  values: readonly number[];
}

const SERIES: readonly SampleSeries[] = [
  { seriesKey: "training.completion", measureKey: "data-literacy-m1", principleKey: "data-literacy", label: "Training completion, staff and councillors", unit: "percent", values: [48, 55, 61, 64] },
  { seriesKey: "training.confidence-uplift", measureKey: "data-literacy-m2", principleKey: "data-literacy", label: "Change in confidence after training", unit: "score", values: [0.6, 0.8, 0.7, 0.9] },
  { seriesKey: "dashboards.opens", measureKey: "data-literacy-m6", principleKey: "data-literacy", label: "Dashboard opens", unit: "count", values: [310, 420, 395, 512] },
  { seriesKey: "training.standards-completion", measureKey: "data-standards-m2", principleKey: "data-standards", label: "Completion of training on data standards, ethics and protection", unit: "percent", values: [30, 42, 47, 58] },
  { seriesKey: "focus-group.meetings", measureKey: "data-ethics-m8", principleKey: "data-ethics", label: "Data focus group meetings held", unit: "count", values: [2, 3, 3, 3] },
  { seriesKey: "focus-group.decisions-evidence", measureKey: "data-leadership-m2", principleKey: "data-leadership", label: "Decisions backed by evidence", unit: "percent", values: [40, 52, 50, 63] },
];

/** A recorded sample: examples of better decisions documented (a count fits the measure's own words). */
const RECORDED = { measureKey: "data-quality-m11", principleKey: "data-quality", title: "Improved Decision-Making Outcomes", values: [2, 3, 3, 5] };

/**
 * Local mode's SAMPLE content: four earlier quarters of kept figures (so trends show on first start),
 * a target, a value recorded by hand and a review in the log, all labelled SAMPLE. The quarter just
 * ended is left for the page to keep, so the first visit of a data lead shows keeping at work. None of
 * it is the council's; provisioning never adds it to a real site.
 */
export function samples({ today }: SampleContext) {
  const current = financialQuarterOf(londonDay(today));
  // The four quarters before the one just ended, oldest first.
  const quarters: FinancialPeriod[] = [-5, -4, -3, -2].map((n) => shiftQuarter(current, n));
  const day = (period: FinancialPeriod) => `${period.start}T00:00:00Z`;
  return [
    seedList(measureSnapshotsList, (): ItemInput<typeof measureSnapshotsList>[] =>
      SERIES.flatMap((s) =>
        quarters.map((q, i) => ({
          Title: `SAMPLE: ${s.label}`,
          SnapshotKey: snapshotKey(s.seriesKey, q),
          SeriesKey: s.seriesKey,
          MeasureKey: s.measureKey,
          PrincipleKey: s.principleKey,
          Period: q.label,
          PeriodStart: day(q),
          Value: s.values[i]!,
          Unit: s.unit,
          Better: "higher",
          Basis: "SAMPLE value for local mode: not the council's figure.",
          Final: true,
        })),
      ),
    ),
    seedList(measureTargetsList, (): ItemInput<typeof measureTargetsList>[] => [
      { Title: "SAMPLE: Training completion, staff and councillors", SeriesKey: "training.completion", MeasureKey: "data-literacy-m1", Target: 75, TargetNote: "SAMPLE target for local mode.", Headline: true },
    ]),
    seedList(measureValuesList, (): ItemInput<typeof measureValuesList>[] =>
      quarters.map((q, i) => ({
        Title: `SAMPLE: ${RECORDED.title} ${q.label}`,
        ValueKey: valueKey(RECORDED.measureKey, q),
        MeasureKey: RECORDED.measureKey,
        PrincipleKey: RECORDED.principleKey,
        Period: q.label,
        PeriodStart: day(q),
        Value: RECORDED.values[i]!,
        Evidence: "SAMPLE for local mode: examples of better decisions documented in the quarter.",
      })),
    ),
    seedList(strategyReviewsList, (): ItemInput<typeof strategyReviewsList>[] => [
      {
        Title: `SAMPLE: Quarterly review ${quarters[3]!.label}`,
        ReviewDate: `${shiftQuarter(current, -1).start}T00:00:00Z`,
        ReviewKind: "Quarterly review",
        Changes: "SAMPLE entry for local mode: the action plan's dates were brought up to date; no principle changed.",
        StrategyChanged: true,
      },
    ]),
  ];
}
