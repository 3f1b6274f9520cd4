import { type DeadlineRule, describeRule, isPeriodOfRule } from "./deadline-rules";
import { periodFromKey } from "./periods";
import type { DeadlineOverride } from "./returns";
import { parseOverrides } from "./stage-columns";

export interface StageEditDraft {
  /** The Overrides column as typed: one line per year, `2024/25 = 2025-07-25 https://source`. */
  overrides: string;
  checkTheDate: boolean;
  checkReason: string;
}

export type StageEditErrors = Partial<Record<keyof StageEditDraft, string>>;

/**
 * Checks a stage's dates moved for a year and its "check the date" flag before saving: every line
 * must read, name a period the rule has, once; a flagged date must say why.
 */
export function validateStageEdit(rule: DeadlineRule, draft: StageEditDraft): { errors: StageEditErrors; overrides: DeadlineOverride[] } {
  const errors: StageEditErrors = {};
  const { overrides, problems } = parseOverrides(draft.overrides);
  const seen = new Set<string>();
  for (const o of overrides) {
    if (seen.has(o.period)) problems.push(`${o.period} is moved twice: keep one line for it.`);
    seen.add(o.period);
    if (!isPeriodOfRule(rule, periodFromKey(o.period))) problems.push(`${o.period} is not a period of this stage's rule (${describeRule(rule)}).`);
  }
  if (problems.length) errors.overrides = problems.join(" ");
  if (draft.checkTheDate && !draft.checkReason.trim()) errors.checkReason = "Say why the date needs checking, for example which letter or bulletin will confirm it.";
  return { errors, overrides };
}
