import type { Browser, Locator, Page } from "playwright-core";
import { answersList } from "../../src/modules/maturity/lists";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES, chooseTheme } from "../support/browser";
import { clientsFor } from "../support/tenant";
import type { ThemeName } from "../../src/core/ui/theme";

// The jest setup leaves the maturity samples out of other suites' tenants; this suite reads them.
process.env.DATAHUB_MATURITY_SAMPLES = "on";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()), 180_000);
afterAll(() => closeSuite(hub, browser));

/** The local samples' open round: the personas' own services, no answers yet. */
const OPEN_ROUND = "sample-round-open";
const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Presses Tab until the focused element matches, as someone without a mouse would. */
async function tabTo(page: Page, matches: (el: { tag: string; type: string | null; text: string }) => boolean, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? "", type: a?.getAttribute("type") ?? null, text: (a?.textContent ?? "").trim() };
    });
    if (matches(el)) return;
  }
  throw new Error("Tabbing never reached the element.");
}

/** Switches the hub's theme from its header, as a person would, without reloading the page. */
async function switchTheme(page: Page, theme: ThemeName): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) === theme) return;
  await chooseTheme(page, theme);
}

/** axe in each Teams theme on the page as it stands, switching theme in place. */
async function violationsInEveryTheme(page: Page, where: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    expect({ where, theme, violations: await axeViolations(page) }).toEqual({ where, theme, violations: [] });
  }
  await switchTheme(page, "default");
}

async function answersOf(teamKey: string): Promise<{ RowNumber: number; Level: number; Evidence: string | null }[]> {
  const { sp } = clientsFor(hub, "data-lead");
  return sp.web.lists.getByTitle(answersList.title).items.select("RowNumber", "Level", "Evidence").filter(`TeamKey eq '${teamKey}' and RoundKey eq '${OPEN_ROUND}'`).top(500)();
}

describe("data maturity in a browser", () => {
  it("lets a keyboard-only assessor answer five rows, each saved as it is given, announced and focused on the next row", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "manager", "maturity/assess");
    await page.getByRole("link", { name: /Answer for Customer Services/ }).waitFor();
    await tabTo(page, (el) => el.tag === "A" && el.text.startsWith("Answer for Customer Services"));
    await page.keyboard.press("Enter");
    await page.getByRole("radiogroup", { name: "Level" }).waitFor();

    const levels = [3, 2, 4, 1, 0];
    for (const [i, level] of levels.entries()) {
      const heading = await page.locator("#maturity-row-heading").textContent();
      // Into the level choices: the first radio, then down to the level (the sixth is "Not assessed").
      await tabTo(page, (el) => el.tag === "INPUT" && el.type === "radio");
      const downs = level === 0 ? 5 : level - 1;
      for (let d = 0; d < downs; d++) await page.keyboard.press("ArrowDown");
      if (downs === 0) await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await page.keyboard.type(`Workshop evidence ${i + 1}`);
      await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Save and go to the next row");
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: `Saved row ${i + 1}` }).waitFor();
      // Focus moves to the next row's outcome, so the workshop carries on from the keyboard.
      await page.waitForFunction((previous) => document.activeElement?.id === "maturity-row-heading" && document.activeElement.textContent !== previous, heading);
    }
    await page.getByText("5 of 97 rows answered (5%).").waitFor();
    const saved = (await answersOf("customer-services")).sort((a, b) => a.RowNumber - b.RowNumber);
    expect(saved.map((a) => [a.RowNumber, a.Level, a.Evidence])).toEqual(levels.map((level, i) => [i + 1, level, `Workshop evidence ${i + 1}`]));
    expect(pageErrors(page)).toEqual([]);

    // Leaving and coming back opens the next unanswered row.
    await openHub(page, hub, "manager", `maturity/assess/${OPEN_ROUND}/customer-services`);
    await page.getByText("Row 6 (6 of 97)", { exact: false }).waitFor();
    await context.close();
  });

  it("shows a conflict with the other assessor's answer when both answer the same row, and keeps it on request", async () => {
    const [a, b] = await Promise.all([newContext(browser), newContext(browser)]);
    const [manager, lead] = await Promise.all([newPage(a, hub), newPage(b, hub)]);
    const route = `maturity/assess/${OPEN_ROUND}/customer-services?row=40`;
    await Promise.all([openHub(manager, hub, "manager", route), openHub(lead, hub, "data-lead", route)]);
    for (const page of [manager, lead]) await page.getByRole("radiogroup", { name: "Level" }).waitFor();

    await manager.getByRole("radio", { name: /^4 Developing/ }).check();
    await manager.getByLabel("Evidence").fill("Agreed in the workshop");
    await manager.getByRole("button", { name: "Save and go to the next row" }).click();
    await manager.getByRole("status").filter({ hasText: "Saved row 40" }).waitFor();

    await lead.getByRole("radio", { name: /^2 Emerging/ }).check();
    await lead.getByRole("button", { name: "Save and go to the next row" }).click();
    const notice = lead.getByRole("alert").filter({ hasText: "Someone else answered this row first" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Morgan Ellis saved 4 Developing");
    expect(await notice.textContent()).toContain("“Agreed in the workshop”");
    expect(await lead.getByRole("radio", { name: /^2 Emerging/ }).isChecked()).toBe(true);
    await lead.getByRole("button", { name: "Keep their answer" }).click();
    expect(await lead.getByRole("radio", { name: /^4 Developing/ }).isChecked()).toBe(true);
    expect((await answersOf("customer-services")).find((x) => x.RowNumber === 40)).toMatchObject({ Level: 4, Evidence: "Agreed in the workshop" });
    await Promise.all([a.close(), b.close()]);
  });

  it("shows the results page with no axe violations in the three themes, no team named to staff, and every chart's table holding the chart's numbers", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff", "maturity");
    const figure = page.getByRole("figure", { name: "Scores by topic across teams" });
    await figure.waitFor();
    await page.getByText("Sample data", { exact: true }).waitFor();
    await violationsInEveryTheme(page, "results");
    // Staff never see a team's name: every outlier is "A team".
    expect(await page.getByText(/Sample team \d\d/).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    const boxes = await figure.locator("[data-box]").evaluateAll((nodes) =>
      nodes.map((n) => ({ label: n.getAttribute("data-box")!, q1: Number(n.getAttribute("data-q1")), median: Number(n.getAttribute("data-median")), q3: Number(n.getAttribute("data-q3")), low: Number(n.getAttribute("data-lower-whisker")), high: Number(n.getAttribute("data-upper-whisker")) })),
    );
    expect(boxes).toHaveLength(10);
    await figure.getByRole("button", { name: "Show as table" }).click();
    const rows = await figure.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
    expect(rows.map((r) => r[0])).toEqual(boxes.map((b) => b.label));
    for (const [i, box] of boxes.entries()) {
      // Topic, teams, lower whisker, lower quartile, median, upper quartile, upper whisker, outliers.
      expect(rows[i]!.slice(2, 7)).toEqual([box.low, box.q1, box.median, box.q3, box.high].map((v) => oneDecimal.format(v)));
    }

    const heat = page.getByRole("figure", { name: "Median score by topic and theme" });
    await heat.getByRole("button", { name: "Show as table" }).click();
    const tableValues = await heat.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((c) => (c.textContent ?? "").trim())));
    expect(tableValues).toHaveLength(10);
    expect(tableValues.every((r) => r.length === 6)).toBe(true);
    const drawn = await heat.locator("[data-value]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-value")));
    const numbers = tableValues.flat().filter((v) => v !== "No value");
    expect(drawn.filter((v) => v !== null && v !== "").map((v) => oneDecimal.format(Number(v)))).toEqual(numbers);
    await context.close();
  });

  it("fits 320 CSS pixels with no sideways scrolling of the page", async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 800 } });
    const page = await newPage(context, hub);
    for (const route of ["maturity", "maturity/change", `maturity/assess/${OPEN_ROUND}/customer-services?row=2`]) {
      // At 320 px the hub's navigation is folded into its menu, so the page's heading says it is ready.
      await page.goto(`${hub.origin}/?persona=manager#/${route}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it("has no axe violations on the assessor's row in three themes, nor on the data lead's screens", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "manager", `maturity/assess/${OPEN_ROUND}/customer-services?row=3`);
    await page.getByRole("radiogroup", { name: "Level" }).waitFor();
    await violationsInEveryTheme(page, "a row to answer");

    // The data lead's screens, one page moving by address as the section links do.
    const screens: { route: string; ready: (p: Page) => Locator }[] = [
      { route: "maturity/rounds", ready: (p) => p.getByRole("heading", { name: "Open a round" }) },
      { route: `maturity/rounds/${OPEN_ROUND}`, ready: (p) => p.getByRole("table", { name: "Who has finished" }) },
      { route: "maturity/framework", ready: (p) => p.getByRole("table", { name: "The framework's rows" }) },
      { route: "maturity/principles", ready: (p) => p.getByText("Tools theme", { exact: true }).first() },
      { route: "maturity/actions", ready: (p) => p.getByRole("heading", { name: "Link an action" }) },
    ];
    for (const screen of screens) {
      await openHub(page, hub, "data-lead", screen.route);
      await screen.ready(page).waitFor();
      expect({ route: screen.route, violations: await axeViolations(page) }).toEqual({ route: screen.route, violations: [] });
    }

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it("shows the change between rounds with no axe violations in three themes, and each team's name only to the data lead", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    // axe runs on what staff see; the data lead's page adds one dumbbell chart per topic (64 teams each), drawn by the same kit.
    await openHub(page, hub, "staff", "maturity/change");
    await page.getByRole("heading", { name: "Median score by topic, before and after" }).waitFor();
    expect(await page.getByText(/Sample team \d\d/).count()).toBe(0);
    await violationsInEveryTheme(page, "change between rounds");
    await openHub(page, hub, "data-lead", "maturity/change");
    await page.getByRole("heading", { name: /each team's score, before and after/ }).first().waitFor();
    expect(await page.getByText(/Sample team \d\d/).count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
