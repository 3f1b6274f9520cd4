/**
 * UK formats that several modules recognise: data validation checks values against them, the data
 * quality log uses them to refuse personal identifiers, open data uses them to spot personal data.
 * Each checker is pure and strict about shape, so an arbitrary 11-digit number is not a phone
 * number and a 9-character code is not a National Insurance number unless its letters are allowed.
 */

export type UkFormatId = "uk-postcode" | "uprn" | "ni-number" | "nhs-number" | "uk-phone" | "email" | "uk-date";

export interface UkFormat {
  id: UkFormatId;
  /** Plain-English name for screens and messages. */
  name: string;
  /** One line an officer can read, with an example. */
  description: string;
  example: string;
  /** True when the value is in this format. No trimming: a stray space is a real defect. */
  check: (value: string) => boolean;
  /** True when the format identifies a person (refused in logs, flagged in open data). */
  personal: boolean;
}

// Royal Mail's rules: first letter not Q, V or X; second not I, J or Z; the A9A third letter and the
// AA9A fourth letter come from short lists; the inward letters never use C, I, K, M, O or V.
const POSTCODE = /^(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i;

/** A UK postcode in any letter case, with or without the space before the last three characters. */
export function isUkPostcode(value: string): boolean {
  return value.length >= 5 && value.length <= 8 && POSTCODE.test(value);
}

/** "po91ab" → "PO9 1AB"; null when it is not a postcode. */
export function normaliseUkPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  if (!isUkPostcode(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Unique Property Reference Number: a whole number of 1 to 12 digits, not zero (some systems pad it with zeros). */
export function isUprn(value: string): boolean {
  if (value.length < 1 || value.length > 12) return false;
  let nonZero = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    if (code !== 48) nonZero = true;
  }
  return nonZero;
}

// HMRC's allocation rules: first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V;
// BG, GB, KN, NK, NT, TN and ZZ are never issued; the suffix is A to D. Spaces as commonly printed.
const NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]$/;

/** A National Insurance number such as AB 12 34 56 C (capital letters, spaces optional). */
export function isNiNumber(value: string): boolean {
  return NI_NUMBER.test(value);
}

/** An NHS number: 10 digits (spaces allowed as 3-3-4) whose last digit is the modulus 11 check digit. */
export function isNhsNumber(value: string): boolean {
  if (!/^[0-9]{3} ?[0-9]{3} ?[0-9]{4}$/.test(value)) return false;
  const digits = value.replace(/ /g, "");
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Ofcom's national numbering plan, after the leading 0: 01 geographic (9 or 10 more digits),
// 02 geographic, 03 non-geographic, 055/056 corporate and VoIP, 07 mobile and personal numbers (not 076 pagers,
// except the 07624 mobiles), 0800 (9 or 10 digits), 0808, 084/087, 09 premium. 04 and 06 are not in use.
const UK_PHONE_DIGITS = /^0(?:1[0-9]{8,9}|2[0-9]{9}|3[0-9]{9}|5[56][0-9]{8}|7(?:[0-57-9][0-9]{8}|624[0-9]{6})|800[0-9]{6,7}|808[0-9]{7}|8[47][0-9]{8}|9[0-9]{9})$/;

/**
 * A UK telephone number as people write it: 01632 960 001, (01632) 960001, 07700-900123,
 * +44 7700 900123 or +44 (0)7700 900123. Only digits, spaces, hyphens, brackets and a leading +.
 */
export function isUkPhone(value: string): boolean {
  if (!/^\+?[0-9 ()-]{10,20}$/.test(value)) return false;
  let digits = value.replace(/[ ()-]/g, "");
  if (digits.startsWith("+44")) digits = digits.slice(3);
  else if (digits.startsWith("0044")) digits = digits.slice(4);
  else if (digits.startsWith("+")) return false;
  else return UK_PHONE_DIGITS.test(digits);
  // After the country code, an optional "(0)" trunk prefix: +44 (0)1632 960001.
  if (digits.startsWith("0")) digits = digits.slice(1);
  return UK_PHONE_DIGITS.test(`0${digits}`);
}

// The practical address shape: a dot-atom local part (no leading, trailing or doubled dots) of at
// most 64 characters, and a domain of at least two labels (letters, digits, inner hyphens) ending in
// letters. ASCII only, as council systems store them. Scanned by character code: validation runs
// this on every row of an export.
const LOCAL_CHARACTER = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-") LOCAL_CHARACTER[ch.charCodeAt(0)] = 1;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** An e-mail address such as jo.bloggs@example.gov.uk. */
export function isEmail(value: string): boolean {
  const at = value.indexOf("@");
  if (at < 1 || at > 64 || value.length > 254) return false;
  for (let i = 0; i < at; i++) {
    const code = value.charCodeAt(i);
    if (code === 46) {
      if (i === 0 || i === at - 1 || value.charCodeAt(i - 1) === 46) return false;
    } else if (code > 127 || LOCAL_CHARACTER[code] !== 1) return false;
  }
  let labels = 0;
  let labelStart = at + 1;
  for (let i = at + 1; i <= value.length; i++) {
    const code = i === value.length ? 46 : value.charCodeAt(i);
    if (code === 46) {
      const length = i - labelStart;
      if (length < 1 || length > 63 || value.charCodeAt(labelStart) === 45 || value.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === value.length) {
        if (labels < 2 || length < 2) return false;
        for (let j = labelStart; j < i; j++) if (!isLetter(value.charCodeAt(j))) return false;
      }
      labelStart = i + 1;
    } else if (!isLetter(code) && !(code >= 48 && code <= 57) && code !== 45) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when day/month/year is a real calendar date (31/02 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** A date as written in the UK, 25/11/2026 (day and month may have one digit), on a real calendar day. */
export function parseUkDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4})$/.exec(value);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isUkDate(value: string): boolean {
  return parseUkDate(value) !== null;
}

export const UK_FORMATS: readonly UkFormat[] = [
  { id: "uk-postcode", name: "UK postcode", description: "A UK postcode, such as PO9 1AB.", example: "PO9 1AB", check: isUkPostcode, personal: false },
  { id: "uprn", name: "UPRN", description: "A Unique Property Reference Number: up to 12 digits.", example: "100062456932", check: isUprn, personal: false },
  { id: "ni-number", name: "National Insurance number", description: "A National Insurance number, such as AB 12 34 56 C.", example: "AB 12 34 56 C", check: isNiNumber, personal: true },
  { id: "nhs-number", name: "NHS number", description: "A 10-digit NHS number with a valid check digit.", example: "943 476 5919", check: isNhsNumber, personal: true },
  { id: "uk-phone", name: "UK phone number", description: "A UK telephone number, such as 01632 960001 or +44 7700 900123.", example: "01632 960001", check: isUkPhone, personal: true },
  { id: "email", name: "E-mail address", description: "An e-mail address, such as jo.bloggs@example.gov.uk.", example: "jo.bloggs@example.gov.uk", check: isEmail, personal: true },
  { id: "uk-date", name: "Date (25/11/2026)", description: "A date written day/month/year, such as 25/11/2026.", example: "25/11/2026", check: isUkDate, personal: false },
];

export function ukFormat(id: UkFormatId): UkFormat {
  const format = UK_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`Unknown UK format: ${id}`);
  return format;
}

/**
 * The UK formats a value matches, most specific first (an NHS number is also 10 digits a UPRN
 * could have). Used to detect personal data in a column.
 */
export function detectUkFormats(value: string): UkFormatId[] {
  return UK_FORMATS.filter((f) => f.check(value)).map((f) => f.id);
}
