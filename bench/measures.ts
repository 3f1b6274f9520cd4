import { financialQuarterOf, londonDay, quartersUpTo } from "../src/core/domain/financial-quarters";
import { PRINCIPLES } from "../src/core/domain/principles";
import { measureSnapshotsList, measureValuesList } from "../src/modules/measures/lists";
import { enrolmentsList, enrolmentUpdatesList } from "../src/modules/training/lists";
import { launchBrowser, newContext } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { mainTextMatches, shownAt, stampWhenShown } from "./shown";

export interface MeasuresBenchReport {
  runs: number;
  cpuThrottling: number;
  seeded: { enrolments: number; updates: number; snapshots: number; values: number };
  measuresReadyMs: number[];
  homeReadyMs: number[];
  /** API requests the measures page made, and how many asked for exactly the same thing twice. */
  measuresRequests: { total: number; repeated: number };
  homeRequests: { total: number; repeated: number };
}

/** Seeds what the measures read at scale: bookings and their updates, and three years of kept quarters. */
function seedAtScale(hub: Tenant): MeasuresBenchReport["seeded"] {
  const enrolments = 50_000;
  const updates = 20_000;
  const services = ["Customer Services", "Planning", "Revenues and Benefits", "Environmental Health", "Housing"];
  const courses = ["excel", "power-bi", "data-protection", "data-standards", "leadership"];
  hub.seed(enrolmentsList.title, Array.from({ length: enrolments }, (_, i) => ({ Title: `Booking ${i + 1}`, SessionId: (i % 400) + 1, CourseKey: courses[i % courses.length], LearnerService: services[i % services.length] })), { as: "staff" });
  hub.seed(enrolmentUpdatesList.title, Array.from({ length: updates }, (_, i) => ({ Title: `Update ${i + 1}`, EnrolmentId: (i * 2) + 1, Change: i % 5 === 0 ? "Cancelled" : "Completed" })), { as: "staff" });
  // Twelve quarters kept for twenty computed figures, and a value recorded by hand for every measure and quarter.
  const quarters = quartersUpTo(financialQuarterOf(londonDay(new Date())), 13).slice(0, 12);
  const snapshots = quarters.flatMap((q, qi) =>
    Array.from({ length: 20 }, (_, f) => ({ Title: `Bench figure ${f}`, SnapshotKey: `bench.figure-${f}@${q.label}`, SeriesKey: `bench.figure-${f}`, MeasureKey: `bench-m${f}`, PrincipleKey: PRINCIPLES[f % PRINCIPLES.length]!.key, Period: q.label, PeriodStart: `${q.start}T00:00:00Z`, Value: 40 + qi + f, Unit: "percent", Better: "higher", Basis: "Bench", Final: true })),
  );
  hub.seed(measureSnapshotsList.title, snapshots, { as: "data-lead" });
  const values = quarters.flatMap((q, qi) =>
    Array.from({ length: 47 }, (_, m) => ({ Title: `Bench value ${m}`, ValueKey: `bench-value-${m}@${q.label}`, MeasureKey: `bench-value-${m}`, PrincipleKey: PRINCIPLES[m % PRINCIPLES.length]!.key, Period: q.label, PeriodStart: `${q.start}T00:00:00Z`, Value: qi + m, Evidence: "Bench" })),
  );
  hub.seed(measureValuesList.title, values, { as: "data-lead" });
  return { enrolments, updates, snapshots: snapshots.length, values: values.length };
}

const repeats = (urls: string[]) => urls.length - new Set(urls).size;

/**
 * The measures page (every principle, this quarter computed now from every module that offers
 * figures) and Home (headline figures from what was kept) at 4× CPU throttling, on a tenant with
 * 20,000 actions, 50,000 bookings and three years of kept quarters. Ready: the measures page says
 * every figure is computed; Home shows a headline card per principle. Staff, so nothing is kept.
 */
export async function measureMeasures(hub: Tenant, runs: number, cpuThrottling: number): Promise<MeasuresBenchReport> {
  const seeded = seedAtScale(hub);
  const browser = await launchBrowser();
  const report: MeasuresBenchReport = { runs, cpuThrottling, seeded, measuresReadyMs: [], homeReadyMs: [], measuresRequests: { total: 0, repeated: 0 }, homeRequests: { total: 0, repeated: 0 } };
  try {
    for (let run = 0; run < runs; run++) {
      for (const screen of ["measures", "home"] as const) {
        const context = await newContext(browser);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
        const api: string[] = [];
        page.on("request", (r) => {
          if (r.url().includes("/_api/") || r.url().includes("/v1.0/")) api.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`);
        });
        await stampWhenShown(page, screen === "measures" ? { measures: mainTextMatches("so far, computed now from the hub's lists; earlier quarters as they were kept.") } : { home: `document.querySelectorAll('li [aria-labelledby^="headline-"]').length >= ${PRINCIPLES.length}` });
        if (screen === "measures") {
          await page.goto(`${hub.origin}/?persona=staff#/measures`);
          report.measuresReadyMs.push(await shownAt(page, "measures", 120_000));
          if (run === runs - 1) report.measuresRequests = { total: api.length, repeated: repeats(api) };
        } else {
          await page.goto(`${hub.origin}/?persona=staff#/`);
          report.homeReadyMs.push(await shownAt(page, "home", 120_000));
          if (run === runs - 1) report.homeRequests = { total: api.length, repeated: repeats(api) };
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return report;
}
