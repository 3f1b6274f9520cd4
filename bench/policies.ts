import { confirmationKey } from "../src/modules/policies/domain/confirmation";
import { policyConfirmationsList, policyDocumentsList } from "../src/modules/policies/lists";
import { launchBrowser, newContext } from "../test/support/browser";
import type { Tenant } from "../tenant/src/server";
import { elementWithText, shownAt, stampWhenShown } from "./shown";

export interface PoliciesBenchReport {
  runs: number;
  cpuThrottling: number;
  confirmations: number;
  seedMs: number;
  /** Navigation to the library's list on screen: the baseline, measured in the same runs. */
  libraryReadyMs: number[];
  /** Navigation to the completion table with every document's count on screen. */
  completionReadyMs: number[];
  completionRequests: number[];
}

const DOCUMENTS = 10;
const VERSIONS = 3;
const STAFF = 2_000;
/** Site user ids for the bench's staff, clear of the local personas'. */
const FIRST_PERSON = 1_000;

/**
 * The issue's scale: 2,000 staff × 10 documents × 3 versions = 60,000 confirmations, seeded
 * straight into the local tenant. Its seeding API writes every item as one persona and its directory
 * holds the personas, not 2,000 people, so the counts on screen are small; what scales is the same:
 * the current versions' 20,000 confirmations read in Id windows out of 60,000, and tallied.
 */
function seedScale(hub: Tenant): number {
  const day = new Date().toISOString().slice(0, 10);
  const ids = hub.seed(
    policyDocumentsList.title,
    Array.from({ length: DOCUMENTS }, (_, i) => ({
      DocKey: `bench-document-${i + 1}`,
      Title: `Bench document ${i + 1}`,
      DocKind: "Policy",
      DocStatus: "Approved",
      DocVersion: `${VERSIONS}.0`,
      ReadVersion: VERSIONS,
      ChangeSummary: "Bench version.",
      ApprovedOn: `${day}T00:00:00Z`,
      NextReview: "2099-01-01T00:00:00Z",
      MustRead: ["staff"],
    })),
  );
  const items: Record<string, unknown>[] = [];
  for (const id of ids)
    for (let version = 1; version <= VERSIONS; version++)
      for (let person = 0; person < STAFF; person++)
        items.push({ Title: `Bench document, version ${version}`, DocumentId: id, ReadVersion: version, ConfirmKey: confirmationKey(id, version, FIRST_PERSON + person) });
  hub.seed(policyConfirmationsList.title, items, { as: "staff" });
  return items.length;
}

/** Time to the library and to the completion page for the data lead, at the scale, CPU throttled. */
export async function measurePolicies(hub: Tenant, runs: number, cpuThrottling: number): Promise<PoliciesBenchReport> {
  const started = performance.now();
  const confirmations = seedScale(hub);
  const report: PoliciesBenchReport = { runs, cpuThrottling, confirmations, seedMs: Math.round(performance.now() - started), libraryReadyMs: [], completionReadyMs: [], completionRequests: [] };
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < runs; run++) {
      for (const view of ["library", "completion"] as const) {
        const context = await newContext(browser);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
        const before = hub.requests.count;
        // Only the condition this view waits for: a condition never met is checked on every change.
        await stampWhenShown(page, {
          ...(view === "library" ? { library: elementWithText("a", `Bench document ${DOCUMENTS}`) } : {}),
          // The table is drawn once every confirmation has been read: all ten documents' rows.
          ...(view === "completion" ? { completion: `[...document.querySelectorAll("table")].some((t) => t.getAttribute("aria-label") === "Completion by document" && [...t.rows].filter((r) => /^Bench document \\d+/.test(r.textContent.trim())).length >= ${DOCUMENTS})` } : {}),
        });
        await page.goto(`${hub.origin}/?persona=data-lead#/policies${view === "completion" ? "?tab=completion" : ""}`);
        if (view === "library") {
          report.libraryReadyMs.push(await shownAt(page, "library", 120_000));
        } else {
          report.completionReadyMs.push(await shownAt(page, "completion", 120_000));
          report.completionRequests.push(hub.requests.count - before);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return report;
}
