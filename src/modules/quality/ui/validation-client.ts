import type { ValidationRequest, ValidationResponse } from "../data/readers/worker-protocol";
import type { ReadSummary } from "../data/readers/read-types";
import type { RunProgress } from "../data/readers/validate-table";
import { SchemaError, UnusableInputError } from "../domain/validation/schema-error";
import type { ReferenceLists } from "../domain/validation/schema-types";
import type { ValidationResult } from "../domain/validation/result-types";
import type { TableProfile } from "../domain/validation/profile";
import type { Suggestion } from "../domain/validation/suggest";
import { ReadCancelledError } from "../data/readers/read-types";

/**
 * What a screen uses to run validation off the page's thread: start a run or a profile, follow its
 * progress (rows, rows per second), cancel it. Errors arrive as the engine's own classes, so a screen
 * can tell bad rules (SchemaError, with every problem) from an unreadable file (UnusableInputError).
 */
export interface Job<T> {
  promise: Promise<T>;
  cancel(): void;
}

export interface RunOptions {
  runDate: string;
  references?: ReferenceLists;
  sheet?: string;
  delimiter?: string;
  maxFailures?: number;
  maxFailuresPerRule?: number;
  onProgress?: (progress: RunProgress) => void;
}

export interface ProfileOptions {
  runDate: string;
  maxRows?: number;
  sheet?: string;
  delimiter?: string;
  onProgress?: (progress: RunProgress) => void;
}

export interface ValidationClient {
  validate(file: Blob, fileName: string, schema: unknown, options: RunOptions): Job<{ result: ValidationResult; read: ReadSummary }>;
  profile(file: Blob, fileName: string, options: ProfileOptions): Job<{ profile: TableProfile; suggestions: Suggestion[]; read: ReadSummary; partial: boolean }>;
  /** Stops the worker; the next job starts a new one. */
  dispose(): void;
}

/** The part of a Worker the client needs (a test can stand in with the same handler in-process). */
export interface WorkerLike {
  postMessage(message: ValidationRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ValidationResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Vite bundles the worker as its own file from this exact expression. */
export function startValidationWorker(): WorkerLike {
  return new Worker(new URL("./validation.worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike;
}

/** How long a cancelled job may take to stop on its own before the worker is ended. */
const CANCEL_GRACE_MS = 1500;

interface Pending {
  resolve: (message: ValidationResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: RunProgress) => void;
}

export function createValidationClient(startWorker: () => WorkerLike = startValidationWorker): ValidationClient {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stopWorker = (reason: Error) => {
    worker?.terminate();
    worker = undefined;
    for (const job of pending.values()) job.reject(reason);
    pending.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = (event) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === "progress") {
        const { type: _type, id: _id, ...progress } = message;
        job.onProgress?.(progress);
        return;
      }
      pending.delete(message.id);
      if (message.type === "cancelled") job.reject(new ReadCancelledError());
      else if (message.type === "failed") job.reject(message.kind === "rules" ? new SchemaError(message.problems) : message.kind === "file" ? new UnusableInputError(message.message) : new Error(message.message));
      else job.resolve(message);
    };
    started.onerror = (event) => stopWorker(new Error(`The validation worker stopped: ${event.message || "unknown error"}`));
    worker = started;
    return started;
  };

  function start<T>(request: ValidationRequest, onProgress: ((p: RunProgress) => void) | undefined, pick: (m: ValidationResponse) => T): Job<T> {
    const id = request.id;
    const target = ensureWorker();
    const promise = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: (m) => resolve(pick(m)), reject, ...(onProgress ? { onProgress } : {}) });
    });
    target.postMessage(request);
    return {
      promise,
      cancel() {
        if (!pending.has(id) || worker !== target) return;
        target.postMessage({ type: "cancel", id });
        // A rule stuck on one enormous value cannot see the cancel: end the worker instead.
        setTimeout(() => {
          if (pending.has(id) && worker === target) stopWorker(new ReadCancelledError());
        }, CANCEL_GRACE_MS);
      },
    };
  }

  return {
    validate(file, fileName, schema, options) {
      const { onProgress, ...rest } = options;
      return start({ type: "validate", id: nextId++, file, fileName, schema, ...rest }, onProgress, (m) => {
        const done = m as Extract<ValidationResponse, { type: "validated" }>;
        return { result: done.result, read: done.read };
      });
    },
    profile(file, fileName, options) {
      const { onProgress, ...rest } = options;
      return start({ type: "profile", id: nextId++, file, fileName, ...rest }, onProgress, (m) => {
        const done = m as Extract<ValidationResponse, { type: "profiled" }>;
        return { profile: done.profile, suggestions: done.suggestions, read: done.read, partial: done.partial };
      });
    },
    dispose() {
      stopWorker(new ReadCancelledError());
    },
  };
}
