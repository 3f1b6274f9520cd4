/**
 * The focus group's forms, described as data: each record kind lists its fields once, and one form
 * component renders them, one checker checks them. Drafts hold what the inputs give (strings), so a
 * failed save keeps exactly what was typed.
 */

export type FieldKind = "text" | "textarea" | "date" | "number" | "whole-number" | "choice" | "link" | "checkbox" | "dashboards";

export interface FormField {
  /** The draft key, also the input's id suffix (so the error summary can link to it). */
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  maxLength?: number;
  /** For choices: the values offered (the value is shown as its own label unless `choiceLabels` names it). */
  choices?: readonly string[];
  choiceLabels?: Readonly<Record<string, string>>;
  /** Smallest number accepted. */
  minimum?: number;
}

/** What a person has typed: one string per field ("true"/"" for checkboxes, "3;7" for dashboards). */
export type Draft = Record<string, string>;

export interface Problem {
  field: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists: 2026-02-30 is refused, not rolled into March. */
export function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Only web addresses a browser opens safely: https (http is refused, script and data schemes too). */
export function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === "https:";
  } catch {
    return false;
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The checks every field of a kind has: required, length, dates, numbers, links, choices. */
export function fieldProblems(fields: readonly FormField[], draft: Draft): Problem[] {
  const problems: Problem[] = [];
  for (const field of fields) {
    const value = (draft[field.name] ?? "").trim();
    const name = lowerFirst(field.label);
    const add = (message: string) => problems.push({ field: field.name, message });
    if (!value) {
      if (field.required) add(field.kind === "choice" ? `Choose the ${name}.` : field.kind === "date" ? `Enter the ${name}, for example 25/11/2026.` : `Enter the ${name}.`);
      continue;
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) add(`Shorten the ${name} to ${field.maxLength} characters or fewer (it has ${value.length}).`);
    else if (field.kind === "date" && !isRealDate(value)) add(`Enter the ${name} as a real date, for example 25/11/2026.`);
    else if (field.kind === "number" && !Number.isFinite(Number(value))) add(`Enter the ${name} as a number, for example 12 or 3.5.`);
    else if (field.kind === "whole-number" && !/^\d+$/.test(value)) add(`Enter the ${name} as a whole number, for example 24.`);
    else if ((field.kind === "number" || field.kind === "whole-number") && field.minimum !== undefined && Number(value) < field.minimum) add(`The ${name} can't be less than ${field.minimum}.`);
    else if (field.kind === "link" && !isHttpsUrl(value)) add(`Enter the ${name} as a web address starting https://.`);
    else if (field.kind === "choice" && field.choices && !field.choices.includes(value)) add(`Choose the ${name} from the list.`);
  }
  return problems;
}

/** Text as stored: trimmed, null when empty. */
export const textOrNull = (value: string | undefined): string | null => {
  const text = (value ?? "").trim();
  return text === "" ? null : text;
};

/** A date-only column's value from a form date ("2026-11-25"), or null. */
export const dateOrNull = (value: string | undefined): string | null => (value && isRealDate(value.trim()) ? `${value.trim()}T00:00:00Z` : null);

const londonDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day ("2026-11-25") a moment falls on in the council's time zone. */
export const isoDay = (moment: Date): string => londonDay.format(moment);

/** A form date ("2026-11-25") from a stored date, or "". */
export const draftDate = (value: string | null | undefined): string => (value ? value.slice(0, 10) : "");

export const numberOrNull = (value: string | undefined): number | null => {
  const text = (value ?? "").trim();
  return text === "" || !Number.isFinite(Number(text)) ? null : Number(text);
};

/** A SharePoint URL column's value from a link field, or null. */
export const linkOrNull = (value: string | undefined): { Url: string; Description: string } | null => {
  const text = (value ?? "").trim();
  return text && isHttpsUrl(text) ? { Url: text, Description: text } : null;
};

/** Splits on semicolons and new lines; tidied, empties dropped. */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/[;\n]/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}
