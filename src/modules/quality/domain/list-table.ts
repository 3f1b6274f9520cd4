/**
 * A SharePoint list's items as a table of text, the shape a validation run reads from a file: dates
 * as an officer writes them (25/11/2026, UK time), yes/no as TRUE/FALSE, several choices joined with
 * "; ". Person and lookup columns are left out (their values are ids, not what the officer sees).
 */
export const LIST_FIELD_KINDS = ["Text", "Note", "Number", "Integer", "Currency", "DateTime", "Boolean", "Choice", "MultiChoice", "URL", "Calculated", "Counter"] as const;
export type ListFieldKind = (typeof LIST_FIELD_KINDS)[number];

export interface ListColumn {
  internalName: string;
  /** The display name: the table's header, as the officer knows the column. */
  title: string;
  kind: ListFieldKind;
  dateOnly: boolean;
}

const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function listValueText(value: unknown, column: Pick<ListColumn, "kind" | "dateOnly">): string {
  if (value === null || value === undefined) return "";
  switch (column.kind) {
    case "DateTime": {
      const date = new Date(String(value));
      if (Number.isNaN(date.getTime())) return String(value);
      return (column.dateOnly ? DAY : DAY_TIME).format(date).replace(",", "");
    }
    case "Boolean":
      return value === true ? "TRUE" : value === false ? "FALSE" : String(value);
    case "MultiChoice": {
      const values = Array.isArray(value) ? value : Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : [value];
      return values.map(String).join("; ");
    }
    case "URL":
      return typeof value === "object" ? String((value as { Url?: unknown }).Url ?? "") : String(value);
    default:
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/** RFC 4180 CSV for the validator's own reading (not for Excel: values are kept exactly, nothing neutralised). */
export function csvText(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) {
    out += row.map((cell) => (/[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");
    out += "\r\n";
  }
  return out;
}
