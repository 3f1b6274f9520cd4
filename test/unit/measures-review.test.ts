import { financialQuarterOf, financialYearOfDay, quartersUpTo } from "../../src/core/domain/financial-quarters";
import { assemble, headlineOf, type LiveFigure } from "../../src/modules/measures/domain/assemble";
import type { Measure, SeriesDefinition, TargetSetting } from "../../src/modules/measures/domain/measure";
import type { RecordedValue } from "../../src/modules/measures/domain/recorded";
import { checkReviewDraft, REVIEW_LOG_FIGURES, type ReviewEntry } from "../../src/modules/measures/domain/review-log";
import { coverage, reviewCsv, reviewFileName, reviewQuarters, reviewRows } from "../../src/modules/measures/domain/review";
import type { Snapshot } from "../../src/modules/measures/domain/snapshot";

const Q2 = financialQuarterOf("2026-08-01");
const quarters = quartersUpTo(Q2, 3);
const Q1 = quarters[1]!;
const principles = [
  { key: "data-literacy", title: "Data literacy" },
  { key: "data-quality", title: "Data quality" },
];
const measure = (key: string, principleKey: string, order: number, extra: Partial<Measure> = {}): Measure => ({
  id: order,
  etag: '"1"',
  key,
  principleKey,
  title: `Measure ${key}`,
  description: `The strategy's words for ${key}.`,
  computable: false,
  order,
  owner: null,
  recorded: { label: null, unit: null, better: null },
  ...extra,
});
const computed: SeriesDefinition = { key: "training.completion", measureKey: "data-literacy-m1", kind: "computed", label: "Training completion", method: "Completed bookings as a share.", unit: "percent", better: "higher", source: "Training" };
const snapshot = (period: typeof Q1, value: number, extra: Partial<Snapshot> = {}): Snapshot => ({
  id: period.index,
  etag: '"1"',
  key: `training.completion@${period.label}`,
  seriesKey: "training.completion",
  measureKey: "data-literacy-m1",
  principleKey: "data-literacy",
  period: period.label,
  periodIndex: period.index,
  label: "Training completion",
  value,
  unit: "percent",
  better: "higher",
  basis: `${value} of 100 bookings completed`,
  breakdown: [{ label: "Councillors", value: value - 10 }],
  target: null,
  final: true,
  takenOn: "2026-07-01T09:00:00Z",
  ...extra,
});
const recorded = (period: typeof Q1, value: number | null): RecordedValue => ({
  id: 100 + period.index,
  etag: '"1"',
  key: `data-quality-m5@${period.label}`,
  measureKey: "data-quality-m5",
  principleKey: "data-quality",
  period: period.label,
  periodIndex: period.index,
  value,
  evidence: "=HYPERLINK(\"https://evil.example\") survey",
  link: "",
  owner: null,
  savedBy: "Dee Lead",
  savedOn: "2026-07-02T09:00:00Z",
});
const target: TargetSetting = { id: 1, etag: '"1"', seriesKey: "training.completion", measureKey: "data-literacy-m1", target: 60, note: "", headline: false };

function views(live: LiveFigure | null) {
  return assemble({
    principles,
    measures: [measure("data-literacy-m1", "data-literacy", 1, { computable: true }), measure("data-literacy-m3", "data-literacy", 2), measure("data-quality-m5", "data-quality", 3)],
    computed: [computed],
    targets: [target],
    snapshots: [snapshot(quarters[0]!, 40), snapshot(Q1, 52), snapshot(Q2, 50, { final: false })],
    values: [recorded(Q1, 71), recorded(Q2, null)],
    quarters,
    live: new Map(live ? [["training.completion", live]] : []),
  });
}

describe("measures per principle", () => {
  it("a computed figure takes its live value for the current quarter, its snapshots before, with target and direction", () => {
    const [literacy] = views({ status: "ready", figure: { value: 64, basis: "64 of 100 bookings completed", breakdown: [{ label: "Staff", value: 70 }] } });
    const completion = literacy!.measures[0]!;
    expect(completion.whyRecorded).toBeNull();
    const s = completion.series[0]!;
    expect(s.points.map((p) => [p.period.label, p.value, p.source])).toEqual([
      ["2025/26 Q4", 40, "final"],
      ["2026/27 Q1", 52, "final"],
      ["2026/27 Q2", 64, "live"],
    ]);
    expect(s.direction.words).toBe("Better than 2026/27 Q1 (up 12 percentage points)");
    expect(s.status).toEqual({ rag: "Green", text: "Target met" });
    expect(s.breakdown).toEqual([{ label: "Staff", value: 70 }]);
  });

  it("without a live value the quarter's snapshot is shown, with its breakdown", () => {
    const s = views(null)[0]!.measures[0]!.series[0]!;
    expect([s.current.value, s.current.source, s.breakdown]).toEqual([50, "provisional", [{ label: "Councillors", value: 40 }]]);
    expect(s.status).toEqual({ rag: "Red", text: "Target not met" });
  });

  it("a measure no module computes is recorded by hand, with why", () => {
    const toolAdoption = views(null)[0]!.measures[1]!;
    expect(toolAdoption.series.map((s) => [s.series.kind, s.series.key, s.series.label])).toEqual([["recorded", "recorded.data-literacy-m3", "Measure data-literacy-m3"]]);
    expect(toolAdoption.whyRecorded).toBe("Use of Excel, SharePoint and Power BI is reported by Microsoft 365's own usage reports, which the hub does not read.");
  });

  it("recorded values make the trend of a recorded figure; an open quarter not filled in is a gap", () => {
    const satisfaction = views(null)[1]!.measures[0]!.series[0]!;
    expect(satisfaction.points.map((p) => p.value)).toEqual([null, 71, null]);
    expect(satisfaction.direction.short).toBe("Not yet known");
  });

  it("the headline is the data lead's choice, else the first figure with a value", () => {
    const [literacy, quality] = views(null);
    expect(headlineOf(literacy!)?.series.series.key).toBe("training.completion");
    expect(headlineOf(quality!)?.series.series.key).toBe("recorded.data-quality-m5");
    const chosen = assemble({
      principles: principles.slice(0, 1),
      measures: [measure("data-literacy-m1", "data-literacy", 1), measure("data-literacy-m3", "data-literacy", 2)],
      computed: [computed],
      targets: [{ ...target, seriesKey: "recorded.data-literacy-m3", headline: true }],
      snapshots: [snapshot(Q1, 52)],
      values: [],
      quarters,
      live: new Map(),
    });
    expect(headlineOf(chosen[0]!)?.series.series.key).toBe("recorded.data-literacy-m3");
  });
});

describe("the strategy review", () => {
  it("a quarter's review covers that quarter; a year's covers its quarters begun by today", () => {
    expect(reviewQuarters(Q1, "2026-08-01").map((q) => q.label)).toEqual(["2026/27 Q1"]);
    expect(reviewQuarters(financialYearOfDay("2026-08-01"), "2026-08-01").map((q) => q.label)).toEqual(["2026/27 Q1", "2026/27 Q2"]);
  });

  it("one row per figure and quarter, with how it is measured, target and change", () => {
    const rows = reviewRows(views(null), [Q1, Q2]);
    expect(rows.filter((r) => r.figure === "Training completion").map((r) => [r.quarter, r.valueText, r.source, r.againstTarget, r.change])).toEqual([
      ["2026/27 Q1", "52%", "Kept at the quarter's end", "Target not met", "+12 percentage points"],
      ["2026/27 Q2", "50%", "Kept during the quarter", "Target not met", "-2 percentage points"],
    ]);
    const adoption = rows.find((r) => r.measureKey === "data-literacy-m3")!;
    expect(adoption.howMeasured).toMatch(/^Recorded by hand each quarter.*Microsoft 365's own usage reports/);
    expect(adoption.againstTarget).toBe("No target set");
  });

  it("the CSV neutralises formulas from recorded evidence and names its file after the period", () => {
    const csv = reviewCsv(reviewRows(views(null), [Q1]));
    expect(csv.startsWith("\uFEFF\"Principle\",\"Measure\"")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"") survey"`);
    expect(csv).not.toContain(`,"=HYPERLINK`);
    expect(reviewFileName(Q1)).toBe("strategy-review-2026-27-Q1.csv");
  });

  it("counts a principle's figures with values and targets met", () => {
    expect(coverage(views(null)[0]!, Q1)).toEqual({ figures: 2, withValue: 1, targetsMet: 0, withTarget: 1 });
  });
});

describe("the review log", () => {
  const entry = (date: string, changed: boolean, kind: ReviewEntry["kind"] = "Quarterly review"): ReviewEntry => ({ id: 1, etag: null, date, kind, title: "Review", changes: "x", strategyChanged: changed, link: "", recordedBy: null });

  it("counts the updates to the strategy in the period, and the reviews that changed nothing in its basis", () => {
    const figure = REVIEW_LOG_FIGURES[0]!;
    expect(figure.measureKey).toBe("data-leadership-m8");
    const result = figure.compute([entry("2026-05-01", true), entry("2026-06-30", false, "Other update"), entry("2026-07-01", true)], Q1);
    expect(result).toEqual({
      value: 1,
      basis: "2 reviews logged, 1 of them changed the strategy",
      breakdown: [
        { label: "Quarterly review", value: 1 },
        { label: "Annual review", value: 0 },
        { label: "Other update", value: 1 },
      ],
    });
  });

  it("a review is logged once it has happened, with what changed", () => {
    expect(checkReviewDraft({ date: "2026-08-02", kind: "Annual review", title: " ", changes: "", strategyChanged: false, link: "http://x" }, "2026-08-01")).toEqual([
      { field: "date", message: "The review's date can't be in the future: log a review once it has happened." },
      { field: "title", message: "Enter a title, for example Quarterly review 2026/27 Q1." },
      { field: "changes", message: "Say what changed in the strategy, or write that nothing changed." },
      { field: "link", message: "Enter the link as a web address starting https://, or leave it empty." },
    ]);
    expect(checkReviewDraft({ date: "2026-02-30", kind: "", title: "t", changes: "c", strategyChanged: true, link: "" }, "2026-08-01")).toEqual([
      { field: "date", message: "Enter the date of the review as a real date, for example 25/11/2026." },
      { field: "kind", message: "Choose the kind of review." },
    ]);
  });
});
