import { financialQuarterOf } from "../../src/core/domain/financial-quarters";
import type { SeriesDefinition } from "../../src/modules/measures/domain/measure";
import {
  awaitingFinal,
  breakdownText,
  describeSummary,
  parseBreakdown,
  periodOfSnapshot,
  planSnapshots,
  snapshotKey,
  summariseOutcomes,
  type KeptSnapshot,
  type SnapshotInput,
} from "../../src/modules/measures/domain/snapshot";

const Q1 = financialQuarterOf("2026-04-01");
const series = (key: string): SeriesDefinition => ({ key, measureKey: "data-literacy-m1", kind: "computed", label: `Figure ${key}`, method: "m", unit: "percent", better: "higher", source: "Training" });
const input = (key: string, value: number | null): SnapshotInput => ({ series: series(key), principleKey: "data-literacy", figure: { value, basis: `${value} of 100`, breakdown: [{ label: "Staff", value }] }, target: 75 });
const kept = (key: string, final: boolean, id = 1): KeptSnapshot => ({ id, etag: `"${id}"`, key: snapshotKey(key, Q1), final });

describe("keeping figures per quarter", () => {
  it("a figure's snapshot key is its id and the quarter", () => {
    expect(snapshotKey("training.completion", Q1)).toBe("training.completion@2026/27 Q1");
  });

  it("during the quarter snapshots are provisional, added or replacing the earlier provisional one", () => {
    const plan = planSnapshots(Q1, "2026-05-15", [input("a", 40), input("b", 12)], [kept("b", false, 9)]);
    expect(plan.keptFinal).toEqual([]);
    expect(plan.writes.map((w) => [w.action, w.values.key, w.values.final])).toEqual([
      ["add", "a@2026/27 Q1", false],
      ["update", "b@2026/27 Q1", false],
    ]);
    expect(plan.writes[0]!.values).toMatchObject({ value: 40, basis: "40 of 100", target: 75, periodStart: "2026-04-01", principleKey: "data-literacy", unit: "percent" });
  });

  it("after the quarter has ended snapshots are final; a final one is never overwritten, a provisional one becomes final", () => {
    const plan = planSnapshots(Q1, "2026-07-01", [input("a", 40), input("b", 12), input("c", 3)], [kept("a", true), kept("b", false, 4)]);
    expect(plan.keptFinal).toEqual(["a@2026/27 Q1"]);
    expect(plan.writes.map((w) => [w.action, w.values.key, w.values.final])).toEqual([
      ["update", "b@2026/27 Q1", true],
      ["add", "c@2026/27 Q1", true],
    ]);
  });

  it("a quarter that has not begun cannot be kept, nor can a year", () => {
    expect(() => planSnapshots(Q1, "2026-03-31", [input("a", 1)], [])).toThrow("2026/27 Q1 has not begun yet, so there is nothing to keep for it.");
    expect(() => planSnapshots({ ...Q1, kind: "year", label: "2026/27" }, "2026-07-01", [], [])).toThrow("Figures are kept per quarter, not for 2026/27.");
  });

  it("a value that is not a finite number is kept as no value, never as zero", () => {
    const plan = planSnapshots(Q1, "2026-05-01", [input("a", null), input("b", Number.NaN)], []);
    expect(plan.writes.map((w) => w.values.value)).toEqual([null, null]);
  });

  it("the first visit of a new quarter keeps only what has no final snapshot yet", () => {
    expect(awaitingFinal(Q1, ["a", "b", "c"], [kept("a", true), kept("b", false)])).toEqual(["b", "c"]);
  });

  it("a stored snapshot is believed only when its key is its figure and a real quarter", () => {
    expect(periodOfSnapshot({ key: "a@2026/27 Q1", seriesKey: "a", period: "2026/27 Q1" })?.index).toBe(Q1.index);
    expect(periodOfSnapshot({ key: "b@2026/27 Q1", seriesKey: "a", period: "2026/27 Q1" })).toBeNull();
    expect(periodOfSnapshot({ key: "a@2026/27", seriesKey: "a", period: "2026/27" })).toBeNull();
    expect(periodOfSnapshot({ key: "a@nonsense", seriesKey: "a", period: "nonsense" })).toBeNull();
  });

  it("breakdowns round-trip as JSON, and anything else reads as none", () => {
    expect(parseBreakdown(breakdownText([{ label: "Planning", value: 7 }, { label: "Finance", value: null }]))).toEqual([
      { label: "Planning", value: 7 },
      { label: "Finance", value: null },
    ]);
    expect(parseBreakdown("{not json")).toEqual([]);
    expect(parseBreakdown('{"label":"x"}')).toEqual([]);
    expect(parseBreakdown('[{"label":"x","value":"7"},{"value":3}]')).toEqual([{ label: "x", value: null }]);
    expect(breakdownText(undefined)).toBe("");
  });

  it("says what was kept in words, for the live region", () => {
    expect(describeSummary(summariseOutcomes(Q1, true, ["taken", "taken", "already-taken"]))).toBe("Kept 2 figures for 2026/27 Q1 (final); 1 figure was already kept and stays as it was.");
    expect(describeSummary(summariseOutcomes(Q1, false, ["taken", "failed"]))).toBe("Kept 1 figure for 2026/27 Q1 (so far this quarter); 1 figure could not be kept and will be tried again next time.");
  });
});
