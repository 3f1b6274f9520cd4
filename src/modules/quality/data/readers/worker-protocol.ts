import { SchemaError, UnusableInputError } from "../../domain/validation/schema-error";
import type { ReferenceLists } from "../../domain/validation/schema-types";
import type { ValidationResult } from "../../domain/validation/result-types";
import type { TableProfile } from "../../domain/validation/profile";
import { suggestRules, type Suggestion } from "../../domain/validation/suggest";
import { blobSource } from "./byte-source";
import { profileTable } from "./profile-table";
import { ReadCancelledError, type ReadSummary } from "./read-types";
import { type RunProgress, validateTable } from "./validate-table";

/**
 * The messages between a screen and the validation worker, and the worker's side of them. The file
 * goes to the worker as a File (a handle, not a copy) and never leaves the browser; only results
 * come back.
 */
export type ValidationRequest =
  | { type: "validate"; id: number; file: Blob; fileName: string; schema: unknown; runDate: string; references?: ReferenceLists; sheet?: string; delimiter?: string; maxFailures?: number; maxFailuresPerRule?: number }
  | { type: "profile"; id: number; file: Blob; fileName: string; runDate: string; maxRows?: number; sheet?: string; delimiter?: string }
  | { type: "cancel"; id: number };

export type FailureKind = "rules" | "file" | "internal";

export type ValidationResponse =
  | ({ type: "progress"; id: number } & RunProgress)
  | { type: "validated"; id: number; result: ValidationResult; read: ReadSummary }
  | { type: "profiled"; id: number; profile: TableProfile; suggestions: Suggestion[]; read: ReadSummary; partial: boolean }
  | { type: "failed"; id: number; kind: FailureKind; message: string; problems: string[] }
  | { type: "cancelled"; id: number };

/** The worker's message handler; `post` is the worker's postMessage (or a test's stand-in). */
export function createRequestHandler(post: (message: ValidationResponse) => void): (request: ValidationRequest) => Promise<void> {
  const running = new Map<number, AbortController>();
  return async (request) => {
    if (request.type === "cancel") {
      running.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    const id = request.id;
    // At most ten progress messages a second: a screen needs no more, and each one costs the page a task.
    let lastPost = -Infinity;
    const onProgress = (progress: RunProgress) => {
      if (progress.elapsedMs - lastPost < 100 && progress.bytesRead < progress.totalBytes) return;
      lastPost = progress.elapsedMs;
      post({ type: "progress", id, ...progress });
    };
    const source = blobSource(request.file, request.fileName);
    const common = { signal: controller.signal, onProgress, ...(request.sheet ? { sheet: request.sheet } : {}), ...(request.delimiter ? { delimiter: request.delimiter } : {}) };
    try {
      if (request.type === "validate") {
        const { result, read } = await validateTable(source, request.schema, {
          ...common,
          runDate: request.runDate,
          ...(request.references ? { references: request.references } : {}),
          ...(request.maxFailures !== undefined ? { maxFailures: request.maxFailures } : {}),
          ...(request.maxFailuresPerRule !== undefined ? { maxFailuresPerRule: request.maxFailuresPerRule } : {}),
        });
        post({ type: "validated", id, result, read });
      } else {
        const { profile, read, partial } = await profileTable(source, { ...common, runDate: request.runDate, ...(request.maxRows !== undefined ? { maxRows: request.maxRows } : {}) });
        post({ type: "profiled", id, profile, suggestions: suggestRules(profile), read, partial });
      }
    } catch (error) {
      if (error instanceof ReadCancelledError) post({ type: "cancelled", id });
      else if (error instanceof SchemaError) post({ type: "failed", id, kind: "rules", message: error.message, problems: [...error.problems] });
      else if (error instanceof UnusableInputError) post({ type: "failed", id, kind: "file", message: error.message, problems: [] });
      else post({ type: "failed", id, kind: "internal", message: `The run stopped unexpectedly: ${(error as Error).message}`, problems: [] });
    } finally {
      running.delete(id);
    }
  };
}
