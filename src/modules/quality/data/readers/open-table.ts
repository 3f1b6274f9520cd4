import { UnusableInputError } from "../../domain/validation/schema-error";
import type { ByteSource } from "./byte-source";
import { readCsv } from "./csv-reader";
import type { ReadOptions, ReadSummary, TableSink } from "./read-types";

export type TableFormat = "csv" | "xlsx";

/** Tells an .xlsx workbook (a zip) from CSV text by its first bytes, and refuses what we cannot read, saying why. */
export async function detectTableFormat(source: ByteSource): Promise<TableFormat> {
  if (source.size === 0) throw new UnusableInputError(`The file "${source.name}" is empty.`);
  const head = await source.read(0, 8);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new UnusableInputError(`"${source.name}" is an older Excel .xls workbook or a password-protected one, which cannot be read here: open it in Excel and save it as .xlsx (without a password) or as CSV UTF-8.`);
  }
  if (/\.xls[xmb]?$/i.test(source.name)) throw new UnusableInputError(`"${source.name}" is named as an Excel workbook but is not one: open it in Excel and save it again as .xlsx.`);
  if (/\.(ods|numbers|pdf|docx?|zip|json)$/i.test(source.name)) throw new UnusableInputError(`"${source.name}" is not a table this validator reads: save it as CSV or .xlsx.`);
  return "csv";
}

/**
 * Reads a CSV file or an .xlsx workbook into `sink`. The Excel reader is imported only when a
 * workbook is dropped, so CSV runs never download it.
 */
export async function readTable(source: ByteSource, sink: TableSink, options: ReadOptions = {}, format?: TableFormat): Promise<ReadSummary> {
  const kind = format ?? (await detectTableFormat(source));
  if (kind === "xlsx") {
    const { readXlsx } = await import("./xlsx-reader");
    return readXlsx(source, sink, options);
  }
  return readCsv(source, sink, options);
}
