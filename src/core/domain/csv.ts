/**
 * CSV that opens safely in Excel: UTF-8 with a byte-order mark (so £ and accents survive),
 * CRLF line ends, every field quoted, and cells that Excel would run as formulas neutralised.
 */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/** Characters that make Excel (and LibreOffice, Google Sheets) treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-looking cell with an apostrophe, as OWASP advises for CSV injection. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(","), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Offers the CSV as a download (browser only). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
