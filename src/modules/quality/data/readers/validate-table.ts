import { type CompiledSchema, compileSchema } from "../../domain/validation/compile";
import type { ValidationResult } from "../../domain/validation/result-types";
import { startRun, type RunOptions, type ValidationRun } from "../../domain/validation/run";
import type { ReferenceLists } from "../../domain/validation/schema-types";
import type { ByteSource } from "./byte-source";
import { detectTableFormat, readTable } from "./open-table";
import type { ReadOptions, ReadSummary } from "./read-types";

export interface RunProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface ValidateTableOptions extends Omit<RunOptions, "runDate">, Pick<ReadOptions, "signal" | "delimiter" | "sheet" | "chunkSize"> {
  /** The day the run counts as today (ISO, 2026-11-25). */
  runDate: string;
  references?: ReferenceLists;
  onProgress?: (progress: RunProgress) => void;
  /** A monotonic clock in milliseconds, for rows per second (performance.now by default). */
  now?: () => number;
}

export interface TableValidation {
  result: ValidationResult;
  read: ReadSummary;
}

/**
 * Validates a CSV or .xlsx table against a rule set in one streaming pass: the same code in the
 * browser's worker and on the command line. Throws SchemaError for unusable rules,
 * UnusableInputError for an unreadable file, ReadCancelledError when cancelled.
 */
export async function validateTable(source: ByteSource, schema: unknown, options: ValidateTableOptions): Promise<TableValidation> {
  const format = await detectTableFormat(source);
  const compiled: CompiledSchema = compileSchema(schema, { references: options.references ?? {}, isoDatesAccepted: format === "xlsx" });
  const now = options.now ?? (() => performance.now());
  const started = now();
  let run: ValidationRun | undefined;
  const runOptions: RunOptions = { runDate: options.runDate, ...(options.maxFailures !== undefined ? { maxFailures: options.maxFailures } : {}), ...(options.maxFailuresPerRule !== undefined ? { maxFailuresPerRule: options.maxFailuresPerRule } : {}) };
  const read = await readTable(
    source,
    {
      header: (columns) => {
        run = startRun(compiled, columns, runOptions);
      },
      rows: (rows, first, numbers) => run!.pushRows(rows, first, numbers),
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      onProgress: ({ bytesRead, totalBytes }) => {
        const elapsedMs = now() - started;
        const rows = run?.rows ?? 0;
        options.onProgress?.({ rows, bytesRead, totalBytes, elapsedMs, rowsPerSecond: elapsedMs > 0 ? Math.round((rows / elapsedMs) * 1000) : 0 });
      },
    },
    format,
  );
  const result = (run ?? startRun(compiled, [], runOptions)).finish();
  result.notes.unshift(...read.notes);
  return { result, read };
}
