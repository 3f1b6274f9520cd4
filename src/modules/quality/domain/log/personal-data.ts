import { isEmail, isNhsNumber, isNiNumber, isUkPhone } from "../../../../core/domain/uk-formats";

/**
 * Obvious personal identifiers in free text: e-mail addresses, National Insurance numbers, UK phone
 * numbers and NHS numbers written 3-3-4. Candidates are found by shape, then confirmed with the
 * precise checkers in core/domain/uk-formats.ts, so a record reference such as CT-2026-000123 or a
 * UPRN is never mistaken for one. NHS numbers only count when spaced as printed (943 476 5919):
 * a bare 10-digit number is as likely a UPRN, which 1 in 11 times passes the check digit.
 */
export type IdentifierKind = "e-mail address" | "National Insurance number" | "phone number" | "NHS number";

export interface FoundIdentifier {
  kind: IdentifierKind;
  /** Where it starts in the text, so the screen can say which one. */
  index: number;
  /** The match with most characters hidden, safe to repeat in a message: "jo…@…gov.uk". */
  masked: string;
}

const EMAIL_CANDIDATE = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const NI_CANDIDATE = /\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b/g;
const PHONE_CANDIDATE = /(?:\+44 ?(?:\(0\) ?)?|\(?0)[\d() -]{8,16}\d/g;
const NHS_CANDIDATE = /\b\d{3} \d{3} \d{4}\b/g;

function mask(text: string, kind: IdentifierKind): string {
  if (kind === "e-mail address") {
    const [local, domain] = text.split("@") as [string, string];
    const tld = domain.split(".").slice(-2).join(".");
    return `${local.slice(0, 2)}…@…${tld}`;
  }
  const compact = text.replace(/[^0-9A-Za-z+]/g, "");
  return `${compact.slice(0, 2)}…${compact.slice(-2)}`;
}

function scan(text: string, pattern: RegExp, kind: IdentifierKind, accept: (match: string) => boolean, found: FoundIdentifier[]): void {
  for (const match of text.matchAll(pattern)) {
    const value = match[0].replace(/[.)]+$/, "");
    if (accept(value)) found.push({ kind, index: match.index ?? 0, masked: mask(value, kind) });
  }
}

export function findPersonalIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  scan(text, EMAIL_CANDIDATE, "e-mail address", isEmail, found);
  scan(text, NI_CANDIDATE, "National Insurance number", (v) => isNiNumber(v.toUpperCase()), found);
  scan(text, PHONE_CANDIDATE, "phone number", isUkPhone, found);
  scan(text, NHS_CANDIDATE, "NHS number", isNhsNumber, found);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The message a form shows, naming what was found without repeating it in full:
 * "What is wrong contains what looks like an e-mail address (jo…@…gov.uk). …".
 */
export function personalDataMessage(fieldLabel: string, found: readonly FoundIdentifier[]): string {
  const kinds = [...new Set(found.map((f) => f.kind))];
  const what = kinds.length === 1 ? `what looks like ${kinds[0] === "e-mail address" ? "an" : "a"} ${kinds[0]}` : `what look like personal details (${kinds.join(", ")})`;
  const examples = found
    .slice(0, 3)
    .map((f) => f.masked)
    .join(", ");
  return `${fieldLabel} contains ${what} (${examples}). Please take it out: describe the record by its reference number instead, never by someone's personal details. Your text is kept so you can edit it.`;
}
