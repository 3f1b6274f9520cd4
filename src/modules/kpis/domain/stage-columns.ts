import { parseTypedDate } from "./calendar-date";
import { type DeadlineRule, ruleProblems } from "./deadline-rules";
import type { QuarterNumber, YearBasis } from "./periods";
import { periodFromKey } from "./periods";
import type { DeadlineOverride, ReturnStage } from "./returns";

/**
 * A stage as the columns of one list item, so the rule is plain columns a data lead can read and
 * edit in SharePoint, not a JSON blob. The choices below are the columns' choices.
 * Overrides are one Note column, one line per year: `2024/25 = 2025-07-25 https://source`
 * (`none` instead of a date: no return that year).
 */
export const RULE_KIND_CHOICES = ["After period end", "Fixed date", "Snapshot"] as const;
export const RULE_PERIOD_CHOICES = ["Month", "Quarter", "Year"] as const;
export const YEAR_BASIS_CHOICES = ["Financial year", "Calendar year"] as const;
export const QUARTER_CHOICES = ["Q1", "Q2", "Q3", "Q4"] as const;

export interface StageColumns {
  ReturnKey: string;
  StageKey: string;
  /** The stage's name ("Certified"): the list's Title. */
  Title: string;
  StageOrder: number;
  RuleKind: (typeof RULE_KIND_CHOICES)[number];
  RulePeriod: (typeof RULE_PERIOD_CHOICES)[number] | null;
  RuleBasis: (typeof YEAR_BASIS_CHOICES)[number] | null;
  /** Empty means every quarter. */
  RuleQuarters: string[] | null;
  RuleMonth: number | null;
  RuleDay: number | null;
  RuleYearOffset: number | null;
  OffsetMonths: number | null;
  OffsetDays: number | null;
  Overrides: string | null;
  FirstPeriod: string | null;
  LastPeriod: string | null;
  CheckTheDate: boolean;
  CheckReason: string | null;
  Certifier: string | null;
}

const basisChoice = (b: YearBasis) => (b === "financial" ? "Financial year" : "Calendar year");
const periodChoice = { month: "Month", quarter: "Quarter", year: "Year" } as const;

export function formatOverrides(overrides: readonly DeadlineOverride[]): string {
  return overrides.map((o) => `${o.period} = ${o.deadline ?? "none"}${o.source ? ` ${o.source}` : ""}`).join("\n");
}

/** Reads the Overrides column; each bad line is named by its number and says what to write. */
export function parseOverrides(text: string | null): { overrides: DeadlineOverride[]; problems: string[] } {
  const overrides: DeadlineOverride[] = [];
  const problems: string[] = [];
  (text ?? "").split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `Line ${i + 1} of the overrides ("${line}")`;
    const m = /^(.+?)\s*=\s*(\S+)(?:\s+(\S+))?$/.exec(line);
    if (!m) {
      problems.push(`${where}: write the period, an equals sign and the date, for example 2024/25 = 2025-07-25.`);
      return;
    }
    const [, periodText, dateText, source] = m;
    try {
      periodFromKey(periodText!);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return;
    }
    const deadline = dateText!.toLowerCase() === "none" ? null : parseTypedDate(dateText!);
    if (dateText!.toLowerCase() !== "none" && !deadline) {
      problems.push(`${where}: "${dateText}" is not a date; write 2025-07-25 or 25/07/2025, or "none" when there is no return that year.`);
      return;
    }
    if (source && !/^https?:\/\/\S+$/.test(source)) {
      problems.push(`${where}: after the date, only a source web address may follow.`);
      return;
    }
    overrides.push({ period: periodText!.trim(), deadline, source: source ?? null });
  });
  return { overrides, problems };
}

export function stageToColumns(returnKey: string, stage: ReturnStage, order: number): StageColumns {
  const rule = stage.rule;
  const base = {
    ReturnKey: returnKey,
    StageKey: stage.key,
    Title: stage.name,
    StageOrder: order,
    RulePeriod: null,
    RuleBasis: null,
    RuleQuarters: null,
    RuleMonth: null,
    RuleDay: null,
    RuleYearOffset: null,
    OffsetMonths: null,
    OffsetDays: null,
    Overrides: stage.overrides.length ? formatOverrides(stage.overrides) : null,
    FirstPeriod: stage.firstPeriod,
    LastPeriod: stage.lastPeriod,
    CheckTheDate: stage.checkTheDate,
    CheckReason: stage.checkReason,
    Certifier: stage.certifier,
  };
  switch (rule.kind) {
    case "after-period-end":
      return {
        ...base,
        RuleKind: "After period end",
        RulePeriod: periodChoice[rule.period],
        RuleBasis: basisChoice(rule.basis),
        RuleQuarters: rule.quarters ? rule.quarters.map((q) => `Q${q}`) : null,
        OffsetMonths: rule.offset.months,
        OffsetDays: rule.offset.days,
      };
    case "fixed-date":
      return { ...base, RuleKind: "Fixed date", RuleBasis: basisChoice(rule.basis), RuleMonth: rule.month, RuleDay: rule.day, RuleYearOffset: rule.yearOffset };
    case "snapshot":
      return { ...base, RuleKind: "Snapshot", RuleMonth: rule.month, RuleDay: rule.day, OffsetMonths: rule.offset.months, OffsetDays: rule.offset.days };
  }
}

/** Reads a stage back from its columns. Missing or contradictory columns are named, and the stage is null then. */
export function stageFromColumns(row: StageColumns): { stage: ReturnStage | null; problems: string[] } {
  const where = `${row.ReturnKey}, ${row.Title || row.StageKey}`;
  const problems: string[] = [];
  const need = <T>(value: T | null | undefined, column: string): T => {
    if (value === null || value === undefined) problems.push(`${where}: the ${column} column is empty.`);
    return value as T;
  };
  const basis = (): YearBasis => {
    const b = need(row.RuleBasis, "year basis");
    return b === "Calendar year" ? "calendar" : "financial";
  };
  const offset = () => ({ months: row.OffsetMonths ?? 0, days: row.OffsetDays ?? 0 });
  let rule: DeadlineRule | null = null;
  switch (row.RuleKind) {
    case "After period end": {
      const period = need(row.RulePeriod, "rule period");
      const quarters = row.RuleQuarters?.length ? row.RuleQuarters.map((q) => Number(q.replace(/^Q/, "")) as QuarterNumber) : undefined;
      rule = { kind: "after-period-end", period: period === "Month" ? "month" : period === "Quarter" ? "quarter" : "year", basis: basis(), ...(quarters ? { quarters } : {}), offset: offset() };
      break;
    }
    case "Fixed date":
      rule = { kind: "fixed-date", basis: basis(), month: need(row.RuleMonth, "month"), day: need(row.RuleDay, "day"), yearOffset: row.RuleYearOffset ?? 0 };
      break;
    case "Snapshot":
      rule = { kind: "snapshot", month: need(row.RuleMonth, "month"), day: need(row.RuleDay, "day"), offset: offset() };
      break;
    default:
      problems.push(`${where}: "${String(row.RuleKind)}" is not a kind of rule; choose ${RULE_KIND_CHOICES.join(", ")}.`);
  }
  if (rule && !problems.length) problems.push(...ruleProblems(rule).map((p) => `${where}: ${p}`));
  const { overrides, problems: overrideProblems } = parseOverrides(row.Overrides);
  problems.push(...overrideProblems.map((p) => `${where}: ${p}`));
  for (const [column, value] of [["first period", row.FirstPeriod], ["last period", row.LastPeriod]] as const) {
    if (!value) continue;
    try {
      periodFromKey(value);
    } catch (error) {
      problems.push(`${where}, ${column}: ${(error as Error).message}`);
    }
  }
  if (problems.length || !rule) return { stage: null, problems };
  return {
    stage: {
      key: row.StageKey,
      name: row.Title,
      rule,
      overrides,
      firstPeriod: row.FirstPeriod || null,
      lastPeriod: row.LastPeriod || null,
      checkTheDate: row.CheckTheDate,
      checkReason: row.CheckReason || null,
      certifier: row.Certifier || null,
    },
    problems,
  };
}
