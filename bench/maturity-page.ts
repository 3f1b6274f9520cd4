import { launchBrowser, newContext } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { HOME_FIGURES, mainTextMatches, shownAt, stampWhenShown } from "./shown";
import { computeRoundResults } from "../src/modules/maturity/domain/results";
import { makeSnapshot, snapshotParts } from "../src/modules/maturity/domain/snapshot";
import { answerValues, roundValues } from "../src/modules/maturity/domain/wire";
import { answersList, resultsList, roundsList } from "../src/modules/maturity/lists";
import { readSharedFramework } from "../src/modules/maturity/seed/framework-file";
import { PRINCIPLE_MAPPING_SEED } from "../src/modules/maturity/seed/index";
import { generateSampleData } from "../src/modules/maturity/seed/sample-data";

/** The round the bench adds beside local mode's two sample rounds, for the 3 rounds × 64 teams × 97 rows. */
export const BENCH_ROUND = "sample-round-bench";

/**
 * Adds a third closed sample round of 64 teams (with its anonymised results) to a tenant that
 * already has local mode's samples, so the answers list holds about 18,600 items. Returns the count.
 */
export function addBenchRound(hub: Tenant): number {
  const shared = readSharedFramework();
  if (!shared.framework) throw new Error(`The maturity bench needs the framework file: ${shared.reason}.`);
  const framework = shared.framework;
  const sample = generateSampleData(framework, { seed: 3, rounds: 1 });
  const answers = sample.answers.map((a) => ({ ...a, roundKey: BENCH_ROUND }));
  const round = { key: BENCH_ROUND, name: "Sample round 3 (bench)", status: "Closed" as const, opensOn: "2027-03-01", closesOn: "2027-04-23", isSample: true };
  hub.seed(roundsList.title, [roundValues(round, sample.teams)]);
  hub.seed(answersList.title, answers.map(answerValues));
  const snapshot = makeSnapshot(computeRoundResults(framework, BENCH_ROUND, answers, PRINCIPLE_MAPPING_SEED), new Date("2027-04-23T17:00:00Z"));
  const parts = snapshotParts(snapshot);
  hub.seed(resultsList.title, parts.map((text, i) => ({ ResultKey: `${BENCH_ROUND}#${i + 1}`, Title: round.name, RoundKey: BENCH_ROUND, Part: i + 1, Parts: parts.length, Snapshot: text, ComputedOn: snapshot.computedOn })));
  return hub.itemCount(answersList.title);
}

export interface MaturityPageReport {
  runs: number;
  cpuThrottling: number;
  answers: number;
  /** The app shell on screen (the navigation landmark): the baseline of the same page load. */
  shellMs: Record<"staff" | "lead", number[]>;
  /** The first box plot drawn. */
  chartsMs: Record<"staff" | "lead", number[]>;
  /** The data lead's view with every team named (the round's answers read and computed). */
  leadNamedMs: number[];
  /** Baseline in the same run: Home ready (its counts on screen), as bench/paint.ts measures it. */
  homeReadyMs: number[];
  /** API requests from navigation to charts visible (staff), and to named results (data lead), sign-in included. */
  requests: Record<"staff" | "lead", number[]>;
}

const CHARTS_VISIBLE = "[data-box]";
const SHELL = `document.querySelector('nav[aria-label="Data Hub"]')`;

/**
 * The results page in headless Chromium at 4× CPU throttling, a fresh context per run: time from
 * navigation to the shell, to the first chart drawn, and (data lead) to every team named.
 */
export async function measureMaturityPage(hub: Tenant, runs: number, cpuThrottling: number, answers: number): Promise<MaturityPageReport> {
  const browser = await launchBrowser();
  const report: MaturityPageReport = { runs, cpuThrottling, answers, shellMs: { staff: [], lead: [] }, chartsMs: { staff: [], lead: [] }, leadNamedMs: [], homeReadyMs: [], requests: { staff: [], lead: [] } };
  try {
    for (let run = 0; run < runs; run++) {
      {
        const context = await newContext(browser);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
        await stampWhenShown(page, { home: HOME_FIGURES });
        await page.goto(`${hub.origin}/?persona=staff#/`);
        report.homeReadyMs.push(await shownAt(page, "home"));
        await context.close();
      }
      for (const who of ["staff", "lead"] as const) {
        const context = await newContext(browser);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
        const before = hub.requests.count;
        await stampWhenShown(page, { shell: SHELL, charts: `document.querySelector(${JSON.stringify(CHARTS_VISIBLE)})`, ...(who === "lead" ? { named: mainTextMatches(/Computed from [\d,]+ answers/) } : {}) });
        await page.goto(`${hub.origin}/?persona=${who === "lead" ? "data-lead" : "staff"}#/maturity?round=${BENCH_ROUND}`);
        report.shellMs[who].push(await shownAt(page, "shell"));
        report.chartsMs[who].push(await shownAt(page, "charts"));
        if (who === "lead") report.leadNamedMs.push(await shownAt(page, "named", 120_000));
        report.requests[who].push(hub.requests.count - before);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return report;
}
