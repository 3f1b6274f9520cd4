import type { Browser, FrameLocator, Page } from "playwright-core";
import { SAMPLE_REPORTS, SAMPLE_WORKSPACE_ID } from "../../src/modules/dashboards/seed/sample-dashboards";
import { loadUsage } from "../../src/modules/dashboards/data/usage-data";
import { periodOf, summariseUsage } from "../../src/modules/dashboards/domain/usage";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES } from "../support/browser";
import { clientsFor } from "../support/tenant";

/**
 * Dashboards in Chromium against the local tenant's Power BI stand-in: the real powerbi-client and
 * powerbi-client-react code embeds the stand-in's report page and talks to it over postMessage.
 */
let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));
afterEach(async () => {
  await fetch(`${hub.origin}/_local/powerbi/faults`, { method: "DELETE" });
});

const [customerServices, digital, , strategyUnit, restricted] = SAMPLE_REPORTS;

async function catalogueIdOf(reportId: string): Promise<number> {
  const rows: { Id: number }[] = await clientsFor(hub, "data-lead").sp.web.lists.getByTitle("Dashboards").items.select("Id").filter(`ReportId eq '${reportId}'`)();
  return rows[0]!.Id;
}

async function injectFault(kind: string, reportId: string) {
  const response = await fetch(`${hub.origin}/_local/powerbi/faults`, { method: "POST", body: JSON.stringify({ kind, reportId }) });
  expect(response.status).toBe(201);
}

/** The embedded report's frame, found by the accessible name Data Hub gives it. */
function reportFrame(page: Page, title: string): FrameLocator {
  return page.frameLocator(`iframe[title="${title} (Power BI report)"]`);
}

async function openDashboard(page: Page, persona: string, id: number, theme?: (typeof THEMES)[number]) {
  await openHub(page, hub, persona, `dashboards/${id}`, theme);
  await page.getByRole("heading", { level: 1 }).waitFor();
}

/** Polls until `ok` holds (or 10 s pass), returning the last value. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const reportReady = (page: Page) => page.getByRole("status").filter({ hasText: "Report ready." }).waitFor({ timeout: 20_000 });

describe("dashboards in a browser, against the Power BI stand-in", () => {
  it("a manager finds their department first, opens its dashboard, and the department filter reaches the report", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await openHub(page, hub, "manager", "dashboards");
    await page.getByRole("heading", { name: "Dashboards", level: 1 }).waitFor();
    const groups = page.getByRole("heading", { level: 2 });
    expect(await groups.first().textContent()).toBe("Customer ServicesYour department");
    // Power BI's code has not been fetched for the catalogue.
    expect(scripts.filter((s) => /ReportFrame/.test(s))).toEqual([]);

    await page.getByRole("link", { name: customerServices!.name }).click();
    await reportReady(page);
    expect(scripts.filter((s) => /ReportFrame/.test(s))).toHaveLength(1);
    const frame = reportFrame(page, customerServices!.name);
    await frame.getByText("Sample report (local stand-in)").waitFor();
    expect(await frame.getByTestId("filters").textContent()).toBe("Service.Department In Customer Services");
    expect(await frame.getByTestId("viewer").textContent()).toBe("Morgan Ellis (Customer Services)");
    expect(await frame.getByTestId("active-page").textContent()).toBe("Overview (ReportSection1)");

    // Page navigation and the department filter go to the embedded report (setPage, updateFilters), no re-embed.
    await page.getByLabel("Page").selectOption({ label: "Trends" });
    await frame.getByTestId("active-page").filter({ hasText: "Trends" }).waitFor();
    await page.getByRole("switch", { name: "Only Customer Services" }).click();
    await frame.getByTestId("filters").filter({ hasText: "No filters" }).waitFor();
    await page.getByRole("switch", { name: "Only Customer Services" }).click();
    await frame.getByTestId("filters").filter({ hasText: "Customer Services" }).waitFor();
    expect(await frame.getByTestId("renewals").textContent()).toBe("0");
    expect(await page.locator("iframe").count()).toBe(1);

    await page.getByRole("button", { name: "Full screen" }).click();
    await page.waitForFunction(() => document.fullscreenElement?.tagName === "IFRAME");
    await page.evaluate(() => document.exitFullscreen());

    const open = await page.getByRole("link", { name: "Open in Power BI" }).getAttribute("href");
    expect(open).toBe(`${hub.origin}/_local/powerbi/groups/${SAMPLE_WORKSPACE_ID}/reports/${customerServices!.id}/ReportSection2?filter=${encodeURIComponent("Service/Department eq 'Customer Services'")}`);
    expect(await page.getByLabel("Link to this dashboard").inputValue()).toMatch(new RegExp(`^${hub.origin}/#/dashboards/\\d+$`));

    // The open was counted for the department, with no name attached.
    const id = await catalogueIdOf(customerServices!.id);
    const opens = async () => summariseUsage(await loadUsage(clientsFor(hub, "data-lead").sp, [periodOf(new Date())])).get(id)?.byDepartment.find((d) => d.department === "Customer Services")?.opens ?? 0;
    expect(await eventually(opens, (n) => n >= 1)).toBeGreaterThanOrEqual(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it("hands a renewed token to the open report (setAccessToken), so a dashboard left open keeps working", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await page.clock.install();
    const id = await catalogueIdOf(customerServices!.id);
    await openDashboard(page, "manager", id);
    await reportReady(page);
    const frame = reportFrame(page, customerServices!.name);
    expect(await frame.getByTestId("renewals").textContent()).toBe("0");
    // Local tokens carry their expiry to the second: make sure the renewed one differs from the first.
    await page.waitForTimeout(1_100);
    // Local sign-in lasts an hour and renews in its last five minutes; the schedule asks every minute.
    await page.clock.fastForward("56:00");
    await frame.getByTestId("renewals").filter({ hasText: "1" }).waitFor({ timeout: 15_000 });
    expect(await frame.getByTestId("status").textContent()).toBe("rendered");
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it("when the report's token has expired and no new one comes silently, shows the sign-in state, not a dead report", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    const id = await catalogueIdOf(digital!.id);
    await injectFault("token-expired", digital!.id);
    await openDashboard(page, "staff", id);
    await page.getByRole("alert").filter({ hasText: "Please sign in to carry on" }).waitFor();
    expect(await page.locator("iframe").count()).toBe(0);
    // Local mode has no sign-in popup: opening again signs in afresh (and the fault is used up).
    await page.getByRole("button", { name: "Open the dashboard again" }).click();
    await reportReady(page);
    await reportFrame(page, digital!.name).getByText("Sample report: Digital").waitFor();
    await context.close();
  });

  it.each([
    ["no-licence", "You need a Power BI licence to see this dashboard"],
    ["deleted", "This report is no longer in Power BI"],
    ["no-access", "You don't have access to this report yet"],
  ])("an error event (%s) from the report shows its plain message, is logged, and leaves no blank frame", async (kind, message) => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    const logged: string[] = [];
    page.on("console", (m) => m.type() === "error" && logged.push(m.text()));
    const id = await catalogueIdOf(digital!.id);
    await injectFault(kind, digital!.id);
    await openDashboard(page, "staff", id);
    const alert = page.getByRole("alert").filter({ hasText: message });
    await alert.waitFor();
    expect(await page.locator("iframe").count()).toBe(0);
    expect(logged.some((l) => l.includes("the Power BI report raised an error"))).toBe(true);
    await context.close();
  });

  it("an error after the report has loaded (a visual failing) warns and keeps the report", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    const id = await catalogueIdOf(digital!.id);
    await injectFault("render-error", digital!.id);
    await openDashboard(page, "staff", id);
    await page.getByRole("alert").filter({ hasText: "Part of this report couldn't be shown" }).waitFor();
    await reportFrame(page, digital!.name).getByTestId("status").filter({ hasText: "rendered" }).waitFor();
    await context.close();
  });

  it("says so plainly when the person is offline", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff", "dashboards");
    await page.getByRole("link", { name: digital!.name }).waitFor();
    await context.setOffline(true);
    await page.getByRole("link", { name: digital!.name }).click();
    await page.getByRole("alert").filter({ hasText: "You appear to be offline" }).waitFor();
    await context.setOffline(false);
    await page.getByRole("button", { name: "Try again" }).click();
    await reportReady(page);
    await context.close();
  });

  it("lets the data lead pick a report from a Power BI workspace instead of typing ids", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "data-lead", "dashboards/new");
    await page.getByRole("heading", { name: "Add a dashboard" }).waitFor();
    await page.getByLabel("Workspace").fill(`https://app.powerbi.com/groups/${SAMPLE_WORKSPACE_ID}/list?experience=power-bi`);
    await page.getByRole("button", { name: "Find reports" }).click();
    await page.getByLabel("Report in this workspace").selectOption({ label: strategyUnit!.name });
    expect(await page.getByLabel("Title").inputValue()).toBe(strategyUnit!.name);
    expect(await page.getByLabel("Report id").inputValue()).toBe(strategyUnit!.id);
    await page.getByLabel("Opening page").selectOption({ label: "Trends" });
    await page.getByLabel("Department or service").fill("Strategy Unit");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Add dashboard" }).click();
    await page.getByRole("heading", { name: strategyUnit!.name, level: 1 }).waitFor();
    await reportReady(page);
    expect(await reportFrame(page, strategyUnit!.name).getByTestId("active-page").textContent()).toBe("Trends (ReportSection2)");
    expect(page.url()).toMatch(/#\/dashboards\/\d+$/);

    // A workspace the data lead's colleagues cannot open is explained, not shown as a crash.
    const staff = await newPage(context, hub);
    const { sp } = clientsFor(hub, "data-lead");
    const added: { Id: number } = await sp.web.lists.getByTitle("Dashboards").items.add({ Title: restricted!.name, WorkspaceId: restricted!.workspaceId, ReportId: restricted!.id, IsActive: true });
    await openDashboard(staff, "staff", added.Id);
    await staff.getByRole("alert").filter({ hasText: "You don't have access to this report yet" }).waitFor();
    await context.close();
  });

  it("shows the data lead which dashboards are used, by department, with small counts as a range", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    const id = await catalogueIdOf(digital!.id);
    await openDashboard(page, "asset-owner", id);
    await reportReady(page);
    // The open is counted in the background; reloading the page before it lands would abort it.
    const counted = async () => ((await clientsFor(hub, "data-lead").sp.web.lists.getByTitle("DashboardUsage").items.filter(`DashboardId eq ${id} and Department eq 'Digital'`)()) as unknown[]).length > 0;
    for (let tries = 0; !(await counted()) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 100));
    await openHub(page, hub, "data-lead", "dashboards/usage");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: digital!.name }) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Digital: 1–4");
    expect(await axeViolations(page)).toEqual([]);
    // Nobody else sees it.
    await openHub(page, hub, "manager", "dashboards/usage");
    await page.getByText("Only the data lead manages the dashboard catalogue.").waitFor();
    await context.close();
  });

  it("fits a narrow (mobile) Teams tab: the catalogue and an open dashboard without sideways scrolling", async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await newPage(context, hub);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await openHub(page, hub, "manager", "dashboards");
    await page.getByRole("link", { name: customerServices!.name }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: customerServices!.name }).click();
    await reportReady(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(THEMES)("has no axe violations on the catalogue and an open dashboard in the %s theme", async (theme) => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "manager", "dashboards", theme);
    await page.getByRole("heading", { name: "Dashboards", level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openDashboard(page, "manager", await catalogueIdOf(customerServices!.id), theme);
    await reportReady(page);
    await page.getByLabel("Page").selectOption({ label: "Details" });
    await reportFrame(page, customerServices!.name).getByTestId("active-page").filter({ hasText: "Details" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
