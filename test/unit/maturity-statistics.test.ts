import { describe, expect, it } from "@jest/globals";
import { boxPlot, boxPlotBy, mean, median, quantile, quartiles } from "../../src/modules/maturity/domain/statistics";

/**
 * Hand-worked with the type 7 rule (Excel QUARTILE.INC): h = (n − 1)p, interpolate between
 * x[⌊h⌋] and x[⌊h⌋ + 1] (0-based, sorted). The working is in each test's comment.
 */
describe("quartiles as Excel's QUARTILE.INC computes them", () => {
  it("interpolates between ranks for four values: 1.75, 2.5, 3.25", () => {
    // n = 4: q1 h = 0.75 → 1 + 0.75 × 1; median h = 1.5 → 2.5; q3 h = 2.25 → 3 + 0.25 × 1.
    expect(quartiles([4, 1, 3, 2])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25, iqr: 1.5 });
  });

  it("lands on data points for five values: 2, 3, 4", () => {
    // n = 5: h = 1, 2, 3 exactly.
    expect(quartiles([5, 3, 1, 4, 2])).toEqual({ q1: 2, median: 3, q3: 4, iqr: 2 });
  });

  it("gives the strategy's kind of figure: an IQR of 2.5-3.5 for these seven team scores", () => {
    // n = 7: q1 h = 1.5 → between 2.5 and 2.5; q3 h = 4.5 → between 3.5 and 3.5.
    expect(quartiles([1.5, 2.5, 2.5, 3, 3.5, 3.5, 4])).toEqual({ q1: 2.5, median: 3, q3: 3.5, iqr: 1 });
  });

  it("treats ties as ordinary values", () => {
    // [2, 2, 2, 2, 3]: q1 h = 1 → 2, median h = 2 → 2, q3 h = 3 → 2.
    expect(quartiles([2, 3, 2, 2, 2])).toEqual({ q1: 2, median: 2, q3: 2, iqr: 0 });
  });

  it("takes the 10th and 90th percentiles by the same rule", () => {
    // [10, 20, 30, 40, 50]: p = 0.1 → h = 0.4 → 14; p = 0.9 → h = 3.6 → 46.
    expect(quantile([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14, 12);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 12);
  });

  it("has no quartiles, median or mean for no values, rather than 0", () => {
    expect(quartiles([])).toBeNull();
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(boxPlot([])).toBeNull();
  });

  it("refuses a value that is not a finite number", () => {
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => boxPlot([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
  });

  it("leaves the caller's array unsorted", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("box plots with whiskers at 1.5 × IQR", () => {
  it("for one team, every figure is that team's score and nothing is an outlier", () => {
    expect(boxPlot([2.5])).toEqual({ count: 1, min: 2.5, max: 2.5, q1: 2.5, median: 2.5, q3: 2.5, iqr: 0, mean: 2.5, lowerFence: 2.5, upperFence: 2.5, lowerWhisker: 2.5, upperWhisker: 2.5, outliers: [] });
  });

  it("for two teams, quartiles sit a quarter of the way in from each", () => {
    // [2, 3]: q1 h = 0.25 → 2.25; q3 h = 0.75 → 2.75; IQR 0.5; fences 1.5 and 3.5.
    expect(boxPlot([3, 2])).toEqual({ count: 2, min: 2, max: 3, q1: 2.25, median: 2.5, q3: 2.75, iqr: 0.5, mean: 2.5, lowerFence: 1.5, upperFence: 3.5, lowerWhisker: 2, upperWhisker: 3, outliers: [] });
  });

  it("marks points beyond the fences as outliers and stops each whisker at the last point inside", () => {
    // n = 7 sorted [1, 2.5, 2.6, 2.7, 2.8, 3.0, 5]: q1 h = 1.5 → 2.55; median 2.7; q3 h = 4.5 → 2.9.
    // IQR 0.35; fences 2.55 − 0.525 = 2.025 and 2.9 + 0.525 = 3.425: 1 and 5 are outside.
    const plot = boxPlot([2.7, 5, 2.5, 1, 3.0, 2.8, 2.6])!;
    expect(plot.q1).toBeCloseTo(2.55, 12);
    expect(plot.median).toBe(2.7);
    expect(plot.q3).toBeCloseTo(2.9, 12);
    expect(plot.iqr).toBeCloseTo(0.35, 12);
    expect(plot.lowerFence).toBeCloseTo(2.025, 12);
    expect(plot.upperFence).toBeCloseTo(3.425, 12);
    expect(plot.outliers).toEqual([1, 5]);
    expect([plot.lowerWhisker, plot.upperWhisker]).toEqual([2.5, 3.0]);
    expect([plot.min, plot.max]).toEqual([1, 5]);
    expect(plot.mean).toBeCloseTo(19.6 / 7, 12);
  });

  it("keeps a point that lies exactly on a fence inside it", () => {
    // n = 10 sorted [1, 2, 2, 2, 2, 3, 3, 3, 3, 4.5]: q1 h = 2.25 → 2; q3 h = 6.75 → 3; upper fence 4.5.
    const plot = boxPlot([1, 2, 2, 2, 2, 3, 3, 3, 3, 4.5])!;
    expect(plot.upperFence).toBe(4.5);
    expect(plot.outliers).toEqual([]);
    expect(plot.upperWhisker).toBe(4.5);
    expect(plot.lowerWhisker).toBe(1);
  });

  it("with ties that collapse the box, any different score is an outlier", () => {
    // [2, 2, 2, 2, 3]: box 2 to 2, IQR 0, so both fences are 2 and 3 lies outside.
    const plot = boxPlot([2, 2, 3, 2, 2])!;
    expect(plot.outliers).toEqual([3]);
    expect([plot.lowerWhisker, plot.upperWhisker]).toEqual([2, 2]);
  });

  it("does not let float error in means of levels push a point just past a fence", () => {
    // Team means in thirds: q1 = 2, q3 = 2 + 2/3, IQR 2/3, upper fence 2 + 2/3 + 1 = 3 + 2/3, computed with float error.
    const thirds = [2, 2, 2, 2 + 1 / 3, 2 + 2 / 3, 2 + 2 / 3, 2 + 2 / 3, 11 / 3];
    const plot = boxPlot(thirds)!;
    expect(plot.upperFence).toBeCloseTo(11 / 3, 12);
    expect(plot.outliers).toEqual([]);
  });

  it("reports outliers as the items given, so a team's score keeps its team", () => {
    const scores = [
      { teamKey: "a", score: 2.5 },
      { teamKey: "b", score: 2.6 },
      { teamKey: "c", score: 2.7 },
      { teamKey: "d", score: 2.8 },
      { teamKey: "e", score: 1 },
    ];
    const plot = boxPlotBy(scores, (s) => s.score)!;
    expect(plot.outliers).toEqual([{ teamKey: "e", score: 1 }]);
    expect(plot.median).toBe(2.6);
  });
});
