/**
 * Summary statistics for box plots.
 *
 * Quartiles use linear interpolation between closest ranks, "type 7" in Hyndman and Fan (1996):
 * for sorted x[0..n-1] and probability p, h = (n - 1) p and
 * Q(p) = x[⌊h⌋] + (h - ⌊h⌋) (x[⌊h⌋ + 1] - x[⌊h⌋]).
 * Why this one: it is what Excel's QUARTILE.INC and PERCENTILE.INC, Google Sheets' QUARTILE,
 * R's quantile() and NumPy's percentile() compute by default, so the data lead can check any
 * figure here in the spreadsheet the "separate report" is written in and get the same number.
 * It is also defined for one value (every quartile is that value) and two values.
 *
 * Whiskers follow Tukey: the fences lie 1.5 × IQR beyond the quartiles; each whisker reaches the
 * most extreme data point inside its fence; points beyond a fence are outliers. A point exactly
 * on a fence is inside it.
 */

/** Team scores are means of small integers; float error must not push a point just past a fence. */
const FENCE_TOLERANCE = 1e-9;

function assertFinite(values: readonly number[]): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`Statistics need finite numbers; got ${v}.`);
}

/** Type 7 quantile of values already sorted ascending. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("A quantile needs at least one value.");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile's probability must be between 0 and 1; got ${p}.`);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}

export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  assertFinite(values);
  return quantileSorted([...values].sort((a, b) => a - b), p);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  assertFinite(values);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
  iqr: number;
}

export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  assertFinite(values);
  return quartilesOfSorted([...values].sort((a, b) => a - b));
}

function quartilesOfSorted(sorted: readonly number[]): Quartiles {
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  return { q1, median: quantileSorted(sorted, 0.5), q3, iqr: q3 - q1 };
}

/** A box plot's numbers. `T` is what an outlier is reported as: a number, or the team it belongs to. */
export interface BoxPlotSummary<T = number> extends Quartiles {
  count: number;
  min: number;
  max: number;
  mean: number;
  /** q1 − 1.5 × IQR and q3 + 1.5 × IQR. */
  lowerFence: number;
  upperFence: number;
  /** The lowest and highest data points within the fences. */
  lowerWhisker: number;
  upperWhisker: number;
  /** Points beyond the fences, lowest first. */
  outliers: T[];
}

/** Box plot of items by a numeric value; outliers are the items themselves (e.g. team scores). */
export function boxPlotBy<T>(items: readonly T[], valueOf: (item: T) => number): BoxPlotSummary<T> | null {
  if (items.length === 0) return null;
  const pairs = items.map((item) => ({ item, value: valueOf(item) }));
  assertFinite(pairs.map((p) => p.value));
  pairs.sort((a, b) => a.value - b.value);
  const sorted = pairs.map((p) => p.value);
  const q = quartilesOfSorted(sorted);
  const lowerFence = q.q1 - 1.5 * q.iqr;
  const upperFence = q.q3 + 1.5 * q.iqr;
  let sum = 0;
  let lowerWhisker = Number.POSITIVE_INFINITY;
  let upperWhisker = Number.NEGATIVE_INFINITY;
  const outliers: T[] = [];
  for (const { item, value } of pairs) {
    sum += value;
    if (value < lowerFence - FENCE_TOLERANCE || value > upperFence + FENCE_TOLERANCE) {
      outliers.push(item);
      continue;
    }
    if (value < lowerWhisker) lowerWhisker = value;
    if (value > upperWhisker) upperWhisker = value;
  }
  return {
    ...q,
    count: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: sum / sorted.length,
    lowerFence,
    upperFence,
    lowerWhisker,
    upperWhisker,
    outliers,
  };
}

export function boxPlot(values: readonly number[]): BoxPlotSummary<number> | null {
  return boxPlotBy(values, (v) => v);
}
