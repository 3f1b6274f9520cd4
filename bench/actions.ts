import { launchBrowser, newContext, waitUntilViewCached } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { elementWithText, shownAt, stampWhenShown } from "./shown";

export interface ActionsBenchReport {
  runs: number;
  firstRowsMs: number[];
  fullViewMs: number[];
  requests: number[];
  /** The same tab opened again (same browser session): first rows, from the view cache, and the refreshed full view. */
  reopenFirstRowsMs: number[];
  reopenFullViewMs: number[];
  scrollFrameMs: { median: number; p95: number; max: number; over16ms: number; frames: number };
}

/** A string, not a function: tsx's esbuild adds helpers to functions that the page does not have. */
const SCROLL_AND_TIME_FRAMES = `new Promise((resolve) => {
  const scroller = document.querySelector("[data-testid=actions-scroller]");
  const deltas = [];
  let last = performance.now();
  let step = 0;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    scroller.scrollTop += 600;
    if (++step < 240) requestAnimationFrame(tick);
    else resolve(deltas.slice(1));
  };
  requestAnimationFrame(tick);
})`;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/**
 * Opens the tracker on a tenant with 20,000+ actions: time from navigation to the first rows and
 * to the whole view, API requests made, then frame times while scrolling the virtualised table.
 */
export async function measureActions(hub: Tenant, runs: number, expectedTotal: number): Promise<ActionsBenchReport> {
  const browser = await launchBrowser();
  const report: ActionsBenchReport = { runs, firstRowsMs: [], fullViewMs: [], requests: [], reopenFirstRowsMs: [], reopenFullViewMs: [], scrollFrameMs: { median: 0, p95: 0, max: 0, over16ms: 0, frames: 0 } };
  try {
    for (let run = 0; run < runs; run++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      const before = hub.requests.count;
      const total = `Showing ${expectedTotal.toLocaleString("en-GB")} actions`;
      await stampWhenShown(page, { firstRows: `document.querySelector('[role=row][aria-rowindex="2"]')`, fullView: elementWithText("[role=status]", total) });
      await page.goto(`${hub.origin}/?persona=data-lead#/actions`);
      report.firstRowsMs.push(await shownAt(page, "firstRows"));
      report.fullViewMs.push(await shownAt(page, "fullView"));
      report.requests.push(hub.requests.count - before);
      // Reopen: Teams reloads the tab in the same browser session; the view cache holds the last view.
      await waitUntilViewCached(page, (key) => key.startsWith("actions.view:"));
      // A reload, as Teams does (going to the same address again would only change the hash, in place).
      await page.reload();
      report.reopenFirstRowsMs.push(await shownAt(page, "firstRows"));
      // The status line reads exactly this only once the fresh view is complete (before, it says it is checking).
      report.reopenFullViewMs.push(await shownAt(page, "fullView"));
      if (run === runs - 1) {
        const frames: number[] = await page.evaluate(SCROLL_AND_TIME_FRAMES);
        report.scrollFrameMs = {
          median: Math.round(percentile(frames, 50) * 10) / 10,
          p95: Math.round(percentile(frames, 95) * 10) / 10,
          max: Math.round(Math.max(...frames) * 10) / 10,
          over16ms: frames.filter((f) => f > 17).length,
          frames: frames.length,
        };
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return report;
}
