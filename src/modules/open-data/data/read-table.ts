import { type ByteSource, readTable, UnusableInputError } from "../../quality";
import type { DataTable } from "../domain/table";

/** The most rows a publication holds in memory to check and package (the browser keeps the whole table). */
export const MAX_ROWS = 500_000;

export interface ReadDataTable {
  table: DataTable;
  format: "csv" | "xlsx";
  isoDatesAccepted: boolean;
  notes: string[];
}

/**
 * Reads a CSV or .xlsx file into memory with the data quality module's readers (the same ones the
 * validator uses). Throws UnusableInputError for a file that cannot be read or is too big.
 */
export async function readDataTable(source: ByteSource, signal?: AbortSignal): Promise<ReadDataTable> {
  let columns: string[] = [];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const summary = await readTable(
    source,
    {
      header: (header) => {
        columns = header;
      },
      rows: (chunk, first, numbers) => {
        if (rows.length + chunk.length > MAX_ROWS) throw new UnusableInputError(`"${source.name}" has more than ${MAX_ROWS.toLocaleString("en-GB")} rows: publish it in parts (for example one file per quarter).`);
        chunk.forEach((cells, i) => {
          rows.push(cells.map((c) => c ?? ""));
          rowNumbers.push(numbers ? numbers[i]! : first + i);
        });
      },
    },
    signal ? { signal } : {},
  );
  if (columns.length === 0) throw new UnusableInputError(`"${source.name}" has no header row.`);
  return { table: { columns, rows, rowNumbers }, format: summary.format, isoDatesAccepted: summary.isoDatesAccepted, notes: summary.notes };
}
