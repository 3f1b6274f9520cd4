import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser, waitUntilViewCached } from "../test/support/browser";
import type { Page } from "playwright-core";
import type { Tenant } from "../tenant/src/server";
import { HOME_FIGURES, shownAt, stampWhenShown } from "./shown";

/** Every JS file of ours the page asked for before a moment (its own clock), by path under dist/. */
async function scriptsRequestedBy(page: Page, before: number, origin: string): Promise<string[]> {
  const entries = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime })));
  return entries.filter((e) => e.start <= before && e.name.startsWith(origin) && new URL(e.name).pathname.endsWith(".js")).map((e) => new URL(e.name).pathname.slice(1));
}

export interface PaintReport {
  runs: number;
  cpuThrottling: number;
  firstContentfulPaintMs: number[];
  homeReadyMs: number[];
  /** Home opened again in the same tab (the view cache holds its figures). */
  homeReopenMs: number[];
  /** Every JS file the page asked for before Home's figures were on screen (first run), sized from dist/ as gzip. */
  jsBeforeHome: { files: { file: string; gzip: number }[]; gzip: number; raw: number };
}

/**
 * First contentful paint and "Home ready" (principle counts on screen, stamped inside the page:
 * bench/shown.ts) in headless Chromium, with the CPU slowed by CDP's Emulation.setCPUThrottlingRate,
 * a fresh context per run.
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
      await stampWhenShown(page, { home: HOME_FIGURES });
      await page.goto(`${hub.origin}/?persona=manager#/`);
      const ready = await shownAt(page, "home");
      const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
      report.firstContentfulPaintMs.push(Math.round(fcp));
      report.homeReadyMs.push(ready);
      if (i === 0) report.jsBeforeHome = sizeScripts(await scriptsRequestedBy(page, ready, hub.origin), distDir);
      await waitUntilViewCached(page, (key) => key === "home.principles");
      // A reload, as Teams does (going to the same address again would only change the hash, in place).
      await page.reload();
      report.homeReopenMs.push(await shownAt(page, "home"));
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
