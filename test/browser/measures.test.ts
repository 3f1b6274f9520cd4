import type { Browser, BrowserContext, Page } from "playwright-core";
import { financialQuarterOf, londonDay, shiftQuarter } from "../../src/core/domain/financial-quarters";
import { PRINCIPLES } from "../../src/core/domain/principles";
import type { ThemeName } from "../../src/core/ui/theme";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, sidewaysOverflow, THEMES, chooseTheme } from "../support/browser";
import { pdfPageTexts } from "../support/pdf-text";

/**
 * The strategy measures in Chromium, on local mode's sample content: a principle's page by keyboard,
 * the review printed to PDF, Home's headline figures. One hub, one browser, few page loads.
 */
let hub: Tenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ hub, browser } = await openSuite());
  context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  page = await newPage(context, hub);
});
afterAll(() => closeSuite(hub, browser));

const current = financialQuarterOf(londonDay(new Date()));
const justEnded = shiftQuarter(current, -1);
const isFocused = (locator: ReturnType<Page["locator"]>) => locator.evaluate((el) => el === document.activeElement);

async function switchTheme(theme: ThemeName) {
  await chooseTheme(page, theme);
}

/** Wider than the viewport anywhere outside a table's own scrolling region. */
const overflowsSideways = async () => (await sidewaysOverflow(page)) > 0;

describe("the strategy measures", () => {
  it("a principle's page keeps the quarter just ended, sets a target by keyboard, fits 320 px and is axe clean in three themes", async () => {
    await openHub(page, hub, "data-lead", "measures/data-standards");
    await page.getByRole("heading", { name: "Data standards: measures of success", level: 1 }).waitFor();

    // The first visit of a new quarter keeps the quarter just ended, once.
    await page.locator("main").getByText(`for ${justEnded.label} (final)`, { exact: false }).waitFor();

    // Each measure quoted from the strategy, with how it is measured here.
    const engagement = page.getByRole("region", { name: "Staff Training and Engagement" });
    await expect(engagement.getByText("How it is measured here").first().isVisible()).resolves.toBe(true);
    await expect(engagement.locator("blockquote").innerText()).resolves.toMatch(/training/i);
    // A trend's chart has its table behind it.
    await expect(engagement.getByRole("button", { name: /Show as table/ }).first().isVisible()).resolves.toBe(true);

    // Set a target by keyboard: a wrong value is named in the summary, the typed text kept, and the save announced.
    const setTarget = page.getByRole("button", { name: "Set the target: Completion of training on data standards, ethics and protection" });
    await setTarget.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const target = dialog.getByRole("textbox", { name: /^Target/ });
    await target.focus();
    await page.keyboard.type("lots");
    await page.keyboard.press("Enter");
    await dialog.getByText("Enter the target as a number, for example 80, or leave it empty for no target.").first().waitFor();
    await expect(target.inputValue()).resolves.toBe("lots");
    await target.fill("");
    await target.focus();
    await page.keyboard.type("0.5");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("announcer").filter({ hasText: "Target saved for Completion of training on data standards, ethics and protection: 0.5." }).waitFor({ state: "attached" });
    await expect(isFocused(setTarget)).resolves.toBe(true);

    for (const theme of THEMES) {
      if (theme !== "default") await switchTheme(theme);
      expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
    }

    await page.setViewportSize({ width: 320, height: 800 });
    await expect(overflowsSideways()).resolves.toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await switchTheme("default");
    expect(pageErrors(page)).toEqual([]);
  }, 180_000);

  it("the strategy review prints to a PDF whose text reads and whose tables are whole", async () => {
    await page.goto(`${hub.origin}/?persona=data-lead#/measures/review?period=${encodeURIComponent(justEnded.label)}`);
    const report = page.locator("article#strategy-review");
    await page.getByRole("heading", { name: `Strategy review: ${justEnded.label}`, level: 1 }).waitFor();
    await report.and(page.locator("[aria-busy=false]")).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.emulateMedia({ media: "print" });
    // On paper: the report alone (no navigation, no buttons), every principle's table whole.
    await expect(page.getByRole("navigation", { name: "Data Hub" }).isVisible()).resolves.toBe(false);
    await expect(report.getByRole("button", { name: "Print or save as PDF" }).isVisible()).resolves.toBe(false);
    const tables = report.getByRole("table");
    await expect(tables.count()).resolves.toBe(PRINCIPLES.length + 1);
    const clipped = await tables.evaluateAll((all) => all.filter((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0) + 1).length);
    expect(clipped).toBe(0);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    await page.emulateMedia({ media: "screen" });
    const pages = await pdfPageTexts(pdf);
    const text = pages.join(" ");
    // A page per principle at least, and the words as written: headings, the strategy's words, values.
    expect(pages.length).toBeGreaterThanOrEqual(PRINCIPLES.length);
    expect(text).toContain(`Strategy review: ${justEnded.label}`);
    for (const p of PRINCIPLES) expect(text).toContain(p.title);
    expect(text).toContain("Measure, in the strategy's words");
    expect(text).toContain("Employee and Councillor Engagement");
    expect(text).toContain("Training completion, staff and councillors");
    expect(text).toMatch(/Recorded by hand/);
    // Each principle's table starts on a page with its header row.
    expect(pages.filter((p) => p.includes("Direction of travel")).length).toBeGreaterThanOrEqual(PRINCIPLES.length);
  }, 120_000);

  it("Home leads with a headline figure per principle, with its trend", async () => {
    await openHub(page, hub, "staff", "");
    const lead = page.getByRole("region", { name: "How the strategy is going" });
    await lead.getByRole("list").waitFor();
    const cards = lead.getByRole("listitem");
    await expect(cards.count()).resolves.toBe(PRINCIPLES.length);
    // The data lead's headline for data literacy, with its target and its latest value.
    const literacy = lead.getByRole("group", { name: "Data literacy" });
    await expect(literacy.innerText()).resolves.toMatch(/Employee and Councillor Engagement[\s\S]*Target 75%/);
    // Home is the first region of the page: the strategy's figures lead.
    const firstSection = await page.locator("main section").first().getAttribute("aria-labelledby");
    expect(firstSection).toBe("headline-measures-heading");
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
