import { type Caster, isoDayNumber, type LogicalValue, showDay } from "./casting";
import type { CompiledSchema, ValueCheck } from "./compile";
import { DIMENSIONS, type Dimension } from "./dimensions";
import { KeyHasher, KeySet } from "./key-set";
import { failureReason, FRESHNESS_STALE } from "./reasons";
import type { DimensionScore, FailureRecord, RuleResult, RuleStatus, ValidationResult } from "./result-types";
import { isTruthy } from "./row-logic";
import { crosses } from "./thresholds";

export interface RunOptions {
  /** The day the run counts as today, as an ISO date (2026-11-25). Time is passed in, never read. */
  runDate: string;
  /** Failing values kept per rule (all are counted). */
  maxFailuresPerRule?: number;
  /** Failing values kept in all. */
  maxFailures?: number;
}

export const DEFAULT_MAX_FAILURES_PER_RULE = 1000;
export const DEFAULT_MAX_FAILURES = 20_000;
const MS_PER_DAY = 86_400_000;
/** A row rarely fails more rules than this; beyond it, failures are counted but not kept. */
const PENDING_PER_ROW = 64;

export type Cell = string | undefined;
export type Row = readonly Cell[];

/**
 * One pass over a table's rows against a compiled rule set. Rows arrive in chunks from a reader
 * (a file streamed in a worker, or SharePoint pages), so a million-row file is never held whole:
 * the run keeps counters, compact key sets and a capped sample of failing values.
 */
export class ValidationRun {
  readonly columns: Int32Array;
  private readonly compiled: CompiledSchema;
  private readonly runDay: number;
  private readonly perRuleCap: number;
  private readonly failureCap: number;
  private readonly notes: string[] = [];
  private readonly missingColumns: string[];
  private readonly extraColumns: string[];

  // Flattened plans, so the per-cell loop touches arrays rather than nested objects.
  private readonly casts: Caster[];
  private readonly missingSets: (ReadonlySet<string> | null)[];
  private readonly requiredRules: Int32Array;
  private readonly castRules: Int32Array;
  private readonly uniqueRules: Int32Array;
  private readonly checks: ValueCheck[][];
  private readonly uniqueSets: (KeySet | null)[];
  private readonly primaryKeySet: KeySet | null;
  private readonly uniqueKeySets: KeySet[];
  private readonly hasher = new KeyHasher();

  private readonly logical: (LogicalValue | null)[];
  private readonly present: Float64Array;
  private readonly validValues: Float64Array;
  private readonly failed: Float64Array;
  private readonly ownChecked: Float64Array;
  private readonly kept: Int32Array;
  private readonly newest: Float64Array;
  /** Each rule's dimension as an index into DIMENSIONS, and the dimensions the current row failed. */
  private readonly ruleDimension: Int32Array;
  private rowDimensions = 0;
  private readonly rowsFailingDimension = new Float64Array(DIMENSIONS.length);

  private readonly pendingRule = new Int32Array(PENDING_PER_ROW);
  private readonly pendingExtra = new Float64Array(PENDING_PER_ROW);
  private pending = 0;
  private rowFailures = 0;

  private rowCount = 0;
  private validRows = 0;
  private blankRows = 0;
  private readonly failures: FailureRecord[] = [];

  constructor(compiled: CompiledSchema, header: readonly string[], options: RunOptions) {
    const runDay = isoDayNumber(options.runDate);
    if (runDay === undefined) throw new Error(`The run date must be an ISO date such as 2026-11-25, not "${options.runDate}".`);
    this.compiled = compiled;
    this.runDay = runDay;
    this.perRuleCap = options.maxFailuresPerRule ?? DEFAULT_MAX_FAILURES_PER_RULE;
    this.failureCap = options.maxFailures ?? DEFAULT_MAX_FAILURES;

    const fields = compiled.fields;
    const { columns, missing, extra } = matchColumns(fields.map((f) => f.name), header, this.notes);
    this.columns = columns;
    this.missingColumns = missing;
    this.extraColumns = extra;

    this.casts = fields.map((f) => f.cast.cast);
    this.missingSets = fields.map((f) => f.missingValues);
    this.requiredRules = Int32Array.from(fields, (f) => f.requiredRule);
    this.castRules = Int32Array.from(fields, (f) => f.castRule);
    this.uniqueRules = Int32Array.from(fields, (f) => f.uniqueRule);
    this.checks = fields.map((f) => f.checks);
    this.uniqueSets = fields.map((f) => (f.uniqueRule >= 0 ? new KeySet() : null));
    this.primaryKeySet = compiled.primaryKey ? new KeySet() : null;
    this.uniqueKeySets = compiled.uniqueKeys.map(() => new KeySet());

    const ruleCount = compiled.rules.length;
    this.logical = fields.map(() => null);
    this.present = new Float64Array(fields.length);
    this.validValues = new Float64Array(fields.length);
    this.failed = new Float64Array(ruleCount);
    this.ownChecked = new Float64Array(ruleCount);
    this.kept = new Int32Array(ruleCount);
    this.newest = new Float64Array(compiled.freshness.length).fill(-Infinity);
    this.ruleDimension = Int32Array.from(compiled.rules, (rule) => DIMENSIONS.indexOf(rule.dimension));
  }

  /** Data rows read so far. */
  get rows(): number {
    return this.rowCount;
  }

  /** A chunk of rows; `firstRowNumber` is the spreadsheet row of the first (the header is row 1), or pass each row's number. */
  pushRows(rows: readonly Row[], firstRowNumber: number, rowNumbers?: ArrayLike<number>): void {
    for (let i = 0; i < rows.length; i++) this.pushRow(rows[i]!, rowNumbers ? rowNumbers[i]! : firstRowNumber + i);
  }

  pushRow(cells: Row, rowNumber: number): void {
    if (isBlankRow(cells)) {
      this.blankRows++;
      return;
    }
    this.rowCount++;
    this.pending = 0;
    this.rowFailures = 0;
    this.rowDimensions = 0;
    const { columns, casts, missingSets, requiredRules, castRules, uniqueRules, checks, logical, present, validValues } = this;
    const fieldCount = casts.length;
    for (let f = 0; f < fieldCount; f++) {
      const column = columns[f]!;
      const raw = column >= 0 ? cells[column] : undefined;
      const missing = missingSets[f];
      if (raw === undefined || (missing === null ? raw === "" : missing!.has(raw))) {
        logical[f] = null;
        if (requiredRules[f]! >= 0) this.fail(requiredRules[f]!, 0);
        continue;
      }
      present[f] = present[f]! + 1;
      const value = casts[f]!(raw);
      if (value === undefined) {
        logical[f] = null;
        if (castRules[f]! >= 0) this.fail(castRules[f]!, 0);
        continue;
      }
      validValues[f] = validValues[f]! + 1;
      logical[f] = value;
      const fieldChecks = checks[f]!;
      for (let k = 0; k < fieldChecks.length; k++) {
        const check = fieldChecks[k]!;
        if (!check.test(value, raw)) this.fail(check.rule, 0);
      }
      if (uniqueRules[f]! >= 0) {
        this.hasher.start().add(typeof value === "string" ? value : String(value)).finish();
        const first = this.uniqueSets[f]!.add(this.hasher, rowNumber);
        if (first) this.fail(uniqueRules[f]!, first);
      }
    }
    const compiled = this.compiled;
    if (compiled.primaryKey) this.checkKey(compiled.primaryKey.rule, compiled.primaryKey.fields, this.primaryKeySet!, cells, rowNumber);
    for (let k = 0; k < compiled.uniqueKeys.length; k++) this.checkKey(compiled.uniqueKeys[k]!.rule, compiled.uniqueKeys[k]!.fields, this.uniqueKeySets[k]!, cells, rowNumber);
    for (let k = 0; k < compiled.foreignKeys.length; k++) {
      const fk = compiled.foreignKeys[k]!;
      let key = "";
      let complete = true;
      for (let i = 0; i < fk.fields.length; i++) {
        const f = fk.fields[i]!;
        if (logical[f] === null) {
          complete = false;
          break;
        }
        const raw = cells[columns[f]!]!;
        key = i === 0 ? raw : `${key}\u001f${raw}`;
      }
      if (!complete) continue;
      this.ownChecked[fk.rule] = this.ownChecked[fk.rule]! + 1;
      if (!fk.values.has(key)) this.fail(fk.rule, 0);
    }
    for (let k = 0; k < compiled.rowRules.length; k++) {
      const rule = compiled.rowRules[k]!;
      if (rule.when && !isTruthy(rule.when.evaluate(logical))) continue;
      this.ownChecked[rule.rule] = this.ownChecked[rule.rule]! + 1;
      if (!isTruthy(rule.assert.evaluate(logical))) this.fail(rule.rule, 0);
    }
    for (let i = 0; i < compiled.freshness.length; i++) {
      const plan = compiled.freshness[i]!;
      const value = logical[plan.field];
      if (typeof value !== "number") continue;
      if (value > this.newest[i]!) this.newest[i] = value;
      if (!plan.notInFuture) continue;
      this.ownChecked[plan.rule] = this.ownChecked[plan.rule]! + 1;
      if (plan.datetime ? value >= (this.runDay + 1) * MS_PER_DAY : value > this.runDay) this.fail(plan.rule, 0);
    }
    if (this.rowFailures === 0) this.validRows++;
    else {
      for (let d = 0; d < DIMENSIONS.length; d++) if (this.rowDimensions & (1 << d)) this.rowsFailingDimension[d] = this.rowsFailingDimension[d]! + 1;
      if (this.pending > 0) this.keepPending(cells, rowNumber);
    }
  }

  private checkKey(rule: number, fields: readonly number[], set: KeySet, cells: Row, rowNumber: number): void {
    const hasher = this.hasher.start();
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (this.logical[f] === null) return;
      hasher.add(cells[this.columns[f]!]!);
    }
    this.ownChecked[rule] = this.ownChecked[rule]! + 1;
    const first = set.add(hasher.finish(), rowNumber);
    if (first) this.fail(rule, first);
  }

  private fail(rule: number, extra: number): void {
    this.failed[rule] = this.failed[rule]! + 1;
    this.rowFailures++;
    this.rowDimensions |= 1 << this.ruleDimension[rule]!;
    if (this.kept[rule]! < this.perRuleCap && this.failures.length + this.pending < this.failureCap && this.pending < PENDING_PER_ROW) {
      this.pendingRule[this.pending] = rule;
      this.pendingExtra[this.pending] = extra;
      this.pending++;
    }
  }

  private keepPending(cells: Row, rowNumber: number): void {
    const { compiled, columns } = this;
    const key = compiled.recordKey.map((f) => cells[columns[f]!] ?? "").join(" / ");
    for (let p = 0; p < this.pending; p++) {
      const rule = compiled.rules[this.pendingRule[p]!]!;
      const raw = rule.fieldIndex >= 0 ? cells[columns[rule.fieldIndex]!] : undefined;
      const value = rule.fieldIndex >= 0 ? (raw ?? "") : rule.fieldIndexes.map((f) => `${compiled.fields[f]!.name}: ${cells[columns[f]!] ?? ""}`).join("; ");
      this.failures.push({ row: rowNumber, key, field: rule.field, value, ruleId: rule.id, rule: rule.kind, dimension: rule.dimension, reason: failureReason(compiled, rule, raw, this.pendingExtra[p]!, this.runDay) });
      this.kept[rule.index] = this.kept[rule.index]! + 1;
    }
  }

  finish(): ValidationResult {
    const { compiled } = this;
    const failed = Float64Array.from(this.failed);
    const checked = Float64Array.from(this.ownChecked);
    const failures = [...this.failures];
    const notes = [...this.notes];
    compiled.freshness.forEach((plan, i) => {
      const newest = this.newest[i]!;
      const newestDay = newest === -Infinity ? undefined : plan.datetime ? Math.floor(newest / MS_PER_DAY) : newest;
      const label = compiled.fields[plan.field]!.label;
      if (newestDay !== undefined) notes.push(`The newest ${label} is ${showDay(newestDay)}.`);
      if (plan.maxAgeDays === undefined) return;
      checked[plan.rule] = checked[plan.rule]! + 1;
      if (newestDay !== undefined && this.runDay - newestDay <= plan.maxAgeDays) return;
      failed[plan.rule] = failed[plan.rule]! + 1;
      const rule = compiled.rules[plan.rule]!;
      const value = newestDay === undefined ? "" : showDay(newestDay);
      failures.push({ row: 0, key: "", field: rule.field, value, ruleId: rule.id, rule: rule.kind, dimension: rule.dimension, reason: failureReason(compiled, rule, value, FRESHNESS_STALE, this.runDay) });
    });

    const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, { checked: 0, failed: 0 }])) as Record<Dimension, DimensionScore>;
    let outcome: RuleStatus = "pass";
    const rules: RuleResult[] = compiled.rules.map((rule) => {
      const ruleChecked = rule.checkedFrom === "rows" ? this.rowCount : rule.checkedFrom === "present" ? this.present[rule.fieldIndex]! : rule.checkedFrom === "valid" ? this.validValues[rule.fieldIndex]! : checked[rule.index]!;
      const ruleFailed = failed[rule.index]!;
      const status: RuleStatus = crosses(rule.fail, ruleFailed, ruleChecked) ? "fail" : crosses(rule.warn, ruleFailed, ruleChecked) ? "warn" : "pass";
      if (status === "fail" || (status === "warn" && outcome === "pass")) outcome = status;
      dimensions[rule.dimension].checked += ruleChecked;
      dimensions[rule.dimension].failed += ruleFailed;
      return {
        id: rule.id,
        kind: rule.kind,
        field: rule.field,
        dimension: rule.dimension,
        description: rule.description,
        checked: ruleChecked,
        failed: ruleFailed,
        status,
        ...(rule.warn ? { warn: rule.warn.written } : {}),
        fail: rule.fail.written,
      };
    });
    if (this.blankRows) notes.push(`${this.blankRows.toLocaleString("en-GB")} blank ${this.blankRows === 1 ? "row was" : "rows were"} skipped.`);
    if (this.missingColumns.length) notes.push(`The file has no column for ${this.missingColumns.map((c) => `"${c}"`).join(", ")}.`);
    if (this.extraColumns.length) notes.push(`Columns without rules: ${this.extraColumns.map((c) => `"${c}"`).join(", ")}.`);
    const total = failed.reduce((a, b) => a + b, 0);
    // The file-level freshness finding belongs to no row, so it counts in no row's dimensions.
    const rowsFailing = Object.fromEntries(DIMENSIONS.map((d, i) => [d, this.rowsFailingDimension[i]!])) as Record<Dimension, number>;
    return {
      rows: this.rowCount,
      valid: this.validRows,
      dimensions,
      rowsFailing,
      rules,
      failures,
      failuresTruncated: failures.length < total,
      outcome,
      columns: { missing: [...this.missingColumns], extra: [...this.extraColumns] },
      notes,
      runDate: showIso(this.runDay),
    };
  }
}

function showIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function isBlankRow(cells: Row): boolean {
  if (cells.length === 0) return true;
  const first = cells[0];
  if (first !== "" && first !== undefined) return false;
  for (let i = 1; i < cells.length; i++) if (cells[i] !== "" && cells[i] !== undefined) return false;
  return true;
}

/** Fields find their column by name; failing that, ignoring capitals and surrounding spaces. */
function matchColumns(names: readonly string[], header: readonly string[], notes: string[]): { columns: Int32Array; missing: string[]; extra: string[] } {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((h, i) => {
    if (exact.has(h)) notes.push(`The column "${h}" appears twice; the first is checked.`);
    else exact.set(h, i);
    const key = h.trim().toLowerCase();
    if (!loose.has(key)) loose.set(key, i);
  });
  const used = new Set<number>();
  const columns = Int32Array.from(names, (name) => {
    let index = exact.get(name);
    if (index === undefined) {
      index = loose.get(name.trim().toLowerCase());
      if (index !== undefined) notes.push(`The column "${header[index]}" was taken as "${name}".`);
    }
    if (index === undefined) return -1;
    used.add(index);
    return index;
  });
  const missing = names.filter((_, f) => columns[f] === -1);
  const extra = header.filter((h, i) => !used.has(i) && h.trim() !== "");
  return { columns, missing, extra };
}

/** Starts a run over a table whose first row is `header`. */
export function startRun(compiled: CompiledSchema, header: readonly string[], options: RunOptions): ValidationRun {
  return new ValidationRun(compiled, header, options);
}
