import { financialPeriodFromLabel } from "../../src/core/domain/financial-quarters";
import type { MeasureDefinition } from "../../src/core/domain/measures";
import { computedSeries, type FigureSource } from "../../src/modules/measures/data/figures-data";
import { seriesFromSnapshots } from "../../src/modules/measures/domain/assemble";
import { chosenQuarter } from "../../src/modules/measures/domain/quarter-choice";
import type { Snapshot } from "../../src/modules/measures/domain/snapshot";

const current = financialPeriodFromLabel("2026/27 Q3");

describe("the quarter a measures screen shows", () => {
  it("is this quarter when the address names none", () => {
    expect(chosenQuarter(null, current)).toEqual({ quarter: current, problem: null });
  });

  it("is the quarter the address names when it has begun", () => {
    expect(chosenQuarter("2025/26 Q4", current).quarter.label).toBe("2025/26 Q4");
  });

  it("falls back to this quarter, saying why, for a quarter not begun, a year, or words that are no quarter", () => {
    expect(chosenQuarter("2027/28 Q1", current)).toEqual({ quarter: current, problem: "2027/28 Q1 has not begun yet. Showing 2026/27 Q3." });
    expect(chosenQuarter("2025/26", current).problem).toBe("2025/26 is a year: the measures are shown per quarter. Showing 2026/27 Q3.");
    const garbled = chosenQuarter("next Tuesday", current);
    expect(garbled.quarter).toEqual(current);
    expect(garbled.problem).toMatch(/next Tuesday[\s\S]*Showing 2026\/27 Q3\.$/);
  });
});

const figure = (id: string, measureKey: string): MeasureDefinition<unknown> => ({ id, measureKey, label: `Figure ${id}`, method: `Rule of ${id}`, unit: "count", better: "higher", compute: () => ({ value: 1, basis: "" }) });
const source = (moduleId: string, figures: MeasureDefinition<unknown>[]): FigureSource => ({ moduleId, moduleTitle: `Module ${moduleId}`, measures: { load: () => Promise.resolve(null), figures } });

describe("the figures the modules offer", () => {
  it("become series named by their module, each figure once even when two modules offer the same id", () => {
    const series = computedSeries([source("a", [figure("a.one", "m1"), figure("shared", "m2")]), source("b", [figure("shared", "m3"), figure("b.two", "m1")])]);
    expect(series.map((s) => [s.key, s.measureKey, s.source])).toEqual([
      ["a.one", "m1", "Module a"],
      ["shared", "m2", "Module a"],
      ["b.two", "m1", "Module b"],
    ]);
    expect(series[0]).toMatchObject({ kind: "computed", label: "Figure a.one", method: "Rule of a.one", unit: "count", better: "higher" });
  });
});

const snapshot = (seriesKey: string, period: string, label: string, unit: Snapshot["unit"] = "percent"): Snapshot => {
  const p = financialPeriodFromLabel(period);
  return { id: 1, etag: null, key: `${seriesKey}@${period}`, seriesKey, measureKey: `m-${seriesKey}`, principleKey: "data-literacy", period, periodIndex: p.index, label, value: 5, unit, better: "lower", basis: "", breakdown: [], target: null, final: true, takenOn: "2026-07-01T00:00:00Z" };
};

describe("Home's figures, from what was kept alone", () => {
  it("describes each kept figure by its latest snapshot, and leaves recorded values to the measures", () => {
    const series = seriesFromSnapshots([
      snapshot("training.completion", "2026/27 Q1", "Newer label"),
      snapshot("training.completion", "2025/26 Q4", "Older label"),
      snapshot("recorded.data-quality-m11", "2026/27 Q1", "By hand", "count"),
    ]);
    expect(series).toEqual([{ key: "training.completion", measureKey: "m-training.completion", kind: "computed", label: "Newer label", method: "", unit: "percent", better: "lower", source: "the hub" }]);
  });
});
