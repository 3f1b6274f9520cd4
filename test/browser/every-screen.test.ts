import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, sidewaysOverflow } from "../support/browser";
import { eachView, goTo, screens, settled } from "../support/screens";

/**
 * The bar every screen of every module is held to, today's and those still to come: the list of
 * screens is MODULES (each module's page and the view tabs on it), so a new module is checked the
 * moment it is registered. As the data lead, who sees the most:
 * - navigating moves focus to the page's one h1;
 * - axe (WCAG 2.2 AA) finds nothing on each module's page at 1280 px and at 360 px (Teams mobile);
 * - no view (the page and each of its view tabs) scrolls sideways at 360 or 320 px (data tables
 *   scroll inside themselves);
 * - in the dark and high-contrast themes, at 1280 and 360 px, axe's colour checks find nothing. Only the colour rules
 *   run there: the page's structure, names and roles are the same in every theme, and the full
 *   set has already run on it.
 * Each module's own browser suite runs axe on its other views, dialogs and forms: axe on every
 * view of every module here would take minutes of CI time for little that those do not catch.
 * One page load per theme: modules are reached through the navigation and the hash, views through
 * their tabs, widths by resizing the window. The dark and high-contrast themes are in
 * every-screen-themes.test.ts, a file of their own so the two halves run side by side.
 */
let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()), 60_000);
afterAll(() => closeSuite(hub, browser));

describe("every screen of every module", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(await newContext(browser, { viewport: { width: 1280, height: 800 } }), hub);
    await openHub(page, hub, "data-lead");
    await settled(page);
  }, 60_000);

  it("moves focus to the one main heading of each page reached through the navigation", async () => {
    const wrong: string[] = [];
    // Home first would be no navigation at all: start from the last module and come round.
    for (const screen of [...screens.slice(1), screens[0]!]) {
      // A link's accessible name is its title, then what it counts when it counts something ("My work 3 things need you").
      const name = new RegExp(`^${screen.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\d+ things? needs? you)?$`);
      await page.getByRole("navigation", { name: "Data Hub" }).getByRole("link", { name }).click();
      await page.waitForFunction(() => document.activeElement?.tagName === "H1", undefined, { timeout: 10_000 }).catch(() => undefined);
      const { focused, headings } = await page.evaluate(() => ({ focused: document.activeElement?.tagName ?? "", headings: document.querySelectorAll("main h1").length }));
      if (focused !== "H1" || headings !== 1) wrong.push(`${screen.title}: focus on ${focused || "nothing"}, ${headings} h1`);
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  it("passes axe at 1280 px on every module's page, style sheets included", async () => {
    const found: Record<string, unknown> = {};
    for (const screen of screens) {
      await goTo(page, screen.id);
      const violations = await axeViolations(page, undefined, { withStyleSheets: true });
      if (violations.length > 0) found[screen.title] = violations;
    }
    expect(found).toEqual({});
  }, 300_000);

  it("fits 360 and 320 px without scrolling sideways, and passes axe at 360 px", async () => {
    const found: Record<string, unknown> = {};
    for (const screen of screens) {
      await page.setViewportSize({ width: 360, height: 740 });
      await goTo(page, screen.id);
      // The page as it opens gets the full check at 360; its other views share its layout and
      // components, so they are checked for reflow, which is what changes with the width.
      const violations = await axeViolations(page);
      if (violations.length > 0) found[`${screen.title} at 360 px`] = violations;
      await eachView(page, async (view) => {
        const at360 = await sidewaysOverflow(page);
        await page.setViewportSize({ width: 320, height: 740 });
        const at320 = await sidewaysOverflow(page);
        await page.setViewportSize({ width: 360, height: 740 });
        if (at360 > 0 || at320 > 0) found[`${screen.title}${view ? ` › ${view}` : ""}`] = { at360, at320 };
      });
    }
    expect(found).toEqual({});
  }, 300_000);

  afterAll(() => expect(pageErrors(page)).toEqual([]));
});
