import type { Page } from "playwright-core";
import { launchBrowser, newContext } from "../test/support/browser";
import { flowsList, assetsList } from "../src/modules/assets/lists";
import type { Tenant } from "../tenant/src/server";
import { benchRegister } from "./assets-data";

export interface AssetsBenchRun {
  /** From choosing "Data assets" in the navigation (the hub already open) to the first register rows on screen. */
  firstRowsMs: number;
  /** From choosing "Data assets" to every asset loaded and counted ("Showing 2,013 assets"). */
  registerReadyMs: number;
  /** From navigation (a cold start: sign-in, the hub, the module) to every asset loaded and counted. */
  coldReadyMs: number;
  /** From choosing the Map tab (register already loaded) to the map laid out and drawn. */
  mapFromTabMs: number;
  /** The layout alone, as the page timed it. */
  layoutMs: number;
}

export interface AssetsBenchReport {
  cpuThrottling: number;
  assets: number;
  flows: number;
  schemaFields: number;
  runs: AssetsBenchRun[];
  /** The same screens on local mode's 13 sample assets, in the same run: the machine's own pace. */
  baseline: AssetsBenchRun[];
  /** Frame times while zooming into the map and panning across it. */
  panFrames: { frames: number; median: number; p95: number; over50ms: number };
  /** From navigation straight to the map (register, flows, the map's chunk, layout and drawing). */
  mapFromNavigationMs: number[];
}

/** Seeds the bench register into a tenant: 2,000 assets with 15 schema fields each, 4,000 flows. */
export function seedBenchRegister(hub: Tenant, owners: readonly number[]): { assets: number; flows: number; schemaFields: number } {
  const register = benchRegister({ owners, today: new Date() });
  for (let i = 0; i < register.assets.length; i += 500) hub.seed(assetsList.title, register.assets.slice(i, i + 500));
  for (let i = 0; i < register.flows.length; i += 1000) hub.seed(flowsList.title, register.flows.slice(i, i + 1000));
  return { assets: register.assets.length, flows: register.flows.length, schemaFields: register.schemaFields };
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function oneRun(hub: Tenant, cpuThrottling: number, expected: number): Promise<AssetsBenchRun> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
    const showing = page.getByText(`Showing ${expected.toLocaleString("en-GB")} assets`);
    // Cold: straight to the register from nothing.
    await page.goto(`${hub.origin}/?persona=data-lead#/assets`);
    await showing.waitFor({ timeout: 120_000 });
    const coldReadyMs = await now(page);
    // Warm: the hub open on Home, then "Data assets" chosen (the module's own code is cached by now, as on a second visit).
    await page.goto(`${hub.origin}/?persona=data-lead#/`);
    await page.getByRole("navigation", { name: "Data Hub" }).waitFor();
    const start = await now(page);
    await page.getByRole("navigation", { name: "Data Hub" }).getByRole("link", { name: "Data assets" }).click();
    await page.locator('[data-testid=register-scroller] [role=row][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
    const firstRowsMs = (await now(page)) - start;
    await showing.waitFor({ timeout: 120_000 });
    const registerReadyMs = (await now(page)) - start;
    const before = await now(page);
    await page.getByRole("tab", { name: "Map" }).click();
    await page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor({ timeout: 120_000 });
    const mapFromTabMs = (await now(page)) - before;
    const layoutMs = Number(await page.locator("[data-testid=asset-map]").getAttribute("data-layout-ms"));
    await context.close();
    return { firstRowsMs: Math.round(firstRowsMs), registerReadyMs: Math.round(registerReadyMs), coldReadyMs: Math.round(coldReadyMs), mapFromTabMs: Math.round(mapFromTabMs), layoutMs };
  } finally {
    await browser.close();
  }
}

/** A string, not a function: tsx's esbuild adds helpers to functions that the page does not have. */
const RECORD_FRAMES = `new Promise((resolve) => {
  const deltas = [];
  let last = performance.now();
  const tick = (t) => { deltas.push(t - last); last = t; if (!window.__stopFrames) requestAnimationFrame(tick); else resolve(deltas.slice(1)); };
  requestAnimationFrame(tick);
})`;

async function panAndZoom(hub: Tenant, cpuThrottling: number): Promise<AssetsBenchReport["panFrames"]> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${hub.origin}/?persona=data-lead#/assets?tab=map`);
    await page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor({ timeout: 120_000 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
    const box = (await page.locator("[data-testid=asset-map]").boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    const frames = page.evaluate(RECORD_FRAMES) as Promise<number[]>;
    // Zoom in past the level where assets are drawn, then pan across with the mouse.
    for (let i = 0; i < 14; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(60);
    }
    await page.mouse.down();
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(centre.x - i * 15, centre.y - i * 6);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.evaluate("window.__stopFrames = true");
    const deltas = await frames;
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! * 10) / 10;
    return { frames: deltas.length, median: at(50), p95: at(95), over50ms: deltas.filter((d) => d > 50).length };
  } finally {
    await browser.close();
  }
}

async function mapFromNavigation(hub: Tenant, cpuThrottling: number): Promise<number> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
    await page.goto(`${hub.origin}/?persona=data-lead#/assets?tab=map`);
    await page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor({ timeout: 120_000 });
    return Math.round(await now(page));
  } finally {
    await browser.close();
  }
}

/**
 * The register list and the map at the scale, at 4x CPU throttling in headless Chromium, a
 * fresh browser per run; then the same on the 13 sample assets as a baseline from the same machine.
 */
export async function measureAssets(big: Tenant, small: Tenant, runs: number, cpuThrottling = 4): Promise<AssetsBenchReport> {
  const counts = seedBenchRegister(big, [13, 12, 14]);
  const total = counts.assets + 13;
  const report: AssetsBenchReport = { cpuThrottling, ...counts, runs: [], baseline: [], panFrames: { frames: 0, median: 0, p95: 0, over50ms: 0 }, mapFromNavigationMs: [] };
  for (let i = 0; i < runs; i++) report.runs.push(await oneRun(big, cpuThrottling, total));
  for (let i = 0; i < runs; i++) report.baseline.push(await oneRun(small, cpuThrottling, 13));
  for (let i = 0; i < Math.min(runs, 3); i++) report.mapFromNavigationMs.push(await mapFromNavigation(big, cpuThrottling));
  report.panFrames = await panAndZoom(big, cpuThrottling);
  return report;
}
