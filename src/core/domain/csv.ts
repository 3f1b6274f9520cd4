/**
 * CSV that opens safely in Excel: UTF-8 with a byte-order mark (so £ and accents survive),
 * CRLF line ends, every field quoted, and cells that Excel would run as formulas neutralised.
 */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * Characters that make Excel (and LibreOffice, Google Sheets) treat a cell as a formula, including the
 * full-width forms ＝＋－＠ that some spreadsheets fold to their ASCII twins.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * What spreadsheets skip before deciding a cell is a formula: spaces, line feeds, quotes, no-break and
 * zero-width spaces, the word joiner and a stray byte-order mark. " =1+1" and "\u200B=1+1" still run.
 */
// eslint-disable-next-line no-misleading-character-class -- each joiner and space is meant singly, not as a sequence.
const IGNORED_LEAD = /^[ \n"'\u00A0\u200B\u200C\u200D\u2060\uFEFF]+/;

/** Prefixes a formula-looking cell with an apostrophe, as OWASP advises for CSV injection. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text.replace(IGNORED_LEAD, "")) ? `'${text}` : text;
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
