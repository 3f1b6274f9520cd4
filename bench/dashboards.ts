import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser, newContext } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { measureBundle } from "./bundle";

export interface DashboardsBenchReport {
  /** What index.html loads: the hub before anyone opens a dashboard. */
  initial: { raw: number; gzip: number };
  /** The chunk holding powerbi-client and powerbi-client-react (the report frame). */
  powerBiChunk: { file: string; raw: number; gzip: number };
  /** The catalogue's own chunk (DashboardsPage), without Power BI. */
  cataloguePage: { file: string; raw: number; gzip: number } | null;
  /** In Chromium: JavaScript fetched to show Home, then the catalogue, then an open dashboard. */
  fetched: { home: number; catalogue: number; dashboard: number; powerBiOnHome: boolean; powerBiOnCatalogue: boolean };
  runs: number;
  /** Click on a dashboard's link → the report's `loaded` event, fresh browser context each run (cold cache). */
  clickToLoadedMs: number[];
}

const size = (dist: string, file: string) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** powerbi-client-react sets this SDK type on its service; only the report frame's chunk holds it. */
const POWER_BI_MARKER = '"powerbi-client-react"';

/**
 * The dashboards module's cost: the hub's initial JavaScript with and without Power BI's chunk,
 * what the browser really fetches at each step, and the time from a click to the stand-in
 * report's `loaded` event (the real powerbi-client code path, no Power BI service).
 */
export async function measureDashboards(hub: Tenant, dist: string, runs: number): Promise<DashboardsBenchReport> {
  const bundle = measureBundle(dist);
  const assets = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js"));
  const powerBiFile = assets.find((f) => fs.readFileSync(path.join(dist, "assets", f), "utf8").includes(POWER_BI_MARKER));
  if (!powerBiFile) throw new Error("No chunk holds powerbi-client-react: has the build changed?");
  const catalogueFile = assets.find((f) => /^DashboardsPage-/.test(f));
  const report: DashboardsBenchReport = {
    initial: { raw: bundle.initial.raw, gzip: bundle.initial.gzip },
    powerBiChunk: size(dist, `assets/${powerBiFile}`),
    cataloguePage: catalogueFile ? size(dist, `assets/${catalogueFile}`) : null,
    fetched: { home: 0, catalogue: 0, dashboard: 0, powerBiOnHome: false, powerBiOnCatalogue: false },
    runs,
    clickToLoadedMs: [],
  };

  const browser = await launchBrowser();
  try {
    // What is fetched at each step (transfer sizes as served: the tenant does not compress).
    {
      const context = await newContext(browser);
      const page = await context.newPage();
      const scripts: { url: string; bytes: number }[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") void response.body().then((b) => scripts.push({ url: response.url(), bytes: b.length }), () => undefined);
      });
      const total = () => scripts.reduce((n, s) => n + s.bytes, 0);
      const hasPowerBi = () => scripts.some((s) => s.url.includes(powerBiFile));
      await page.goto(`${hub.origin}/?persona=manager#/`);
      await page.getByText("actions,").first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
      report.fetched.home = total();
      report.fetched.powerBiOnHome = hasPowerBi();
      await page.getByRole("link", { name: "Dashboards" }).click();
      await page.getByRole("heading", { name: "Dashboards", level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      report.fetched.catalogue = total();
      report.fetched.powerBiOnCatalogue = hasPowerBi();
      await page.getByRole("link", { name: "Sample report: Customer Services" }).click();
      await page.getByText("Report ready.").waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
      report.fetched.dashboard = total();
      await context.close();
    }
    for (let run = 0; run < runs; run++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${hub.origin}/?persona=manager#/dashboards`);
      const link = page.getByRole("link", { name: "Sample report: Customer Services" });
      await link.waitFor({ timeout: 60_000 });
      await page.evaluate(() => document.addEventListener("click", () => performance.mark("bench:click"), { capture: true, once: true }));
      await link.click();
      await page.waitForFunction(() => performance.getEntriesByName("datahub:dashboard-loaded").length > 0, undefined, { timeout: 60_000 });
      const ms = await page.evaluate(() => performance.getEntriesByName("datahub:dashboard-loaded")[0]!.startTime - performance.getEntriesByName("bench:click")[0]!.startTime);
      report.clickToLoadedMs.push(Math.round(ms));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return report;
}
