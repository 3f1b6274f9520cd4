import { type FinancialPeriod, financialPeriodFromLabel } from "../../../core/domain/financial-quarters";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import type { PersonRef, SeriesUnit } from "./measure";

/**
 * Values recorded by hand: one per measure and quarter, with the evidence it rests on. The data lead
 * records them, or opens a quarter's value for the measure's owner, who may then fill it in.
 */
export interface RecordedValue {
  id: number;
  etag: string | null;
  key: string;
  measureKey: string;
  principleKey: string;
  period: string;
  periodIndex: number;
  /** Null while the quarter's value is open for its owner and not yet filled in. */
  value: number | null;
  evidence: string;
  link: string;
  owner: PersonRef | null;
  /** Who saved it last, and when. */
  savedBy: string | null;
  savedOn: string;
}

/** One measure's value for one quarter: the list's unique key. */
export const valueKey = (measureKey: string, period: Pick<FinancialPeriod, "label">): string => `${measureKey}@${period.label}`;

/** A stored value's quarter, if its key is its measure and quarter; null for an item to skip. */
export function periodOfValue(row: { key: string; measureKey: string; period: string }): FinancialPeriod | null {
  try {
    const period = financialPeriodFromLabel(row.period);
    return period.kind === "quarter" && row.key === valueKey(row.measureKey, period) ? period : null;
  } catch {
    return null;
  }
}

/** What the form holds: strings as typed, so a failed save keeps exactly them. */
export interface ValueDraft {
  period: string;
  value: string;
  evidence: string;
  link: string;
}

export interface Problem {
  field: keyof ValueDraft;
  message: string;
}

export const EVIDENCE_LIMIT = 4000;
export const LINK_LIMIT = 2000;

/** Reads a number as people type it: "1,250", "£1,250.50", "87%", " 3.5 ". */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, "").replace(/%$/, "").replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Every problem with a draft, in the form's order, in words that name the problem. `quarters` are
 * the quarters a value may be recorded for (begun, not too long ago).
 */
export function checkValueDraft(draft: ValueDraft, unit: SeriesUnit, quarters: readonly FinancialPeriod[]): Problem[] {
  const problems: Problem[] = [];
  if (!quarters.some((q) => q.label === draft.period)) problems.push({ field: "period", message: "Choose the quarter the value is for." });
  const text = draft.value.trim();
  const value = parseTypedNumber(text);
  if (!text) problems.push({ field: "value", message: "Enter the value." });
  else if (value === null) problems.push({ field: "value", message: `Enter the value as a number, for example ${unit === "percent" ? "87.5" : unit === "pounds" ? "1250" : "12"}.` });
  else if (value < 0) problems.push({ field: "value", message: "The value can't be less than 0." });
  else if (unit === "percent" && value > 100) problems.push({ field: "value", message: "A percentage can't be more than 100." });
  else if (unit === "count" && !Number.isInteger(value)) problems.push({ field: "value", message: "A count is a whole number, for example 12." });
  const evidence = draft.evidence.trim();
  if (!evidence) problems.push({ field: "evidence", message: "Enter the evidence: where the value comes from." });
  else if (evidence.length > EVIDENCE_LIMIT) problems.push({ field: "evidence", message: `Shorten the evidence to ${EVIDENCE_LIMIT.toLocaleString("en-GB")} characters or fewer (it has ${evidence.length.toLocaleString("en-GB")}).` });
  const link = draft.link.trim();
  if (link && link.length > LINK_LIMIT) problems.push({ field: "link", message: `Shorten the link to ${LINK_LIMIT.toLocaleString("en-GB")} characters or fewer.` });
  else if (link && !safeLinkUrl(link)) problems.push({ field: "link", message: "Enter the link as a web address starting https://, or leave it empty." });
  return problems;
}

/** A value's draft for the form: the stored value's, or a new one for the chosen quarter. */
export function draftOf(value: RecordedValue | null, period: string): ValueDraft {
  return value ? { period: value.period, value: value.value === null ? "" : String(value.value), evidence: value.evidence, link: value.link } : { period, value: "", evidence: "", link: "" };
}
