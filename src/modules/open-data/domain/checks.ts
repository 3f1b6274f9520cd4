import { compileSchema, type ValidationResult, startRun } from "../../quality";
import { findPersonalData, type PersonalDataFinding } from "./personal-data";
import { suppress, type SuppressionResult } from "./suppression";
import { CHECK_TITLES, type CheckId } from "./check-status";
import { columnsWith, type DataTable, type OpenDataSchema, smallNumberSettings } from "./table";

/**
 * The three checks a dataset passes before it can be published, pure: its schema (the data quality
 * module's engine), personal data and small numbers. Each says in plain English what it found and
 * which rows and columns; a failed check blocks publishing unless someone overrides it, saying who
 * and why.
 */
export { blockingChecks, CHECK_IDS, CHECK_TITLES, type CheckId, type CheckStatus, type Override, statusOf } from "./check-status";

/** One row (or column) a check is about: what is wrong there, with any value masked. */
export interface CheckRow {
  /** The row as a spreadsheet shows it (header = 1); 0 for the whole file or a whole column. */
  row: number;
  column: string;
  detail: string;
}

export interface CheckResult {
  id: CheckId;
  title: string;
  passed: boolean;
  /** One or two sentences in plain English. */
  summary: string;
  /** How many findings there were in all (rows below are capped). */
  total: number;
  rows: CheckRow[];
}

export interface CheckOptions {
  /** Today, ISO ("2026-12-02"): the engine's freshness rules count from it. */
  runDate: string;
  /** Apply small-number suppression to what is published (otherwise small numbers fail the check). */
  suppress: boolean;
  /** Overrides the schema's `od:minCount` (the reason is then the publisher's). */
  minCount?: number;
  roundToFive?: boolean;
  /** Excel's dates arrive as ISO text. */
  isoDatesAccepted?: boolean;
}

export interface CheckedTable {
  checks: CheckResult[];
  validation: ValidationResult;
  personalData: PersonalDataFinding[];
  /** Null when the schema marks no count columns. */
  suppression: SuppressionResult | null;
  /** What would be published: the rows with suppression and rounding applied when asked. */
  published: string[][];
  /** The disclosure rule applied, for the metadata; null when none was. */
  rule: string | null;
  minCount: number;
}

/** Rows a screen shows per check; the rest are counted. */
export const ROWS_SHOWN = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** Runs the engine over rows already in memory (the checks hold the table to publish it anyway). */
export function validateRows(table: DataTable, schema: OpenDataSchema, runDate: string, isoDatesAccepted = false): ValidationResult {
  const compiled = compileSchema(schema, { withoutReferences: true, isoDatesAccepted });
  const run = startRun(compiled, [...table.columns], { runDate });
  run.pushRows(table.rows, 0, table.rowNumbers);
  return run.finish();
}

function schemaCheck(validation: ValidationResult): CheckResult {
  const failing = validation.rules.filter((r) => r.status === "fail");
  const rows: CheckRow[] = validation.failures.filter((f) => failing.some((r) => r.id === f.ruleId)).map((f) => ({ row: f.row, column: f.field ?? "", detail: f.reason }));
  const missing = validation.columns.missing;
  const passed = failing.length === 0 && validation.outcome !== "fail";
  const total = failing.reduce((sum, r) => sum + r.failed, 0);
  const summary = passed
    ? `All ${plural(validation.rows, "row")} match the schema.`
    : `${plural(failing.length, "rule")} of the schema ${failing.length === 1 ? "is" : "are"} broken (${plural(total, "value")})${missing.length ? `; missing ${missing.length === 1 ? "column" : "columns"}: ${missing.join(", ")}` : ""}. Fix the file and check it again. ${failing
        .slice(0, 3)
        .map((r) => `${r.description}: ${plural(r.failed, "failure")}.`)
        .join(" ")}`.trim();
  return { id: "schema", title: CHECK_TITLES.schema, passed, summary, total, rows: rows.slice(0, ROWS_SHOWN) };
}

function personalDataCheck(findings: readonly PersonalDataFinding[]): CheckResult {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const rows = findings.map((f) => ({ row: f.row, column: f.column, detail: f.kind === "free text" ? "Free text: read every value before publishing" : `Looks like ${f.kind === "e-mail address" ? "an" : f.kind === "name of a private individual" ? "the" : "a"} ${f.kind}${f.masked ? ` (${f.masked})` : ""}` }));
  const summary =
    findings.length === 0
      ? "Nothing that looks like personal data was found."
      : `${plural(findings.length, "value")} may be personal data (${kinds.join(", ")}). Remove or redact ${findings.length === 1 ? "it" : "them"} and check again; if a flag is wrong, override it and say why.`;
  return { id: "personal-data", title: CHECK_TITLES["personal-data"], passed: findings.length === 0, summary, total: findings.length, rows: rows.slice(0, ROWS_SHOWN) };
}

/** Runs the three checks and works out what would be published. */
export function checkTable(table: DataTable, schema: OpenDataSchema, options: CheckOptions): CheckedTable {
  const validation = validateRows(table, schema, options.runDate, options.isoDatesAccepted);
  const personalData = findPersonalData(table, schema);
  const settings = smallNumberSettings(schema, { ...(options.minCount !== undefined ? { minCount: options.minCount } : {}), ...(options.roundToFive !== undefined ? { roundToFive: options.roundToFive } : {}) });
  const countColumns = columnsWith(table, schema, "od:count");
  const published = table.rows.map((r) => table.columns.map((_, c) => r[c] ?? ""));
  let suppression: SuppressionResult | null = null;
  let small: CheckResult;
  let rule: string | null = null;
  if (countColumns.length === 0) {
    small = { id: "small-numbers", title: CHECK_TITLES["small-numbers"], passed: true, summary: "The schema marks no column as counts (od:count), so there is nothing to suppress. If this is a table of counts of people, mark its count columns.", total: 0, rows: [] };
  } else {
    const grid = table.rows.map((r) => countColumns.map((c) => toCount(r[c])));
    suppression = suppress(grid, { minCount: settings.minCount, roundToFive: settings.roundToFive }, settings.reason);
    const concerned: CheckRow[] = [];
    suppression.state.forEach((states, r) =>
      states.forEach((s, k) => {
        if (s !== "shown") concerned.push({ row: table.rowNumbers[r]!, column: table.columns[countColumns[k]!]!, detail: s === "primary" ? `Below ${settings.minCount}: suppressed` : "Suppressed so the others cannot be worked out from totals" });
      }),
    );
    const threshold = `below ${settings.minCount}${settings.reason ? ` (${settings.reason})` : ""}`;
    if (!suppression.protected) {
      small = { id: "small-numbers", title: CHECK_TITLES["small-numbers"], passed: false, summary: `Some suppressed counts could still be worked out from the totals and no other cell was left to suppress. Combine categories and check again.`, total: concerned.length, rows: concerned.slice(0, ROWS_SHOWN) };
    } else if (suppression.primary === 0) {
      small = { id: "small-numbers", title: CHECK_TITLES["small-numbers"], passed: true, summary: `No count is ${threshold}.${settings.roundToFive ? " Counts are rounded to the nearest 5." : ""}`, total: 0, rows: [] };
    } else if (options.suppress) {
      small = {
        id: "small-numbers",
        title: CHECK_TITLES["small-numbers"],
        passed: true,
        summary: `${plural(suppression.primary, "count")} ${threshold} will be shown as "*", and ${plural(suppression.secondary, "more count")} so they cannot be worked out from row and column totals.`,
        total: concerned.length,
        rows: concerned.slice(0, ROWS_SHOWN),
      };
    } else {
      small = {
        id: "small-numbers",
        title: CHECK_TITLES["small-numbers"],
        passed: false,
        summary: `${plural(suppression.primary, "count")} ${suppression.primary === 1 ? "is" : "are"} ${threshold}: a group this small can identify people. Choose to suppress small numbers, or combine categories, and check again.`,
        total: suppression.primary,
        rows: concerned
          .filter((c) => c.detail.startsWith("Below"))
          .map((c) => ({ ...c, detail: `Below ${settings.minCount}` }))
          .slice(0, ROWS_SHOWN),
      };
    }
    const apply = options.suppress || suppression.primary === 0;
    if (apply && suppression.protected && (suppression.primary > 0 || settings.roundToFive)) {
      rule = suppression.rule;
      suppression.published.forEach((values, r) =>
        values.forEach((v, k) => {
          const c = countColumns[k]!;
          if (!Number.isNaN(toCount(table.rows[r]![c]))) published[r]![c] = v;
        }),
      );
    }
  }
  return { checks: [schemaCheck(validation), personalDataCheck(personalData), small], validation, personalData, suppression, published, rule, minCount: settings.minCount };
}

/** A count as a number; NaN for anything else (which the schema check reports). */
function toCount(cell: string | undefined): number {
  const text = (cell ?? "").trim();
  return /^-?[0-9]+$/.test(text) ? Number(text) : Number.NaN;
}

/** An override needs a person and a reason of some substance. */
export function overrideProblem(reason: string): string | null {
  const text = reason.trim();
  if (text.length < 10) return "Say why the check is wrong for this file, in a sentence (at least 10 characters).";
  if (text.length > 500) return "Keep the reason to 500 characters.";
  return null;
}
