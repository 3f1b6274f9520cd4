/**
 * Automated data validation, the pure engine: Table Schema rule sets with `dq:` extensions, a
 * streaming run, the scorecard, the fix list, run comparison, profiling and suggestions, and the
 * rule form. No I/O here: readers (data/readers) feed rows in; screens and the command line use this.
 */
export { DIMENSIONS, DIMENSION_LABELS, DEFAULT_DIMENSION, RULE_KINDS, type Dimension, type RuleKind } from "./dimensions";
export type { FieldDescriptor, FieldType, ForeignKey, Freshness, LogicExpression, ReferenceLists, RowRule, TableSchema, Threshold } from "./schema-types";
export { SchemaError, UnusableInputError } from "./schema-error";
export { checkSchema, compileSchema, type CompiledSchema, type CompileOptions } from "./compile";
export { startRun, ValidationRun, type Cell, type Row, type RunOptions, DEFAULT_MAX_FAILURES, DEFAULT_MAX_FAILURES_PER_RULE } from "./run";
export type { DimensionScore, FailureRecord, RuleResult, RuleStatus, ValidationResult } from "./result-types";
export { fixListCsv, fixListFileName } from "./fix-list";
export { compareRuns, type RunComparison, type RunSnapshot, type RuleChange } from "./compare-runs";
export { Profiler, shapeOf, type ColumnProfile, type ProfileOptions, type TableProfile } from "./profile";
export { applySuggestion, shareText, suggestRules, type Suggestion } from "./suggest";
export * from "./rule-form";
