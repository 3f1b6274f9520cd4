import type { Dimension, RuleKind } from "./dimensions";

/**
 * Frictionless Table Schema (v2) as this validator reads it, plus the prefixed `dq:` properties the
 * spec allows for extensions. Every standard property keeps its standard meaning, so a rule set is
 * portable to other Table Schema tools (which ignore the `dq:` ones).
 */
export type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "datetime" | "time" | "year" | "yearmonth" | "duration" | "any";

export const FIELD_TYPES: readonly FieldType[] = ["string", "number", "integer", "boolean", "date", "datetime", "time", "year", "yearmonth", "duration", "any"];

/** Our UK formats for string fields, namespaced because strict Table Schema tools reject unknown formats. */
export const DQ_STRING_FORMATS = ["dq:uk-postcode", "dq:uprn", "dq:ni-number", "dq:nhs-number", "dq:uk-phone"] as const;
export type DqStringFormat = (typeof DQ_STRING_FORMATS)[number];
export const STANDARD_STRING_FORMATS = ["default", "email", "uri", "uuid"] as const;

/** "2%" (of the values checked) or a number of failures. */
export type Threshold = string | number;

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: string | number;
  maximum?: string | number;
  exclusiveMinimum?: string | number;
  exclusiveMaximum?: string | number;
  pattern?: string;
  enum?: (string | number | boolean)[];
}

export interface FieldDescriptor {
  name: string;
  title?: string;
  description?: string;
  type?: FieldType;
  /** Strings: default, email, uri, uuid or a `dq:` UK format. Dates and times: default, any or a strptime pattern such as %d/%m/%Y. */
  format?: string;
  constraints?: FieldConstraints;
  missingValues?: string[];
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  /** Plain-English message shown for every failure of this field, or one per rule kind. */
  "dq:message"?: string | Partial<Record<RuleKind, string>>;
  /** Overrides the default dimension of this field's rules, per rule kind. */
  "dq:dimension"?: Partial<Record<RuleKind, Dimension>>;
  "dq:warn"?: Threshold;
  "dq:fail"?: Threshold;
  [extension: `${string}:${string}`]: unknown;
}

export interface ForeignKey {
  fields: string[] | string;
  reference: { resource?: string; fields: string[] | string };
  "dq:message"?: string;
  "dq:dimension"?: Dimension;
}

/**
 * A row rule across fields, declared as data (a small, safe subset of JSON Logic), never as code:
 * `{"id": "closed-after-received", "when": {"!!": {"var": "closed_date"}}, "assert": {">=": [{"var": "closed_date"}, {"var": "received_date"}]}}`.
 */
export interface RowRule {
  id: string;
  title?: string;
  message?: string;
  dimension?: Dimension;
  when?: LogicExpression;
  assert: LogicExpression;
  warn?: Threshold;
  fail?: Threshold;
}

export type LogicExpression = string | number | boolean | null | LogicExpression[] | { [operator: string]: LogicExpression };

/** Timeliness: the newest record is at most `maxAgeDays` old on the run date, and/or no date is after the run date. */
export interface Freshness {
  field: string;
  maxAgeDays?: number;
  notInFuture?: boolean;
  message?: string;
  dimension?: Dimension;
  warn?: Threshold;
  fail?: Threshold;
}

export interface TableSchema {
  $schema?: string;
  name?: string;
  title?: string;
  description?: string;
  fields: FieldDescriptor[];
  missingValues?: (string | { value: string; label?: string })[];
  primaryKey?: string[] | string;
  uniqueKeys?: string[][];
  foreignKeys?: ForeignKey[];
  fieldsMatch?: "exact" | "equal" | "subset" | "superset" | "partial";
  "dq:rowRules"?: RowRule[];
  "dq:freshness"?: Freshness | Freshness[];
  /** Default thresholds for every rule; a rule crossing `dq:fail` fails the run. Without one, any failure fails. */
  "dq:warn"?: Threshold;
  "dq:fail"?: Threshold;
  /** Fields that name a record in the fix list when there is no primary key. */
  "dq:recordKey"?: string[];
  [extension: `${string}:${string}`]: unknown;
}

/** Reference lists for foreign keys, loaded elsewhere (e.g. wards from SharePoint): resource → rows. */
export type ReferenceLists = Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
