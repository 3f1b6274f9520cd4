/**
 * Data quality's public face: what other modules may use. The asset register holds each asset's
 * schema as a Table Schema in the engine's own format, checks it with the engine's own check, and
 * can start one by profiling a sample file with the engine's own profiler.
 */
export type { FieldDescriptor, FieldType, TableSchema } from "./domain/validation/schema-types";
export { FIELD_TYPES } from "./domain/validation/schema-types";
export { checkSchema } from "./domain/validation/compile";
export { SchemaError } from "./domain/validation/schema-error";
export type { ColumnProfile, TableProfile } from "./domain/validation/profile";
export { profileTable } from "./data/readers/profile-table";
export { blobSource, bytesSource } from "./data/readers/byte-source";
export { qualityModule } from "./module";
export { QUALITY_LISTS, issuesList, reportsList, auditsList, runsList, ruleSetsList } from "./lists";
export { findPersonalIdentifiers, personalDataMessage } from "./domain/log/personal-data";
export { DIMENSIONS, DIMENSION_LABELS, DIMENSION_MEANINGS, type Dimension } from "./domain/log/issue";
export { compileSchema } from "./domain/validation/compile";
export { startRun } from "./domain/validation/run";
export type { ValidationResult, FailureRecord } from "./domain/validation/result-types";
export { UnusableInputError } from "./domain/validation/schema-error";
export { readTable } from "./data/readers/open-table";
export type { ByteSource } from "./data/readers/byte-source";
