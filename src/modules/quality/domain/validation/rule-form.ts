import type { FieldDescriptor, FieldType, Freshness, RowRule, TableSchema, Threshold } from "./schema-types";

/**
 * The rule form: what an officer edits per column (type, required, unique, allowed values, a pattern
 * preset, a range) so nobody writes JSON. It converts to and from Table Schema without loss: anything
 * the form does not show is carried in `extra` and written back as it was.
 */
export type ColumnType = "string" | "integer" | "number" | "date" | "datetime" | "boolean";
export const COLUMN_TYPES: { value: ColumnType; label: string }[] = [
  { value: "string", label: "Text" },
  { value: "integer", label: "Whole number" },
  { value: "number", label: "Number" },
  { value: "date", label: "Date" },
  { value: "datetime", label: "Date and time" },
  { value: "boolean", label: "Yes or no" },
];

export type DateStyle = "uk" | "iso";
/** Date patterns the form offers: 25/11/2026 (UK) or 2026-11-25 (ISO, the Table Schema default). */
export const DATE_STYLES: Record<DateStyle, { label: string; format: string | undefined; datetimeFormat: string | undefined }> = {
  uk: { label: "25/11/2026", format: "%d/%m/%Y", datetimeFormat: "%d/%m/%Y %H:%M" },
  iso: { label: "2026-11-25", format: undefined, datetimeFormat: undefined },
};

export type PatternPreset = "none" | "uk-postcode" | "uprn" | "ni-number" | "nhs-number" | "uk-phone" | "email" | "custom";
export const PATTERN_PRESETS: { value: PatternPreset; label: string; format?: string }[] = [
  { value: "none", label: "Any text" },
  { value: "uk-postcode", label: "UK postcode", format: "dq:uk-postcode" },
  { value: "uprn", label: "UPRN", format: "dq:uprn" },
  { value: "ni-number", label: "National Insurance number", format: "dq:ni-number" },
  { value: "nhs-number", label: "NHS number", format: "dq:nhs-number" },
  { value: "uk-phone", label: "UK phone number", format: "dq:uk-phone" },
  { value: "email", label: "E-mail address", format: "email" },
  { value: "custom", label: "My own pattern" },
];

export interface ColumnRuleForm {
  name: string;
  title: string;
  type: ColumnType;
  /** For date and datetime columns. */
  dateStyle: DateStyle;
  required: boolean;
  unique: boolean;
  /** Empty: any value. */
  allowedValues: string[];
  preset: PatternPreset;
  /** The pattern when preset is "custom". */
  pattern: string;
  /** As typed: a number, or a date in the column's style. Empty: no limit. */
  minimum: string;
  maximum: string;
  minLength: string;
  maxLength: string;
  /** The plain-English message shown for this column's failures. Empty: ours. */
  message: string;
  /** Everything else the field had, written back unchanged. */
  extra: Record<string, unknown>;
  /** Constraints the form does not show (exclusiveMinimum…), written back unchanged. */
  extraConstraints: Record<string, unknown>;
}

export interface RuleSetForm {
  columns: ColumnRuleForm[];
  /** Columns that identify a record (the primary key). */
  recordKey: string[];
  /** Texts that mean "no value" (Table Schema's missingValues). */
  missingValues: string[];
  rowRules: RowRule[];
  freshness: Freshness[];
  warn: string;
  fail: string;
  extra: Record<string, unknown>;
}

const FORM_FIELD_KEYS = new Set(["name", "title", "type", "format", "constraints", "dq:message"]);
const FORM_SCHEMA_KEYS = new Set(["fields", "primaryKey", "missingValues", "dq:rowRules", "dq:freshness", "dq:warn", "dq:fail"]);
const FORM_TYPES = new Set<FieldType>(["string", "integer", "number", "date", "datetime", "boolean"]);

/** A blank column for a header name: text, nothing required. */
export function blankColumn(name: string): ColumnRuleForm {
  return { name, title: "", type: "string", dateStyle: "uk", required: false, unique: false, allowedValues: [], preset: "none", pattern: "", minimum: "", maximum: "", minLength: "", maxLength: "", message: "", extra: {}, extraConstraints: {} };
}

/** A form with one blank column per header, to start a rule set from a dropped file. */
export function formFromHeader(header: readonly string[]): RuleSetForm {
  return { columns: header.filter((h) => h.trim() !== "").map(blankColumn), recordKey: [], missingValues: [""], rowRules: [], freshness: [], warn: "", fail: "", extra: {} };
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export function columnFromField(field: FieldDescriptor): ColumnRuleForm {
  const column = blankColumn(field.name);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(field)) if (!FORM_FIELD_KEYS.has(key)) extra[key] = value;
  column.extra = extra;
  column.title = field.title ?? "";
  const type = field.type ?? "string";
  let format = field.format;
  if (FORM_TYPES.has(type)) column.type = type as ColumnType;
  else {
    // A type the form cannot show (year, duration…) stays as it is.
    extra.type = type;
    if (format !== undefined) extra.format = format;
    format = undefined;
  }
  if (type === "date" || type === "datetime") {
    if (format === undefined || format === "default") column.dateStyle = "iso";
    else if (format === DATE_STYLES.uk.format || format === DATE_STYLES.uk.datetimeFormat) column.dateStyle = "uk";
    else extra.format = format;
  } else if (type === "string" && format !== undefined && format !== "default") {
    const preset = PATTERN_PRESETS.find((p) => p.format === format);
    if (preset) column.preset = preset.value;
    else extra.format = format;
  } else if (format !== undefined) extra.format = format;

  const constraints = { ...(field.constraints ?? {}) } as Record<string, unknown>;
  column.required = constraints.required === true;
  column.unique = constraints.unique === true;
  if (Array.isArray(constraints.enum)) column.allowedValues = constraints.enum.map(String);
  if (typeof constraints.pattern === "string") {
    if (column.preset === "none") {
      column.preset = "custom";
      column.pattern = constraints.pattern;
    } else column.extraConstraints.pattern = constraints.pattern;
  }
  column.minimum = text(constraints.minimum);
  column.maximum = text(constraints.maximum);
  column.minLength = text(constraints.minLength);
  column.maxLength = text(constraints.maxLength);
  for (const [key, value] of Object.entries(constraints)) {
    if (!["required", "unique", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength"].includes(key)) column.extraConstraints[key] = value;
    // Values the form would retype (an enum of numbers, a pattern it cannot show) are kept exactly.
    if (key === "enum" && Array.isArray(value) && value.some((v) => typeof v !== "string")) column.extraConstraints.enum = value;
    if ((key === "required" || key === "unique") && value !== true) column.extraConstraints[key] = value;
  }
  if (column.extraConstraints.enum) column.allowedValues = [];
  const message = field["dq:message"];
  if (typeof message === "string") column.message = message;
  else if (message !== undefined) extra["dq:message"] = message;
  return column;
}

export function fieldFromColumn(column: ColumnRuleForm): FieldDescriptor {
  const field: FieldDescriptor = { name: column.name };
  if (column.title.trim()) field.title = column.title.trim();
  const extra = { ...column.extra };
  const extraType = extra.type as FieldType | undefined;
  const extraFormat = extra.format as string | undefined;
  delete extra.type;
  delete extra.format;
  if (extraType) field.type = extraType;
  else if (column.type !== "string") field.type = column.type;
  const datePattern = column.type === "date" ? DATE_STYLES[column.dateStyle].format : column.type === "datetime" ? DATE_STYLES[column.dateStyle].datetimeFormat : undefined;
  const preset = column.type === "string" ? PATTERN_PRESETS.find((p) => p.value === column.preset)?.format : undefined;
  const format = extraFormat ?? datePattern ?? preset;
  if (format !== undefined) field.format = format;

  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.unique) constraints.unique = true;
  if (column.allowedValues.length) constraints.enum = [...column.allowedValues];
  if (column.preset === "custom" && column.pattern.trim()) constraints.pattern = column.pattern.trim();
  const numeric = column.type === "integer" || column.type === "number";
  const bound = (value: string) => (numeric && /^-?[0-9]+(\.[0-9]+)?$/.test(value.trim()) ? Number(value.trim()) : value.trim());
  if (column.minimum.trim()) constraints.minimum = bound(column.minimum);
  if (column.maximum.trim()) constraints.maximum = bound(column.maximum);
  const length = (value: string) => (/^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : value.trim());
  if (column.minLength.trim()) constraints.minLength = length(column.minLength);
  if (column.maxLength.trim()) constraints.maxLength = length(column.maxLength);
  Object.assign(constraints, column.extraConstraints);
  if (Object.keys(constraints).length) field.constraints = constraints;
  if (column.message.trim()) field["dq:message"] = column.message.trim();
  return { ...field, ...extra };
}

export function schemaToForm(schema: TableSchema): RuleSetForm {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) if (!FORM_SCHEMA_KEYS.has(key)) extra[key] = value;
  const freshness = schema["dq:freshness"];
  const missing = schema.missingValues;
  const plainMissing = missing === undefined || missing.every((m) => typeof m === "string");
  if (!plainMissing) extra.missingValues = missing;
  return {
    columns: schema.fields.map(columnFromField),
    recordKey: schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? [...schema.primaryKey] : [schema.primaryKey],
    missingValues: missing === undefined ? [""] : plainMissing ? [...(missing as string[])] : [""],
    rowRules: [...(schema["dq:rowRules"] ?? [])],
    freshness: freshness === undefined ? [] : Array.isArray(freshness) ? [...freshness] : [freshness],
    warn: text(schema["dq:warn"]),
    fail: text(schema["dq:fail"]),
    extra,
  };
}

export function formToSchema(form: RuleSetForm): TableSchema {
  const schema: TableSchema = { fields: form.columns.map(fieldFromColumn) };
  // Table Schema v2 writes a primary key as a list, even of one field.
  if (form.recordKey.length) schema.primaryKey = [...form.recordKey];
  if (!(form.missingValues.length === 1 && form.missingValues[0] === "")) schema.missingValues = [...form.missingValues];
  if (form.rowRules.length) schema["dq:rowRules"] = [...form.rowRules];
  if (form.freshness.length) schema["dq:freshness"] = form.freshness.length === 1 ? form.freshness[0]! : [...form.freshness];
  const threshold = (value: string): Threshold => (/^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : value.trim());
  if (form.warn.trim()) schema["dq:warn"] = threshold(form.warn);
  if (form.fail.trim()) schema["dq:fail"] = threshold(form.fail);
  return { ...schema, ...form.extra } as TableSchema;
}

/** A row rule in the form's terms: `later` must be on or after `earlier` whenever both are filled in. */
export function onOrAfterRule(id: string, later: string, earlier: string, title?: string): RowRule {
  return {
    id,
    ...(title ? { title } : {}),
    when: { and: [{ "!=": [{ var: later }, null] }, { "!=": [{ var: earlier }, null] }] },
    assert: { ">=": [{ var: later }, { var: earlier }] },
  };
}

/** A row rule in the form's terms: `field` must be filled in when `whenField` is `equals`. */
export function requiredWhenRule(id: string, field: string, whenField: string, equals: string, title?: string): RowRule {
  return { id, ...(title ? { title } : {}), when: { "==": [{ var: whenField }, equals] }, assert: { "!=": [{ var: field }, null] } };
}
