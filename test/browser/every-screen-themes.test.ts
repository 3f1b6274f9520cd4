import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import type { ThemeName } from "../../src/core/ui/theme";
import { axeViolations, closeSuite, newContext, newPage, openSuite, pageErrors } from "../support/browser";
import { COLOUR_RULES, goTo, openInTheme, screens } from "../support/screens";

/**
 * Every module's page in the dark and high-contrast Teams themes, at 1280 and 360 px: axe's colour
 * checks only. The page's structure, names and roles are the same in every theme, and
 * every-screen.test.ts has run the full set on them in the default theme.
 */
let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()), 60_000);
afterAll(() => closeSuite(hub, browser));

describe("every screen of every module, in the other Teams themes", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(await newContext(browser, { viewport: { width: 1280, height: 800 } }), hub);
  }, 60_000);

  it.each<ThemeName>(["dark", "contrast"])("passes axe's colour checks on every module's page in the %s theme, at 1280 and 360 px", async (theme) => {
    await openInTheme(page, hub, theme);
    const found: Record<string, unknown> = {};
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      for (const screen of screens) {
        await goTo(page, screen.id);
        const violations = await axeViolations(page, COLOUR_RULES);
        if (violations.length > 0) found[`${screen.title} at ${width} px`] = violations;
      }
    }
    expect(found).toEqual({});
  }, 300_000);

  afterAll(() => expect(pageErrors(page)).toEqual([]));
});
