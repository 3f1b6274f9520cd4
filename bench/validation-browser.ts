import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { launchBrowser } from "../test/support/browser";
import { BENCH_RUN_DATE, writeBenchCsv } from "./validation-data";

/**
 * The validation worker in headless Chromium, as the app bundles it (Vite, `new Worker(new URL(...))`):
 * a small harness page drops the million-row CSV on the client and watches the page's main thread
 * while the worker runs — long tasks (the browser's own "longtask" entries, 50 ms and over) and
 * the largest gap between 5 ms timer ticks.
 */
export interface BrowserValidationReport {
  rows: number;
  runMs: number;
  longestTaskMs: number;
  longTasks: number;
  largestTimerGapMs: number;
  progressMessages: number;
  workerScript: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");

const HARNESS = (client: string, data: string) => `
import { createValidationClient } from ${JSON.stringify(client)};
import { BENCH_SCHEMA } from ${JSON.stringify(data)};

window.runValidation = async (url, runDate) => {
  const blob = await (await fetch(url)).blob();
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: "longtask", buffered: false });
  let last = performance.now();
  let largestGap = 0;
  const probe = setInterval(() => { const now = performance.now(); largestGap = Math.max(largestGap, now - last); last = now; }, 5);
  let progress = 0;
  const client = createValidationClient();
  const started = performance.now();
  const { result } = await client.validate(blob, "council.csv", BENCH_SCHEMA, { runDate, onProgress: () => { progress++; } }).promise;
  const runMs = performance.now() - started;
  clearInterval(probe);
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  client.dispose();
  return { rows: result.rows, runMs, longestTaskMs: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length, largestTimerGapMs: largestGap, progressMessages: progress };
};
`;

export async function measureValidationInChromium(rows = 1_000_000): Promise<BrowserValidationReport> {
  const folder = path.join(os.tmpdir(), "datahub-validation-bench");
  mkdirSync(folder, { recursive: true });
  const csv = path.join(folder, `council-${rows}.csv`);
  if (!existsSync(csv)) await writeBenchCsv(csv, rows);

  const site = path.join(folder, "harness");
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  writeFileSync(path.join(site, "index.html"), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Validation harness</title></head><body><script type="module" src="./harness.js"></script></body></html>');
  writeFileSync(path.join(site, "harness.js"), HARNESS(path.join(root, "src/modules/quality/ui/validation-client.ts"), path.join(root, "bench/validation-data.ts")));
  const outDir = path.join(site, "dist");
  // The app's own build settings for workers: ES modules, a file per worker (no blob: URLs).
  await build({ configFile: false, root: site, base: "./", logLevel: "error", build: { outDir, emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 }, worker: { format: "es" } });
  const assets = path.join(outDir, "assets");
  const workerScript = (await import("node:fs")).readdirSync(assets).find((f) => f.startsWith("validation.worker")) ?? "(not found)";

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/data.csv") {
      response.writeHead(200, { "content-type": "text/csv", "content-length": statSync(csv).size });
      createReadStream(csv).pipe(response);
      return;
    }
    const file = path.join(outDir, url.pathname === "/" ? "index.html" : url.pathname);
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".html") ? "text/html" : "application/octet-stream";
    response.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof (window as unknown as { runValidation?: unknown }).runValidation === "function");
    const report = await page.evaluate(
      ([url, runDate]) => (window as unknown as { runValidation: (u: string, d: string) => Promise<Omit<BrowserValidationReport, "workerScript">> }).runValidation(url!, runDate!),
      ["/data.csv", BENCH_RUN_DATE],
    );
    return { ...report, runMs: Math.round(report.runMs), longestTaskMs: Math.round(report.longestTaskMs), largestTimerGapMs: Math.round(report.largestTimerGapMs), workerScript };
  } finally {
    await browser.close();
    server.close();
  }
}
