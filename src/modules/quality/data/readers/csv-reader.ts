import Papa from "papaparse";
import type { Row } from "../../domain/validation/run";
import { type ByteSource, DEFAULT_CHUNK_SIZE } from "./byte-source";
import { type ReadOptions, type ReadSummary, type TableSink, throwIfCancelled } from "./read-types";
import { decodeText, type DecodedText } from "./text-decoding";

interface PapaResults {
  data: string[][];
  errors: { type: string; code: string; message: string; row?: number }[];
  meta: { cursor: number; delimiter?: string };
}

/** Papa Parse's incremental parser, the one its own file streamers drive (not in its type definitions). */
interface ParserHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaResults;
}
const ParserHandleClass = (Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig) => ParserHandle }).ParserHandle;

const DELIMITERS = [",", ";", "\t", "|"];

/**
 * Papa Parse's own guess over the first rows, ignoring blank lines (which would otherwise make a
 * short tab-separated file look like one column); the run itself keeps blank lines for row numbers.
 */
function guessDelimiter(firstText: string): string {
  const guess = new ParserHandleClass({ delimiter: "", delimitersToGuess: DELIMITERS, skipEmptyLines: true, preview: 10, header: false });
  const results = guess.parse(firstText, 0, false);
  return results.errors.some((e) => e.code === "UndetectableDelimiter") ? "," : (results.meta.delimiter ?? ",");
}

/**
 * Streams a CSV file through Papa Parse in chunks of about a megabyte: a row split across two
 * chunks is carried to the next, so quoted line breaks survive, and no more than a chunk of rows is
 * ever in memory. Every row keeps its spreadsheet number (blank lines count, as Excel shows them).
 */
export async function readCsv(source: ByteSource, sink: TableSink, options: ReadOptions = {}): Promise<ReadSummary> {
  const decoded: DecodedText = { encoding: "UTF-8", replaced: false };
  let handle: ParserHandle | undefined;
  const notes: string[] = [];
  let partial = "";
  let baseIndex = 0;
  let bytesRead = 0;
  let nextRowNumber = 1;
  let delimiter: string | undefined = options.delimiter;
  let headerSeen = false;

  const deliver = (results: PapaResults, final: boolean) => {
    delimiter ??= results.meta.delimiter;
    for (const error of results.errors) {
      if (error.code === "UndetectableDelimiter" || notes.length >= 5) continue;
      if (error.code === "MissingQuotes") notes.push(`A value opened with a quote mark that never closes (about row ${nextRowNumber + (error.row ?? 0)}); the rest of the file was read as part of that value.`);
      else notes.push(error.message);
    }
    let rows: Row[] = results.data;
    // A line break at the very end of the file is not a blank row.
    if (final && rows.length > 0) {
      const last = rows[rows.length - 1]!;
      if (last.length === 1 && last[0] === "") rows = rows.slice(0, -1);
    }
    if (!headerSeen && rows.length > 0) {
      headerSeen = true;
      sink.header((rows[0] as string[]).map((name) => name));
      rows = rows.slice(1);
      nextRowNumber = 2;
    }
    if (rows.length > 0) sink.rows(rows, nextRowNumber);
    nextRowNumber += rows.length;
  };

  for await (const text of decodeText(countBytes(source.chunks(options.chunkSize ?? DEFAULT_CHUNK_SIZE)), decoded)) {
    throwIfCancelled(options.signal);
    handle ??= new ParserHandleClass({ delimiter: options.delimiter ?? guessDelimiter(text), skipEmptyLines: false, header: false, dynamicTyping: false });
    const aggregate = partial + text;
    const results = handle.parse(aggregate, baseIndex, true);
    partial = aggregate.substring(results.meta.cursor - baseIndex);
    baseIndex = results.meta.cursor;
    deliver(results, false);
    options.onProgress?.({ bytesRead, totalBytes: source.size });
  }
  throwIfCancelled(options.signal);
  if (partial !== "" && handle) deliver(handle.parse(partial, baseIndex, false), true);
  options.onProgress?.({ bytesRead: source.size, totalBytes: source.size });
  if (!headerSeen) sink.header([]);
  if (decoded.replaced) notes.push("Some characters are not valid UTF-8 and show as �; save the file as “CSV UTF-8” to keep them.");
  return { format: "csv", delimiter: delimiter ?? ",", encoding: decoded.encoding, isoDatesAccepted: false, notes };

  async function* countBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
}
