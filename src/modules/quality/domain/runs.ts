import type { ItemInput, RowOf, SelectName, ExpandName } from "../../../../manifest/items";
import { formatDate, formatNumber, plural } from "../../../core/domain/format";
import { type runsList, RUN_OUTCOMES } from "../lists";
import { londonDay } from "./log/dates";
import { emptyReport, type ReportDraft } from "./log/report-form";
import type { RunSnapshot } from "./validation/compare-runs";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, type RuleKind } from "./validation/dimensions";
import type { DimensionScore, FailureRecord, RuleResult, RuleStatus, ValidationResult } from "./validation/result-types";

/**
 * What a validation run keeps in SharePoint: totals per dimension and rule, and a capped sample of
 * failures, never the file. The sample holds row, record key, column, rule and reason; the failing
 * values themselves only when the person chose to keep them (they may be personal data).
 */
export const SAMPLE_SIZE = 100;
const MAX_VALUE_CHARS = 80;
/** SharePoint's multiple lines of plain text hold 63,999 characters; stay well inside. */
const MAX_NOTE_CHARS = 60_000;

export interface StoredRule {
  id: string;
  kind: RuleKind;
  field: string | null;
  dimension: Dimension;
  description: string;
  checked: number;
  failed: number;
  status: RuleStatus;
}

export interface RunSummary {
  version: 1;
  dimensions: Record<Dimension, DimensionScore>;
  rowsFailing: Record<Dimension, number>;
  rules: StoredRule[];
}

export type SampledFailure = Pick<FailureRecord, "row" | "key" | "field" | "ruleId" | "rule" | "dimension" | "reason"> & { value?: string };

export interface FailureSample {
  version: 1;
  /** Whether failing values were kept. */
  values: boolean;
  /** True when the run had more failures than the sample holds. */
  truncated: boolean;
  failures: SampledFailure[];
}

export interface RunRecordOptions {
  dataset: string;
  sourceName: string;
  ruleSetVersion: string | null;
  runAt: Date;
  keepValues: boolean;
}

const outcomeChoice = (status: RuleStatus) => RUN_OUTCOMES[["pass", "warn", "fail"].indexOf(status)]!;

/**
 * The sample: as many whole rules as fit, smallest first, so that "new since the last run" and "fixed"
 * can be worked out exactly for them; then what room is left goes to the others.
 */
export function sampleFailures(result: Pick<ValidationResult, "failures" | "rules">, size: number, keepValues: boolean): SampledFailure[] {
  const byRule = new Map<string, FailureRecord[]>();
  for (const f of result.failures) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const failedOf = new Map(result.rules.map((r) => [r.id, r.failed]));
  const rules = [...byRule.entries()].sort((a, b) => (failedOf.get(a[0]) ?? a[1].length) - (failedOf.get(b[0]) ?? b[1].length));
  const chosen: FailureRecord[] = [];
  let room = size;
  const rest: FailureRecord[][] = [];
  for (const [ruleId, failures] of rules) {
    const whole = failures.length >= (failedOf.get(ruleId) ?? failures.length);
    if (whole && failures.length <= room) {
      chosen.push(...failures);
      room -= failures.length;
    } else rest.push(failures);
  }
  // What room is left is shared evenly by the rules too big to keep whole.
  rest.forEach((failures, i) => {
    const take = failures.slice(0, Math.min(failures.length, Math.floor(room / (rest.length - i))));
    chosen.push(...take);
    room -= take.length;
  });
  chosen.sort((a, b) => a.row - b.row || a.ruleId.localeCompare(b.ruleId));
  return chosen.map((f) => ({
    row: f.row,
    key: f.key,
    field: f.field,
    ruleId: f.ruleId,
    rule: f.rule,
    dimension: f.dimension,
    reason: f.reason.slice(0, 300),
    ...(keepValues ? { value: f.value.length > MAX_VALUE_CHARS ? `${f.value.slice(0, MAX_VALUE_CHARS - 1)}…` : f.value } : {}),
  }));
}

export function summaryOf(result: ValidationResult): RunSummary {
  return {
    version: 1,
    dimensions: result.dimensions,
    rowsFailing: result.rowsFailing,
    rules: result.rules.map((r) => ({ id: r.id, kind: r.kind, field: r.field, dimension: r.dimension, description: r.description, checked: r.checked, failed: r.failed, status: r.status })),
  };
}

export function checksOf(result: Pick<ValidationResult, "dimensions">): { checked: number; failed: number } {
  let checked = 0;
  let failed = 0;
  for (const d of DIMENSIONS) {
    checked += result.dimensions[d].checked;
    failed += result.dimensions[d].failed;
  }
  return { checked, failed };
}

/** The run's columns. The sample shrinks until it fits in a SharePoint note column. */
export function runToFields(result: ValidationResult, options: RunRecordOptions): ItemInput<typeof runsList> {
  const { checked, failed } = checksOf(result);
  let size = SAMPLE_SIZE;
  let sample: string;
  for (;;) {
    const failures = sampleFailures(result, size, options.keepValues);
    const total = result.rules.reduce((n, r) => n + r.failed, 0);
    sample = JSON.stringify({ version: 1, values: options.keepValues, truncated: failures.length < total, failures } satisfies FailureSample);
    if (sample.length <= MAX_NOTE_CHARS || size === 0) break;
    size = Math.floor(size / 2);
  }
  return {
    Title: options.dataset,
    Dataset: options.dataset,
    RunAt: options.runAt.toISOString(),
    RuleSetVersion: options.ruleSetVersion,
    SourceName: options.sourceName.slice(0, 255),
    Rows: result.rows,
    ValidRows: result.valid,
    ChecksRun: checked,
    ChecksFailed: failed,
    RowsIncomplete: result.rowsFailing.completeness,
    HasCompletenessRules: result.rules.some((r) => r.dimension === "completeness"),
    Outcome: outcomeChoice(result.outcome),
    Summary: JSON.stringify(summaryOf(result)),
    FailureSample: sample,
  };
}

export const RUN_SELECT = ["Id", "Dataset", "RunAt", "RuleSetVersion", "SourceName", "Rows", "ValidRows", "ChecksRun", "ChecksFailed", "RowsIncomplete", "HasCompletenessRules", "Outcome", "Author/Title"] as const satisfies readonly SelectName<typeof runsList>[];
/** For the figures: totals only, no names. */
export const RUN_FACT_SELECT = RUN_SELECT.filter((name) => name !== "Author/Title") as Exclude<(typeof RUN_SELECT)[number], "Author/Title">[];
export const RUN_DETAIL_SELECT = [...RUN_SELECT, "Summary", "FailureSample"] as const satisfies readonly SelectName<typeof runsList>[];
export const RUN_EXPAND = ["Author"] as const satisfies readonly ExpandName<typeof runsList>[];
type RunRow = RowOf<typeof runsList, (typeof RUN_SELECT)[number]> & { Summary?: string | null; FailureSample?: string | null };

export interface StoredRun {
  id: number;
  dataset: string;
  runAt: string;
  ruleSetVersion: string | null;
  sourceName: string;
  rows: number;
  validRows: number;
  checks: number;
  checksFailed: number;
  rowsIncomplete: number | null;
  hasCompletenessRules: boolean;
  outcome: RuleStatus;
  ranBy: string | null;
  /** Present when the detail was read. */
  summary: RunSummary | null;
  sample: FailureSample | null;
}

function parse<T>(text: string | null | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function runFromItem(row: RunRow): StoredRun {
  const outcome = (["pass", "warn", "fail"] as const)[Math.max(0, (RUN_OUTCOMES as readonly string[]).indexOf(row.Outcome ?? "Pass"))]!;
  return {
    id: row.Id,
    dataset: row.Dataset ?? "",
    runAt: row.RunAt ?? "",
    ruleSetVersion: row.RuleSetVersion ?? null,
    sourceName: row.SourceName ?? "",
    rows: row.Rows ?? 0,
    validRows: row.ValidRows ?? 0,
    checks: row.ChecksRun ?? 0,
    checksFailed: row.ChecksFailed ?? 0,
    rowsIncomplete: row.RowsIncomplete ?? null,
    hasCompletenessRules: row.HasCompletenessRules === true,
    outcome,
    ranBy: row.Author?.Title ?? null,
    summary: parse<RunSummary>(row.Summary),
    sample: parse<FailureSample>(row.FailureSample),
  };
}

/** What compare-runs needs from a stored run, or from the run on screen. */
export function snapshotOfStored(run: StoredRun): RunSnapshot | null {
  if (!run.summary) return null;
  return { rules: run.summary.rules, failures: run.sample?.failures.map((f) => ({ key: f.key, ruleId: f.ruleId, field: f.field, value: f.value ?? "", row: f.row })) ?? [] };
}

/** The run on screen as it would be stored, so comparing it with the previous run uses the same sample rules. */
export function snapshotOfResult(result: ValidationResult): RunSnapshot {
  return { rules: result.rules, failures: sampleFailures(result, SAMPLE_SIZE, false).map((f) => ({ key: f.key, ruleId: f.ruleId, field: f.field, value: "", row: f.row })) };
}

/** Rows passing every rule, as a share of rows: the validation success rate. Null for an empty file. */
export function rowSuccessRate(run: { rows: number; validRows: number }): number | null {
  return run.rows > 0 ? (run.validRows / run.rows) * 100 : null;
}

/** Checks passing, as a share of checks made. */
export function checkSuccessRate(run: { checks: number; checksFailed: number }): number | null {
  return run.checks > 0 ? ((run.checks - run.checksFailed) / run.checks) * 100 : null;
}

/** Records with no completeness failure, as a share of rows; null when the rules have no completeness rule. */
export function completenessRate(run: Pick<StoredRun, "rows" | "rowsIncomplete" | "hasCompletenessRules">): number | null {
  return run.hasCompletenessRules && run.rows > 0 && run.rowsIncomplete !== null ? ((run.rows - run.rowsIncomplete) / run.rows) * 100 : null;
}

/** "98.5%" */
export function percentText(value: number | null): string {
  if (value === null) return "–";
  const rounded = value >= 99.95 && value < 100 ? 99.9 : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString("en-GB")}%`;
}

/** The dimension with the most failed checks; null when nothing failed. */
export function worstDimension(dimensions: Record<Dimension, DimensionScore>): Dimension | null {
  let worst: Dimension | null = null;
  for (const d of DIMENSIONS) if (dimensions[d].failed > 0 && (worst === null || dimensions[d].failed > dimensions[worst].failed)) worst = d;
  return worst;
}

/**
 * A report raised from a run, in one click: the dataset, the dimension that failed most, a severity
 * from the run's outcome, and the counts in words. Only counts and rule descriptions go into the
 * text, never a failing value, so it passes the personal-data check.
 */
export function reportFromRun(result: ValidationResult, options: { dataset: string; sourceName: string; runId: number | null; service: string | null }): ReportDraft {
  const worst = worstDimension(result.dimensions) ?? "validity";
  const topRules = [...result.rules].filter((r) => r.failed > 0).sort((a, b) => b.failed - a.failed).slice(0, 5);
  const failedRows = result.rows - result.valid;
  const lines = [
    `Validation of ${options.sourceName} on ${formatDate(result.runDate)}: ${plural(failedRows, "row")} of ${formatNumber(result.rows)} failed at least one rule (outcome: ${result.outcome}).`,
    ...DIMENSIONS.filter((d) => result.dimensions[d].failed > 0).map((d) => `${DIMENSION_LABELS[d]}: ${formatNumber(result.dimensions[d].failed)} of ${formatNumber(result.dimensions[d].checked)} checks failed.`),
    ...(topRules.length ? ["Rules failing most:", ...topRules.map((r: RuleResult) => `- ${r.description}: ${formatNumber(r.failed)}`)] : []),
  ];
  return {
    ...emptyReport(options.service),
    dataset: options.dataset,
    dimension: worst,
    severity: result.outcome === "fail" ? "High" : "Medium",
    description: lines.join("\n"),
    foundBy: "Validation run",
    validationRunId: options.runId,
  };
}

/** The runs of a dataset as a trend, oldest first, with each run's two success rates. */
export interface TrendPoint {
  runId: number;
  day: string;
  rows: number;
  rowRate: number | null;
  checkRate: number | null;
  outcome: RuleStatus;
}

export function runTrend(runs: readonly StoredRun[]): TrendPoint[] {
  return [...runs]
    .sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id - b.id)
    .map((r) => ({ runId: r.id, day: r.runAt ? londonDay(r.runAt) : "", rows: r.rows, rowRate: rowSuccessRate(r), checkRate: checkSuccessRate(r), outcome: r.outcome }));
}
