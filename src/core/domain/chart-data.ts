/**
 * The numbers behind the chart kit (src/core/ui/charts): what each chart is given, how values are
 * written (en-GB), axis ticks, where keyboard targets go, heat-map bins, colour contrast, the
 * one-sentence summaries and the equivalent tables. Pure: no React, no DOM, no clock.
 */
import type { Rag } from "./rag";

// ─── What charts are given ──────────────────────────────────────────────────────────────────────

/** A status drawn as a shape and written in words (the module's own words: "Off target"). */
export interface ChartStatus {
  rag: Rag;
  text: string;
}

export interface BarDatum {
  label: string;
  value: number | null;
  /** This bar's own target; a chart-wide target is a prop of the chart. */
  target?: number | null;
  status?: ChartStatus | null;
}

export interface LinePoint {
  /** The period's label as people read it: "2025/26 Q1", "Mar 2026". */
  period: string;
  value: number | null;
  target?: number | null;
  status?: ChartStatus | null;
}

/** A box plot's numbers (as maturity's boxPlotBy gives them, outliers named). */
export interface BoxStats {
  count: number;
  q1: number;
  median: number;
  q3: number;
  /** The lowest and highest values inside the fences (Tukey's 1.5 × IQR). */
  lowerWhisker: number;
  upperWhisker: number;
  outliers: readonly { label: string; value: number }[];
}

export interface BoxPlotDatum {
  label: string;
  /** Null when the category has no values yet. */
  stats: BoxStats | null;
}

export interface HeatMapData {
  rows: readonly string[];
  columns: readonly string[];
  /** values[row][column]; null where there is no value. */
  values: readonly (readonly (number | null)[])[];
}

export interface DumbbellDatum {
  label: string;
  before: number | null;
  after: number | null;
}

/** What things are called: "team" / "teams". A plain string gets an "s" for the plural. */
export type Noun = string | { singular: string; plural: string };

export function nounFor(count: number, noun: Noun): string {
  if (typeof noun === "string") return count === 1 ? noun : `${noun}s`;
  return count === 1 ? noun.singular : noun.plural;
}

// ─── Writing values (en-GB) ─────────────────────────────────────────────────────────────────────

/**
 * How a chart writes its values. `percent` values are on a 0–100 scale (91 is written 91%) and
 * their differences are percentage points; `pounds` are written £1,234 (pence when not whole);
 * `unit` names what a plain number counts ("12 days").
 */
export interface ValueFormat {
  kind?: "number" | "percent" | "pounds";
  /** Exactly this many decimal places; by default up to 2 (percent: up to 1), trailing zeros dropped. */
  decimals?: number;
  unit?: { singular: string; plural: string };
}

const NO_VALUE = "No value";
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minimum: number, maximum: number, signed = false): Intl.NumberFormat {
  const key = `${minimum}:${maximum}:${signed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { minimumFractionDigits: minimum, maximumFractionDigits: maximum, signDisplay: signed ? "exceptZero" : "auto" });
    numberFormats.set(key, format);
  }
  return format;
}

function digitsFor(value: number, format: ValueFormat): [number, number] {
  if (format.decimals !== undefined) return [format.decimals, format.decimals];
  if (format.kind === "pounds") return Number.isInteger(value) ? [0, 0] : [2, 2];
  return [0, format.kind === "percent" ? 1 : 2];
}

function written(value: number, format: ValueFormat, signed: boolean): string {
  const [minimum, maximum] = digitsFor(value, format);
  const digits = numberFormat(minimum, maximum, signed).format(value);
  if (format.kind === "percent") return `${digits}%`;
  if (format.kind === "pounds") {
    // "£1,234", "-£12.50", "+£3": the sign goes before the pound sign.
    const sign = digits.startsWith("-") || digits.startsWith("+") ? digits[0] : "";
    return `${sign}£${sign ? digits.slice(1) : digits}`;
  }
  if (format.unit) return `${digits} ${Math.abs(value) === 1 ? format.unit.singular : format.unit.plural}`;
  return digits;
}

/** 2.5, 91%, £1,234, 12 days; "No value" for null or a number that is not finite. */
export function formatValue(value: number | null | undefined, format: ValueFormat = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return written(value, format, false);
}

/** A difference with its sign, for tables: +0.5, -3 percentage points, +£120, 0. */
export function formatChange(delta: number, format: ValueFormat = {}): string {
  if (!Number.isFinite(delta)) return NO_VALUE;
  if (format.kind === "percent") {
    const digits = numberFormat(...digitsFor(delta, format), true).format(delta);
    return `${digits} ${Math.abs(delta) === 1 ? "percentage point" : "percentage points"}`;
  }
  return written(delta, format, true);
}

/** A difference in words, for summaries: "up 0.5", "down 3 percentage points", "no change". */
export function describeChange(delta: number, format: ValueFormat = {}): string {
  const size = Math.abs(delta);
  const shown = format.kind === "percent" ? numberFormat(...digitsFor(size, format)).format(size) : formatValue(size, format);
  // A change that rounds to nothing at the chart's precision reads as none.
  if (Number(shown.replace(/[^0-9.]/g, "")) === 0) return "no change";
  const amount = format.kind === "percent" ? `${shown} ${shown === "1" ? "percentage point" : "percentage points"}` : shown;
  return `${delta > 0 ? "up" : "down"} ${amount}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
export function listInWords(items: readonly string[], most = 3): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0]!;
  if (items.length > most) return `${items.slice(0, most).join(", ")} and ${items.length - most} others`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// ─── Scales and ticks ───────────────────────────────────────────────────────────────────────────

export interface Ticks {
  /** The domain widened to whole steps. */
  min: number;
  max: number;
  step: number;
  ticks: number[];
  /** Decimal places that show every tick exactly (0.25 needs 2). */
  decimals: number;
}

const STEP_MULTIPLES = [1, 2, 5, 10];

/**
 * Round ticks covering [min, max] with at most about `count` intervals, on steps of 1, 2 or 5 times
 * a power of ten. Each tick is built as an integer times the step's multiple, divided by a power of
 * ten when the step is below 1, so 0.1 + 0.2 never shows as 0.30000000000000004.
 */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`Axis limits must be numbers; got ${min} and ${max}.`);
  if (min > max) throw new RangeError(`An axis must run from low to high; got ${min} to ${max}.`);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= min === 0 ? 0 : pad;
    max += pad;
  }
  const intervals = Math.max(1, Math.round(count));
  const raw = (max - min) / intervals;
  let power = Math.floor(Math.log10(raw));
  let multiple = STEP_MULTIPLES.find((m) => m >= raw / 10 ** power - 1e-9) ?? 10;
  if (multiple === 10) {
    multiple = 1;
    power += 1;
  }
  // Tick k is k × multiple × 10^power. Below 1, dividing by 10^-power (an exact integer) keeps
  // 0.3 as 0.3, where multiplying by 10^power (inexact) would not.
  const valueAt = (k: number) => (power < 0 ? (k * multiple) / 10 ** -power : k * multiple * 10 ** power) + 0; // + 0: no -0
  const stepsTo = (v: number) => (power < 0 ? (v * 10 ** -power) / multiple : v / (multiple * 10 ** power));
  const lo = Math.floor(stepsTo(min) + 1e-9);
  const hi = Math.ceil(stepsTo(max) - 1e-9);
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k++) ticks.push(valueAt(k));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, step: valueAt(1), ticks, decimals: Math.max(0, -power) };
}

/** How many intervals an axis of this length can label without crowding (one per ~80 px, 2 to 8). */
export function tickCountFor(lengthPx: number, spacingPx = 80): number {
  return Math.min(8, Math.max(2, Math.floor(lengthPx / spacingPx)));
}

/** Show every n-th label so labels of about `labelPx` fit `count` slots across `lengthPx`. */
export function labelStride(count: number, lengthPx: number, labelPx: number): number {
  if (count <= 1 || lengthPx <= 0) return 1;
  const slot = lengthPx / count;
  return Math.max(1, Math.ceil(labelPx / slot));
}

/**
 * A generous width of text in px: Segoe UI averages about 0.55 em a character, wider fallbacks
 * (DejaVu Sans on Linux) about 0.6, so 0.62 em keeps labels clear of each other in either.
 */
export function textWidth(text: string, fontPx = 12): number {
  return Math.ceil(text.length * fontPx * 0.62);
}

/** The extent of values (nulls skipped), or null when there are none. */
export function extentOf(values: readonly (number | null | undefined)[]): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Number.POSITIVE_INFINITY ? null : [lo, hi];
}

/**
 * The ticks for a chart's value axis: the caller's domain when given (ticks inside it), else the
 * data's extent (with zero when `fromZero`, as bars need) made round.
 */
export function axisFor(values: readonly (number | null | undefined)[], options: { domain?: readonly [number, number]; fromZero?: boolean; count?: number } = {}): Ticks {
  if (options.domain) {
    const [lo, hi] = options.domain;
    const ticks = niceTicks(lo, hi, options.count ?? 5);
    const inside = ticks.ticks.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9);
    return { ...ticks, min: lo, max: hi, ticks: inside };
  }
  const extent = extentOf(values) ?? [0, 1];
  const lo = options.fromZero ? Math.min(0, extent[0]) : extent[0];
  const hi = options.fromZero ? Math.max(0, extent[1]) : extent[1];
  return niceTicks(lo, hi, options.count ?? 5);
}

/** Where a value sits between min and max, from 0 to 1 (not clamped). */
export function positionOf(value: number, min: number, max: number): number {
  return max === min ? 0.5 : (value - min) / (max - min);
}

// ─── Keyboard targets ───────────────────────────────────────────────────────────────────────────

export interface TargetRequest {
  /** Where the point or span is, in px along the plot. */
  from: number;
  to: number;
  label: string;
}

export interface Target {
  start: number;
  end: number;
  label: string;
}

/**
 * Keyboard and pointer targets along one row of a plot: each at least `minSize` px (WCAG 2.2's
 * 24 × 24 target size), kept inside [0, width], and targets that would overlap merged into one whose
 * label names them all, so no target hides another.
 */
export function layoutTargets(requests: readonly TargetRequest[], width: number, minSize = 24): Target[] {
  const spans = requests.map((r) => {
    let start = Math.min(r.from, r.to);
    let end = Math.max(r.from, r.to);
    if (end - start < minSize) {
      const centre = (start + end) / 2;
      start = centre - minSize / 2;
      end = centre + minSize / 2;
    }
    const size = Math.min(end - start, Math.max(width, minSize));
    start = Math.min(Math.max(0, start), Math.max(0, width - size));
    return { start, end: start + size, label: r.label };
  });
  spans.sort((a, b) => a.start - b.start);
  const merged: Target[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.label = `${last.label}; ${span.label}`;
    } else merged.push({ ...span });
  }
  return merged;
}

// ─── Heat-map bins ──────────────────────────────────────────────────────────────────────────────

/** Which of `steps` equal bins across [min, max] a value falls in (values outside go to the ends). */
export function heatBin(value: number, min: number, max: number, steps: number): number {
  if (max <= min) return steps - 1;
  const t = (value - min) / (max - min);
  return Math.min(steps - 1, Math.max(0, Math.floor(t * steps)));
}

/** The legend's words for each bin: "under 1.8", "1.8 to 2.6", …, "4.2 and over". */
export function heatBinLabels(min: number, max: number, steps: number, format: ValueFormat = {}): string[] {
  const width = (max - min) / steps;
  const edge = (i: number) => formatValue(min + i * width, { ...format, decimals: format.decimals ?? decimalsFor(width) });
  return Array.from({ length: steps }, (_, i) => (i === 0 ? `under ${edge(1)}` : i === steps - 1 ? `${edge(i)} and over` : `${edge(i)} to ${edge(i + 1)}`));
}

function decimalsFor(step: number): number {
  if (step <= 0 || Number.isInteger(step)) return 0;
  const text = String(Number(step.toPrecision(6)));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
}

// ─── Colour contrast (WCAG 2.2) ─────────────────────────────────────────────────────────────────

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** "#5b5fc7", "#fff", "rgb(91, 95, 199)" or "rgba(0, 0, 0, 0.5)"; null for anything else. */
export function parseColour(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join("") : hex[1]!;
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!rgb) return null;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
}

/** A colour with transparency laid over an opaque one. */
export function composite(top: Rgba, under: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ─── Checking input ─────────────────────────────────────────────────────────────────────────────

function checkNumber(value: number | null | undefined, what: string): void {
  if (value !== null && value !== undefined && !Number.isFinite(value)) throw new RangeError(`${what} is not a number (${value}).`);
}

/** Throws a plain-English error naming the first value a chart cannot draw. */
export function checkBars(data: readonly BarDatum[]): void {
  for (const d of data) {
    checkNumber(d.value, `The value for “${d.label}”`);
    checkNumber(d.target, `The target for “${d.label}”`);
  }
}

export function checkLine(points: readonly LinePoint[]): void {
  for (const p of points) {
    checkNumber(p.value, `The value for ${p.period}`);
    checkNumber(p.target, `The target for ${p.period}`);
  }
}

export function checkBoxPlots(data: readonly BoxPlotDatum[]): void {
  for (const { label, stats } of data) {
    if (!stats) continue;
    const order: [string, number][] = [
      ["lower whisker", stats.lowerWhisker],
      ["lower quartile", stats.q1],
      ["median", stats.median],
      ["upper quartile", stats.q3],
      ["upper whisker", stats.upperWhisker],
    ];
    for (const [name, value] of order) checkNumber(value, `The ${name} of “${label}”`);
    for (let i = 1; i < order.length; i++) {
      const [lowName, low] = order[i - 1]!;
      const [highName, high] = order[i]!;
      if (low > high + 1e-9) throw new RangeError(`The ${lowName} of “${label}” (${low}) is above its ${highName} (${high}).`);
    }
    for (const o of stats.outliers) checkNumber(o.value, `The outlier “${o.label}” in “${label}”`);
  }
}

export function checkHeatMap(data: HeatMapData): void {
  if (data.values.length !== data.rows.length) throw new RangeError(`The heat map has ${data.rows.length} ${nounFor(data.rows.length, "row")} but ${data.values.length} ${nounFor(data.values.length, "row")} of values.`);
  data.values.forEach((row, i) => {
    if (row.length !== data.columns.length) throw new RangeError(`The heat map row “${data.rows[i]}” has ${row.length} ${nounFor(row.length, "value")} for ${data.columns.length} ${nounFor(data.columns.length, "column")}.`);
    row.forEach((v, j) => checkNumber(v, `The value for “${data.rows[i]}”, “${data.columns[j]}”`));
  });
}

export function checkDumbbells(data: readonly DumbbellDatum[]): void {
  for (const d of data) {
    checkNumber(d.before, `The earlier value for “${d.label}”`);
    checkNumber(d.after, `The later value for “${d.label}”`);
  }
}

// ─── Summaries in words ─────────────────────────────────────────────────────────────────────────

interface Named {
  label: string;
  value: number;
}

function extremes(items: readonly Named[]): { highest: Named[]; lowest: Named[] } {
  const max = Math.max(...items.map((i) => i.value));
  const min = Math.min(...items.map((i) => i.value));
  return { highest: items.filter((i) => i.value === max), lowest: items.filter((i) => i.value === min) };
}

/** "Highest: Customer Services, 92%; lowest: Planning, 41%; 5 of 8 services meet the 75% target." */
export function summariseBars(data: readonly BarDatum[], options: { format?: ValueFormat; target?: number | null; noun?: Noun } = {}): string {
  const format = options.format ?? {};
  const noun = options.noun ?? "item";
  const valued = data.filter((d): d is BarDatum & { value: number } => d.value !== null && Number.isFinite(d.value));
  if (valued.length === 0) return data.length === 0 ? `No ${nounFor(2, noun)} to show.` : "No values yet.";
  const parts: string[] = [];
  if (valued.length === 1) parts.push(`${valued[0]!.label}: ${formatValue(valued[0]!.value, format)}`);
  else {
    const { highest, lowest } = extremes(valued);
    parts.push(`highest: ${listInWords(highest.map((h) => h.label))}, ${formatValue(highest[0]!.value, format)}`);
    parts.push(`lowest: ${listInWords(lowest.map((l) => l.label))}, ${formatValue(lowest[0]!.value, format)}`);
  }
  const withTarget = valued.filter((d) => (d.target ?? options.target ?? null) !== null);
  if (withTarget.length > 0) {
    const met = withTarget.filter((d) => d.value >= (d.target ?? options.target)!).length;
    const common = options.target !== null && options.target !== undefined && valued.every((d) => d.target === undefined || d.target === null);
    parts.push(`${met} of ${withTarget.length} ${nounFor(withTarget.length, noun)} ${met === 1 && withTarget.length === 1 ? "meets" : "meet"} ${common ? `the ${formatValue(options.target, format)} target` : met === 1 && withTarget.length === 1 ? "its target" : "their target"}`);
  }
  const missing = data.length - valued.length;
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? "has" : "have"} no value`);
  return sentence(parts);
}

/** "Latest: 91% in 2025/26 Q2, target 90% (On target); up 7 percentage points from 84% in 2024/25 Q3." */
export function summariseLine(points: readonly LinePoint[], options: { format?: ValueFormat } = {}): string {
  const format = options.format ?? {};
  const valued = points.filter((p): p is LinePoint & { value: number } => p.value !== null && Number.isFinite(p.value));
  if (valued.length === 0) return points.length === 0 ? "No periods to show." : "No values yet.";
  const latest = valued[valued.length - 1]!;
  const parts: string[] = [];
  let head = `latest: ${formatValue(latest.value, format)} in ${latest.period}`;
  if (latest.target !== null && latest.target !== undefined) head += `, target ${formatValue(latest.target, format)}`;
  if (latest.status) head += ` (${latest.status.text})`;
  parts.push(head);
  if (valued.length === 1) parts.push("the only value so far");
  else {
    const first = valued[0]!;
    const change = describeChange(latest.value - first.value, format);
    parts.push(change === "no change" ? `the same as in ${first.period}` : `${change} from ${formatValue(first.value, format)} in ${first.period}`);
  }
  const missing = points.length - valued.length;
  if (missing > 0) parts.push(`${missing} ${missing === 1 ? "period has" : "periods have"} no value`);
  return sentence(parts);
}

/**
 * "Median 2.5 across 64 teams; Engaging with others has the tightest spread." With no overall
 * median given: "Medians from 1.8 (Data governance) to 3.1 (Skills) across 64 teams; …".
 */
export function summariseBoxPlots(data: readonly BoxPlotDatum[], options: { format?: ValueFormat; noun?: Noun; overall?: { median: number; count: number } | null } = {}): string {
  const format = options.format ?? {};
  const noun = options.noun ?? "value";
  const withStats = data.filter((d): d is BoxPlotDatum & { stats: BoxStats } => d.stats !== null && d.stats.count > 0);
  if (withStats.length === 0) return data.length === 0 ? "No categories to show." : "No values yet.";
  const counts = withStats.map((d) => d.stats.count);
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
  const across = options.overall ? `${options.overall.count} ${nounFor(options.overall.count, noun)}` : fewest === most ? `${most} ${nounFor(most, noun)}` : `${fewest} to ${most} ${nounFor(most, noun)}`;
  const parts: string[] = [];
  if (options.overall) parts.push(`median ${formatValue(options.overall.median, format)} across ${across}`);
  else if (withStats.length === 1) {
    const { stats, label } = withStats[0]!;
    parts.push(`${label}: median ${formatValue(stats.median, format)} across ${across}, middle half ${formatValue(stats.q1, format)} to ${formatValue(stats.q3, format)}`);
  } else {
    const { highest, lowest } = extremes(withStats.map((d) => ({ label: d.label, value: d.stats.median })));
    if (highest[0]!.value === lowest[0]!.value) parts.push(`every median is ${formatValue(highest[0]!.value, format)} across ${across}`);
    else parts.push(`medians from ${formatValue(lowest[0]!.value, format)} (${listInWords(lowest.map((l) => l.label), 2)}) to ${formatValue(highest[0]!.value, format)} (${listInWords(highest.map((h) => h.label), 2)}) across ${across}`);
  }
  if (withStats.length > 1) {
    const spreads = withStats.map((d) => ({ label: d.label, value: d.stats.q3 - d.stats.q1 }));
    const { highest: widest, lowest: tightest } = extremes(spreads);
    if (widest[0]!.value > tightest[0]!.value) {
      parts.push(`${listInWords(tightest.map((t) => t.label), 2)} ${tightest.length === 1 ? "has" : "have"} the tightest spread and ${listInWords(widest.map((w) => w.label), 2)} the widest`);
    } else parts.push("every category has the same spread");
  }
  const outliers = withStats.reduce((n, d) => n + d.stats.outliers.length, 0);
  if (outliers > 0) parts.push(`${outliers} ${outliers === 1 ? "outlier" : "outliers"}`);
  const empty = data.filter((d) => !d.stats || d.stats.count === 0).map((d) => d.label);
  if (empty.length > 0) parts.push(`no values yet for ${listInWords(empty)}`);
  return sentence(parts);
}

/** "Highest 4.2 (Skills, Leadership); lowest 1.1 (Data, Tools); 3 of 50 cells have no value." */
export function summariseHeatMap(data: HeatMapData, options: { format?: ValueFormat } = {}): string {
  const format = options.format ?? {};
  const cells: Named[] = [];
  data.values.forEach((row, i) => row.forEach((v, j) => v !== null && Number.isFinite(v) && cells.push({ label: `${data.rows[i]}, ${data.columns[j]}`, value: v })));
  const total = data.rows.length * data.columns.length;
  if (cells.length === 0) return total === 0 ? "No cells to show." : "No values yet.";
  const { highest, lowest } = extremes(cells);
  const parts = [`highest ${formatValue(highest[0]!.value, format)} (${listInWords(highest.map((h) => h.label), 2)})`];
  if (lowest[0]!.value !== highest[0]!.value) parts.push(`lowest ${formatValue(lowest[0]!.value, format)} (${listInWords(lowest.map((l) => l.label), 2)})`);
  if (cells.length < total) parts.push(`${total - cells.length} of ${total} cells have no value`);
  return sentence(parts);
}

/** "Between Round 1 and Round 2, 7 of 10 topics rose, 2 fell and 1 did not change; the largest rise was Data governance (up 0.8)." */
export function summariseDumbbells(data: readonly DumbbellDatum[], options: { format?: ValueFormat; beforeLabel: string; afterLabel: string; noun?: Noun }): string {
  const format = options.format ?? {};
  const noun = options.noun ?? "item";
  const both = data.filter((d): d is DumbbellDatum & { before: number; after: number } => d.before !== null && d.after !== null);
  if (both.length === 0) return data.length === 0 ? `No ${nounFor(2, noun)} to show.` : `No ${nounFor(1, noun)} has a value in both ${options.beforeLabel} and ${options.afterLabel}.`;
  const changes = both.map((d) => ({ label: d.label, value: d.after - d.before }));
  const sameAtPrecision = (c: Named) => describeChange(c.value, format) === "no change";
  const rose = changes.filter((c) => c.value > 0 && !sameAtPrecision(c));
  const fell = changes.filter((c) => c.value < 0 && !sameAtPrecision(c));
  const same = changes.length - rose.length - fell.length;
  const tally = [`${rose.length} of ${both.length} ${nounFor(both.length, noun)} rose`, `${fell.length} fell`, ...(same > 0 ? [`${same} did not change`] : [])];
  const parts = [`between ${options.beforeLabel} and ${options.afterLabel}, ${listInWords(tally)}`];
  if (rose.length > 0) {
    const { highest } = extremes(rose);
    parts.push(`the largest rise was ${listInWords(highest.map((h) => h.label), 2)} (${describeChange(highest[0]!.value, format)})`);
  }
  if (fell.length > 0) {
    const { lowest } = extremes(fell);
    parts.push(`the largest fall was ${listInWords(lowest.map((l) => l.label), 2)} (${describeChange(lowest[0]!.value, format)})`);
  }
  const partial = data.length - both.length;
  if (partial > 0) parts.push(`${partial} ${nounFor(partial, noun)} ${partial === 1 ? "has" : "have"} a value in only one`);
  return sentence(parts);
}

/** A sparkline's text alternative: "91% in 2025/26 Q2, up 7 percentage points from 84% in 2024/25 Q3." */
export function summariseTrend(points: readonly LinePoint[], options: { format?: ValueFormat } = {}): string {
  const format = options.format ?? {};
  const valued = points.filter((p): p is LinePoint & { value: number } => p.value !== null && Number.isFinite(p.value));
  if (valued.length === 0) return "No values yet.";
  const latest = valued[valued.length - 1]!;
  const head = `${formatValue(latest.value, format)} in ${latest.period}`;
  if (valued.length === 1) return sentence([head]);
  const first = valued[0]!;
  const change = describeChange(latest.value - first.value, format);
  return sentence([change === "no change" ? `${head}, the same as in ${first.period}` : `${head}, ${change} from ${formatValue(first.value, format)} in ${first.period}`]);
}

/** Clauses joined with semicolons into one sentence, its first letter capitalised. */
function sentence(parts: readonly string[]): string {
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

// ─── Labels for points a keyboard reaches ───────────────────────────────────────────────────────

export function boxLabel(datum: BoxPlotDatum, format: ValueFormat = {}, noun: Noun = "value"): string {
  const s = datum.stats;
  if (!s || s.count === 0) return `${datum.label}: no values yet`;
  const f = (v: number) => formatValue(v, format);
  return `${datum.label}: median ${f(s.median)}, middle half ${f(s.q1)} to ${f(s.q3)}, whiskers ${f(s.lowerWhisker)} to ${f(s.upperWhisker)}, ${s.count} ${nounFor(s.count, noun)}`;
}

export function outlierLabel(category: string, outlier: { label: string; value: number }, format: ValueFormat = {}): string {
  return `Outlier in ${category}: ${outlier.label}, ${formatValue(outlier.value, format)}`;
}

/** "Latest, 2025/26 Q2: 91%, target 90%, On target" (without "Latest, " for earlier points). */
export function linePointLabel(point: LinePoint, format: ValueFormat = {}, latest = true): string {
  const parts = [`${latest ? "Latest, " : ""}${point.period}: ${formatValue(point.value, format)}`];
  if (point.target !== null && point.target !== undefined) parts.push(`target ${formatValue(point.target, format)}`);
  if (point.status) parts.push(point.status.text);
  return parts.join(", ");
}

export function dumbbellLabel(datum: DumbbellDatum, format: ValueFormat, beforeLabel: string, afterLabel: string): string {
  const base = `${datum.label}: ${formatValue(datum.before, format)} in ${beforeLabel}, ${formatValue(datum.after, format)} in ${afterLabel}`;
  if (datum.before === null || datum.after === null) return base;
  return `${base}, ${describeChange(datum.after - datum.before, format)}`;
}

// ─── The equivalent tables ──────────────────────────────────────────────────────────────────────

/** A table every chart renders beside itself: the first cell of each row is its header. */
export interface ChartTable {
  columns: string[];
  /** Which columns hold numbers (aligned right); the first, the row headers, never does. */
  numeric: boolean[];
  rows: { header: string; cells: string[] }[];
}

export function barTable(data: readonly BarDatum[], options: { categoryLabel: string; valueLabel: string; format?: ValueFormat; target?: number | null }): ChartTable {
  const format = options.format ?? {};
  const hasTarget = options.target !== null && options.target !== undefined ? true : data.some((d) => d.target !== null && d.target !== undefined);
  const hasStatus = data.some((d) => d.status);
  const columns = [options.categoryLabel, options.valueLabel, ...(hasTarget ? ["Target"] : []), ...(hasStatus ? ["Status"] : [])];
  const numeric = [false, true, ...(hasTarget ? [true] : []), ...(hasStatus ? [false] : [])];
  const rows = data.map((d) => {
    const target = d.target ?? options.target ?? null;
    return { header: d.label, cells: [formatValue(d.value, format), ...(hasTarget ? [target === null ? "No target" : formatValue(target, format)] : []), ...(hasStatus ? [d.status?.text ?? ""] : [])] };
  });
  return { columns, numeric, rows };
}

export function lineTable(points: readonly LinePoint[], options: { periodLabel?: string; valueLabel: string; format?: ValueFormat }): ChartTable {
  const format = options.format ?? {};
  const hasTarget = points.some((p) => p.target !== null && p.target !== undefined);
  const hasStatus = points.some((p) => p.status);
  const columns = [options.periodLabel ?? "Period", options.valueLabel, ...(hasTarget ? ["Target"] : []), ...(hasStatus ? ["Status"] : [])];
  const numeric = [false, true, ...(hasTarget ? [true] : []), ...(hasStatus ? [false] : [])];
  const rows = points.map((p) => ({
    header: p.period,
    cells: [formatValue(p.value, format), ...(hasTarget ? [p.target === null || p.target === undefined ? "No target" : formatValue(p.target, format)] : []), ...(hasStatus ? [p.status?.text ?? ""] : [])],
  }));
  return { columns, numeric, rows };
}

export function boxPlotTable(data: readonly BoxPlotDatum[], options: { categoryLabel: string; format?: ValueFormat; noun?: Noun }): ChartTable {
  const format = options.format ?? {};
  const noun = options.noun ?? "value";
  const columns = [options.categoryLabel, capitalise(nounFor(2, noun)), "Lower whisker", "Lower quartile", "Median", "Upper quartile", "Upper whisker", "Outliers"];
  const rows = data.map(({ label, stats }) => {
    if (!stats || stats.count === 0) return { header: label, cells: ["0", "", "", "No values yet", "", "", ""] };
    const f = (v: number) => formatValue(v, format);
    const outliers = stats.outliers.map((o) => `${o.label} (${f(o.value)})`).join(", ");
    return { header: label, cells: [formatValue(stats.count), f(stats.lowerWhisker), f(stats.q1), f(stats.median), f(stats.q3), f(stats.upperWhisker), outliers || "None"] };
  });
  return { columns, numeric: [false, true, true, true, true, true, true, false], rows };
}

export function heatMapTable(data: HeatMapData, options: { rowLabel: string; format?: ValueFormat }): ChartTable {
  const format = options.format ?? {};
  return { columns: [options.rowLabel, ...data.columns], numeric: [false, ...data.columns.map(() => true)], rows: data.rows.map((row, i) => ({ header: row, cells: (data.values[i] ?? []).map((v) => formatValue(v, format)) })) };
}

export function dumbbellTable(data: readonly DumbbellDatum[], options: { categoryLabel: string; beforeLabel: string; afterLabel: string; format?: ValueFormat }): ChartTable {
  const format = options.format ?? {};
  return {
    columns: [options.categoryLabel, options.beforeLabel, options.afterLabel, "Change"],
    numeric: [false, true, true, true],
    rows: data.map((d) => ({ header: d.label, cells: [formatValue(d.before, format), formatValue(d.after, format), d.before === null || d.after === null ? "No value" : formatChange(d.after - d.before, format)] })),
  };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
