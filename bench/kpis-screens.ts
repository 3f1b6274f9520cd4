import { kpiColumns, targetColumns, valueColumns } from "../src/modules/kpis/domain/kpi-records";
import { returnColumns, stageItemColumns } from "../src/modules/kpis/domain/return-records";
import { kpisList, kpiTargetsList, kpiValuesList, reportingReturnsList, reportingStagesList } from "../src/modules/kpis/lists";
import type { Tenant } from "../tenant/src/server";
import { launchBrowser, newContext } from "../test/support/browser";
import { benchKpis, benchReturns } from "./kpis";

export interface KpiScreensReport {
  runs: number;
  cpuThrottling: number;
  kpis: number;
  values: number;
  returns: number;
  /** Per screen: milliseconds from the link being followed (hash change) to the screen ready, per run. */
  screens: { name: string; ms: number[] }[];
}

/** The local personas' site user id for the data lead's colleague who owns the bench's KPIs and returns. */
const OWNER_ID = 11;

/** 300 KPIs × 36 months, their targets, and 200 returns with their stages, through the tenant's seeding API. */
export function seedKpiScreens(hub: Tenant, kpiCount = 300, periods = 36, returnCount = 200): { kpis: number; values: number; returns: number } {
  const { kpis, values } = benchKpis(kpiCount, periods);
  hub.seed(kpisList.title, kpis.map((k) => kpiColumns(k, OWNER_ID, "2020-01-01")));
  hub.seed(kpiTargetsList.title, kpis.flatMap((k) => k.targets.map((t) => targetColumns(k.key, t))));
  hub.seed(kpiValuesList.title, values.map((v) => valueColumns(v.kpiKey, v)));
  const returns = benchReturns(returnCount).map((r) => ({ ...r, key: `bench-${r.key}` }));
  hub.seed(reportingReturnsList.title, returns.map((r) => returnColumns(r, OWNER_ID)));
  hub.seed(reportingStagesList.title, returns.flatMap((r) => r.stages.map((s, i) => stageItemColumns(r.key, s, i))));
  return { kpis: kpis.length, values: values.length, returns: returns.length };
}

/**
 * Follows a link inside the loaded hub and resolves with the milliseconds until `ready()` holds,
 * watched in the page (a MutationObserver), so the test driver's polling is not in the number.
 * A string, not a function: tsx's esbuild adds helpers to functions that the page does not have.
 */
const FOLLOW_AND_TIME = (hash: string, ready: string) => `new Promise((resolve) => {
  const ready = () => { ${ready} };
  const t0 = performance.now();
  const done = () => { if (ready()) { observer.disconnect(); resolve(performance.now() - t0); return true; } return false; };
  const observer = new MutationObserver(() => done());
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  window.location.hash = ${JSON.stringify(hash)};
})`;

const SCREENS: { name: string; hash: string; ready: (counts: { kpis: number }) => string }[] = [
  { name: "KPI register (all KPIs, RAG and trend of each)", hash: "#/kpis", ready: (c) => `const m = /^Showing ([\\d,]+) KPIs/.exec(document.querySelector("[data-testid=register-status]")?.textContent ?? ""); return !!m && Number(m[1].replace(/,/g, "")) >= ${c.kpis};` },
  { name: "KPI page (36 months: chart, table, targets)", hash: "#/kpis/kpi/kpi-7", ready: () => `return document.querySelector("h1")?.textContent === "Bench KPI 7" && [...document.querySelectorAll("h2")].some((h) => h.textContent === "Targets") && !!document.querySelector("main svg");` },
  { name: "reporting calendar (due in the next 30 days)", hash: "#/kpis/calendar", ready: () => `return document.querySelector("[data-testid=calendar-status]")?.textContent?.startsWith("Showing") ?? false;` },
  { name: "reporting calendar, this month as a grid", hash: "#/kpis/calendar?view=month", ready: () => `return !!document.querySelector("th[scope=col]") && (document.querySelector("#month-heading")?.textContent ?? "") !== "";` },
];

/**
 * Each screen in headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate):
 * the hub is loaded on Home first (a fresh context per run, so nothing is cached between runs), then
 * the screen's link is followed, as a person moves within the hub; the clock runs from the link to
 * the screen ready with its data (every list read, every figure worked out).
 */
export async function measureKpiScreens(hub: Tenant, runs: number, cpuThrottling: number, counts: { kpis: number; values: number; returns: number }): Promise<KpiScreensReport> {
  const browser = await launchBrowser();
  const report: KpiScreensReport = { runs, cpuThrottling, ...counts, screens: SCREENS.map((s) => ({ name: s.name, ms: [] })) };
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, screen] of SCREENS.entries()) {
        const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${hub.origin}/?persona=data-lead#/`);
        await page.getByRole("navigation", { name: "Data Hub" }).waitFor({ timeout: 60_000 });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
        const ms: number = await page.evaluate(FOLLOW_AND_TIME(screen.hash, screen.ready(counts)));
        report.screens[i]!.ms.push(Math.round(ms));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return report;
}
