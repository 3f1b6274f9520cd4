import type { Threshold } from "./schema-types";

/** A warn or fail threshold: more than `count` failures, or more than `percent` of the values checked. */
export interface ThresholdSpec {
  written: string;
  count?: number;
  percent?: number;
}

/** Reads "2%", "0.5 %", 10 or "10"; a problem in words when it is neither. */
export function parseThreshold(value: Threshold): ThresholdSpec | string {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 ? { written: String(value), count: value } : `${value} is not a whole number of failures (write a percentage as "2%")`;
  }
  const text = value.trim();
  const percent = /^([0-9]+(?:\.[0-9]+)?) ?%$/.exec(text);
  if (percent) {
    const share = Number(percent[1]);
    return share <= 100 ? { written: `${share}%`, percent: share } : `"${value}" is more than 100%`;
  }
  if (/^[0-9]+$/.test(text)) return { written: text, count: Number(text) };
  return `"${value}" is not a threshold (write "2%" or a number of failures such as 10)`;
}

export function crosses(threshold: ThresholdSpec | undefined, failed: number, checked: number): boolean {
  if (!threshold) return false;
  if (threshold.count !== undefined) return failed > threshold.count;
  return checked > 0 && (failed / checked) * 100 > threshold.percent!;
}

/** When a rule set names no fail threshold, any failure fails, as a test would. */
export const ANY_FAILURE: ThresholdSpec = { written: "0", count: 0 };
