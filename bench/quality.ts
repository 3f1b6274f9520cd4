import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { auditsList, issuesList, runsList } from "../src/modules/quality/lists";
import { launchBrowser, newContext } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { BENCH_SCHEMA, writeBenchCsv } from "./validation-data";

/**
 * `npm run bench -- --only quality`: the data quality module at the issue's scale (10,000 issues and
 * 2,000 audits) in headless Chromium: the figures page and the log, from navigation to ready; then the
 * validation screen itself checking a 1,000,000-row file in its worker, watching the page's main thread.
 */
export interface QualityBenchReport {
  issues: number;
  audits: number;
  runs: number;
  figuresReadyMs: number[];
  figuresReadyThrottledMs: number[];
  logFirstRowsMs: number[];
  logFullMs: number[];
  /** Main thread while the worker ran (until its result reached the page), then drawing the results. */
  screen: { rows: number; runMs: number; longestTaskMs: number; longTasks: number; largestTimerGapMs: number; resultsTaskMs: number; rowsPerSecondShown: string };
  /** The app opening Home in the same browser and run: a baseline for the machine's load at the time. */
  homeReadyMs: number[];
}

const DIMENSIONS = ["Completeness", "Uniqueness", "Consistency", "Timeliness", "Validity", "Accuracy"];
const SEVERITIES = ["Critical", "High", "Medium", "Low"];
const STATUSES = ["Triaged", "In progress", "Resolved", "Resolved", "Won't fix"];
const DAY = 86_400_000;

/** Deterministic issues over the last two years, about half resolved; audits of 40 datasets; a few hundred runs. */
export function seedQualityScale(hub: Tenant, issues = 10_000, audits = 2_000, runs = 400): void {
  const now = Date.UTC(2026, 10, 25, 12);
  hub.seed(
    issuesList.title,
    Array.from({ length: issues }, (_, i) => {
      const reported = now - ((i * 7919) % 730) * DAY;
      const status = STATUSES[i % STATUSES.length]!;
      return {
        Title: `Bench issue ${i}`,
        Dataset: `Dataset ${i % 40}`,
        Dimension: DIMENSIONS[i % 6],
        Severity: SEVERITIES[i % 4],
        Description: `Bench issue ${i}: a description of the problem.`,
        FoundBy: "User report",
        Service: `Service ${i % 12}`,
        ReportId: 1_000_000 + i,
        ReporterId: 11,
        ReportedAt: new Date(reported).toISOString(),
        TriagedAt: new Date(reported + DAY).toISOString(),
        IssueOwnerId: 13,
        TargetDate: `${new Date(reported + 20 * DAY).toISOString().slice(0, 10)}T00:00:00Z`,
        Status: status,
        RootCause: status === "Resolved" ? "Input" : null,
        ClosedAt: status === "Resolved" || status === "Won't fix" ? new Date(reported + ((i % 60) + 1) * DAY).toISOString() : null,
      };
    }),
  );
  hub.seed(
    auditsList.title,
    Array.from({ length: audits }, (_, i) => ({
      Title: `Bench audit ${i}`,
      Dataset: `Dataset ${i % 40}`,
      AuditDate: `${new Date(now - ((i * 31) % 700) * DAY).toISOString().slice(0, 10)}T00:00:00Z`,
      RecordsChecked: 200,
      CompletenessErrors: i % 5,
      ValidityErrors: i % 7,
      AccuracyErrors: i % 3,
    })),
  );
  hub.seed(
    runsList.title,
    Array.from({ length: runs }, (_, i) => ({
      Title: `Dataset ${i % 40}`,
      Dataset: `Dataset ${i % 40}`,
      RunAt: new Date(now - ((i * 13) % 365) * DAY).toISOString(),
      Rows: 10_000,
      ValidRows: 9_000 + (i % 900),
      ChecksRun: 100_000,
      ChecksFailed: 1_000 - (i % 900),
      RowsIncomplete: 100 + (i % 50),
      HasCompletenessRules: true,
      Outcome: "Warn",
      Summary: "{}",
    })),
  );
}

async function timeTo(hub: Tenant, route: string, ready: string, throttling = 1): Promise<number> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    if (throttling > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: throttling });
    await page.goto(`${hub.origin}/?persona=data-lead#/${route}`);
    await page.locator(ready).first().waitFor({ timeout: 120_000 });
    const ms = Math.round(await page.evaluate(() => performance.now()));
    await context.close();
    return ms;
  } finally {
    await browser.close();
  }
}

/** Installed before the run starts: long tasks (the browser's own entries, 50 ms and over) and the largest gap between 5 ms timer ticks. */
const WATCH_MAIN_THREAD = `(() => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); });
  observer.observe({ type: "longtask", buffered: false });
  let last = performance.now();
  let gap = 0;
  const probe = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now; }, 5);
  let gapBeforeResult = 0;
  const probe2 = setInterval(() => { if (!performance.getEntriesByName("datahub:validation-result").length) gapBeforeResult = gap; }, 50);
  window.__mainThread = { stop: () => {
    clearInterval(probe); clearInterval(probe2); observer.disconnect();
    const result = performance.getEntriesByName("datahub:validation-result")[0]?.startTime ?? Infinity;
    const during = tasks.filter((t) => t.start < result).map((t) => t.duration);
    const after = tasks.filter((t) => t.start >= result).map((t) => t.duration);
    return { longest: during.length ? Math.max(...during) : 0, count: during.length, gap: gapBeforeResult, results: after.length ? Math.max(...after) : 0 };
  } };
})()`;

async function measureScreen(hub: Tenant, rows: number): Promise<QualityBenchReport["screen"]> {
  const folder = path.join(os.tmpdir(), "datahub-validation-bench");
  mkdirSync(folder, { recursive: true });
  const csv = path.join(folder, `council-${rows}.csv`);
  if (!existsSync(csv)) await writeBenchCsv(csv, rows);
  const schemaFile = path.join(folder, "bench-rules.json");
  writeFileSync(schemaFile, JSON.stringify(BENCH_SCHEMA));
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${hub.origin}/?persona=data-lead#/quality/validate`);
    await page.getByRole("heading", { name: "1. The dataset" }).waitFor({ timeout: 60_000 });
    await page.locator("#validate-file").setInputFiles(csv);
    await page.getByRole("heading", { name: "Suggested rules" }).waitFor({ timeout: 300_000 });
    await page.locator('input[type=file][accept^=".json"]').setInputFiles(schemaFile);
    await page.getByText("Rules read from bench-rules.json").waitFor();
    await page.evaluate(WATCH_MAIN_THREAD);
    const started = Date.now();
    await page.getByRole("button", { name: "Check every row" }).click();
    const progress = page.getByText(/rows checked, .* rows a second/);
    await progress.waitFor({ timeout: 60_000 });
    const shown = (await progress.textContent()) ?? "";
    await page.getByRole("table", { name: "Scorecard by dimension" }).waitFor({ timeout: 600_000 });
    const runMs = Date.now() - started;
    const watched: { longest: number; count: number; gap: number; results: number } = await page.evaluate("window.__mainThread.stop()");
    return { rows, runMs, longestTaskMs: Math.round(watched.longest), longTasks: watched.count, largestTimerGapMs: Math.round(watched.gap), resultsTaskMs: Math.round(watched.results), rowsPerSecondShown: shown };
  } finally {
    await browser.close();
  }
}

export async function measureQuality(hub: Tenant, runs: number, screenRows = 1_000_000): Promise<QualityBenchReport> {
  seedQualityScale(hub);
  const report: QualityBenchReport = { issues: 10_000, audits: 2_000, runs, homeReadyMs: [], figuresReadyMs: [], figuresReadyThrottledMs: [], logFirstRowsMs: [], logFullMs: [], screen: { rows: 0, runMs: 0, longestTaskMs: 0, longTasks: 0, largestTimerGapMs: 0, resultsTaskMs: 0, rowsPerSecondShown: "" } };
  for (let i = 0; i < runs; i++) {
    report.homeReadyMs.push(await timeTo(hub, "", "text=actions,"));
    report.figuresReadyMs.push(await timeTo(hub, "quality/figures", "[data-testid=quality-figures]"));
    report.figuresReadyThrottledMs.push(await timeTo(hub, "quality/figures", "[data-testid=quality-figures]", 4));
    report.logFirstRowsMs.push(await timeTo(hub, "quality?view=all", '[role=row][aria-rowindex="2"]'));
    report.logFullMs.push(await timeTo(hub, "quality?view=all", "text=/^Showing 10,0\\d\\d issues$/"));
  }
  report.screen = await measureScreen(hub, screenRows);
  return report;
}
