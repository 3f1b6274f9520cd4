import { findPersonalIdentifiers } from "../../quality";
import { isUkPostcode } from "../../../core/domain/uk-formats";
import { columnsWith, type DataTable, fieldFor, type OpenDataSchema } from "./table";

/**
 * Personal data in a table about to be published, found cell by cell, pure. Each finding names the
 * row and column; its `masked` value hides most characters so it is safe on a screen and in a
 * message (the values themselves are never saved).
 *
 * - e-mail addresses, UK phone numbers (only numbers with a real UK prefix: not every 11-digit
 *   number is a phone number) and National Insurance numbers (only allocated prefixes), with the
 *   data quality module's detectors; phone numbers are ignored inside a longer run of digits and in
 *   numeric columns, where a reference number is far likelier;
 * - a full postcode and a date of birth in the same row (together they single a person out);
 * - names of private individuals in columns the schema marks `od:redact` (payments to individuals in
 *   spend data must be redacted: LGA spending guide);
 * - free-text columns (`od:freeText`): a person must read them before they are published.
 */
export type PersonalDataKind = "e-mail address" | "phone number" | "National Insurance number" | "NHS number" | "postcode with date of birth" | "name of a private individual" | "free text";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The row as a spreadsheet shows it (the header is row 1); 0 for a whole column. */
  row: number;
  column: string;
  /** Safe to show: most characters hidden. */
  masked: string;
}

export const REDACTED_VALUES = /^(?:redacted|redacted[ -]+.*|personal data|withheld|individual|private individual|name withheld|\[redacted\])$/i;

/** Words that mark an organisation, not a person, in a payee's name. */
const ORGANISATION_WORDS = /\b(?:ltd|limited|plc|llp|llc|inc|cic|co|company|council|trust|services?|group|association|society|church|school|academy|college|university|nhs|hospital|charity|foundation|partnership|partners|club|centre|center|housing|homes|holdings|solutions|consulting|consultants|systems|supplies|international|uk|gb|office|department|agency|authority|bank|insurance|properties|estates|county|borough|district|parish|police|fire|energy|water|the|and|of|for)\b|&|\d/i;
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev|sir|dame|lady|lord)\.?$/i;
const NAME_WORD = /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*$|^[A-Z]\.?$|^(?:O'|Mc|Mac)[A-Z][a-z]+$/;

/** Whether a payee's name looks like a private individual's ("Mrs J Smith", "John Smith"), not an organisation's. */
export function looksLikePersonName(value: string): boolean {
  const text = value.trim();
  if (!text || REDACTED_VALUES.test(text) || ORGANISATION_WORDS.test(text)) return false;
  const words = text.split(/\s+/);
  const titled = TITLES.test(words[0]!);
  const rest = titled ? words.slice(1) : words;
  if (rest.length < (titled ? 1 : 2) || rest.length > 4) return false;
  // Capitalised words or initials; surnames in capitals (SMITH) count too.
  return rest.every((w) => NAME_WORD.test(w) || /^[A-Z]{2,}(?:[-'][A-Z]+)*$/.test(w)) && rest.some((w) => w.replace(/\./g, "").length > 1);
}

const DOB_NAME = /(?:^|[^a-z])(?:dob|d\.o\.b|date ?of ?birth|birth ?date|born)(?:[^a-z]|$)/i;

/**
 * Whether a cell could hold an e-mail address, a phone, NI or NHS number at all: an @, or six digits
 * in a run (spaces, brackets and hyphens between them allowed). Most cells (amounts, dates, names)
 * have neither, so the detectors run on few cells.
 */
const MAY_IDENTIFY = /@|[0-9](?:[ ()-]?[0-9]){5}/;

function maskText(text: string): string {
  const t = text.trim();
  return t.length <= 4 ? "…" : `${t.slice(0, 2)}…${t.slice(-1)}`;
}

/** A phone "number" inside a longer run of digits is part of a reference, not a phone number. */
function insideDigits(text: string, index: number): boolean {
  return index > 0 && /[0-9]/.test(text[index - 1]!);
}

export function findPersonalData(table: DataTable, schema: OpenDataSchema): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const numeric = table.columns.map((c) => {
    const type = fieldFor(schema, c)?.type;
    return type === "number" || type === "integer";
  });
  const redact = new Set(columnsWith(table, schema, "od:redact"));
  const freeText = new Set(columnsWith(table, schema, "od:freeText"));
  const dobColumns = table.columns.map((c, i) => fieldFor(schema, c)?.["od:dateOfBirth"] === true || DOB_NAME.test(c) || DOB_NAME.test(fieldFor(schema, c)?.title ?? "") ? i : -1).filter((i) => i >= 0);

  for (const i of freeText) findings.push({ kind: "free text", row: 0, column: table.columns[i]!, masked: "" });

  table.rows.forEach((row, r) => {
    const rowNumber = table.rowNumbers[r]!;
    let postcode: { column: string; masked: string } | null = null;
    row.forEach((cell, c) => {
      if (!cell || freeText.has(c)) return;
      const column = table.columns[c]!;
      for (const found of MAY_IDENTIFY.test(cell) ? findPersonalIdentifiers(cell) : []) {
        if (found.kind === "phone number" && (numeric[c] || insideDigits(cell, found.index))) continue;
        if (found.kind === "NHS number" && numeric[c]) continue;
        findings.push({ kind: found.kind, row: rowNumber, column, masked: found.masked });
      }
      if (redact.has(c) && looksLikePersonName(cell)) findings.push({ kind: "name of a private individual", row: rowNumber, column, masked: maskText(cell) });
      if (!postcode && isUkPostcode(cell.trim())) postcode = { column, masked: `${cell.trim().slice(0, 3)}…` };
    });
    if (postcode) {
      const dob = dobColumns.find((c) => (row[c] ?? "").trim() !== "");
      if (dob !== undefined) {
        const at: { column: string; masked: string } = postcode;
        findings.push({ kind: "postcode with date of birth", row: rowNumber, column: `${at.column}, ${table.columns[dob]!}`, masked: at.masked });
      }
    }
  });
  return findings;
}
