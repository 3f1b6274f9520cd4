import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, chooseTheme, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES, waitOrSayWhy } from "../support/browser";

/*
 * One persona, one page: the asset owner (Alex Okafor), who has data quality issues to update,
 * asset reviews, and policies to read and review in the local samples. Home's summary, the navigation's count, My work's groups,
 * an item's link, and axe in every theme.
 */
let hub: Tenant;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ hub, browser } = await openSuite());
  page = await newPage(await newContext(browser), hub);
  await openHub(page, hub, "asset-owner", "");
});
afterAll(() => closeSuite(hub, browser));

const go = (route: string) => page.evaluate((r) => void (location.hash = `#/${r}`), route);

describe("My work in a browser", () => {
  it("sums up on Home what needs the person, counts it in the navigation, lists it on My work, and each item opens", async () => {
    const summary = page.getByTestId("work-summary");
    await waitOrSayWhy(summary);
    await expect(summary.textContent()).resolves.toMatch(/^\d+ things need you\. To update: \d+( \(\d+ overdue\))?; To review: \d+ \(\d+ overdue\); To read: \d+\.$/);
    const total = Number((await summary.textContent())!.split(" ")[0]);

    // The navigation's link keeps its visible label first in its accessible name (WCAG 2.5.3).
    const navLink = page.getByRole("navigation", { name: "Data Hub" }).getByRole("link", { name: new RegExp(`^My work ${total} things need you$`) });
    await navLink.waitFor({ state: "attached" });

    await go("my-work");
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^To update \(\d+\)$/ }).waitFor();
    // The data quality issues the asset owner owns since triage, each linking to the issue.
    await page.getByRole("region", { name: /^To update/ }).locator('a[href*="#/quality/issue/"]').first().waitFor();
    await page.getByRole("heading", { level: 2, name: /^To review \(\d+\)$/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^To read \(\d+\)$/ }).waitFor();
    await expect(page.getByText(/^Overdue: was due \d\d\/\d\d\/\d{4}$/).count()).resolves.toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: "An action is assigned to me" }).waitFor();
    await page.getByRole("heading", { name: "Local mode: Teams would show" }).waitFor();

    for (const theme of THEMES) {
      await chooseTheme(page, theme);
      for (const route of ["", "my-work"]) {
        await go(route);
        await page.getByTestId("work-summary").waitFor();
        expect({ theme, route, violations: await axeViolations(page) }).toEqual({ theme, route, violations: [] });
      }
    }
    await chooseTheme(page, "default");

    // An item's link lands on the item.
    await go("my-work");
    const review = page.getByRole("region", { name: /^To review/ }).getByRole("link").first();
    const name = (await review.textContent())!;
    await review.click();
    await expect(page.waitForFunction(() => location.hash.startsWith("#/assets/"))).resolves.toBeTruthy();
    await page.getByRole("heading", { level: 1, name }).waitFor();

    // Opening Home sent the person's deadline reminders; local mode shows what Teams would, and a
    // notification's link (its deep link's subPageId) lands on the item too.
    await go("my-work");
    const feed = page.getByRole("region", { name: "Local mode: Teams would show" });
    const notification = feed.getByRole("link").filter({ hasText: / (is|was) due \d\d\/\d\d\/\d{4}$/ }).first();
    await waitOrSayWhy(notification);
    const href = (await notification.getAttribute("href"))!;
    expect(href).toMatch(/^#\/(assets|policies|kpis|actions)\//);
    await notification.click();
    await expect(page.waitForFunction((h) => location.hash === h, href)).resolves.toBeTruthy();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
