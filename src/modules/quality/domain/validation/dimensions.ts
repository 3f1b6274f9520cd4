/**
 * The six data quality dimensions of the Government Data Quality Framework (DAMA UK), and which one
 * each kind of rule measures unless the rule set says otherwise (`dq:dimension`).
 */
export const DIMENSIONS = ["completeness", "uniqueness", "consistency", "timeliness", "validity", "accuracy"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  completeness: "Completeness",
  uniqueness: "Uniqueness",
  consistency: "Consistency",
  timeliness: "Timeliness",
  validity: "Validity",
  accuracy: "Accuracy",
};

/** The rule kinds a run reports, as named in the command line's JSON. */
export const RULE_KINDS = ["required", "unique", "pattern", "enum", "minimum", "maximum", "minLength", "maxLength", "type", "format", "primaryKey", "foreignKey", "row", "freshness"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const DEFAULT_DIMENSION: Record<RuleKind, Dimension> = {
  required: "completeness",
  unique: "uniqueness",
  primaryKey: "uniqueness",
  type: "validity",
  format: "validity",
  pattern: "validity",
  enum: "validity",
  minimum: "validity",
  maximum: "validity",
  minLength: "validity",
  maxLength: "validity",
  foreignKey: "consistency",
  row: "consistency",
  freshness: "timeliness",
};

export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}

export function isRuleKind(value: unknown): value is RuleKind {
  return typeof value === "string" && (RULE_KINDS as readonly string[]).includes(value);
}
