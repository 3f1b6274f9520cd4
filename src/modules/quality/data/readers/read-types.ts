import type { Row } from "../../domain/validation/run";

/** Receives a table as it is read: the header once, then rows in chunks. */
export interface TableSink {
  header(columns: string[]): void;
  /** `firstRowNumber`: the spreadsheet row of rows[0] (the header is row 1); or each row's own number. */
  rows(rows: readonly Row[], firstRowNumber: number, rowNumbers?: ArrayLike<number>): void;
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** CSV only: the separator; guessed from the file (comma, semicolon, tab, bar) when not given. */
  delimiter?: string;
  /** Excel only: the worksheet's name; the first sheet when not given. */
  sheet?: string;
  chunkSize?: number;
}

export interface ReadSummary {
  format: "csv" | "xlsx";
  /** CSV: the separator used; Excel: the sheet read. */
  delimiter?: string;
  sheet?: string;
  encoding: string;
  /** Excel's dates arrive as ISO text, so date fields with a written pattern accept that too. */
  isoDatesAccepted: boolean;
  notes: string[];
}

/** A run stopped because the officer cancelled it. */
export class ReadCancelledError extends Error {
  constructor() {
    super("The run was cancelled.");
    this.name = "ReadCancelledError";
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadCancelledError();
}
