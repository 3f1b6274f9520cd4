import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, choosePerson, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES, chooseTheme } from "../support/browser";

let hub: Tenant;
let browser: Browser;
let folder: string;
beforeAll(async () => {
  ({ hub, browser } = await openSuite());
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "quality-browser-"));
});
afterAll(async () => {
  await closeSuite(hub, browser);
  fs.rmSync(folder, { recursive: true, force: true });
});

async function pageAs(persona: string, route: string, options: { width?: number; theme?: (typeof THEMES)[number]; downloads?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: options.width ?? 1200, height: 900 }, acceptDownloads: options.downloads ?? false });
  const page = await newPage(context, hub);
  await openHub(page, hub, persona, route, options.theme);
  return page;
}

/** Presses Tab until the focused element's accessible text is `name`; fails if it never is. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "";
      const byIds = (el.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
      const labelled = `${byIds} ${el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : ""}`;
      const own = el.matches("button, a, [role=button], [role=tab]") ? el.textContent : "";
      return `${el.getAttribute("aria-label") ?? ""} ${labelled ?? ""} ${el.closest("label")?.textContent ?? ""} ${own ?? ""}`;
    });
    if (name.test(label)) return;
  }
  throw new Error(`Never reached ${name} with Tab`);
}

/** Moves to another route in the same page (the hub's routes live in the address's #): no reload. */
async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("the data quality log in a browser", () => {
  it("reports a problem from Home with the keyboard alone, and finds it under Mine", async () => {
    const page = await pageAs("staff", "");
    await tabTo(page, /Report a data quality problem/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Report a data quality problem" }).waitFor();
    await tabTo(page, /Dataset or system/);
    await page.keyboard.type("Council tax accounts");
    expect(await page.getByLabel("Dataset or system").inputValue()).toBe("Council tax accounts");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^Validity/ }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^High/ }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.type("About 40 new accounts have a postcode in lower case.");
    await tabTo(page, /Send report/);
    await page.keyboard.press("Enter");
    const thanks = page.getByRole("status").getByText(/^Thank you: your report is DQ-\d+$/);
    await thanks.waitFor();
    const reference = (await thanks.textContent())!.replace(/^.* /, "");

    await page.getByRole("link", { name: "See my reports" }).click();
    await page.getByRole("link", { name: "About 40 new accounts have a postcode in lower case." }).waitFor();
    await page.getByRole("link", { name: "About 40 new accounts have a postcode in lower case." }).click();
    const drawer = page.getByRole("dialog");
    await drawer.getByText(reference, { exact: true }).waitFor();
    await drawer.getByRole("button", { name: "Change my report" }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("refuses personal identifiers in the description with a message naming them, keeping the text", async () => {
    const page = await pageAs("staff", "quality/report");
    const text = "Resident jo.bloggs@example.gov.uk (01632 960001) appears twice.";
    await page.getByLabel("Dataset or system").fill("Housing register");
    await page.getByRole("radio", { name: /^Uniqueness/ }).check();
    await page.getByRole("radio", { name: /^Medium/ }).check();
    await page.getByRole("textbox", { name: "What is wrong" }).fill(text);
    await page.getByRole("button", { name: "Send report" }).click();
    const summary = page.locator("div[tabindex='-1']").filter({ has: page.getByText("Please check the form", { exact: true }) });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("What is wrong contains what look like personal details (e-mail address, phone number) (jo…@…gov.uk, 01…01)");
    expect(await page.evaluate(() => document.activeElement?.textContent?.startsWith("Please check the form"))).toBe(true);
    expect(await page.getByRole("textbox", { name: "What is wrong" }).inputValue()).toBe(text);
    await summary.getByRole("button", { name: /What is wrong contains/ }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await page.getByRole("textbox", { name: "What is wrong" }).fill("Resident on account HR-000123 appears twice.");
    await page.getByRole("button", { name: "Send report" }).click();
    await page.getByText(/^Thank you: your report is DQ-\d+$/).waitFor();
  });

  it("lets a triager assign, target and triage a report, announcing the save; staff see no triage form", async () => {
    // The report is added as staff through the tenant (reporting by keyboard is the first test).
    const [reference] = hub.seed("DataQualityReports", [{ Title: "New estate has no collection day.", Dataset: "Waste collection rounds", Dimension: "Completeness", Severity: "Critical", Description: "New estate has no collection day.", FoundBy: "User report" }], { as: "staff" });

    const staff = await pageAs("manager", `quality/issue/${reference}`);
    await staff.getByRole("dialog").getByText("Not triaged yet").first().waitFor();
    expect(await staff.getByRole("button", { name: "Triage into the log" }).count()).toBe(0);

    const triager = await pageAs("asset-owner", `quality/issue/${reference}`);
    const drawer = triager.getByRole("dialog");
    await drawer.getByRole("button", { name: "Triage into the log" }).click();
    await drawer.getByText("Please check the form", { exact: true }).waitFor();
    await choosePerson(drawer.getByRole("combobox", { name: "Owner" }), "Alex", /Alex Okafor/);
    await drawer.getByRole("button", { name: "Triage into the log" }).click();
    await drawer.getByRole("status").getByText(`Saved DQ-${reference}: triaged.`).waitFor();
    await drawer.getByText("Triaged into the log.").waitFor();
    expect(await drawer.getByRole("button", { name: "Save changes" }).count()).toBe(1);
  });

  it("fits a 320 px screen with no sideways scrolling on the log, the report form and the validation screen", async () => {
    // Opened wide, then narrowed: at 320 px the hub's navigation folds into a menu, which openHub does not wait for.
    const page = await pageAs("asset-owner", "quality");
    await page.setViewportSize({ width: 320, height: 900 });
    for (const [route, ready] of [
      ["quality", page.getByRole("region", { name: /^Issues, \d+ shown$/ })],
      ["quality/report", page.getByRole("button", { name: "Send report" })],
      ["quality/validate", page.getByRole("heading", { name: "1. The dataset" })],
    ] as const) {
      await go(page, route);
      await ready.waitFor();
      expect({ route, overflow: await overflow(page) }).toEqual({ route, overflow: 0 });
    }
  });
});

describe("validating a dataset in a browser", () => {
  it("drops a file, shows the scorecard and failing rows, downloads the fix list and raises an issue", async () => {
    const file = writeCsv("casework.csv", [
      "case_ref,postcode,received,closed,status,amount",
      "CW000001,PO9 1AB,01/11/2026,03/11/2026,Closed,12.50",
      "CW000002,po9 1ab,02/11/2026,,Open,5",
      "CW000003,,03/11/2026,01/11/2026,Closed,-3",
      "CW000003,PO9 2XY,31/02/2026,,Open,=1+1",
      "CW000005,PO10 7HH,05/11/2026,,Pending,7",
    ]);
    const page = await pageAs("asset-owner", "quality/validate", { downloads: true });
    await page.getByRole("combobox", { name: "Or a dataset with rules" }).click();
    await page.getByRole("option", { name: "Sample: casework export" }).click();
    await page.getByText("Rules for Sample: casework export: version 1.0.").waitFor();
    await page.locator("#validate-file").setInputFiles(file);
    await page.getByRole("list", { name: "Suggested rules" }).waitFor();
    await page.getByRole("button", { name: "Check every row" }).click();
    await page.getByRole("table", { name: "Scorecard by dimension" }).waitFor();
    expect(await page.getByText("Failed", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText(/2 of 5 rows passed every rule/).count()).toBe(1);
    const failing = page.getByRole("table", { name: "Failing rows" });
    expect(await failing.getByRole("row", { name: /CW000003 case_ref CW000003 The same record key as row 4/ }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the fix list (CSV)" }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(download.suggestedFilename()).toMatch(/^fix-list-sample-casework-export-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('"5","CW000003","amount","\'=1+1"');

    await page.getByRole("button", { name: "Raise a data quality issue" }).click();
    const raised = page.getByRole("link", { name: /^DQ-\d+$/ });
    await raised.waitFor();
    await raised.click();
    const drawer = page.getByRole("dialog");
    await drawer.getByRole("heading", { name: /^Validation of casework\.csv on / }).waitFor();
    expect(await drawer.locator("p").filter({ hasText: /^Validation of casework\.csv on .*: 3 rows of 5 failed at least one rule/ }).count()).toBe(1);
    expect(await drawer.getByText("Validation run", { exact: true }).count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");

    // The raised issue kept the run; the next run is compared with it, record by record.
    const fixed = writeCsv("casework-fixed.csv", [
      "case_ref,postcode,received,closed,status,amount",
      "CW000001,PO9 1AB,01/11/2026,03/11/2026,Closed,12.50",
      "CW000002,PO9 1AB,02/11/2026,,Open,5",
      "CW000003,PO9 2XY,03/11/2026,04/11/2026,Closed,3",
      "CW000004,PO9 2XY,30/10/2026,,Open,4",
      "CW000005,PO10 7HH,05/11/2026,,Pending,7",
    ]);
    await page.locator("#validate-file").setInputFiles(fixed);
    await page.getByRole("list", { name: "Suggested rules" }).waitFor();
    await page.getByRole("button", { name: "Check every row" }).click();
    await page.getByText(/^Against the previous run \(/).waitFor();
    expect(await page.getByText(/^Against the previous run/).textContent()).toMatch(/0 new failures, [1-9]\d* failures fixed/);
    expect(await page.getByRole("table", { name: "Runs of this dataset, oldest first" }).getByRole("row").count()).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  });

  it("reads a SharePoint list into the browser and profiles it like a file", async () => {
    const page = await pageAs("data-lead", "quality/validate");
    await page.getByRole("combobox", { name: "Or a SharePoint list on the Data Hub site" }).click();
    await page.getByRole("option", { name: /^DataQualityAudits \(/ }).click();
    await page.getByRole("button", { name: "Read the list" }).click();
    await page.getByText("Checking DataQualityAudits (a SharePoint list, read into this browser).").waitFor();
    const columns = page.getByRole("table", { name: "Columns of the data" });
    await columns.waitFor();
    expect(await columns.getByRole("row", { name: /^Records checked Whole number/ }).count()).toBe(1);
  });

  it("answers clicks while a large run is under way, and cancels it", async () => {
    const lines = ["ref,postcode,amount,received"];
    for (let i = 0; i < 1_000_000; i++) lines.push(`R${i},PO9 ${i % 10}AB,${i % 977},${String((i % 28) + 1).padStart(2, "0")}/11/2026`);
    const file = writeCsv("large.csv", lines);
    const page = await pageAs("staff", "quality/validate");
    await page.locator("#validate-file").setInputFiles(file);
    await page.getByRole("list", { name: "Suggested rules" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Accept all (", exact: false }).click();
    await page.getByRole("button", { name: "Check every row" }).click();
    await page.getByText(/rows checked, .* rows a second/).waitFor();
    const header = page.getByRole("button", { name: /^ref: / });
    await header.click();
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    // The click was answered while the worker was still checking rows.
    expect(await page.getByRole("button", { name: "Cancel" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("The run was cancelled. Nothing was saved.").waitFor();
  });
});

describe("data quality accessibility", () => {
  // One page for the three themes: the theme is switched from the header, screens are reached by
  // in-page navigation, so the suite loads the hub once here rather than once per screen and theme.
  let page: Page;
  beforeAll(async () => {
    page = await pageAs("data-lead", "quality");
  });

  describe.each(THEMES)("in the %s theme", (theme) => {
    beforeAll(async () => {
      await go(page, "quality");
      await page.getByRole("region", { name: /^Issues, \d+ shown$/ }).waitFor();
      await chooseTheme(page, theme);
    });

    it("has no axe violations on the log and on a report with problems", async () => {
      await go(page, "quality");
      await page.getByRole("region", { name: /^Issues, \d+ shown$/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await go(page, "quality/report");
      await page.getByRole("textbox", { name: "What is wrong" }).fill("Call 07700 900123");
      await page.getByRole("button", { name: "Send report" }).click();
      await page.getByText("Please check the form", { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    it("has no axe violations on an issue's triage form and history", async () => {
      await go(page, "quality/issue/9");
      await page.getByRole("dialog").getByRole("button", { name: "Triage into the log" }).waitFor();
      await page.getByRole("dialog").getByRole("list", { name: "History, newest first" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "detached" });
    });

    it("has no axe violations on validation results", async () => {
      await go(page, "quality/validate");
      await page.locator("#validate-file").setInputFiles(writeCsv(`axe-${theme}.csv`, ["ref,ward", "A1,North", "A2,Nort", ",South"]));
      await page.getByRole("list", { name: "Suggested rules" }).or(page.getByText("No rules to suggest")).first().waitFor();
      await page.getByRole("button", { name: "Check every row" }).click();
      await page.getByRole("table", { name: "Scorecard by dimension" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    // Tables and the chart kit's charts, which test/browser/charts.test.ts checks in all three themes: here in the default theme.
    if (theme === "default")
      it("has no axe violations on audits, figures and targets", async () => {
      for (const [route, ready] of [
        ["quality/audits", "Error rates over audits"],
        ["quality/figures", "Days to resolve"],
        ["quality/settings", "Targets by severity"],
      ] as const) {
        await go(page, route);
        await page.getByRole("heading", { name: ready }).waitFor();
        expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
      }
    });
  });
});
