import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startTenant } from "../tenant/src/server";
import { measureBundle } from "./bundle";
import { measureActions } from "./actions";
import { measureAssets } from "./assets";
import { measureDashboards } from "./dashboards";
import { measureDictionary } from "./dictionary";
import { measureMaturity } from "./maturity";
import { addBenchRound, measureMaturityPage } from "./maturity-page";
import { measureKpis } from "./kpis";
import { measureKpiScreens, seedKpiScreens } from "./kpis-screens";
import { measureMeasures } from "./measures";
import { measurePaint } from "./paint";
import { measurePolicies } from "./policies";
import { measureTenant } from "./tenant";
import { measureValidation } from "./validation";
import { measureValidationInChromium } from "./validation-browser";
import { measureQuality } from "./quality";
import { measureOpenData } from "./open-data";

/**
 * `npm run bench`: prints numbers, asserts nothing. Sections: bundle, paint, actions, tenant, dashboards, dictionary, maturity, kpis, validation, policies, measures, assets, quality, open-data.
 * `npm run bench -- --only tenant` runs one section.
 */
const { values } = parseArgs({ options: { only: { type: "string" }, runs: { type: "string", default: "5" } } });
const want = (section: string) => !values.only || values.only === section;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const dist = path.join(process.cwd(), "dist");

if (want("bundle") || want("paint") || want("actions") || want("dashboards") || want("policies") || want("kpis") || want("measures") || want("assets") || want("quality") || want("maturity")) execSync("npx vite build --logLevel warn", { stdio: "inherit" });

if (want("bundle")) {
  const bundle = measureBundle(dist);
  console.log("\n== Bundle (dist/) ==");
  console.log(`initial JS: ${kb(bundle.initial.raw)} raw, ${kb(bundle.initial.gzip)} gzip (${bundle.initial.files.length} files)`);
  console.log("largest lazy chunks (gzip):");
  for (const chunk of bundle.lazy.slice(0, 6)) console.log(`  ${chunk.file}: ${kb(chunk.gzip)}`);
}

if (want("paint")) {
  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const paint = await measurePaint(hub, Number(values.runs), 4, dist);
    console.log(`\n== First paint, headless Chromium, ${paint.cpuThrottling}x CPU throttling, ${paint.runs} runs ==`);
    console.log(`first contentful paint: median ${median(paint.firstContentfulPaintMs)} ms (runs: ${paint.firstContentfulPaintMs.join(", ")})`);
    console.log(`Home ready (counts on screen): median ${median(paint.homeReadyMs)} ms (runs: ${paint.homeReadyMs.join(", ")}) (aim <= 1,000 ms)`);
    console.log(`Home reopened in the same tab (figures from the view cache): median ${median(paint.homeReopenMs)} ms (runs: ${paint.homeReopenMs.join(", ")})`);
    const js = paint.jsBeforeHome;
    console.log(`JS fetched before Home is ready: ${kb(js.gzip)} gzip, ${kb(js.raw)} raw, in ${js.files.length} files (aim <= 150 kB gzip)`);
    for (const f of js.files.slice(0, 12)) console.log(`  ${f.file}: ${kb(f.gzip)}`);
  } finally {
    await hub.close();
  }
}

if (want("actions")) {
  const hub = await startTenant({ dataDir: null, appDir: dist, bulkActions: 20_000 });
  try {
    const report = await measureActions(hub, Number(values.runs), 20_030);
    console.log(`\n== Action tracker, 20,030 actions, headless Chromium (no throttling), ${report.runs} runs ==`);
    console.log(`first rows visible: median ${median(report.firstRowsMs)} ms from navigation (runs: ${report.firstRowsMs.join(", ")})`);
    console.log(`full view loaded: median ${median(report.fullViewMs)} ms from navigation (runs: ${report.fullViewMs.join(", ")})`);
    console.log(`API requests for sign-in, context and the view: ${report.requests.join(", ")}`);
    console.log(`reopened (same browser session, view cache): first rows median ${median(report.reopenFirstRowsMs)} ms (runs: ${report.reopenFirstRowsMs.join(", ")}; aim <= 200 ms), refreshed full view ${median(report.reopenFullViewMs)} ms (aim first rows cold <= 500 ms)`);
    const f = report.scrollFrameMs;
    console.log(`scrolling (${f.frames} frames, 600 px each): median ${f.median} ms, p95 ${f.p95} ms, max ${f.max} ms, ${f.over16ms} frames over 17 ms`);
  } finally {
    await hub.close();
  }
}

if (want("tenant")) {
  const tenant = await startTenant({ dataDir: null });
  try {
    const report = await measureTenant(tenant);
    console.log("\n== Local tenant throughput (PnPjs over loopback, in-memory SQLite) ==");
    for (const r of report.read5000) console.log(`read 5,000 items, page size ${r.pageSize}: ${r.requests} requests, ${r.ms} ms, ${r.itemsPerSecond} items/s`);
    const w = report.batchedWrites;
    console.log(`batched writes: ${w.items} adds in ${w.batches} batches of 100, ${w.ms} ms, ${w.itemsPerSecond} items/s`);
  } finally {
    await tenant.close();
  }
}

if (want("dashboards")) {
  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const report = await measureDashboards(hub, dist, Number(values.runs));
    const { initial, powerBiChunk, cataloguePage, fetched } = report;
    console.log("\n== Dashboards (Power BI loads only when a dashboard opens) ==");
    console.log(`initial JS without the Power BI chunk (as built): ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip`);
    console.log(`initial JS if the Power BI chunk were in it: ${kb(initial.raw + powerBiChunk.raw)} raw, ${kb(initial.gzip + powerBiChunk.gzip)} gzip`);
    console.log(`Power BI chunk (${powerBiChunk.file}): ${kb(powerBiChunk.raw)} raw, ${kb(powerBiChunk.gzip)} gzip`);
    if (cataloguePage) console.log(`catalogue chunk (${cataloguePage.file}): ${kb(cataloguePage.raw)} raw, ${kb(cataloguePage.gzip)} gzip`);
    console.log(`JS fetched in Chromium, running total (uncompressed): Home ${kb(fetched.home)}, then the catalogue ${kb(fetched.catalogue)}, then a dashboard ${kb(fetched.dashboard)}`);
    console.log(`Power BI chunk fetched for Home: ${fetched.powerBiOnHome ? "yes" : "no"}; for the catalogue: ${fetched.powerBiOnCatalogue ? "yes" : "no"}`);
    console.log(`click to report loaded (local stand-in, cold cache, no throttling): median ${median(report.clickToLoadedMs)} ms (runs: ${report.clickToLoadedMs.join(", ")})`);
  } finally {
    await hub.close();
  }
}

if (want("dictionary")) {
  const d = measureDictionary(10_000);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`\n== Dictionary search, ${d.terms.toLocaleString("en-GB")} terms, in Node (the same code runs in the browser) ==`);
  console.log(`index build: ${Math.round(d.buildMs)} ms`);
  console.log(`per keystroke, ${d.keystrokes} keystrokes typing ${d.queries.length} queries letter by letter: median ${ms(d.medianMs)}, p95 ${ms(d.p95Ms)}, max ${ms(d.maxMs)}`);
  for (const q of d.queries) console.log(`  "${q.query}": median ${ms(q.medianMs)}, p95 ${ms(q.p95Ms)}, ${q.results.toLocaleString("en-GB")} matches`);
}

if (want("maturity")) {
  const m = measureMaturity(Number(values.runs));
  const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(", ");
  console.log(`\n== Maturity results, ${m.teams} sample teams × ${m.rounds} rounds, ${m.answers.toLocaleString("en-GB")} answers (${m.framework} framework), in Node (the same code runs in the browser), ${m.runs} runs ==`);
  console.log(`all results (every round: topics, themes, topic × theme matrix, principles; change between each pair of rounds): median ${ms(m.allResultsMs)} (runs: ${list(m.allResultsMs)})`);
  console.log(`baseline, one pass adding each answer's level to its team: median ${ms(m.baselineMs)} (runs: ${list(m.baselineMs)})`);
  console.log(`all results ÷ baseline: ${(median(m.allResultsMs) / median(m.baselineMs)).toFixed(1)}×`);
  console.log(`who has finished, every round: median ${ms(m.progressMs)}`);

  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const answers = addBenchRound(hub);
    const p = await measureMaturityPage(hub, Number(values.runs), 4, answers);
    const runsOf = (xs: number[]) => xs.join(", ");
    console.log(`\n== Maturity results page, ${p.answers.toLocaleString("en-GB")} answers over 3 sample rounds of 64 teams, headless Chromium, ${p.cpuThrottling}x CPU throttling, ${p.runs} runs ==`);
    console.log(`everyone (staff): charts visible median ${median(p.chartsMs.staff)} ms from navigation (runs: ${runsOf(p.chartsMs.staff)}); app shell ${median(p.shellMs.staff)} ms; charts after the shell ${median(p.chartsMs.staff) - median(p.shellMs.staff)} ms; ${median(p.requests.staff)} API requests including sign-in`);
    console.log(`data lead: charts visible median ${median(p.chartsMs.lead)} ms (runs: ${runsOf(p.chartsMs.lead)}); every team named (the round's answers read in Id windows and computed) ${median(p.leadNamedMs)} ms (runs: ${runsOf(p.leadNamedMs)}); ${median(p.requests.lead)} API requests`);
    const home = median(p.homeReadyMs);
    console.log(`baseline, Home ready (counts on screen) in the same run: median ${home} ms (runs: ${runsOf(p.homeReadyMs)})`);
    console.log(`charts visible ÷ Home ready: staff ${(median(p.chartsMs.staff) / home).toFixed(2)}x, data lead ${(median(p.chartsMs.lead) / home).toFixed(2)}x; every team named ÷ Home ready: ${(median(p.leadNamedMs) / home).toFixed(2)}x (aim: charts visible ≤ 1,500 ms)`);
  } finally {
    await hub.close();
  }
}

if (want("kpis")) {
  const k = measureKpis(Number(values.runs));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const budget = (n: number) => `${((n / 1000) * 100).toFixed(1)}% of the 1 s budget`;
  console.log(`\n== KPIs and reporting calendar, in Node (the same code runs in the browser), median of ${k.runs} runs ==`);
  console.log(`calendar: ${k.returns} returns, ${k.occurrences.toLocaleString("en-GB")} occurrences over 4 years, ${k.months} month views`);
  console.log(`  generate ${ms(k.calendarMs.generate)}, states ${ms(k.calendarMs.states)}, on-time figures ${ms(k.calendarMs.figures)}, all ${k.months} month calendars and lists ${ms(k.calendarMs.monthCalendars)}, whole .ics ${ms(k.calendarMs.ics)}`);
  console.log(`  total ${ms(k.calendarMs.total)} (${budget(k.calendarMs.total)}; ${(k.calendarMs.total / k.parseBaselineMs.calendar).toFixed(1)}x the ${ms(k.parseBaselineMs.calendar)} JSON.parse of the same returns and submissions)`);
  console.log(`KPIs: ${k.kpis} KPIs, ${k.values.toLocaleString("en-GB")} values (36 periods each)`);
  console.log(`  RAG, late entries and trends for every period ${ms(k.kpiMs.summaries)}, figures ${ms(k.kpiMs.figures)}`);
  console.log(`  total ${ms(k.kpiMs.total)} (${budget(k.kpiMs.total)}; ${(k.kpiMs.total / k.parseBaselineMs.kpis).toFixed(1)}x the ${ms(k.parseBaselineMs.kpis)} JSON.parse of the same KPIs and values)`);
  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const counts = seedKpiScreens(hub);
    const screens = await measureKpiScreens(hub, Number(values.runs), 4, counts);
    console.log(`\n== KPIs and reporting screens, headless Chromium, ${screens.cpuThrottling}x CPU throttling, ${screens.runs} runs ==`);
    console.log(`${screens.kpis} KPIs with ${screens.values.toLocaleString("en-GB")} values and ${screens.returns} returns added to the seeded site; from following the link (hub already open on Home) to the screen ready with its data:`);
    for (const s of screens.screens) console.log(`  ${s.name}: median ${median(s.ms)} ms (runs: ${s.ms.join(", ")})`);
  } finally {
    await hub.close();
  }
}

if (want("validation")) {
  const v = await measureValidation();
  const best = (steps: { ms: number }[]) => Math.min(...steps.map((s) => s.ms));
  const peak = (steps: { maxRssMb: number }[]) => Math.max(...steps.map((s) => s.maxRssMb));
  const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const runs = (steps: { ms: number }[]) => steps.map((s) => Math.round(s.ms)).join(", ");
  const papa = best(v.papa);
  const validate = best(v.validate);
  console.log(`\n== Validation, ${v.rows.toLocaleString("en-GB")} rows x 10 columns (${v.megabytes.toFixed(1)} MB CSV), ${v.rules} rules, in Node (the worker runs the same code) ==`);
  console.log(`Papa Parse alone (its Node stream, 1 MB and 128 KB reads in turn, no rules): best ${secs(papa)} (runs: ${runs(v.papa)} ms), peak memory ${peak(v.papa)} MB`);
  console.log(`our CSV reader alone (Papa Parse inside, no rules): best ${secs(best(v.reader))} (runs: ${runs(v.reader)} ms), peak memory ${peak(v.reader)} MB`);
  console.log(`validation (read + ${v.rules} rules + failing rows): best ${secs(validate)} (runs: ${runs(v.validate)} ms), peak memory ${peak(v.validate)} MB`);
  console.log(`ratio, validation / Papa Parse alone: ${(validate / papa).toFixed(2)}x (aim <= 1.3x)`);
  console.log(`rows per second: ${Math.round(v.rows / (validate / 1000)).toLocaleString("en-GB")}; ${v.failed.toLocaleString("en-GB")} failures counted, ${v.valid.toLocaleString("en-GB")} valid rows`);
  console.log(`.xlsx, ${v.xlsx.rows.toLocaleString("en-GB")} rows (${v.xlsx.megabytes.toFixed(1)} MB): read ${secs(v.xlsx.read.ms)}, validated ${secs(v.xlsx.validate.ms)} (${Math.round(v.xlsx.rows / (v.xlsx.validate.ms / 1000)).toLocaleString("en-GB")} rows/s), peak memory ${v.xlsx.validate.maxRssMb} MB`);
  const browser = await measureValidationInChromium();
  console.log(`headless Chromium, ${browser.rows.toLocaleString("en-GB")} rows validated in the worker (${browser.workerScript}): ${secs(browser.runMs)} (${Math.round(browser.rows / (browser.runMs / 1000)).toLocaleString("en-GB")} rows/s), ${browser.progressMessages} progress messages`);
  console.log(`main thread during the run: longest task ${browser.longTasks ? `${browser.longestTaskMs} ms` : "under 50 ms (no long task reported)"} (aim <= 50 ms), ${browser.longTasks} long tasks; largest gap between 5 ms timer ticks ${browser.largestTimerGapMs} ms`);
}

if (want("quality")) {
  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const q = await measureQuality(hub, Number(values.runs));
    const list = (xs: number[]) => xs.join(", ");
    console.log(`\n== Data quality, ${q.issues.toLocaleString("en-GB")} issues and ${q.audits.toLocaleString("en-GB")} audits (plus local mode's samples), headless Chromium, ${q.runs} runs ==`);
    console.log(`baseline, Home ready (the principles' counts on screen) in the same browser: median ${median(q.homeReadyMs)} ms (runs: ${list(q.homeReadyMs)}); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
    console.log(`figures page ready (every table on screen), from navigation: median ${median(q.figuresReadyMs)} ms (runs: ${list(q.figuresReadyMs)}) (aim <= 1,500 ms)`);
    console.log(`the same at 4x CPU throttling: median ${median(q.figuresReadyThrottledMs)} ms (runs: ${list(q.figuresReadyThrottledMs)})`);
    console.log(`the log, every issue ("All" view): first rows median ${median(q.logFirstRowsMs)} ms, whole view median ${median(q.logFullMs)} ms (runs: ${list(q.logFullMs)})`);
    const s = q.screen;
    console.log(`validation screen, ${s.rows.toLocaleString("en-GB")}-row CSV checked in its worker: ${(s.runMs / 1000).toFixed(1)} s from the click to the scorecard (${Math.round(s.rows / (s.runMs / 1000)).toLocaleString("en-GB")} rows/s; the screen said "${s.rowsPerSecondShown}")`);
    console.log(`main thread while the worker ran: longest task ${s.longTasks ? `${s.longestTaskMs} ms` : "under 50 ms (no long task reported)"} (aim <= 50 ms), ${s.longTasks} long tasks; largest gap between 5 ms timer ticks ${s.largestTimerGapMs} ms; drawing the results afterwards: longest task ${s.resultsTaskMs} ms`);
  } finally {
    await hub.close();
  }
}

if (want("open-data")) {
  const o = measureOpenData(Number(values.runs));
  console.log(`\n== Open data, Node, median of ${o.runs} ==`);
  console.log(`the three checks on a ${o.spendRows.toLocaleString("en-GB")}-row spend file (schema engine, personal-data detectors, small numbers): ${Math.round(o.checkMs)} ms; its package (CSV, CSVW, DCAT, zip): ${Math.round(o.packageMs)} ms`);
  console.log(`suppression of a ${o.gridRows} x ${o.gridCols} table of counts (primary, secondary, no bridges): ${Math.round(o.suppressMs)} ms, ${o.suppressed.toLocaleString("en-GB")} cells suppressed`);
}

if (want("policies")) {
  const hub = await startTenant({ dataDir: null, appDir: dist });
  try {
    const p = await measurePolicies(hub, Number(values.runs), 4);
    const list = (xs: number[]) => xs.join(", ");
    console.log(`\n== Policies, ${p.confirmations.toLocaleString("en-GB")} confirmations (10 documents x 3 versions x 2,000), headless Chromium, ${p.cpuThrottling}x CPU throttling, ${p.runs} runs ==`);
    console.log(`seeded in ${(p.seedMs / 1000).toFixed(1)} s`);
    console.log(`library ready (baseline): median ${median(p.libraryReadyMs)} ms from navigation (runs: ${list(p.libraryReadyMs)})`);
    console.log(`completion page ready (every current-version confirmation read in Id windows): median ${median(p.completionReadyMs)} ms from navigation (runs: ${list(p.completionReadyMs)}; aim <= 1,500 ms)`);
    console.log(`completion ÷ library: ${(median(p.completionReadyMs) / median(p.libraryReadyMs)).toFixed(2)}x; API requests for the completion page: ${list(p.completionRequests)}`);
  } finally {
    await hub.close();
  }
}

if (want("measures")) {
  const hub = await startTenant({ dataDir: null, appDir: dist, bulkActions: 20_000 });
  try {
    const m = await measureMeasures(hub, Number(values.runs), 4);
    const s = m.seeded;
    console.log(`\n== Strategy measures, headless Chromium, ${m.cpuThrottling}x CPU throttling, ${m.runs} runs ==`);
    console.log(`data: 20,000 actions, ${s.enrolments.toLocaleString("en-GB")} bookings, ${s.updates.toLocaleString("en-GB")} booking updates, ${s.snapshots} kept figures and ${s.values} recorded values over 12 quarters`);
    console.log(`measures page ready (every figure of this quarter computed): median ${median(m.measuresReadyMs)} ms from navigation (aim <= 2,000 ms; runs: ${m.measuresReadyMs.join(", ")})`);
    console.log(`  API requests: ${m.measuresRequests.total}, of which asking for the same thing twice: ${m.measuresRequests.repeated}`);
    console.log(`Home ready (a headline card per principle): median ${median(m.homeReadyMs)} ms from navigation (aim <= 1,500 ms; runs: ${m.homeReadyMs.join(", ")})`);
    console.log(`  API requests: ${m.homeRequests.total}, of which asking for the same thing twice: ${m.homeRequests.repeated}`);
  } finally {
    await hub.close();
  }
}

if (want("assets")) {
  const [big, small] = await Promise.all([startTenant({ dataDir: null, appDir: dist }), startTenant({ dataDir: null, appDir: dist })]);
  try {
    const a = await measureAssets(big, small, Number(values.runs));
    const list = (xs: number[]) => xs.join(", ");
    const col = (runs: typeof a.runs, key: keyof (typeof a.runs)[number]) => runs.map((r) => r[key]);
    console.log(`\n== Data assets: ${a.assets.toLocaleString("en-GB")} assets (+13 samples), ${a.schemaFields.toLocaleString("en-GB")} schema fields, ${a.flows.toLocaleString("en-GB")} flows; headless Chromium, ${a.cpuThrottling}x CPU throttling, ${a.runs.length} runs, a fresh browser each ==`);
    console.log(`register, first rows on screen, from choosing "Data assets" with the hub open: median ${median(col(a.runs, "firstRowsMs"))} ms (runs: ${list(col(a.runs, "firstRowsMs"))}); baseline, 13 sample assets: median ${median(col(a.baseline, "firstRowsMs"))} ms`);
    console.log(`register ready (every asset loaded and counted), from choosing "Data assets": median ${median(col(a.runs, "registerReadyMs"))} ms (runs: ${list(col(a.runs, "registerReadyMs"))}); baseline ${median(col(a.baseline, "registerReadyMs"))} ms; ratio ${(median(col(a.runs, "registerReadyMs")) / median(col(a.baseline, "registerReadyMs"))).toFixed(2)}x (aim: ready <= 1 s)`);
    console.log(`register ready from a cold start (sign-in, the hub, the module): median ${median(col(a.runs, "coldReadyMs"))} ms (runs: ${list(col(a.runs, "coldReadyMs"))}); baseline ${median(col(a.baseline, "coldReadyMs"))} ms`);
    console.log(`map laid out and drawn, from choosing the Map tab: median ${median(col(a.runs, "mapFromTabMs"))} ms (runs: ${list(col(a.runs, "mapFromTabMs"))}), of which layout ${median(col(a.runs, "layoutMs"))} ms; baseline ${median(col(a.baseline, "mapFromTabMs"))} ms (aim <= 2 s)`);
    console.log(`map from navigation straight to it (register, flows, the map's chunk, layout, drawing): median ${median(a.mapFromNavigationMs)} ms (runs: ${list(a.mapFromNavigationMs)})`);
    const f = a.panFrames;
    console.log(`zooming in to the assets and panning: ${f.frames} frames, median ${f.median} ms, p95 ${f.p95} ms, ${f.over50ms} frames over 50 ms`);
  } finally {
    await Promise.all([big.close(), small.close()]);
  }
}
