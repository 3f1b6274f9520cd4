import type { Dimension, RuleKind } from "./dimensions";

export type RuleStatus = "pass" | "warn" | "fail";

export interface RuleResult {
  /** Stable within a rule set, e.g. "postcode/format", "primaryKey", "row/closed-after-received". */
  id: string;
  kind: RuleKind;
  /** The field, several joined with ", " for a composite key, null for row rules. */
  field: string | null;
  dimension: Dimension;
  /** The rule in plain words: "Postcode must be a UK postcode". */
  description: string;
  checked: number;
  failed: number;
  status: RuleStatus;
  warn?: string;
  fail?: string;
}

/** One failing value, as it goes into the fix list. */
export interface FailureRecord {
  /** The row as a spreadsheet shows it (the header is row 1); 0 for a finding about the whole file. */
  row: number;
  /** The record key's values (primary key, or `dq:recordKey`), joined with " / "; empty without one. */
  key: string;
  field: string | null;
  value: string;
  ruleId: string;
  rule: RuleKind;
  dimension: Dimension;
  reason: string;
}

export interface DimensionScore {
  checked: number;
  failed: number;
}

export interface ValidationResult {
  /** Data rows read (blank lines are not rows). */
  rows: number;
  /** Rows with no failure. */
  valid: number;
  dimensions: Record<Dimension, DimensionScore>;
  /** Rows with at least one failure in each dimension: rows minus these meet that dimension's rules ("records complete"). */
  rowsFailing: Record<Dimension, number>;
  rules: RuleResult[];
  /** A capped sample of failing values, in file order within each rule's cap. */
  failures: FailureRecord[];
  /** True when some failures were counted but not kept in `failures`. */
  failuresTruncated: boolean;
  outcome: RuleStatus;
  columns: { missing: string[]; extra: string[] };
  /** Facts an officer should know: blank rows skipped, renamed columns, the newest date. */
  notes: string[];
  /** ISO date the run counted as today. */
  runDate: string;
}
