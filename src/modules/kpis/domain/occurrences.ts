import { type CalendarDate, addMonths, partsOf } from "./calendar-date";
import { ruleDeadline, rulePeriods, ruleReachYears } from "./deadline-rules";
import { type ReportingPeriod, periodFromKey } from "./periods";
import type { ReportingReturn, ReturnStage } from "./returns";

/** One deadline of one return for one period: generated from the rules, never stored. */
export interface Occurrence {
  /** `return|stage|period`: what a submission is stored against. Stable while the return's key, stage key and period are. */
  key: string;
  returnKey: string;
  returnName: string;
  stageKey: string;
  /** Null for a return with a single stage, so titles do not say "Submission" needlessly. */
  stageName: string | null;
  period: ReportingPeriod;
  deadline: CalendarDate;
  /** What the rule alone gives; differs from `deadline` when an override moved it. */
  ruleDeadline: CalendarDate;
  fromOverride: boolean;
  /** The stage's rule is a reading of a vague date and no override confirms this one. */
  checkTheDate: boolean;
  owner: string | null;
  recipient: string | null;
  statutory: boolean;
}

export interface DateWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** The calendar's window: deadlines from 3 years before `today` to 12 months after, inclusive. */
export function calendarWindow(today: CalendarDate): DateWindow {
  return { from: addMonths(today, -36), to: addMonths(today, 12) };
}

export const occurrenceKey = (returnKey: string, stageKey: string, periodKey: string): string => `${returnKey}|${stageKey}|${periodKey}`;

/** "Revenue Outturn (RO): Certified, 2024/25". */
export function occurrenceTitle(o: Pick<Occurrence, "returnName" | "stageName" | "period">): string {
  return `${o.returnName}${o.stageName ? `: ${o.stageName}` : ""}, ${o.period.label}`;
}

function stageOccurrences(item: ReportingReturn, stage: ReturnStage, window: DateWindow, out: Occurrence[]): void {
  const overrides = new Map(stage.overrides.map((o) => [o.period, o]));
  const first = stage.firstPeriod ? periodFromKey(stage.firstPeriod).start : null;
  const last = stage.lastPeriod ? periodFromKey(stage.lastPeriod).start : null;
  const reach = ruleReachYears(stage.rule);
  const periods = rulePeriods(stage.rule, partsOf(window.from).year - reach - 1, partsOf(window.to).year + reach);
  const single = item.stages.length === 1;
  for (const period of periods) {
    if ((first && period.start < first) || (last && period.start > last)) continue;
    const fromRule = ruleDeadline(stage.rule, period);
    const override = overrides.get(period.key);
    if (override && override.deadline === null) continue; // no return that year
    const deadline = override?.deadline ?? fromRule;
    if (deadline < window.from || deadline > window.to) continue;
    out.push({
      key: occurrenceKey(item.key, stage.key, period.key),
      returnKey: item.key,
      returnName: item.name,
      stageKey: stage.key,
      stageName: single ? null : stage.name,
      period,
      deadline,
      ruleDeadline: fromRule,
      fromOverride: Boolean(override),
      checkTheDate: stage.checkTheDate && !override,
      owner: item.owner,
      recipient: item.recipient,
      statutory: item.statutory,
    });
  }
}

/**
 * Every deadline of every return whose date falls in the window (by default the calendar's:
 * 3 years back, 12 months ahead of `today`), in deadline order, then return and stage order.
 * Rules are assumed sound: check them with `returnProblems` where they are entered.
 */
export function generateOccurrences(returns: readonly ReportingReturn[], window: DateWindow): Occurrence[] {
  const out: Occurrence[] = [];
  for (const item of returns) for (const stage of item.stages) stageOccurrences(item, stage, window, out);
  return out.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}
