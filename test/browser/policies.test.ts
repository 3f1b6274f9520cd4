import type { Browser, Locator, Page } from "playwright-core";
import { policyConfirmationsList, policyDocumentsList, policyOpensList } from "../../src/modules/policies/lists";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES } from "../support/browser";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));

const day = (offset: number) => `${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`;

/** An approved policy every member of staff must read, owned by the asset owner (site user 13). */
function seedPolicy(title: string, extra: Record<string, unknown> = {}): number {
  return hub.seed(policyDocumentsList.title, [
    {
      DocKey: title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60),
      Title: title,
      DocKind: "Policy",
      DocStatus: "Approved",
      DocVersion: "1.0",
      ReadVersion: 1,
      ChangeSummary: "First version.",
      ApprovedOn: day(-10),
      NextReview: day(200),
      DocOwnerId: 13,
      DocLink: { Url: `https://hbc.example/policies/${encodeURIComponent(title)}`, Description: title },
      Summary: "What this asks of every member of staff, in plain English.",
      MustRead: ["staff"],
      ...extra,
    },
  ])[0]!;
}

async function pageAs(persona: string, route: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(await newContext(browser, viewport ? { viewport } : {}), hub);
  await openHub(page, hub, persona, route);
  return page;
}

/** Presses Tab until the target has focus: the keyboard alone gets there. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("The keyboard never reached the element.");
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("policies and standards in a browser", () => {
  it("confirms a policy with the keyboard alone, from Home's 'For you to read' to the confirmation, once", async () => {
    const id = seedPolicy("Keyboard policy");
    const page = await pageAs("staff", "");
    const card = page.getByRole("list", { name: "Policies and standards for you to read" });
    const link = card.getByRole("link", { name: "Keyboard policy" });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Keyboard policy", level: 1 }).waitFor();
    const button = page.getByRole("button", { name: "I have read and understood this" });
    await tabTo(page, button);
    // A double press sends one confirmation.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Recorded: you have read and understood Keyboard policy, version 1.0." }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("You have confirmed this version");
    const confirmations = await hub.itemCount(policyConfirmationsList.title);
    expect(confirmations).toBe(1);

    await openHub(page, hub, "staff", "");
    await page.getByRole("heading", { name: "For you to read", level: 2 }).waitFor();
    await page.getByText("Nothing for you to read: you are up to date.").or(card.getByRole("link", { name: "Sample" })).first().waitFor();
    expect(await card.getByRole("link", { name: "Keyboard policy" }).count()).toBe(0);
    await openHub(page, hub, "staff", `policies/${id}`);
    await page.getByText("You have confirmed this version").waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("counts an open of the document's page without saying who opened it", async () => {
    const id = seedPolicy("Opened policy");
    const page = await pageAs("manager", `policies/${id}`);
    const before = hub.itemCount(policyOpensList.title);
    const link = page.getByRole("link", { name: "Read Opened policy (opens in a new tab)" });
    expect(await link.getAttribute("href")).toBe("https://hbc.example/policies/Opened%20policy");
    await Promise.all([page.context().waitForEvent("page"), link.click()]);
    for (let tries = 0; hub.itemCount(policyOpensList.title) === before && tries < 100; tries++) await page.waitForTimeout(100);
    expect(hub.itemCount(policyOpensList.title)).toBe(before + 1);
  });

  it("shows the data lead the completion table, and a manager their own service with names", async () => {
    seedPolicy("Completion policy");
    const staff = await pageAs("staff", "policies?tab=read");
    await staff.getByRole("link", { name: "Completion policy" }).click();
    await staff.getByRole("button", { name: "I have read and understood this" }).click();
    await staff.getByText("You have confirmed this version").waitFor();

    const lead = await pageAs("data-lead", "policies?tab=completion");
    const table = lead.getByRole("table", { name: "Completion by document" });
    const row = table.getByRole("row", { name: /Completion policy/ });
    await row.waitFor();
    expect((await row.getByRole("cell").allTextContents()).slice(1)).toEqual(["1.0", "1", "10", "10%"]);
    await lead.getByRole("table", { name: "Completion by service" }).getByRole("row", { name: /Customer Services/ }).waitFor();

    const manager = await pageAs("manager", "policies?tab=completion");
    await manager.getByRole("heading", { name: "Read and understood in Customer Services" }).waitFor();
    await manager.getByRole("combobox", { name: "Document" }).click();
    await manager.getByRole("option", { name: "Completion policy" }).click();
    const service = manager.getByRole("list", { name: "Services: Completion policy" }).getByRole("listitem").filter({ hasText: "Customer Services" }).first();
    await service.getByText("1 of 3 confirmed (33%)").waitFor();
    await service.getByRole("button", { name: "Show 2 names not yet confirmed" }).click();
    expect(await manager.getByRole("list", { name: "Not yet confirmed in Customer Services" }).getByRole("listitem").allTextContents()).toEqual(["Chris Morgan", "Morgan Ellis"]);

    const staffTabs = await pageAs("staff", "policies?tab=completion");
    await staffTabs.getByRole("heading", { name: "Library", level: 2 }).waitFor();
    expect(await staffTabs.getByRole("tab", { name: "Read and understood" }).count()).toBe(0);
  });

  it("lets the owner publish a new version from a form that names its problems, and asks readers again", async () => {
    const id = seedPolicy("Versioned policy");
    const owner = await pageAs("asset-owner", `policies/${id}/publish`);
    await owner.getByRole("heading", { name: "Publish a version of Versioned policy" }).waitFor();
    await owner.getByRole("button", { name: "Publish this version" }).click();
    const summary = owner.getByRole("alert").filter({ hasText: "Please check the form" });
    await summary.waitFor();
    expect(await owner.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await summary.getByRole("button", { name: "Enter the new version's name, such as 2.0." }).click();
    expect(await owner.evaluate(() => document.activeElement?.id)).toBe("policy-review-label");
    await owner.keyboard.type("2.0");
    await owner.getByLabel("What changed").fill("Adds the section on sharing data with partners.");
    await owner.getByRole("button", { name: "Publish this version" }).click();
    await owner.getByRole("status").filter({ hasText: "Published version 2.0 of Versioned policy." }).waitFor();
    await owner.getByRole("table", { name: "Versions" }).getByRole("row", { name: /2\.0 .*Adds the section on sharing data with partners\./ }).waitFor();

    const reader = await pageAs("staff", "policies?tab=read");
    await reader.getByText("What changed: Adds the section on sharing data with partners.").waitFor();
  });

  it("lists documents past their review date for their owner", async () => {
    seedPolicy("Overdue standard", { DocKind: "Standard", NextReview: day(-30) });
    const owner = await pageAs("asset-owner", "policies?tab=reviews");
    const due = owner.getByRole("list", { name: "Reviews past due" });
    await due.getByRole("link", { name: "Overdue standard" }).waitFor();
    expect(await due.getByText(/30 days ago/).count()).toBeGreaterThan(0);
  });

  it("fits a 320 px Teams tab without scrolling sideways", async () => {
    const id = seedPolicy("A policy with a rather long title that has to wrap on a narrow phone screen");
    const page = await pageAs("data-lead", "policies", { width: 320, height: 640 });
    await page.getByRole("heading", { name: "Library", level: 2 }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await openHub(page, hub, "data-lead", `policies/${id}`);
    await page.getByRole("heading", { level: 1, name: /rather long title/ }).waitFor();
    await page.getByRole("table", { name: "Versions" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it.each(THEMES)("has no axe violations on the library, a document, the completion table and a refused form in the %s theme", async (theme) => {
    const id = seedPolicy(`Axe policy ${theme}`);
    const page = await newPage(await newContext(browser), hub);
    await openHub(page, hub, "data-lead", "policies", theme);
    await page.getByRole("heading", { name: "Library", level: 2 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "data-lead", `policies/${id}`, theme);
    await page.getByRole("table", { name: "Versions" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "data-lead", "policies?tab=completion", theme);
    await page.getByRole("table", { name: "Completion by document" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "data-lead", `policies/${id}/review`, theme);
    await page.getByRole("radio", { name: "A new version" }).check();
    await page.getByRole("button", { name: "Publish this version" }).click();
    await page.getByRole("alert").filter({ hasText: "Please check the form" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 150_000);
});
