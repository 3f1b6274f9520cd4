import { isEmail, isNhsNumber, isNiNumber, isUkPhone, isUkPostcode, isUprn } from "../../../../core/domain/uk-formats";
import { isoDayNumber, planCast, showDay } from "./casting";
import { KeyHasher, KeySet } from "./key-set";
import type { Row } from "./run";

/**
 * Profiling a dropped file, streamed like a run: per column, how many values are blank, how many
 * distinct, the range, the common shapes ("AA9 9AA") and which types and UK formats the values fit,
 * counted exactly so suggestions can say how many rows already pass.
 */
export type ProfiledType = "integer" | "number" | "boolean" | "date" | "date-uk" | "datetime" | "string";
export type ProfiledFormat = "uk-postcode" | "uprn" | "email" | "uk-phone" | "ni-number" | "nhs-number";

export interface ValueCount {
  value: string;
  count: number;
}

export interface ColumnProfile {
  name: string;
  /** Rows with a value here (not blank). */
  present: number;
  blanks: number;
  /** Distinct values; a lower bound when `distinctCapped`. */
  distinct: number;
  distinctCapped: boolean;
  /** Repeat occurrences of a value (0 for a column of unique values); null when no longer counted. */
  repeats: number | null;
  /** How many values fit each type. */
  types: Record<ProfiledType, number>;
  formats: Record<ProfiledFormat, number>;
  /** The type most values fit (at least 95% of those present), else "string". */
  inferredType: ProfiledType;
  /** Range of the inferred type, shown as an officer writes it (25/11/2026, 12.5). */
  min: string | null;
  max: string | null;
  /** Numbers below zero, dates after the run date. */
  negative: number;
  future: number;
  minLength: number;
  maxLength: number;
  /** The most common shapes: letters as A/a, digits as 9. */
  patterns: ValueCount[];
  /** The most common values, when the column has few enough to list. */
  topValues: ValueCount[] | null;
}

export interface TableProfile {
  rows: number;
  columns: ColumnProfile[];
}

const TYPES: ProfiledType[] = ["integer", "number", "boolean", "date", "date-uk", "datetime", "string"];
const FORMATS: [ProfiledFormat, (v: string) => boolean][] = [
  ["uk-postcode", isUkPostcode],
  ["uprn", isUprn],
  ["email", isEmail],
  ["uk-phone", isUkPhone],
  ["ni-number", isNiNumber],
  ["nhs-number", isNhsNumber],
];
const castInteger = planCast({ name: "", type: "integer" }, false) as { cast: (raw: string) => unknown };
const castNumber = planCast({ name: "", type: "number" }, false) as { cast: (raw: string) => unknown };
const castUkDate = planCast({ name: "", type: "date", format: "%d/%m/%Y" }, false) as { cast: (raw: string) => unknown };
const castDatetime = planCast({ name: "", type: "datetime", format: "any" }, false) as { cast: (raw: string) => unknown };
const BOOLEAN_WORDS = new Set(["true", "false", "True", "False", "TRUE", "FALSE"]);

export interface ProfileOptions {
  runDate: string;
  /** Values listed per column when it has no more distinct values than this. */
  maxListed?: number;
  /** Distinct values counted per column before counting stops (a key-like column keeps counting). */
  maxDistinct?: number;
}

class ColumnProfiler {
  present = 0;
  blanks = 0;
  types: Record<ProfiledType, number> = { integer: 0, number: 0, boolean: 0, date: 0, "date-uk": 0, datetime: 0, string: 0 };
  formats: Record<ProfiledFormat, number> = { "uk-postcode": 0, uprn: 0, email: 0, "uk-phone": 0, "ni-number": 0, "nhs-number": 0 };
  values: Map<string, number> | null = new Map();
  keys: KeySet | null = new KeySet();
  repeats = 0;
  shapes = new Map<string, number>();
  minLength = Infinity;
  maxLength = 0;
  numberMin = Infinity;
  numberMax = -Infinity;
  dayMin = Infinity;
  dayMax = -Infinity;
  negative = 0;
  future = 0;

  constructor(readonly name: string) {}
}

export class Profiler {
  private readonly columns: ColumnProfiler[];
  private readonly hasher = new KeyHasher();
  private readonly runDay: number;
  private readonly maxListed: number;
  private readonly maxDistinct: number;
  private rowCount = 0;

  constructor(header: readonly string[], options: ProfileOptions) {
    this.columns = header.map((name) => new ColumnProfiler(name));
    const runDay = isoDayNumber(options.runDate);
    if (runDay === undefined) throw new Error(`The run date must be an ISO date such as 2026-11-25, not "${options.runDate}".`);
    this.runDay = runDay;
    this.maxListed = options.maxListed ?? 50;
    this.maxDistinct = options.maxDistinct ?? 100_000;
  }

  pushRows(rows: readonly Row[], rowNumbers?: ArrayLike<number>): void {
    for (let i = 0; i < rows.length; i++) this.pushRow(rows[i]!, rowNumbers ? rowNumbers[i]! : this.rowCount + 2);
  }

  pushRow(cells: Row, rowNumber: number): void {
    if (cells.every((c) => c === "" || c === undefined)) return;
    this.rowCount++;
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c]!;
      const raw = cells[c];
      if (raw === undefined || raw.trim() === "") {
        column.blanks++;
        continue;
      }
      column.present++;
      this.count(column, raw, rowNumber);
    }
  }

  private count(column: ColumnProfiler, raw: string, rowNumber: number): void {
    if (raw.length < column.minLength) column.minLength = raw.length;
    if (raw.length > column.maxLength) column.maxLength = raw.length;
    const types = column.types;
    if (castInteger.cast(raw) !== undefined) types.integer++;
    const number = castNumber.cast(raw) as number | undefined;
    if (number !== undefined && Number.isFinite(number)) {
      types.number++;
      if (number < column.numberMin) column.numberMin = number;
      if (number > column.numberMax) column.numberMax = number;
      if (number < 0) column.negative++;
    }
    if (BOOLEAN_WORDS.has(raw)) types.boolean++;
    const iso = isoDayNumber(raw);
    const uk = iso === undefined ? (castUkDate.cast(raw) as number | undefined) : undefined;
    if (iso !== undefined) types.date++;
    if (uk !== undefined) types["date-uk"]++;
    const day = iso ?? uk;
    if (day !== undefined) {
      if (day < column.dayMin) column.dayMin = day;
      if (day > column.dayMax) column.dayMax = day;
      if (day > this.runDay) column.future++;
    } else if (castDatetime.cast(raw) !== undefined) types.datetime++;
    types.string++;
    for (const [id, check] of FORMATS) if (check(raw)) column.formats[id]++;

    if (column.values) {
      column.values.set(raw, (column.values.get(raw) ?? 0) + 1);
      if (column.values.size > this.maxListed) column.values = null;
    }
    if (column.keys) {
      if (column.keys.add(this.hasher.start().add(raw).finish(), rowNumber)) column.repeats++;
      // Stop counting distinct values of a busy column, unless it looks like a key (no repeats yet).
      if (column.keys.size > this.maxDistinct && column.repeats > 0) column.keys = null;
    }
    if (column.shapes.size < 200 || column.shapes.has(shapeOf(raw))) {
      const shape = shapeOf(raw);
      column.shapes.set(shape, (column.shapes.get(shape) ?? 0) + 1);
    }
  }

  finish(): TableProfile {
    const top = (map: Map<string, number>, n: number) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, n)
        .map(([value, count]) => ({ value, count }));
    return {
      rows: this.rowCount,
      columns: this.columns.map((c) => {
        const inferredType = inferType(c.types, c.present);
        const numeric = inferredType === "integer" || inferredType === "number";
        const dated = inferredType === "date" || inferredType === "date-uk";
        return {
          name: c.name,
          present: c.present,
          blanks: c.blanks,
          distinct: c.keys ? c.keys.size : c.values ? c.values.size : this.maxDistinct,
          distinctCapped: !c.keys && !c.values,
          repeats: c.keys ? c.repeats : null,
          types: { ...c.types },
          formats: { ...c.formats },
          inferredType,
          min: numeric && c.numberMin !== Infinity ? String(c.numberMin) : dated && c.dayMin !== Infinity ? showDay(c.dayMin) : null,
          max: numeric && c.numberMax !== -Infinity ? String(c.numberMax) : dated && c.dayMax !== -Infinity ? showDay(c.dayMax) : null,
          negative: c.negative,
          future: c.future,
          minLength: c.present ? c.minLength : 0,
          maxLength: c.maxLength,
          patterns: top(c.shapes, 5).map(({ value, count }) => ({ value, count })),
          topValues: c.values ? top(c.values, this.maxListed) : null,
        };
      }),
    };
  }
}

/** The most specific type at least 95% of the present values fit. */
function inferType(types: Record<ProfiledType, number>, present: number): ProfiledType {
  if (present === 0) return "string";
  for (const type of TYPES) if (types[type] / present >= 0.95) return type;
  return "string";
}

/** "PO9 1AB" → "AA9 9AA"; long values are cut to 30 characters. */
export function shapeOf(value: string): string {
  let shape = "";
  const length = Math.min(value.length, 30);
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    shape += code >= 48 && code <= 57 ? "9" : code >= 65 && code <= 90 ? "A" : code >= 97 && code <= 122 ? "a" : value[i];
  }
  return value.length > 30 ? `${shape}…` : shape;
}
