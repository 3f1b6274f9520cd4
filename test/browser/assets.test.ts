import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES } from "../support/browser";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));

async function openAssets(page: Page, persona: string, route = "", theme?: (typeof THEMES)[number]) {
  await openHub(page, hub, persona, `assets${route}`, theme);
}

/** The flow ids the map draws (asset level: one edge per flow). */
async function mapFlowIds(page: Page): Promise<string[]> {
  await page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor();
  await page.locator('[data-testid=asset-map][data-zoom-level="assets"]').waitFor();
  await page.locator("[data-testid=asset-map] .react-flow__edge").first().waitFor({ state: "attached" });
  const ids = await page.locator("[data-testid=asset-map] .react-flow__edge").evaluateAll((edges) => edges.map((e) => e.getAttribute("data-id") ?? ""));
  return [...new Set(ids)].sort();
}

/** The flow ids the list view names (each appears under both its ends). */
async function listFlowIds(page: Page): Promise<string[]> {
  await page.getByRole("list", { name: "Assets and their flows" }).waitFor();
  const ids = await page.locator("[data-flow-id]").evaluateAll((items) => items.map((i) => i.getAttribute("data-flow-id") ?? ""));
  return [...new Set(ids)].sort();
}

describe("data assets in a browser", () => {
  it.each([
    ["a service", "data-lead", "service=Revenues+and+Benefits"],
    ["personal data", "data-lead", "personal=No"],
    ["an owner", "asset-owner", "owner=mine&service=Housing"],
  ])("the map and its list view show the same flows, filtered by %s", async (_, persona, query) => {
    const page = await newPage(await newContext(browser), hub);
    await openAssets(page, persona, `?tab=map&${query}`);
    const onMap = await mapFlowIds(page);
    const summary = (await page.getByTestId("map-summary").textContent())!.replace("The map shows ", "");
    expect(onMap.length).toBeGreaterThan(0);
    await page.getByRole("link", { name: "the same flows as a list" }).click();
    const inList = await listFlowIds(page);
    expect(inList).toEqual(onMap);
    await page.getByTestId("flows-summary").filter({ hasText: "The list shows" }).waitFor();
    expect((await page.getByTestId("flows-summary").textContent())!.replace("The list shows ", "")).toBe(summary);
    // Every edge on the map says its flow in words, the same words as the list.
    const sentences = await page.locator("[data-flow-id]").evaluateAll((items) => items.map((i) => i.textContent ?? ""));
    await page.getByRole("link", { name: "the map" }).click();
    await mapFlowIds(page);
    const labels = await page.locator("[data-testid=asset-map] .react-flow__edge").evaluateAll((edges) => edges.map((e) => e.getAttribute("aria-label") ?? ""));
    for (const label of labels) expect(sentences.some((s) => s.startsWith(label))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens an asset when its node on the map is selected", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openAssets(page, "asset-owner", "?tab=map&service=Planning");
    await mapFlowIds(page);
    await page.locator('[data-testid=asset-map] .react-flow__node[data-id="a:SAMPLE-PL-01"]').click();
    await page.getByRole("heading", { name: "Sample: planning applications", level: 1 }).waitFor();
    expect(page.url()).toContain("#/assets/SAMPLE-PL-01");
  });

  it("reviews an asset with the keyboard alone: the error summary leads to the field, and the result is announced", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openAssets(page, "asset-owner", "?tab=reviews");
    const link = page.getByRole("link", { name: "Review Sample: housing register applications" });
    await link.waitFor();
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Review Sample: housing register applications", level: 1 }).waitFor();

    // Send it without an outcome: the summary takes focus, and its link moves to the outcome.
    const submit = page.getByRole("button", { name: "Record the review" });
    for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "Please check the form" });
    await summary.waitFor();
    await expect(summary.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).resolves.toBe("radio");

    // Choose "Confirmed, no change" with the arrow keys and record it.
    await page.keyboard.press("Space");
    await expect(page.getByRole("radio", { name: "Confirmed, no change" }).isChecked()).resolves.toBe(true);
    for (let i = 0; i < 10 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const status = page.getByRole("status").filter({ hasText: "Review saved" });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Review saved\. The next review is due on \d{2}\/\d{2}\/\d{4}\.$/);
    await page.getByRole("heading", { name: "Sample: housing register applications", level: 1 }).waitFor();
    await page.getByText(/1 \w+ 20\d\d|confirmed, no change, by Alex Okafor/).first().waitFor();
  });

  it("keeps restricted assets from staff and offers them no changes", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openAssets(page, "staff");
    await page.getByText(/^Showing \d+ assets/).waitFor();
    await page.getByText("Restricted assets are not shown").waitFor();
    expect(await page.getByRole("link", { name: "Sample: fraud investigation case files" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add an asset" }).count()).toBe(0);
    await openAssets(page, "staff", "/SAMPLE-RB-03");
    await page.getByText("We couldn't find that asset").waitFor();
    await openAssets(page, "staff", "/SAMPLE-RB-01");
    await page.getByRole("heading", { name: "Sample: council tax accounts", level: 1 }).waitFor();
    expect(await page.getByRole("button", { name: "Edit details" }).count()).toBe(0);
  });

  it("fits 320 CSS px without scrolling sideways, except inside the register's table and the schema table", async () => {
    const page = await newPage(await newContext(browser, { viewport: { width: 320, height: 720 } }), hub);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const route of ["", "?tab=map", "?tab=flows", "?tab=reviews", "/SAMPLE-RB-01", "/SAMPLE-RB-01/review", "/SAMPLE-RB-01/edit", "/SAMPLE-RB-01/schema"]) {
      await openAssets(page, "data-lead", route);
      await page.getByRole("heading", { level: 1 }).last().waitFor();
      await page.waitForTimeout(300);
      expect({ route, overflow: await overflow() }).toEqual({ route, overflow: 0 });
    }
  });

  it.each(THEMES)("has no axe violations on the register, the map, the list, reviews, an asset and its forms in the %s theme", async (theme) => {
    const page = await newPage(await newContext(browser), hub);
    const check = async (route: string, ready: () => Promise<unknown>) => {
      await openAssets(page, "data-lead", route, theme);
      await ready();
      expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
    };
    await check("", () => page.getByText(/^Showing \d+ assets/).waitFor());
    await check("?tab=map&service=Housing", () => page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor());
    await check("?tab=flows", () => page.getByRole("list", { name: "Assets and their flows" }).waitFor());
    await check("?tab=reviews", () => page.getByRole("heading", { name: "Overdue reviews, every asset" }).waitFor());
    await check("/SAMPLE-RB-01", () => page.getByRole("heading", { name: "Schema" }).waitFor());
    await check("/SAMPLE-RB-01/review", async () => {
      await page.getByRole("button", { name: "Record the review" }).click();
      await page.getByRole("alert").filter({ hasText: "Please check the form" }).waitFor();
    });
    await check("/SAMPLE-RB-01/edit", () => page.getByRole("button", { name: "Save changes" }).waitFor());
    await check("/SAMPLE-RB-01/schema", () => page.getByRole("button", { name: "Save the schema" }).waitFor());
    await check("/SAMPLE-RB-01/disposal", () => page.getByRole("button", { name: "Record the disposal" }).waitFor());
    await check("/SAMPLE-RB-01/flow", () => page.getByRole("button", { name: "Add the flow" }).waitFor());
  }, 240_000);
});
