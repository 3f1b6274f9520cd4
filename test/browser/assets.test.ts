import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import type { ThemeName } from "../../src/core/ui/theme";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES, chooseTheme as pickTheme } from "../support/browser";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));

async function openAssets(page: Page, persona: string, route = "", theme?: (typeof THEMES)[number]) {
  await openHub(page, hub, persona, `assets${route}`, theme);
}

/** At 320 px the hub's navigation folds into a menu, so the page's own heading says it is open. */
async function openNarrow(page: Page, persona: string, route: string) {
  await page.goto(`${hub.origin}/?persona=${persona}#/assets${route}`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** Changes the theme with the header's own choice: the page stays as it is, so axe can run again without a reload. */
async function chooseTheme(page: Page, theme: ThemeName) {
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) === theme) return;
  await pickTheme(page, theme);
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
  it("the map and its list view show the same flows filtered by a service, by personal data and by an owner, and a node opens its asset", async () => {
    const filters = [
      ["data-lead", "service=Revenues+and+Benefits"],
      ["data-lead", "personal=No"],
      ["asset-owner", "owner=mine&service=Housing"],
    ] as const;
    for (const [persona, query] of filters) {
      const page = await newPage(await newContext(browser), hub);
      await openAssets(page, persona, `?tab=map&${query}`);
      const onMap = await mapFlowIds(page);
      const summary = (await page.getByTestId("map-summary").textContent())!.replace("The map shows ", "");
      expect({ query, drawn: onMap.length > 0 }).toEqual({ query, drawn: true });
      await page.getByRole("link", { name: "the same flows as a list" }).click();
      const inList = await listFlowIds(page);
      expect({ query, flows: inList }).toEqual({ query, flows: onMap });
      await page.getByTestId("flows-summary").filter({ hasText: "The list shows" }).waitFor();
      expect((await page.getByTestId("flows-summary").textContent())!.replace("The list shows ", "")).toBe(summary);
      // Every edge on the map says its flow in words, the same words as the list.
      const sentences = await page.locator("[data-flow-id]").evaluateAll((items) => items.map((i) => i.textContent ?? ""));
      await page.getByRole("link", { name: "the map" }).click();
      await mapFlowIds(page);
      const labels = await page.locator("[data-testid=asset-map] .react-flow__edge").evaluateAll((edges) => edges.map((e) => e.getAttribute("aria-label") ?? ""));
      for (const label of labels) expect({ label, inList: sentences.some((s) => s.startsWith(label)) }).toEqual({ label, inList: true });
      if (persona === "asset-owner") {
        await openAssets(page, persona, "?tab=map&service=Planning");
        await mapFlowIds(page);
        await page.locator('[data-testid=asset-map] .react-flow__node[data-id="a:SAMPLE-PL-01"]').click();
        await page.getByRole("heading", { name: "Sample: planning applications", level: 1 }).waitFor();
        expect(page.url()).toContain("#/assets/SAMPLE-PL-01");
      }
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
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
    await page.getByText("Please check the form").waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toContain("Please check the form");
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
      await openNarrow(page, "data-lead", route);
      expect({ route, overflow: await overflow() }).toEqual({ route, overflow: 0 });
    }
  });

  it("has no axe violations on the register, the map, the list, reviews, an asset and its forms; the register and an asset in three themes", async () => {
    const page = await newPage(await newContext(browser), hub);
    // Every screen in the light theme; the two with most of the register's own colours (pills, badges,
    // links on its surfaces) in all three. The forms are the shared Fluent fields, checked in the light theme.
    const screens: [string, () => Promise<unknown>, readonly ThemeName[]][] = [
      ["", () => page.getByText(/^Showing \d+ assets/).waitFor(), THEMES],
      ["?tab=map&service=Housing", () => page.locator('[data-testid=asset-map][data-drawn="yes"]').waitFor(), ["default"]],
      ["?tab=flows", () => page.getByRole("list", { name: "Assets and their flows" }).waitFor(), ["default"]],
      ["?tab=reviews", () => page.getByRole("heading", { name: "Overdue reviews, every asset" }).waitFor(), ["default"]],
      ["/SAMPLE-RB-01", () => page.getByRole("heading", { name: "Schema" }).waitFor(), THEMES],
      [
        "/SAMPLE-RB-01/review",
        async () => {
          await page.getByRole("button", { name: "Record the review" }).click();
          await page.getByText("Please check the form").waitFor();
        },
        ["default"],
      ],
      ["/SAMPLE-RB-01/edit", () => page.getByRole("button", { name: "Save changes" }).waitFor(), ["default"]],
      [
        "/SAMPLE-RB-01/schema",
        // Ready once the rules engine and the site's lists have loaded: both enable controls, and a button
        // still fading from disabled to enabled would be measured mid-change.
        async () => {
          await page.getByRole("button", { name: "Save the schema", disabled: false }).waitFor();
          await page.getByRole("combobox", { name: "A SharePoint list on the Data Hub site", disabled: false }).waitFor();
        },
        ["default"],
      ],
    ];
    for (const [route, ready, themes] of screens) {
      // Same page, new route: only the address's fragment changes, so the theme chosen stays.
      await openAssets(page, "data-lead", route);
      await ready();
      for (const theme of themes) {
        await chooseTheme(page, theme);
        expect({ route, theme, violations: await axeViolations(page) }).toEqual({ route, theme, violations: [] });
      }
      await chooseTheme(page, "default");
    }
    expect(pageErrors(page)).toEqual([]);
  }, 240_000);
});
