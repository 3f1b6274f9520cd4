import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, choosePerson, heard, listenForAnnouncements, sidewaysOverflow, waitOrSayWhy, closeSuite, newContext, newPage, openHub, pageErrors, openSuite, THEMES } from "../support/browser";
import { clientsFor } from "../support/tenant";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));

async function openTracker(page: Page, persona: string, route = "actions", theme?: (typeof THEMES)[number]) {
  await openHub(page, hub, persona, route, theme);
  // An action's own route opens it in a modal drawer, which hides the page behind from assistive tech.
  if (/^actions\/(\d+|new)/.test(route)) await page.getByRole("dialog").waitFor();
  else await page.getByRole("heading", { name: "Action tracker", level: 1 }).waitFor();
  await page.getByText(/^Showing \d/).waitFor();
}

describe("the action tracker in a browser", () => {
  it("shows the other person's change after a conflict, keeps my text, and saves mine on top", async () => {
    const [a, b] = await Promise.all([newContext(browser), newContext(browser)]);
    const [lead, manager] = await Promise.all([newPage(a, hub), newPage(b, hub)]);
    // The manager owns action 5, so both may edit it.
    const { sp } = clientsFor(hub, "data-lead");
    await sp.web.lists.getByTitle("Actions").items.getById(5).update({ ActionOwnerId: 12 });
    await Promise.all([openTracker(lead, "data-lead", "actions/5"), openTracker(manager, "manager", "actions/5")]);
    for (const page of [lead, manager]) await page.getByRole("button", { name: "Edit action" }).click();

    await lead.getByLabel("Service", { exact: true }).fill("Strategy Unit");
    await lead.getByRole("button", { name: "Save changes" }).click();
    await lead.getByRole("button", { name: "Edit action" }).waitFor();

    await manager.getByLabel("Percent complete", { exact: true }).fill("40");
    await manager.getByLabel("Linked measures", { exact: true }).fill("Data Completeness");
    await manager.getByRole("button", { name: "Save changes" }).click();
    const notice = manager.getByRole("alert").filter({ hasText: "Someone else changed this action" });
    await notice.waitFor();
    expect(await notice.getByRole("list", { name: "Their changes" }).textContent()).toContain("Service: Strategy Unit");
    expect(await manager.getByLabel("Linked measures", { exact: true }).inputValue()).toBe("Data Completeness");

    await manager.getByRole("button", { name: "Save my changes on top" }).click();
    await manager.getByRole("button", { name: "Edit action" }).waitFor();
    const saved: { Service: string; PercentComplete: number; LinkedMeasures: string } = await sp.web.lists.getByTitle("Actions").items.getById(5)();
    expect(saved).toMatchObject({ Service: "Strategy Unit", PercentComplete: 40, LinkedMeasures: "Data Completeness" });
    expect([...pageErrors(lead), ...pageErrors(manager)]).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it("adds and edits an action with the keyboard alone, with clear validation messages", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openTracker(page, "data-lead");
    await page.getByRole("button", { name: "Add action" }).press("Enter");
    await waitOrSayWhy(page.getByRole("dialog"));
    await page.getByRole("dialog").getByLabel("Title").focus();
    await page.keyboard.press("Enter"); // submit empty
    // The error summary takes focus; its link takes the person to the field.
    const summaryLink = page.getByRole("button", { name: "Enter a title for the action." });
    await summaryLink.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Please check the form");
    await summaryLink.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("action-title");
    await page.keyboard.type("Publish the Data Quality Handbook");
    // Dates are written as people in the UK write them, whatever the browser's language.
    await page.getByLabel("Start date", { exact: true }).fill("01/02/2027");
    await page.getByLabel("Due date", { exact: true }).fill("01/01/2027");
    await page.getByRole("dialog").getByLabel("Title").focus();
    await page.keyboard.press("Enter");
    await page.getByText("The due date must be on or after the start date.").first().waitFor();
    expect(await page.getByRole("dialog").getByLabel("Title").inputValue()).toBe("Publish the Data Quality Handbook");
    await page.getByLabel("Due date", { exact: true }).fill("30/06/2027");
    await page.getByRole("dialog").getByLabel("Title").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Edit action" }).waitFor();
    expect(page.url()).toMatch(/#\/actions\/\d+/);

    await page.getByRole("button", { name: "Edit action" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Percent complete", { exact: true }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("150");
    await page.keyboard.press("Enter");
    await page.getByText("Enter a whole number from 0 to 100.").first().waitFor();
    await page.getByLabel("Percent complete", { exact: true }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Edit action" }).waitFor();
    await page.getByText("10%").first().waitFor();
    await context.close();
  });

  it("reassigns an action to a colleague found in the directory", async () => {
    const page = await newPage(await newContext(browser), hub);
    await openTracker(page, "data-lead", "actions/6");
    await page.getByRole("button", { name: "Edit action" }).click();
    await choosePerson(page.getByRole("combobox", { name: "Owner" }), "Priy", /Priya Shah/);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit action" }).waitFor();
    const saved: { ActionOwnerId: number } = await clientsFor(hub, "data-lead").sp.web.lists.getByTitle("Actions").items.getById(6)();
    expect(saved.ActionOwnerId).toBe(21);
    expect(await page.getByRole("dialog").textContent()).toContain("Priya Shah");

    // Posting progress says it was posted, on screen and once to screen readers, and empties the box.
    await page.getByRole("textbox", { name: "Progress update", exact: true }).fill("Checked the first two datasets with the service.");
    await page.getByRole("button", { name: "Post update" }).click();
    await page.getByRole("dialog").getByText(/^Update posted: /).waitFor();
    expect(await page.getByRole("textbox", { name: "Progress update", exact: true }).inputValue()).toBe("");
    await page.waitForFunction(() => [...document.querySelectorAll("[aria-live]")].some((r) => r.textContent?.startsWith("Update posted: ")));
  });

  it("assigns an owner from the list, as in Microsoft Lists, and shows a conflict without losing the pick", async () => {
    const { sp } = clientsFor(hub, "data-lead");
    const added: { Id: number } = await sp.web.lists.getByTitle("Actions").items.add({ Title: "Agree the ward boundary reference list", Status: "Not started" });
    const page = await newPage(await newContext(browser), hub);
    await listenForAnnouncements(page);
    await openTracker(page, "data-lead", "actions?q=ward+boundary");
    const cell = page.getByRole("button", { name: "No owner for “Agree the ward boundary reference list”: assign one" });
    // By keyboard: Enter opens the form, Escape closes it and puts focus back on the cell.
    await cell.press("Enter");
    const form = page.getByRole("dialog", { name: "Owner of “Agree the ward boundary reference list”" });
    await form.waitFor();
    await page.keyboard.press("Escape");
    await form.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("No owner for “Agree the ward boundary reference list”: assign one");
    await cell.press("Enter");
    await form.getByRole("button", { name: "Save owner" }).click();
    await form.getByText("Choose a person from the directory, or cancel.").waitFor();
    await choosePerson(form.getByRole("combobox", { name: "Owner" }), "Priy", /Priya Shah/);
    await form.getByRole("button", { name: "Save owner" }).click();
    const assigned = page.getByRole("button", { name: "Priya Shah, owner of “Agree the ward boundary reference list”: change" });
    await assigned.waitFor();
    // Said, then replaced by whether Priya was told in Teams.
    await heard(page, "Priya Shah now owns “Agree the ward boundary reference list”.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Priya Shah, owner of “Agree the ward boundary reference list”: change");
    const saved: { ActionOwnerId: number } = await sp.web.lists.getByTitle("Actions").items.getById(added.Id)();
    expect(saved.ActionOwnerId).toBe(21);

    // Someone else gives it to Alex while this list still holds the version it read.
    await sp.web.lists.getByTitle("Actions").items.getById(added.Id).update({ ActionOwnerId: 13 });
    await assigned.click();
    await choosePerson(form.getByRole("combobox", { name: "Owner" }), "Jord", /Jordan Reid/);
    await form.getByRole("button", { name: "Save owner" }).click();
    await form.getByText(/Someone changed this action since the list was read: its owner is now Alex Okafor\./).waitFor();
    expect(await form.getByRole("combobox", { name: "Owner" }).inputValue()).toBe("Jordan Reid");
    expect(((await sp.web.lists.getByTitle("Actions").items.getById(added.Id)()) as { ActionOwnerId: number }).ActionOwnerId).toBe(13);
    await form.getByRole("button", { name: "Save owner" }).click();
    await page.getByRole("button", { name: "Jordan Reid, owner of “Agree the ward boundary reference list”: change" }).waitFor();

    // At Teams mobile width the form fits without scrolling sideways.
    const narrow = await newPage(await newContext(browser, { viewport: { width: 360, height: 740 } }), hub);
    await openTracker(narrow, "data-lead", "actions?q=ward+boundary");
    await narrow.getByRole("button", { name: "Jordan Reid, owner of “Agree the ward boundary reference list”: change" }).press("Enter");
    await narrow.getByRole("dialog", { name: "Owner of “Agree the ward boundary reference list”" }).waitFor();
    expect(await sidewaysOverflow(narrow)).toBeLessThanOrEqual(0);

    // Staff may not change others' actions: the owner is text, not a control.
    const staff = await newPage(await newContext(browser), hub);
    await openTracker(staff, "staff", "actions?q=ward+boundary");
    await staff.getByRole("cell", { name: "Jordan Reid" }).waitFor();
    expect(await staff.getByRole("button", { name: /owner of “Agree the ward boundary reference list”/ }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("renders a title holding HTML and script as text", async () => {
    const { sp } = clientsFor(hub, "data-lead");
    await sp.web.lists.getByTitle("Actions").items.add({ Title: "<img src=x onerror=alert(1)> Check the audit", Status: "Not started" });
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openTracker(page, "staff", "actions?q=audit");
    const link = page.getByRole("link", { name: "<img src=x onerror=alert(1)> Check the audit" });
    await link.waitFor();
    expect(await page.locator("[data-testid=actions-scroller] img").count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it("keeps the view and filters in the URL, so a link reopens the same view", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openTracker(page, "data-lead");
    await page.getByRole("tab", { name: "Due in 30 days" }).click();
    await page.getByLabel("Principle", { exact: true }).click();
    await page.getByRole("option", { name: "Data literacy" }).click();
    await page.waitForURL(/view=due-soon/);
    expect(page.url()).toContain("principle=data-literacy");
    const again = await newPage(context, hub);
    await again.goto(page.url());
    await again.getByText(/^Showing \d/).waitFor();
    expect(await again.getByRole("tab", { name: "Due in 30 days" }).getAttribute("aria-selected")).toBe("true");
    await context.close();
  });

  it("exports the view to a CSV that Excel opens safely", async () => {
    const { sp } = clientsFor(hub, "data-lead");
    await sp.web.lists.getByTitle("Actions").items.add({ Title: '=HYPERLINK("http://example.com","Click") export check', Status: "Not started" });
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await newPage(context, hub);
    await openTracker(page, "manager", "actions?q=export+check");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export to CSV" }).click()]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""Click"") export check"`);
    expect(text.split("\r\n")).toHaveLength(3);
    await context.close();
  });

  it.each(THEMES)("has no axe violations on the list and the open action in the %s theme", async (theme) => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openTracker(page, "data-lead", "actions", theme);
    await page.getByRole("button", { name: "Show summary by principle and service" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await openTracker(page, "data-lead", "actions/1", theme);
    await page.getByRole("heading", { name: "History" }).waitFor();
    await page.getByText(/No progress updates yet|, \d{2}\/\d{2}\/\d{4}/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
