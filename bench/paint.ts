import { launchBrowser } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";

export interface PaintReport {
  runs: number;
  cpuThrottling: number;
  firstContentfulPaintMs: number[];
  homeReadyMs: number[];
}

/**
 * First contentful paint and "Home ready" (principle counts on screen) in headless Chromium,
 * with the CPU slowed by CDP's Emulation.setCPUThrottlingRate, a fresh context per run.
 */
export async function measurePaint(hub: Tenant, runs: number, cpuThrottling: number): Promise<PaintReport> {
  const browser = await launchBrowser();
  const report: PaintReport = { runs, cpuThrottling, firstContentfulPaintMs: [], homeReadyMs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
      await page.goto(`${hub.origin}/?persona=manager#/`);
      await page.getByText("actions,").first().waitFor({ timeout: 60_000 });
      const timings = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      report.firstContentfulPaintMs.push(Math.round(timings.fcp));
      report.homeReadyMs.push(Math.round(timings.ready));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return report;
}
