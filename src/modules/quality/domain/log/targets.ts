import { addDays, londonDay } from "./dates";
import { SEVERITIES, type Severity } from "./issue";

/**
 * The severity rule: an issue's target date is so many calendar days after it was reported. The rule
 * is data (the DataQualityTargets list, which the data lead edits); these are Data Hub's starting
 * values until the data lead saves the council's own, not council policy.
 */
export const DEFAULT_TARGET_DAYS: Record<Severity, number> = { Critical: 2, High: 10, Medium: 30, Low: 90 };

export interface TargetRule {
  severity: Severity;
  days: number;
  /** Where the value comes from: a saved item (with its id and version) or the starting value. */
  saved: { id: number; etag: string | null } | null;
}

/** Every severity's rule: the saved value where there is one, the starting value otherwise. */
export function targetRules(saved: readonly { id: number; etag: string | null; severity: string | null; days: number | null }[]): TargetRule[] {
  return SEVERITIES.map((severity) => {
    const item = saved.find((s) => s.severity === severity && s.days !== null && Number.isInteger(s.days) && s.days >= 0);
    return item ? { severity, days: item.days!, saved: { id: item.id, etag: item.etag } } : { severity, days: DEFAULT_TARGET_DAYS[severity], saved: null };
  });
}

export function targetDaysFor(rules: readonly TargetRule[], severity: Severity | null): number {
  return rules.find((r) => r.severity === severity)?.days ?? DEFAULT_TARGET_DAYS.Medium;
}

/** The target a triager starts from: the day the issue was reported, plus the severity's days. */
export function defaultTargetDate(reportedAt: string, severity: Severity | null, rules: readonly TargetRule[]): string {
  return addDays(londonDay(reportedAt), targetDaysFor(rules, severity));
}

/** A number of days as typed in the rule's form: a whole number from 0 to 365, or a problem in words. */
export function parseTargetDays(text: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return "Enter a whole number of days, such as 10.";
  const days = Number(trimmed);
  return days > 365 ? "A target can be at most 365 days after reporting." : days;
}
