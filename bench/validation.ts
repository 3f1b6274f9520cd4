import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Papa from "papaparse";
import { nodeFileSource } from "../src/modules/quality/data/readers/node-file-source";
import { readTable } from "../src/modules/quality/data/readers/open-table";
import { validateTable } from "../src/modules/quality/data/readers/validate-table";
import { BENCH_RUN_DATE, BENCH_SCHEMA, writeBenchCsv } from "./validation-data";
import { writeBenchXlsx } from "./validation-xlsx";

/**
 * `npm run bench -- --only validation`: a 1,000,000-row council-like CSV validated against 22 checks,
 * timed against Papa Parse reading the same file alone, in the same run. Each measurement runs in
 * its own Node process, so peak memory (maxRSS) is that step's alone.
 */
export interface StepTiming {
  ms: number;
  rows: number;
  maxRssMb: number;
}

export interface ValidationBenchReport {
  file: string;
  megabytes: number;
  rows: number;
  rules: number;
  /** Papa Parse alone, 1 MB and 128 KB reads in turn; the fastest is the baseline. */
  papa: StepTiming[];
  reader: StepTiming[];
  validate: StepTiming[];
  failed: number;
  valid: number;
  xlsx: { rows: number; megabytes: number; read: StepTiming; validate: StepTiming };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxCli = path.join(here, "..", "node_modules", "tsx", "dist", "cli.mjs");

function child(mode: string, file: string): StepTiming & Record<string, number> {
  const run = spawnSync(process.execPath, [tsxCli, fileURLToPath(import.meta.url), "--child", mode, file], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench step ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as StepTiming & Record<string, number>;
}

export async function measureValidation(rows = 1_000_000, xlsxRows = 100_000, runs = 2): Promise<ValidationBenchReport> {
  const folder = path.join(os.tmpdir(), "datahub-validation-bench");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `council-${rows}.csv`);
  if (!existsSync(file)) await writeBenchCsv(file, rows);
  const xlsx = path.join(folder, `council-${xlsxRows}.xlsx`);
  if (!existsSync(xlsx)) await writeBenchXlsx(xlsx, xlsxRows);

  const report: ValidationBenchReport = { file, megabytes: statSync(file).size / 1e6, rows, rules: 0, papa: [], reader: [], validate: [], failed: 0, valid: 0, xlsx: { rows: xlsxRows, megabytes: statSync(xlsx).size / 1e6, read: { ms: 0, rows: 0, maxRssMb: 0 }, validate: { ms: 0, rows: 0, maxRssMb: 0 } } };
  // Interleaved, so a busy moment on the shared machine does not land on one step only.
  for (let i = 0; i < runs; i++) {
    report.papa.push(child("papa", file), child("papa-small", file));
    report.reader.push(child("reader", file));
    const v = child("validate", file);
    report.validate.push(v);
    report.rules = v.rules!;
    report.failed = v.failed!;
    report.valid = v.valid!;
  }
  report.xlsx.read = child("read", xlsx);
  report.xlsx.validate = child("validate", xlsx);
  return report;
}

function maxRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function runChild(mode: string, file: string): Promise<void> {
  const started = performance.now();
  if (mode === "papa" || mode === "papa-small") {
    let rows = 0;
    await new Promise<void>((resolve, reject) => {
      // Papa Parse's own Node streaming, with 1 MB reads or with the 128 KB our reader uses.
      Papa.parse(createReadStream(file, { encoding: "utf8", highWaterMark: mode === "papa" ? 1 << 20 : 128 * 1024 }) as unknown as File, {
        chunk: (results: Papa.ParseResult<unknown>) => {
          rows += results.data.length;
        },
        complete: () => resolve(),
        error: (e: Error) => reject(e),
      });
    });
    console.log(JSON.stringify({ ms: performance.now() - started, rows: rows - 1, maxRssMb: maxRssMb() }));
  } else if (mode === "read") {
    let rows = 0;
    await readTable(await nodeFileSource(file), { header: () => {}, rows: (chunk) => void (rows += chunk.length) });
    console.log(JSON.stringify({ ms: performance.now() - started, rows, maxRssMb: maxRssMb() }));
  } else if (mode === "reader") {
    let rows = 0;
    await readTable(await nodeFileSource(file), { header: () => {}, rows: (chunk) => void (rows += chunk.length) }, {}, "csv");
    console.log(JSON.stringify({ ms: performance.now() - started, rows, maxRssMb: maxRssMb() }));
  } else if (mode === "validate") {
    const { result } = await validateTable(await nodeFileSource(file), BENCH_SCHEMA, { runDate: BENCH_RUN_DATE });
    const failed = result.rules.reduce((sum, r) => sum + r.failed, 0);
    console.log(JSON.stringify({ ms: performance.now() - started, rows: result.rows, maxRssMb: maxRssMb(), rules: result.rules.length, failed, valid: result.valid }));
  }
}

if (process.argv[2] === "--child" && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await runChild(process.argv[3]!, process.argv[4]!);
}
