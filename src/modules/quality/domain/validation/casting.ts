import { isEmail, isNhsNumber, isNiNumber, isRealDate, isUkPhone, isUkPostcode, isUprn } from "../../../../core/domain/uk-formats";
import type { FieldDescriptor, FieldType } from "./schema-types";

/**
 * Turning a cell's text into its logical value, per Table Schema type. Values are kept as numbers
 * where they are compared (dates as day numbers, datetimes as milliseconds), so no cell allocates
 * an object. A caster returns `undefined` when the text is not of the type.
 */
export type LogicalValue = string | number | boolean;
export type Caster = (raw: string) => LogicalValue | undefined;

export interface CastPlan {
  cast: Caster;
  /** How the expected shape reads in a failure reason: "a whole number", "a date written as 25/11/2026". */
  expected: string;
  /** Renders a logical value back for messages (a day number as 25/11/2026). */
  show: (value: LogicalValue) => string;
  /** The rule kind a cast failure counts as: "format" for string formats, "type" otherwise. */
  failureKind: "type" | "format";
  comparable: boolean;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1 January 1970, or undefined for a date that does not exist. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  // Days from the civil calendar (H. Hinnant's algorithm), without building a Date per cell.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A day number as 25/11/2026, the way dates are shown across Data Hub. */
export function showDay(days: number): string {
  const d = new Date(days * MS_PER_DAY);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "2026-11-25" → day number; the ISO form used for run dates and constraint values. */
export function isoDayNumber(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const UK_DATE = /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4})$/;
const ISO_DATETIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$/;
const ANY_DATETIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$/;
const UK_DATETIME = /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4})[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$/;
const ISO_TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$/;
const YEAR = /^-?[0-9]{4}$/;
const YEAR_MONTH = /^([0-9]{4})-([0-9]{2})$/;
const DURATION = /^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$/;
const NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INTEGER = /^[+-]?[0-9]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

function timeOfDay(h: number, m: number, s: number): number | undefined {
  return h <= 23 && m <= 59 && s <= 59 ? (h * 60 + m) * 60 + s : undefined;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === "Z") return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function datetimeFrom(day: number | undefined, secs: number | undefined, fraction: string | undefined, zone: string | undefined): number | undefined {
  if (day === undefined || secs === undefined) return undefined;
  const ms = fraction ? Math.round(Number(fraction) * 1000) : 0;
  return day * MS_PER_DAY + secs * 1000 + ms - offsetMinutes(zone) * 60_000;
}

function showDatetime(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const secs = Math.floor((ms - day * MS_PER_DAY) / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${showDay(day)} ${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

type Part = "day" | "month" | "year" | "year2" | "monthName" | "monthFull" | "hour" | "minute" | "second";
const DIRECTIVES: Record<string, { regex: string; part: Part }> = {
  d: { regex: "([0-9]{1,2})", part: "day" },
  m: { regex: "([0-9]{1,2})", part: "month" },
  Y: { regex: "([0-9]{4})", part: "year" },
  y: { regex: "([0-9]{2})", part: "year2" },
  b: { regex: "([A-Za-z]{3})", part: "monthName" },
  B: { regex: "([A-Za-z]{3,9})", part: "monthFull" },
  H: { regex: "([0-9]{1,2})", part: "hour" },
  M: { regex: "([0-9]{2})", part: "minute" },
  S: { regex: "([0-9]{2})", part: "second" },
};

/**
 * The common day/month/year patterns (%d/%m/%Y, %Y-%m-%d, %d.%m.%Y…) read with character codes
 * instead of a regular expression: no allocation per cell, as dates are in most council exports.
 */
function fastDayParser(pattern: string): Caster | undefined {
  const m = /^%([dmY])([^%0-9A-Za-z])%([dmY])\2%([dmY])$/.exec(pattern);
  if (!m || new Set([m[1], m[3], m[4]]).size !== 3) return undefined;
  const order = [m[1]!, m[3]!, m[4]!];
  const separator = m[2]!.charCodeAt(0);
  return (raw) => {
    let day = 0, month = 0, year = 0;
    let i = 0;
    for (let part = 0; part < 3; part++) {
      const kind = order[part];
      const start = i;
      let value = 0;
      for (; i < raw.length; i++) {
        const code = raw.charCodeAt(i);
        if (code < 48 || code > 57) break;
        value = value * 10 + code - 48;
      }
      const digits = i - start;
      if (kind === "Y" ? digits !== 4 : digits < 1 || digits > 2) return undefined;
      if (part < 2) {
        if (raw.charCodeAt(i) !== separator) return undefined;
        i++;
      }
      if (kind === "d") day = value;
      else if (kind === "m") month = value;
      else year = value;
    }
    return i === raw.length ? dayNumber(year, month, day) : undefined;
  };
}

/** Problems with a strptime-style pattern such as %d/%m/%Y, or the parser for it. */
export function compileDatePattern(pattern: string): { parse: (raw: string) => { day: number | undefined; secs: number } | undefined } | string {
  let source = "^";
  const parts: Part[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch !== "%") {
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      continue;
    }
    const directive = pattern[++i];
    if (directive === "%") {
      source += "%";
      continue;
    }
    const known = directive ? DIRECTIVES[directive] : undefined;
    if (!known) return `the date pattern "${pattern}" uses %${directive ?? ""}, which is not supported (use %d, %m, %Y, %y, %b, %B, %H, %M, %S)`;
    source += known.regex;
    parts.push(known.part);
  }
  if (!parts.includes("year") && !parts.includes("year2")) return `the date pattern "${pattern}" has no year (%Y or %y)`;
  const regex = new RegExp(`${source}$`);
  return {
    parse(raw) {
      const m = regex.exec(raw);
      if (!m) return undefined;
      let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
      for (let p = 0; p < parts.length; p++) {
        const text = m[p + 1]!;
        switch (parts[p]) {
          case "day": day = Number(text); break;
          case "month": month = Number(text); break;
          case "year": year = Number(text); break;
          // As Python's strptime: 69–99 are the 1900s, 00–68 the 2000s.
          case "year2": year = Number(text) + (Number(text) >= 69 ? 1900 : 2000); break;
          case "monthName": month = MONTHS.indexOf(text.toLowerCase()) + 1; break;
          case "monthFull": month = Math.max(MONTH_NAMES.indexOf(text.toLowerCase()), MONTHS.indexOf(text.toLowerCase())) + 1; break;
          case "hour": hour = Number(text); break;
          case "minute": minute = Number(text); break;
          case "second": second = Number(text); break;
        }
      }
      const secs = timeOfDay(hour, minute, second);
      if (secs === undefined) return undefined;
      return { day: dayNumber(year, month, day), secs };
    },
  };
}

function describeDatePattern(pattern: string): string {
  const example = pattern.replace(/%d/g, "25").replace(/%m/g, "11").replace(/%Y/g, "2026").replace(/%y/g, "26").replace(/%b/g, "Nov").replace(/%B/g, "November").replace(/%H/g, "14").replace(/%M/g, "30").replace(/%S/g, "00");
  return example;
}

function stripNumberDecorations(field: FieldDescriptor): ((raw: string) => string) | undefined {
  const group = field.groupChar;
  const decimal = field.decimalChar && field.decimalChar !== "." ? field.decimalChar : undefined;
  const bare = field.bareNumber !== false;
  if (!group && !decimal && bare) return undefined;
  return (raw) => {
    let text = raw;
    if (!bare) text = text.replace(/^[^0-9+\-.,]+/, "").replace(/[^0-9.,]+$/, "");
    if (group) text = text.split(group).join("");
    if (decimal) text = text.split(decimal).join(".");
    return text;
  };
}

/**
 * The caster for a field, or a problem with the field's format (returned as text, so the schema
 * parser can name the field). `isoDatesAccepted`: Excel's typed dates arrive as ISO text, which a
 * date field with a written pattern (25/11/2026) accepts too.
 */
export function planCast(field: FieldDescriptor, isoDatesAccepted: boolean): CastPlan | string {
  const type: FieldType = field.type ?? "string";
  // "fmt:%d/%m/%Y" is the older spelling of a date pattern.
  const format = (field.format ?? "default").replace(/^fmt:/, "");
  const text = (value: LogicalValue) => String(value);
  switch (type) {
    case "string":
    case "any": {
      if (type === "any" || format === "default") return { cast: (raw) => raw, expected: "text", show: text, failureKind: "format", comparable: false };
      const check = STRING_FORMAT_CHECKS[format];
      if (!check) return `the text format "${format}" is not known (use email, uri, uuid, dq:uk-postcode, dq:uprn, dq:ni-number, dq:nhs-number or dq:uk-phone)`;
      return { cast: (raw) => (check.test(raw) ? raw : undefined), expected: check.expected, show: text, failureKind: "format", comparable: false };
    }
    case "integer":
    case "number": {
      const strip = stripNumberDecorations(field);
      const shape = type === "integer" ? INTEGER : NUMBER;
      const special = type === "number";
      const cast: Caster = strip
        ? (raw) => {
            const t = strip(raw);
            return shape.test(t) ? Number(t) : special ? specialNumber(t) : undefined;
          }
        : (raw) => (shape.test(raw) ? Number(raw) : special ? specialNumber(raw) : undefined);
      return { cast, expected: type === "integer" ? "a whole number" : "a number", show: text, failureKind: "type", comparable: true };
    }
    case "boolean": {
      const yes = new Set(field.trueValues ?? ["true", "True", "TRUE", "1"]);
      const no = new Set(field.falseValues ?? ["false", "False", "FALSE", "0"]);
      const list = [...yes, ...no].map((v) => `"${v}"`).join(", ");
      return { cast: (raw) => (yes.has(raw) ? true : no.has(raw) ? false : undefined), expected: `yes or no (${list})`, show: text, failureKind: "type", comparable: false };
    }
    case "date": {
      const show = (v: LogicalValue) => showDay(v as number);
      const iso: Caster = (raw) => {
        const m = ISO_DATE.exec(raw);
        return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
      };
      const uk: Caster = (raw) => {
        const m = UK_DATE.exec(raw);
        return m ? dayNumber(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
      };
      if (format === "default") return { cast: iso, expected: "a date written as 2026-11-25", show, failureKind: "type", comparable: true };
      if (format === "any") return { cast: (raw) => iso(raw) ?? uk(raw), expected: "a date (2026-11-25 or 25/11/2026)", show, failureKind: "type", comparable: true };
      const compiled = compileDatePattern(format);
      if (typeof compiled === "string") return compiled;
      const patterned: Caster = fastDayParser(format) ?? ((raw) => compiled.parse(raw)?.day);
      return { cast: isoDatesAccepted ? (raw) => patterned(raw) ?? iso(raw) : patterned, expected: `a date written as ${describeDatePattern(format)}`, show, failureKind: "type", comparable: true };
    }
    case "datetime": {
      const show = (v: LogicalValue) => showDatetime(v as number);
      const iso: Caster = (raw) => {
        const m = ISO_DATETIME.exec(raw);
        return m ? datetimeFrom(dayNumber(+m[1]!, +m[2]!, +m[3]!), timeOfDay(+m[4]!, +m[5]!, +m[6]!), m[7], m[8]) : undefined;
      };
      if (format === "default") return { cast: iso, expected: "a date and time written as 2026-11-25T14:30:00", show, failureKind: "type", comparable: true };
      if (format === "any") {
        return {
          cast: (raw) => {
            const a = ANY_DATETIME.exec(raw);
            if (a) return datetimeFrom(dayNumber(+a[1]!, +a[2]!, +a[3]!), timeOfDay(+a[4]!, +a[5]!, a[6] ? +a[6] : 0), a[7], a[8]);
            const u = UK_DATETIME.exec(raw);
            return u ? datetimeFrom(dayNumber(+u[3]!, +u[2]!, +u[1]!), timeOfDay(+u[4]!, +u[5]!, u[6] ? +u[6] : 0), undefined, undefined) : undefined;
          },
          expected: "a date and time (2026-11-25 14:30 or 25/11/2026 14:30)",
          show,
          failureKind: "type",
          comparable: true,
        };
      }
      const compiled = compileDatePattern(format);
      if (typeof compiled === "string") return compiled;
      const patterned: Caster = (raw) => {
        const p = compiled.parse(raw);
        return p && p.day !== undefined ? p.day * MS_PER_DAY + p.secs * 1000 : undefined;
      };
      return { cast: isoDatesAccepted ? (raw) => patterned(raw) ?? iso(raw) : patterned, expected: `a date and time written as ${describeDatePattern(format)}`, show, failureKind: "type", comparable: true };
    }
    case "time": {
      const pad = (n: number) => String(n).padStart(2, "0");
      const show = (v: LogicalValue) => `${pad(Math.floor((v as number) / 3600))}:${pad(Math.floor((v as number) / 60) % 60)}:${pad((v as number) % 60)}`;
      if (format !== "default" && format !== "any") {
        const compiled = compileDatePattern(`%Y ${format}`);
        if (typeof compiled === "string") return compiled.replace("%Y ", "");
        return { cast: (raw) => compiled.parse(`2000 ${raw}`)?.secs, expected: `a time written as ${describeDatePattern(format)}`, show, failureKind: "type", comparable: true };
      }
      return {
        cast: (raw) => {
          const m = ISO_TIME.exec(raw);
          return m ? timeOfDay(+m[1]!, +m[2]!, +m[3]!) : undefined;
        },
        expected: "a time written as 14:30:00",
        show,
        failureKind: "type",
        comparable: true,
      };
    }
    case "year":
      return { cast: (raw) => (YEAR.test(raw) ? Number(raw) : undefined), expected: "a year such as 2026", show: text, failureKind: "type", comparable: true };
    case "yearmonth":
      return {
        cast: (raw) => {
          const m = YEAR_MONTH.exec(raw);
          if (!m) return undefined;
          const month = Number(m[2]);
          return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : undefined;
        },
        expected: "a year and month such as 2026-11",
        show: (v) => `${String(((v as number) % 12) + 1).padStart(2, "0")}/${Math.floor((v as number) / 12)}`,
        failureKind: "type",
        comparable: true,
      };
    case "duration":
      return { cast: (raw) => (DURATION.test(raw) ? raw : undefined), expected: "a duration such as P7D", show: text, failureKind: "type", comparable: false };
    default:
      return `the type "${String(type)}" is not supported (use ${["string", "number", "integer", "boolean", "date", "datetime", "time", "year", "yearmonth", "duration", "any"].join(", ")})`;
  }
}

function specialNumber(raw: string): number | undefined {
  if (raw === "NaN") return NaN;
  if (raw === "INF") return Infinity;
  if (raw === "-INF") return -Infinity;
  return undefined;
}

const STRING_FORMAT_CHECKS: Record<string, { test: (raw: string) => boolean; expected: string }> = {
  email: { test: isEmail, expected: "an e-mail address" },
  uri: { test: (raw) => URI.test(raw), expected: "a web address (URI)" },
  uuid: { test: (raw) => UUID.test(raw), expected: "a UUID" },
  "dq:uk-postcode": { test: isUkPostcode, expected: "a UK postcode" },
  "dq:uprn": { test: isUprn, expected: "a UPRN (up to 12 digits)" },
  "dq:ni-number": { test: isNiNumber, expected: "a National Insurance number" },
  "dq:nhs-number": { test: isNhsNumber, expected: "an NHS number" },
  "dq:uk-phone": { test: isUkPhone, expected: "a UK phone number" },
};
