import type { FieldDescriptor, TableSchema } from "../../quality";

/**
 * A table as the checks see it: the header and every row as text, with each row's number as a
 * spreadsheet shows it (the header is row 1). It is held in the browser (or the command line) only;
 * nothing of it is saved but totals and capped samples.
 */
export interface DataTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** rowNumbers[i] is rows[i]'s number in the file (header = 1). */
  rowNumbers: readonly number[];
}

/** Builds a table whose rows follow the header without gaps (tests, small files). */
export function tableOf(columns: readonly string[], rows: readonly (readonly string[])[]): DataTable {
  return { columns, rows, rowNumbers: rows.map((_, i) => i + 2) };
}

/**
 * The open-data extensions of a Table Schema, prefixed `od:` as the Table Schema spec allows for
 * extensions (other tools ignore them). Field properties:
 * - `od:count`: the column holds counts of people or cases in an aggregate table (small-number check);
 * - `od:redact`: names of private individuals in this column must be redacted (e.g. BeneficiaryName in spend data);
 * - `od:freeText`: free text anyone typed: a person reads it before it is published;
 * - `od:dateOfBirth`: the column holds dates of birth (also guessed from the column's name).
 * Schema (resource) properties: `od:minCount` with `od:minCountReason`, `od:roundToFive`.
 */
export interface OpenDataField extends FieldDescriptor {
  "od:count"?: boolean;
  "od:redact"?: boolean;
  "od:freeText"?: boolean;
  "od:dateOfBirth"?: boolean;
}

export interface OpenDataSchema extends TableSchema {
  fields: OpenDataField[];
  "od:minCount"?: number;
  "od:minCountReason"?: string;
  "od:roundToFive"?: boolean;
}

/** The usual threshold below which a count is suppressed (the OECD threshold rule; agencies use 3 or 5). */
export const DEFAULT_MIN_COUNT = 5;

/** The field declared for a column, matched by name as the engine does (exactly, then ignoring case). */
export function fieldFor(schema: OpenDataSchema, column: string): OpenDataField | undefined {
  return schema.fields.find((f) => f.name === column) ?? schema.fields.find((f) => f.name.toLowerCase() === column.toLowerCase());
}

/** Column indexes whose fields carry `property`. */
export function columnsWith(table: DataTable, schema: OpenDataSchema, property: "od:count" | "od:redact" | "od:freeText" | "od:dateOfBirth"): number[] {
  const found: number[] = [];
  table.columns.forEach((column, i) => {
    if (fieldFor(schema, column)?.[property] === true) found.push(i);
  });
  return found;
}

/** Reads the schema's small-number settings, refusing values that make no sense. */
export function smallNumberSettings(schema: OpenDataSchema, override?: { minCount?: number; roundToFive?: boolean }): { minCount: number; reason: string | null; roundToFive: boolean } {
  const declared = schema["od:minCount"];
  const minCount = override?.minCount ?? declared ?? DEFAULT_MIN_COUNT;
  if (!Number.isInteger(minCount) || minCount < 1 || minCount > 100) throw new RangeError(`The smallest count that may be published must be a whole number from 1 to 100, not ${String(minCount)}.`);
  const reason = override?.minCount === undefined ? (schema["od:minCountReason"] ?? null) : null;
  return { minCount, reason, roundToFive: override?.roundToFive ?? schema["od:roundToFive"] === true };
}
