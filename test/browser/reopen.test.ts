import type { Browser, BrowserContext, Page } from "playwright-core";
import { clientsFor } from "../support/tenant";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, waitOrSayWhy } from "../support/browser";
import type { Tenant } from "../../tenant/src/server";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));
afterEach(() => hub.faults.clear());

/** The view cache's keys as the page sees them in IndexedDB (the test waits for a screen's answer to be saved). */
function cachedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open("datahub-views");
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("views")) return resolve([]);
          const keys = db.transaction("views", "readonly").objectStore("views").getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result.map(String));
            db.close();
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

async function waitUntilCached(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open("datahub-views");
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("views")) return resolve(false);
          const read = db.transaction("views", "readonly").objectStore("views").get(wanted);
          read.onsuccess = () => {
            resolve(read.result !== undefined);
            db.close();
          };
        };
      }),
    key,
  );
}

/** Holds SharePoint's answers about actions back, so what a reopened tab shows first can only have come from the cache. */
function holdActions(ms: number) {
  hub.faults.add({ api: "sp", pathContains: "getByTitle('Actions')/items", latencyMs: ms, count: 50 });
}

describe("a reopened Data tab shows its last screen at once, then refreshes", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser);
  });
  afterAll(() => context.close());

  it("shows Home's last figures before SharePoint answers, then the fresh ones", async () => {
    const first = await newPage(context, hub);
    await openHub(first, hub, "manager");
    const card = first.getByRole("group", { name: "Data quality" });
    await card.getByText("8 actions, 0% progress, 0 complete").waitFor();
    await waitUntilCached(first, "home.principles");
    await first.close();

    // Someone completes an action while the tab is closed.
    const { sp } = clientsFor(hub, "data-lead");
    const actions = sp.web.lists.getByTitle("Actions");
    const quality: { Id: number }[] = await actions.items.select("Id").filter("PrincipleKey eq 'data-quality'")();
    await actions.items.getById(quality[0]!.Id).update({ Status: "Complete" });

    holdActions(2_500);
    const reopened = await newPage(context, hub);
    await openHub(reopened, hub, "manager");
    const again = reopened.getByRole("group", { name: "Data quality" });
    await again.getByText("8 actions, 0% progress, 0 complete").waitFor();
    await reopened.getByText("Updated a moment ago; checking for changes…").waitFor();
    expect(await axeViolations(reopened)).toEqual([]);
    // SharePoint answers: the completed action shows and the note goes, without the cards emptying.
    await again.getByText(/^8 actions, \d+% progress, 1 complete$/).waitFor({ timeout: 20_000 });
    await reopened.getByText("Updated a moment ago; checking for changes…").waitFor({ state: "detached" });
    expect(pageErrors(reopened)).toEqual([]);
    await reopened.close();
  });

  it("shows the tracker's last rows before SharePoint answers, then says it has the fresh view", async () => {
    const first = await newPage(context, hub);
    await openHub(first, hub, "manager", "actions");
    const status = first.getByRole("status").filter({ hasText: /^Showing \d+ actions$/ });
    await waitOrSayWhy(status);
    const shown = await status.textContent();
    await waitUntilCached(first, "actions.view:all");
    await first.close();

    holdActions(2_500);
    const reopened = await newPage(context, hub);
    await openHub(reopened, hub, "manager", "actions");
    await reopened.getByRole("status").filter({ hasText: /as updated a moment ago; checking for changes…$/ }).waitFor();
    expect(await reopened.getByRole("row").count()).toBeGreaterThan(1);
    await reopened.getByRole("status").filter({ hasText: shown! }).waitFor({ timeout: 20_000 });
    expect(pageErrors(reopened)).toEqual([]);
    await reopened.close();
  });

  it("says when the rows shown were last updated if the refresh fails, and keeps them", async () => {
    const first = await newPage(context, hub);
    await openHub(first, hub, "manager", "actions");
    await waitOrSayWhy(first.getByRole("status").filter({ hasText: /^Showing \d+ actions$/ }));
    await waitUntilCached(first, "actions.view:all");
    await first.close();

    hub.faults.add({ api: "sp", pathContains: "getByTitle('Actions')/items", status: 503, retryAfter: 0, count: 200 });
    const reopened = await newPage(context, hub);
    await openHub(reopened, hub, "manager", "actions");
    const warning = reopened.getByText(/^Not up to date: last updated on \d\d\/\d\d\/\d{4} at \d\d:\d\d$/);
    await warning.waitFor({ timeout: 30_000 });
    expect(await reopened.getByRole("row").count()).toBeGreaterThan(1);
    expect(await reopened.getByRole("button", { name: "Try again" }).count()).toBe(1);
    expect(await axeViolations(reopened)).toEqual([]);
    await reopened.close();
  });

  it("shows none of the last person's cache to the next person", async () => {
    const first = await newPage(context, hub);
    await openHub(first, hub, "manager");
    await first.getByRole("group", { name: "Data quality" }).getByText(/^8 actions/).waitFor();
    await waitUntilCached(first, "home.principles");
    await first.close();

    holdActions(2_500);
    const next = await newPage(context, hub);
    await openHub(next, hub, "staff");
    await next.getByText("Loading the action plan…").waitFor();
    expect(await next.getByText(/checking for changes/).count()).toBe(0);
    expect(await next.getByText(/^\d+ actions?, \d+% progress/).count()).toBe(0);
    // The store now holds the staff member's answers only: the manager's tracker view is gone.
    await next.getByRole("group", { name: "Data quality" }).getByText(/^8 actions/).waitFor({ timeout: 20_000 });
    expect(await cachedKeys(next)).not.toContain("actions.view:all");
    await next.close();
  });

  it("empties the cache when the person is switched", async () => {
    const page = await newPage(context, hub);
    await openHub(page, hub, "manager");
    await waitUntilCached(page, "home.principles");
    await page.getByRole("button", { name: "Switch person" }).click();
    await page.getByRole("button", { name: "Sign in as Jordan Reid" }).waitFor();
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open("datahub-views");
          open.onsuccess = () => {
            const store = open.result.transaction("views", "readonly").objectStore("views");
            const read = store.get("home.principles");
            read.onsuccess = () => resolve(read.result === undefined);
          };
        }),
    );
    expect(await cachedKeys(page)).not.toContain("home.principles");
    await page.close();
  });
});
