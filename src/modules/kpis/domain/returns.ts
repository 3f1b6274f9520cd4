import { type CalendarDate, isCalendarDate } from "./calendar-date";
import { type DeadlineRule, describeRule, isPeriodOfRule, ruleProblems } from "./deadline-rules";
import { periodFromKey } from "./periods";

/** How sure the reference note is of a fact: its own labels [V], [P] and [U]. */
export type Confidence = "verified" | "partly verified" | "unverified";

/** A department moved the date for one year, or (deadline null) there is no return that year. */
export interface DeadlineOverride {
  /** The period key the override is for, e.g. "2024/25". */
  period: string;
  deadline: CalendarDate | null;
  /** Where the published date comes from (a form launch letter, a bulletin). */
  source: string | null;
}

/**
 * One deadline of a return. A return with stages (provisional and certified, draft and audited)
 * has one stage each, all for the same periods; a simple return has a single stage.
 */
export interface ReturnStage {
  /** Stable within its return: "submission", "provisional", "certified". */
  key: string;
  /** What a person reads: "Submission", "Provisional", "Certified". */
  name: string;
  rule: DeadlineRule;
  overrides: DeadlineOverride[];
  /** Periods before this one have no occurrence (the rule did not apply yet). */
  firstPeriod: string | null;
  /** Periods after this one have no occurrence (the source sets dates no further). */
  lastPeriod: string | null;
  /**
   * The rule is a reading of a vague or one-year date ("early May", "believed July"): each
   * occurrence without an override shows "check the date".
   */
  checkTheDate: boolean;
  /** Why the date needs checking, in words. */
  checkReason: string | null;
  /** Who signs this stage off, where the source names one (e.g. the Chief Finance Officer). */
  certifier: string | null;
}

export type ReturnKind = "return" | "publication";

/** A statutory or non-statutory return (sent to a department) or publication (on the council's website). */
export interface ReportingReturn {
  /** Stable id, lower-case with hyphens: "revenue-outturn". */
  key: string;
  name: string;
  kind: ReturnKind;
  /** Single Data List reference where known, e.g. "DEFRA 082-00". */
  reference: string | null;
  /** Department, or the council's own website. */
  recipient: string | null;
  /** DELTA, WasteDataFlow, Excel, website… */
  channel: string | null;
  legalBasis: string | null;
  statutory: boolean;
  /** The role the source names as responsible (not a person): "RFO (s151)". */
  ownerRole: string | null;
  /** The person who owns it at the council (a person key the data layer resolves); none in the seed. */
  owner: string | null;
  /** Where the facts come from; at least one. */
  sourceUrls: string[];
  /** The note's confidence in the deadline. */
  confidence: Confidence;
  notes: string | null;
  stages: ReturnStage[];
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Everything wrong with a return, each problem naming the return and stage; empty when sound. */
export function returnProblems(item: ReportingReturn): string[] {
  const name = item.name || item.key || "A return";
  const problems: string[] = [];
  if (!KEY.test(item.key)) problems.push(`${name}: the key "${item.key}" must be lower-case letters and digits joined by hyphens.`);
  if (!item.name.trim()) problems.push(`${item.key}: give the return a name.`);
  if (item.sourceUrls.length === 0) problems.push(`${name}: give at least one source link.`);
  for (const url of item.sourceUrls) if (!/^https?:\/\/\S+$/.test(url)) problems.push(`${name}: "${url}" is not a web address.`);
  if (item.stages.length === 0) problems.push(`${name}: a return needs at least one stage with a deadline rule.`);
  const stageKeys = new Set<string>();
  for (const stage of item.stages) {
    const where = `${name}, ${stage.name || stage.key}`;
    if (!KEY.test(stage.key)) problems.push(`${where}: the stage key "${stage.key}" must be lower-case letters and digits joined by hyphens.`);
    if (stageKeys.has(stage.key)) problems.push(`${where}: two stages share the key "${stage.key}".`);
    stageKeys.add(stage.key);
    const ruleIssues = ruleProblems(stage.rule);
    problems.push(...ruleIssues.map((p) => `${where}: ${p}`));
    if (stage.checkTheDate && !stage.checkReason?.trim()) problems.push(`${where}: say why the date needs checking.`);
    for (const bound of [stage.firstPeriod, stage.lastPeriod]) {
      if (bound === null) continue;
      try {
        periodFromKey(bound);
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
      }
    }
    const seen = new Set<string>();
    for (const o of stage.overrides) {
      if (seen.has(o.period)) problems.push(`${where}: two overrides for ${o.period}.`);
      seen.add(o.period);
      if (o.deadline !== null && !isCalendarDate(o.deadline)) problems.push(`${where}: the override for ${o.period} has "${String(o.deadline)}", which is not a date (write 2025-07-25).`);
      if (ruleIssues.length) continue;
      try {
        if (!isPeriodOfRule(stage.rule, periodFromKey(o.period))) problems.push(`${where}: the override for ${o.period} is not a period of the rule "${describeRule(stage.rule)}".`);
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}
