import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { addMonths, calendarDateOf, formatCalendarDate } from "../../src/modules/kpis/domain/calendar-date";
import type { Kpi } from "../../src/modules/kpis/domain/kpi";
import { kpiColumns, targetColumns } from "../../src/modules/kpis/domain/kpi-records";
import { lastEndedPeriod } from "../../src/modules/kpis/domain/kpi-series";
import { withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { calendarWindow, generateOccurrences } from "../../src/modules/kpis/domain/occurrences";
import { shiftPeriod } from "../../src/modules/kpis/domain/periods";
import { returnColumns, stageItemColumns } from "../../src/modules/kpis/domain/return-records";
import type { ReportingReturn } from "../../src/modules/kpis/domain/returns";
import { kpisList, kpiTargetsList, reportingReturnsList, reportingStagesList } from "../../src/modules/kpis/lists";
import type { Tenant } from "../../tenant/src/server";
import type { ThemeName } from "../../src/core/ui/theme";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, chooseTheme } from "../support/browser";

let hub: Tenant;
let browser: Browser;
// axe takes seconds on a shared two-core machine; a whole flow can take over the default minute.
jest.setTimeout(180_000);

const STAFF_ID = 11;
// The browser runs on the real clock: expectations are worked out from today by the same rules.
const today = calendarDateOf(new Date());

const monthlyKpi: Omit<Kpi, "targets" | "owner"> = {
  key: "test-keyboard",
  name: "Forms completed online",
  termKey: null,
  statutory: false,
  highlightsSuccess: true,
  service: "Customer Services",
  unit: "%",
  polarity: "higher is better",
  frequency: "monthly",
  tolerance: { kind: "absolute", amount: 5 },
  valueDue: { months: 0, days: 0 },
  dashboardId: null,
};

/** Due on the 10th of each month for the month before: one deadline always just passed, one always coming. */
const monthlyReturn: ReportingReturn = {
  key: "test-monthly",
  name: "Test monthly return",
  kind: "return",
  reference: null,
  recipient: "Test department",
  channel: "Portal",
  legalBasis: null,
  statutory: true,
  ownerRole: null,
  owner: null,
  sourceUrls: ["https://www.gov.uk/"],
  confidence: "verified",
  notes: null,
  stages: [{ key: "submission", name: "Submission", rule: { kind: "after-period-end", period: "month", basis: "financial", offset: { months: 0, days: 10 } }, overrides: [], firstPeriod: null, lastPeriod: null, checkTheDate: false, checkReason: null, certifier: null }],
};

// Half a year of history, not years: every row is checked by axe, and a short page is a fast one.
const RETURN_TRACKED_FROM = addMonths(today, -6);
const TARGET_FROM = shiftPeriod(lastEndedPeriod({ frequency: "monthly" }, today), -5).key;

const occurrences = withStates(generateOccurrences([{ ...monthlyReturn, owner: String(STAFF_ID) }], calendarWindow(today)), [], today, { trackedFrom: RETURN_TRACKED_FROM });

beforeAll(async () => {
  ({ hub, browser } = await openSuite());
  hub.seed(kpisList.title, [kpiColumns(monthlyKpi, STAFF_ID, "2020-01-01")]);
  hub.seed(kpiTargetsList.title, [targetColumns(monthlyKpi.key, { from: TARGET_FROM, to: null, value: 80, tolerance: null })]);
  hub.seed(reportingReturnsList.title, [{ ...returnColumns(monthlyReturn, STAFF_ID), TrackedFrom: RETURN_TRACKED_FROM }]);
  hub.seed(reportingStagesList.title, monthlyReturn.stages.map((s, i) => stageItemColumns(monthlyReturn.key, s, i)));
});
afterAll(() => closeSuite(hub, browser));

/** Moves within the loaded hub, as its links do: no page load (CI time is the limit). */
async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

/** The theme picked from the header, as a person outside Teams picks it: the page stays loaded. */
async function switchTheme(page: Page, theme: ThemeName): Promise<void> {
  await chooseTheme(page, theme);
}

/** axe clean where it is, and no sideways scroll at 320 CSS px (tables scroll inside themselves). */
async function checkScreen(page: Page, narrow = true): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  if (!narrow) return;
  await page.setViewportSize({ width: 320, height: 800 });
  // The shell moves its header tools into the menu a render after the resize: wait for the layout to settle.
  const fits = await page.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  expect(fits).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe("KPIs in a browser", () => {
  it("lets the owner enter a value by keyboard alone, names a missing value, and shows a late entry as late", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openHub(page, hub, "staff", "kpis/kpi/test-keyboard");
    await page.getByRole("heading", { name: "Forms completed online", level: 1 }).waitFor();
    const month = lastEndedPeriod({ frequency: "monthly" }, today);

    const valueInput = page.getByLabel("Value (%)");
    await valueInput.focus();
    await page.keyboard.press("Enter"); // submit with no value
    const summary = page.getByText("Please check the form");
    await summary.waitFor();
    // The summary takes focus so a screen reader hears what to fix; its link moves focus to the field.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Enter the value.");
    await page.keyboard.press("Enter");
    expect(await valueInput.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("86");
    await page.keyboard.press("Tab");
    await page.keyboard.type("New online form launched");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Forms platform report");
    await page.keyboard.press("Tab"); // the confidence radios: High is checked
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    const saved = page.getByTestId("value-saved");
    await saved.filter({ hasText: "Saved" }).waitFor();
    expect(await saved.textContent()).toBe(`Saved 86% for ${month.label}. It was entered late: it was due on ${formatCalendarDate(month.end)}.`);
    const row = page.getByRole("row", { name: new RegExp(`^${month.label}`) });
    expect(await row.textContent()).toContain(`Entered late: ${formatCalendarDate(today)}, due ${formatCalendarDate(month.end)}`);
    expect(await row.textContent()).toContain("On target");
    expect(await row.textContent()).toContain("Medium");
    expect(await page.getByText("New online form launched").count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows the register's views and lets a councillor read but not enter values", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openHub(page, hub, "councillor", "kpis?view=successes");
    await page.getByTestId("register-status").filter({ hasText: /^Showing \d/ }).waitFor();
    expect(await page.getByRole("link", { name: "Forms completed online" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Add a KPI" }).count()).toBe(0);
    await page.getByRole("link", { name: "Forms completed online" }).click();
    await page.getByText("Councillors can read KPIs; their owners enter the values.").waitFor();
    expect(await page.getByRole("button", { name: /Save the value/ }).count()).toBe(0);
  });
});

describe("the reporting calendar in a browser", () => {
  const lastOverdue = [...occurrences].reverse().find((o) => o.state === "Overdue")!;
  const next = occurrences.find((o) => o.deadline >= today)!;
  // One page for the owner's flows: each moves within it, as a person would.
  let page: Page;
  beforeAll(async () => {
    page = await newPage(await newContext(browser, { acceptDownloads: true }), hub);
    await openHub(page, hub, "staff", "kpis/calendar?view=mine");
  });

  it("marks a deadline submitted by keyboard; focus comes back to its row's button, now Correct", async () => {
    await page.getByTestId("calendar-status").filter({ hasText: /^Showing \d/ }).waitFor();
    const mark = page.getByRole("button", { name: `Mark submitted: Test monthly return, ${lastOverdue.period.label}` });
    await mark.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const date = dialog.getByLabel("Submitted or published on");
    await date.fill("");
    await date.focus();
    await page.keyboard.type(formatCalendarDate(lastOverdue.deadline));
    await page.keyboard.press("Tab");
    await page.keyboard.type("ftp://not-a-web-address");
    await page.keyboard.press("Enter");
    await dialog.getByText("Enter a web address that starts with https://, or leave the link empty.").first().waitFor();
    await dialog.getByLabel("Link (optional)").fill("https://www.gov.uk/submitted");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("calendar-status").filter({ hasText: "on time" }).waitFor();
    expect(await page.getByTestId("calendar-status").textContent()).toBe(`Test monthly return, ${lastOverdue.period.label}: marked submitted on ${formatCalendarDate(lastOverdue.deadline)}, on time.`);
    const correct = page.getByRole("button", { name: `Correct the submission: Test monthly return, ${lastOverdue.period.label}` });
    await page.waitForFunction(() => document.activeElement?.textContent === "Correct");
    expect(await correct.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("downloads the owner's deadlines as an .ics file that calendars can read", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "My deadlines (.ics)" }).click()]);
    expect(download.suggestedFilename()).toBe("data-hub-my-deadlines.ics");
    const ics = fs.readFileSync((await download.path())!, "utf8");
    // Unfold (RFC 5545 §3.1) and read each event's fields.
    const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("X-WR-CALNAME:My reporting deadlines");
    const events = ics.split("BEGIN:VEVENT").slice(1).map((e) => Object.fromEntries(e.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1)])));
    const mine = occurrences.filter((o) => o.deadline >= today);
    expect(events.filter((e) => e.SUMMARY?.includes("Test monthly return"))).toHaveLength(mine.length);
    const first = events.find((e) => e.SUMMARY === `Due: Test monthly return\\, ${next.period.label}`)!;
    expect(first["DTSTART;VALUE=DATE"]).toBe(next.deadline.replace(/-/g, ""));
    expect(first.UID).toBe(`${encodeURIComponent(next.key)}@datahub.reporting`);
    expect(first.URL).toMatch(/#\/kpis\/return\/test-monthly$/);
    expect(first.TRANSP).toBe("TRANSPARENT");
  });

  it("shows a month as a calendar and as its list alternative, and the next deadline in both", async () => {
    const month = next.deadline.slice(0, 7);
    await go(page, `kpis/calendar?view=month&month=${month}`);
    const grid = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Mon" }) });
    await grid.waitFor();
    const day = Number(next.deadline.slice(8));
    const cell = grid.getByRole("cell").filter({ has: page.getByRole("link", { name: `Test monthly return, ${next.period.label}` }) });
    expect((await cell.textContent())?.startsWith(String(day))).toBe(true);
    const listTab = page.getByRole("tab", { name: "List" });
    await listTab.focus();
    await page.keyboard.press("Enter");
    const agenda = page.getByRole("list", { name: /day by day$/ });
    await agenda.waitFor();
    const heading = agenda.getByRole("heading", { name: new RegExp(` ${day} `) });
    expect(await heading.count()).toBe(1);
    expect(await agenda.getByRole("link", { name: `Test monthly return, ${next.period.label}` }).count()).toBe(1);
  });
});

describe("every screen, axe clean and at 320 px", () => {
  // One page for all of them, moving by the hub's own links; the theme picked in the header.
  let page: Page;
  beforeAll(async () => {
    page = await newPage(await newContext(browser, { viewport: { width: 1280, height: 800 } }), hub);
    await openHub(page, hub, "data-lead", "");
  });

  const screens = {
    async home() {
      await go(page, "");
      const card = page.getByRole("region", { name: "Reporting deadlines in the next 30 days" });
      await card.getByRole("link", { name: "Open the reporting calendar" }).or(card.getByRole("link", { name: /^See all/ })).waitFor();
    },
    async register() {
      await go(page, "kpis");
      await page.getByTestId("register-status").filter({ hasText: /^Showing \d+ KPI/ }).waitFor();
    },
    async kpiWithTable() {
      await go(page, "kpis/kpi/test-keyboard");
      await page.getByRole("heading", { name: "Targets", exact: true }).waitFor();
      await page.getByRole("button", { name: "Show as table" }).click();
    },
    async overdueWithDialog() {
      await go(page, "kpis/calendar?view=overdue");
      await page.getByRole("button", { name: /^Mark submitted: / }).first().click();
      await page.getByRole("dialog").waitFor();
    },
    async month() {
      await go(page, "kpis/calendar?view=month");
      await page.getByRole("columnheader", { name: "Mon" }).waitFor();
    },
    async monthAsList() {
      await go(page, "kpis/calendar?view=month&layout=list");
      await page.getByRole("list", { name: /day by day$/ }).waitFor();
    },
    async returnPage() {
      await go(page, "kpis/return/revenue-outturn");
      await page.getByRole("heading", { name: "Deadline rules" }).waitFor();
    },
    async everyReturn() {
      await go(page, "kpis/calendar?view=returns");
      await page.getByTestId("calendar-status").filter({ hasText: /^Showing \d+ returns/ }).waitFor();
    },
  };

  it("in the light theme: Home's card, the register, a KPI with its chart's table, the overdue deadlines with the dialog open, the month and its list, a return and every return", async () => {
    await screens.home();
    await checkScreen(page);
    await screens.register();
    await checkScreen(page);
    await screens.kpiWithTable();
    await checkScreen(page);
    await screens.overdueWithDialog();
    await checkScreen(page, false);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await checkScreen(page);
    await screens.month();
    await checkScreen(page);
    await screens.monthAsList();
    await checkScreen(page);
    await screens.returnPage();
    await checkScreen(page);
    await screens.everyReturn();
    await checkScreen(page, false);
    expect(pageErrors(page)).toEqual([]);
  });

  // Colours are what change with the theme: the screens with the most of them (the chart and RAG, the
  // deadline states the month grid shows too, the dialog). Structure was checked once, above.
  it.each(["dark", "contrast"] as const)("in the %s theme: a KPI with its chart's table, and the overdue deadlines with the dialog open", async (theme) => {
    await screens.register();
    await switchTheme(page, theme);
    await screens.kpiWithTable();
    await checkScreen(page, false);
    await screens.overdueWithDialog();
    await checkScreen(page, false);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });
});
