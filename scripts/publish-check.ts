import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readDataTable } from "../src/modules/open-data/data/read-table";
import { blockingChecks, checkTable, type CheckResult } from "../src/modules/open-data/domain/checks";
import type { OpenDataSchema } from "../src/modules/open-data/domain/table";
import { nodeFileSource } from "../src/modules/quality/data/readers/node-file-source";
import { SchemaError, UnusableInputError } from "../src/modules/quality";

/**
 * `npm run -s publish-check -- <file.csv|.xlsx> --schema <schema.json> [--min-count 5] [--suppress]
 * [--round5] [--json] [--today YYYY-MM-DD]`: the open-data checks (schema, personal data, small
 * numbers) on a file, with the same engine as the hub's Open data page, for batch use. Exit 0 when it
 * may be published, 1 when a check fails, 2 when the input cannot be used. Nothing is written: the
 * package is made in the hub, where the publication is recorded.
 */
const USAGE = "Usage: npm run -s publish-check -- <file.csv|file.xlsx> --schema <schema.json> [--min-count 5] [--suppress] [--round5] [--json] [--today YYYY-MM-DD]";

class UsageError extends Error {}

function londonToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function printChecks(file: string, rows: number, checks: readonly CheckResult[], rule: string | null): void {
  const lines = [`${file}: ${rows.toLocaleString("en-GB")} rows`, ""];
  for (const c of checks) {
    lines.push(`${c.passed ? "ok  " : "FAIL"}  ${c.title}: ${c.summary}`);
    for (const r of c.rows.slice(0, 20)) lines.push(`        ${r.row ? `row ${r.row}` : "all rows"}, ${r.column || "the file"}: ${r.detail}`);
    if (c.total > 20) lines.push(`        … and ${(c.total - 20).toLocaleString("en-GB")} more`);
  }
  if (rule) lines.push("", `Disclosure control applied: ${rule}`);
  const failed = checks.filter((c) => !c.passed).length;
  lines.push("", failed ? `Result: FAIL (${failed} ${failed === 1 ? "check" : "checks"} failed: fix the file, or publish from the hub with an override saying who and why)` : "Result: may be published");
  console.log(lines.join("\n"));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { schema: { type: "string" }, "min-count": { type: "string" }, suppress: { type: "boolean", default: false }, round5: { type: "boolean", default: false }, json: { type: "boolean", default: false }, today: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(positionals.length > 1 ? `One file at a time, not ${positionals.length}.` : "Name the file to check.");
  if (!values.schema) throw new UsageError("Name its schema with --schema <schema.json>.");
  let minCount: number | undefined;
  if (values["min-count"] !== undefined) {
    minCount = Number(values["min-count"]);
    if (!Number.isInteger(minCount) || minCount < 1 || minCount > 100) throw new UsageError(`--min-count must be a whole number from 1 to 100, not "${values["min-count"]}".`);
  }
  const runDate = values.today ?? londonToday();
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(runDate)) throw new UsageError(`--today must be a date such as 2026-11-25, not "${runDate}".`);
  if (!existsSync(file)) throw new UnusableInputError(`The file "${file}" does not exist.`);
  if (!existsSync(values.schema)) throw new UnusableInputError(`The schema file "${values.schema}" does not exist.`);
  let schema: OpenDataSchema;
  try {
    schema = JSON.parse(readFileSync(values.schema, "utf8").replace(/^\uFEFF/, "")) as OpenDataSchema;
  } catch (error) {
    throw new UnusableInputError(`The schema file "${values.schema}" is not JSON: ${(error as Error).message}`);
  }
  if (!schema || typeof schema !== "object" || !Array.isArray(schema.fields)) throw new UnusableInputError(`The schema file "${values.schema}" is not a Table Schema (it has no "fields" list).`);
  const read = await readDataTable(await nodeFileSource(file));
  const result = checkTable(read.table, schema, { runDate, suppress: values.suppress, roundToFive: values.round5 || undefined, isoDatesAccepted: read.isoDatesAccepted, ...(minCount !== undefined ? { minCount } : {}) });
  const blocked = blockingChecks(result.checks, []);
  if (values.json) {
    console.log(
      JSON.stringify({
        rows: read.table.rows.length,
        mayPublish: blocked.length === 0,
        minCount: result.minCount,
        rule: result.rule,
        checks: result.checks.map((c) => ({ id: c.id, passed: c.passed, summary: c.summary, total: c.total, rows: c.rows.map((r) => ({ row: r.row, column: r.column, detail: r.detail })) })),
      }),
    );
  } else printChecks(file, read.table.rows.length, result.checks, result.rule);
  return blocked.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SchemaError) console.error(`publish-check: ${error.message.replace("The rules cannot be used", "The schema cannot be used")}`);
    else if (error instanceof UnusableInputError || error instanceof RangeError) console.error(`publish-check: ${error.message}`);
    else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) console.error(`publish-check: ${(error as Error).message}\n${USAGE}`);
    else console.error(`publish-check: the check stopped unexpectedly: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 2;
  },
);
