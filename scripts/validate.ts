import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { nodeFileSource } from "../src/modules/quality/data/readers/node-file-source";
import { readTable } from "../src/modules/quality/data/readers/open-table";
import { validateTable } from "../src/modules/quality/data/readers/validate-table";
import { DIMENSION_LABELS, DIMENSIONS } from "../src/modules/quality/domain/validation/dimensions";
import { fixListCsv } from "../src/modules/quality/domain/validation/fix-list";
import type { ValidationResult } from "../src/modules/quality/domain/validation/result-types";
import { SchemaError, UnusableInputError } from "../src/modules/quality/domain/validation/schema-error";
import type { ReferenceLists } from "../src/modules/quality/domain/validation/schema-types";

/**
 * `npm run validate -- <file.csv|.xlsx> --schema <schema.json> [--json]`: the same engine as the
 * browser, for a scheduled run against a nightly export. Exit 0 when no fail threshold is crossed,
 * 1 when one is, 2 when the input cannot be used (the message names the problem).
 * Also: --reference <name>=<file.csv> (a foreign key's reference list, repeatable), --today <YYYY-MM-DD>,
 * --sheet <name>, --fix-list <out.csv>. Use `npm run -s validate` so npm's own header stays off stdout.
 */
const USAGE = "Usage: npm run -s validate -- <file.csv|file.xlsx> --schema <schema.json> [--json] [--reference name=file.csv] [--today YYYY-MM-DD] [--sheet name] [--fix-list out.csv]";

class UsageError extends Error {}

function londonToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

async function readReference(spec: string): Promise<[string, Record<string, string>[]]> {
  const at = spec.indexOf("=");
  if (at <= 0) throw new UsageError(`--reference needs name=file.csv, not "${spec}".`);
  const name = spec.slice(0, at);
  const file = spec.slice(at + 1);
  if (!existsSync(file)) throw new UnusableInputError(`The reference list file "${file}" (for "${name}") does not exist.`);
  let header: string[] = [];
  const rows: Record<string, string>[] = [];
  await readTable(await nodeFileSource(file), {
    header: (columns) => {
      header = columns;
    },
    rows: (chunk) => {
      for (const cells of chunk) rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
    },
  });
  return [name, rows];
}

const count = (n: number) => n.toLocaleString("en-GB");
const percent = (failed: number, checked: number) => (checked === 0 ? "–" : `${(((checked - failed) / checked) * 100).toFixed(1)}%`);

function printScorecard(file: string, result: ValidationResult): void {
  const lines: string[] = [];
  lines.push(`${file}: ${count(result.rows)} rows, ${count(result.valid)} with no failure (${percent(result.rows - result.valid, result.rows)})`);
  lines.push("", "Scorecard (share of checked values passing)");
  for (const d of DIMENSIONS) {
    const s = result.dimensions[d];
    if (s.checked === 0) continue;
    lines.push(`  ${DIMENSION_LABELS[d].padEnd(13)} ${percent(s.failed, s.checked).padStart(6)}   ${count(s.failed)} failed of ${count(s.checked)} checked`);
  }
  lines.push("", "Rules");
  for (const r of result.rules) {
    const status = r.status === "fail" ? "FAIL" : r.status === "warn" ? "WARN" : "ok  ";
    lines.push(`  ${status}  ${r.description}: ${count(r.failed)} failed of ${count(r.checked)} (${DIMENSION_LABELS[r.dimension].toLowerCase()})`);
  }
  if (result.notes.length) lines.push("", ...result.notes.map((n) => `Note: ${n}`));
  lines.push("", result.outcome === "fail" ? "Result: FAIL (a fail threshold was crossed)" : result.outcome === "warn" ? "Result: passed with warnings" : "Result: passed");
  console.log(lines.join("\n"));
}

/** Exactly the JSON the issue specifies: rows, valid, dimensions, rules. */
function toJson(result: ValidationResult): string {
  return JSON.stringify({
    rows: result.rows,
    valid: result.valid,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { checked: result.dimensions[d].checked, failed: result.dimensions[d].failed }])),
    rules: result.rules.map((r) => ({ field: r.field, rule: r.kind, dimension: r.dimension, failed: r.failed })),
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { schema: { type: "string" }, json: { type: "boolean", default: false }, reference: { type: "string", multiple: true }, today: { type: "string" }, sheet: { type: "string" }, "fix-list": { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(positionals.length > 1 ? `One file at a time, not ${positionals.length}.` : "Name the file to validate.");
  if (!values.schema) throw new UsageError("Name the rules with --schema <schema.json>.");
  if (!existsSync(file)) throw new UnusableInputError(`The file "${file}" does not exist.`);
  if (!existsSync(values.schema)) throw new UnusableInputError(`The rules file "${values.schema}" does not exist.`);
  const runDate = values.today ?? londonToday();
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(runDate)) throw new UsageError(`--today must be a date such as 2026-11-25, not "${runDate}".`);
  const schemaText = readFileSync(values.schema, "utf8").replace(/^\uFEFF/, "");
  const references: ReferenceLists = Object.fromEntries(await Promise.all((values.reference ?? []).map(readReference)));
  const { result } = await validateTable(await nodeFileSource(file), schemaText, { runDate, references, ...(values.sheet ? { sheet: values.sheet } : {}) });
  if (values["fix-list"]) writeFileSync(values["fix-list"], fixListCsv(result));
  if (values.json) console.log(toJson(result));
  else printScorecard(file, result);
  return result.outcome === "fail" ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SchemaError) console.error(`validate: ${error.message.replace("The rules cannot be used", `The rules in the schema file cannot be used`)}`);
    else if (error instanceof UnusableInputError) console.error(`validate: ${error.message}`);
    else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) console.error(`validate: ${(error as Error).message}\n${USAGE}`);
    else console.error(`validate: the run stopped unexpectedly: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 2;
  },
);
