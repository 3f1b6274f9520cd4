import { Profiler, type TableProfile } from "../../domain/validation/profile";
import type { ByteSource } from "./byte-source";
import { readTable } from "./open-table";
import { ReadCancelledError, type ReadOptions, type ReadSummary } from "./read-types";
import type { RunProgress } from "./validate-table";

export interface ProfileTableOptions extends Pick<ReadOptions, "signal" | "delimiter" | "sheet" | "chunkSize"> {
  runDate: string;
  /** Profile only the first rows of a very large file (all rows when not given). */
  maxRows?: number;
  onProgress?: (progress: RunProgress) => void;
  now?: () => number;
}

export interface TableProfiling {
  profile: TableProfile;
  read: ReadSummary;
  /** True when the file had more rows than `maxRows`. */
  partial: boolean;
}

/** Profiles a CSV or .xlsx file in one streaming pass (the same readers as a run). */
export async function profileTable(source: ByteSource, options: ProfileTableOptions): Promise<TableProfiling> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const enough = new AbortController();
  const outer = options.signal;
  outer?.addEventListener("abort", () => enough.abort());
  let profiler: Profiler | undefined;
  let rows = 0;
  let partial = false;
  let read: ReadSummary | undefined;
  try {
    read = await readTable(
      source,
      {
        header: (columns) => {
          profiler = new Profiler(columns, { runDate: options.runDate });
        },
        rows: (chunk, first, numbers) => {
          if (partial) return;
          const room = options.maxRows === undefined ? chunk.length : Math.min(chunk.length, options.maxRows - rows);
          profiler!.pushRows(room < chunk.length ? chunk.slice(0, room) : chunk, numbers ?? Array.from({ length: room }, (_, i) => first + i));
          rows += room;
          if (options.maxRows !== undefined && rows >= options.maxRows) {
            partial = true;
            enough.abort();
          }
        },
      },
      {
        signal: enough.signal,
        ...(options.delimiter ? { delimiter: options.delimiter } : {}),
        ...(options.sheet ? { sheet: options.sheet } : {}),
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
        onProgress: ({ bytesRead, totalBytes }) => {
          const elapsedMs = now() - started;
          options.onProgress?.({ rows, bytesRead, totalBytes, elapsedMs, rowsPerSecond: elapsedMs > 0 ? Math.round((rows / elapsedMs) * 1000) : 0 });
        },
      },
    );
  } catch (error) {
    if (!(error instanceof ReadCancelledError) || outer?.aborted) throw error;
  }
  return { profile: (profiler ?? new Profiler([], { runDate: options.runDate })).finish(), read: read ?? { format: source.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv", encoding: "UTF-8", isoDatesAccepted: false, notes: [] }, partial };
}
