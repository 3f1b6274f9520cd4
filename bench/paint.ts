import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser, waitUntilViewCached } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";

export interface PaintReport {
  runs: number;
  cpuThrottling: number;
  firstContentfulPaintMs: number[];
  homeReadyMs: number[];
  /** Home opened again in the same tab (the view cache holds its figures). */
  homeReopenMs: number[];
  /** Every JS file Chromium fetched until Home's figures were on screen (first run), sized from dist/ as gzip. */
  jsBeforeHome: { files: { file: string; gzip: number }[]; gzip: number; raw: number };
}

/**
 * First contentful paint and "Home ready" (principle counts on screen) in headless Chromium,
 * with the CPU slowed by CDP's Emulation.setCPUThrottlingRate, a fresh context per run.
 */
export async function measurePaint(hub: Tenant, runs: number, cpuThrottling: number, distDir: string): Promise<PaintReport> {
  const browser = await launchBrowser();
  const report: PaintReport = { runs, cpuThrottling, firstContentfulPaintMs: [], homeReadyMs: [], homeReopenMs: [], jsBeforeHome: { files: [], gzip: 0, raw: 0 } };
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
      const scripts = new Set<string>();
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.origin === hub.origin && url.pathname.endsWith(".js")) scripts.add(url.pathname.slice(1));
      });
      await page.goto(`${hub.origin}/?persona=manager#/`);
      await page.getByText("actions,").first().waitFor({ timeout: 60_000 });
      const timings = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      report.firstContentfulPaintMs.push(Math.round(timings.fcp));
      report.homeReadyMs.push(Math.round(timings.ready));
      if (i === 0) report.jsBeforeHome = sizeScripts([...scripts], distDir);
      await waitUntilViewCached(page, (key) => key === "home.principles");
      // A reload, as Teams does (going to the same address again would only change the hash, in place).
      await page.reload();
      await page.getByText("actions,").first().waitFor({ timeout: 60_000 });
      report.homeReopenMs.push(Math.round(await page.evaluate(() => performance.now())));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return report;
}

function sizeScripts(files: string[], distDir: string): PaintReport["jsBeforeHome"] {
  const sized = files.map((file) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: sized.map(({ file, gzip }) => ({ file, gzip })).sort((a, b) => b.gzip - a.gzip),
    gzip: sized.reduce((sum, f) => sum + f.gzip, 0),
    raw: sized.reduce((sum, f) => sum + f.raw, 0),
  };
}
