import type { Browser, Locator, Page } from "playwright-core";
import { confirmationKey } from "../../src/modules/policies/domain/confirmation";
import { policyConfirmationsList, policyDocumentsList, policyOpensList } from "../../src/modules/policies/lists";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, THEMES, chooseTheme } from "../support/browser";

/*
 * One hub, one browser, and one page per persona, moved around by the address's hash (no reload),
 * so the file stays fast: everything the pages show is seeded before they open.
 */
let hub: Tenant;
let browser: Browser;
const pages = new Map<string, Page>();
const ids: Record<string, number> = {};
const STAFF_SITE_USER = 11;
/** The local hub's theme choice, as its menu words it (importing the theme module would load all of Fluent into Jest). */

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

beforeAll(async () => {
  ({ hub, browser } = await openSuite());
  ids.keyboard = seedPolicy("Keyboard policy");
  ids.opened = seedPolicy("Opened policy");
  ids.completion = seedPolicy("Completion policy");
  ids.versioned = seedPolicy("Versioned policy");
  ids.overdue = seedPolicy("Overdue standard", { DocKind: "Standard", NextReview: day(-30) });
  ids.long = seedPolicy("A policy with a rather long title that has to wrap on a narrow phone screen");
  // Sam Patel (staff, Customer Services) has confirmed the completion policy, as himself.
  hub.seed(policyConfirmationsList.title, [{ Title: "Completion policy, version 1.0", DocumentId: ids.completion, ReadVersion: 1, ConfirmKey: confirmationKey(ids.completion, 1, STAFF_SITE_USER) }], { as: "staff" });
});
afterAll(() => closeSuite(hub, browser));

/** The persona's one page, opened on first use at the route, then moved by hash. */
async function pageAs(persona: string, route: string): Promise<Page> {
  let page = pages.get(persona);
  if (!page) {
    page = await newPage(await newContext(browser), hub);
    pages.set(persona, page);
    await openHub(page, hub, persona, route);
  } else await go(page, route);
  return page;
}

/** Moves within the hub as its own links do: the address's hash changes, the page stays. */
const go = (page: Page, route: string) => page.evaluate((r) => void (location.hash = `#/${r}`), route);

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
    const before = hub.itemCount(policyConfirmationsList.title);
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
    await page.getByTestId("announcer").filter({ hasText: "Recorded: you have read and understood Keyboard policy, version 1.0." }).waitFor({ state: "attached" });
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("You have confirmed this version");
    expect(hub.itemCount(policyConfirmationsList.title)).toBe(before + 1);

    // Home, loaded afresh, no longer asks for it (the sample guidance and the other policies are still to read).
    await go(page, "");
    await card.waitFor();
    expect(await card.getByRole("link", { name: "Keyboard policy" }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("lets the owner publish a new version from a form that names its problems, and asks readers again", async () => {
    const owner = await pageAs("asset-owner", `policies/${ids.versioned}/publish`);
    await owner.getByRole("heading", { name: "Publish a version of Versioned policy" }).waitFor();
    await owner.getByRole("button", { name: "Publish this version" }).click();
    const summary = owner.getByText("Please check the form");
    await summary.waitFor();
    expect(await owner.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Please check the form");
    await owner.getByRole("button", { name: "Enter the new version's name, such as 2.0." }).click();
    expect(await owner.evaluate(() => document.activeElement?.id)).toBe("policy-review-label");
    await owner.keyboard.type("2.0");
    await owner.getByLabel("What changed").fill("Adds the section on sharing data with partners.");
    await owner.getByRole("button", { name: "Publish this version" }).click();
    await owner.getByTestId("announcer").filter({ hasText: "Published version 2.0 of Versioned policy." }).waitFor({ state: "attached" });
    await owner.getByRole("table", { name: "Versions" }).getByRole("row", { name: /2\.0 .*Adds the section on sharing data with partners\./ }).waitFor();

    // The reader's page, opened afresh from Home, lists it again with what changed.
    const reader = await pageAs("staff", "");
    await go(reader, "policies?tab=read");
    await reader.getByText("What changed: Adds the section on sharing data with partners.").waitFor();
  });

  it("lists documents past their review date for their owner", async () => {
    const owner = await pageAs("asset-owner", "policies?tab=reviews");
    const due = owner.getByRole("list", { name: "Reviews past due" });
    await due.getByRole("link", { name: "Overdue standard" }).waitFor();
    expect(await due.getByText(/30 days ago/).count()).toBeGreaterThan(0);
  });

  it("counts an open of the document's page without saying who opened it, and shows a manager their own service with names", async () => {
    const page = await pageAs("manager", `policies/${ids.opened}`);
    const before = hub.itemCount(policyOpensList.title);
    const link = page.getByRole("link", { name: "Read Opened policy (opens in a new tab)" });
    expect(await link.getAttribute("href")).toBe("https://hbc.example/policies/Opened%20policy");
    await Promise.all([page.context().waitForEvent("page"), link.click()]);
    for (let tries = 0; hub.itemCount(policyOpensList.title) === before && tries < 100; tries++) await page.waitForTimeout(100);
    expect(hub.itemCount(policyOpensList.title)).toBe(before + 1);

    await go(page, "policies?tab=completion");
    await page.getByRole("heading", { name: "Read and understood in Customer Services" }).waitFor();
    await page.getByRole("combobox", { name: "Document" }).click();
    await page.getByRole("option", { name: "Completion policy" }).click();
    const service = page.getByRole("list", { name: "Services: Completion policy" }).getByRole("listitem").filter({ hasText: "Customer Services" }).first();
    await service.getByText("1 of 3 confirmed (33%)").waitFor();
    await service.getByRole("button", { name: "Show 2 names not yet confirmed" }).click();
    expect(await page.getByRole("list", { name: "Not yet confirmed in Customer Services" }).getByRole("listitem").allTextContents()).toEqual(["Chris Morgan", "Morgan Ellis"]);

    // Staff have no completion tab, and asking for it by address shows the library.
    const staff = await pageAs("staff", "");
    await go(staff, "policies?tab=completion");
    await staff.getByRole("heading", { name: "Library", level: 2 }).waitFor();
    expect(await staff.getByRole("tab", { name: "Read and understood" }).count()).toBe(0);
  });

  it("shows the data lead completion by document and service, axe clean in three themes, and fits 320 px", async () => {
    const lead = await pageAs("data-lead", "policies?tab=completion");
    const table = lead.getByRole("table", { name: "Completion by document" });
    const row = table.getByRole("row", { name: /Completion policy/ });
    await row.waitFor();
    expect((await row.getByRole("cell").allTextContents()).slice(1)).toEqual(["1.0", "1", "10", "10%"]);
    await lead.getByRole("table", { name: "Completion by service" }).getByRole("row", { name: /Customer Services/ }).waitFor();
    await lead.getByRole("heading", { name: "By service, across documents for all staff" }).waitFor();
    await lead.getByText("Completion by service, per cent").waitFor();

    // Every screen in the light theme; in dark and high contrast, the ones with colour in them (the
    // completion chart, status badges, the error summary). A document's page is the same tokens again.
    const screens: [string, () => Promise<void>, boolean][] = [
      ["policies?tab=completion", () => table.waitFor(), true],
      ["policies", () => lead.getByRole("heading", { name: "Library", level: 2 }).waitFor(), true],
      [`policies/${ids.keyboard}`, () => lead.getByRole("table", { name: "Versions" }).waitFor(), false],
      [
        `policies/${ids.keyboard}/review`,
        async () => {
          await lead.getByRole("radio", { name: "A new version" }).check();
          await lead.getByRole("button", { name: "Publish this version" }).click();
          await lead.getByText("Please check the form").waitFor();
        },
        true,
      ],
    ];
    for (const theme of THEMES) {
      await chooseTheme(lead, theme);
      for (const [route, ready, inEveryTheme] of screens) {
        if (theme !== "default" && !inEveryTheme) continue;
        await go(lead, route);
        await ready();
        expect({ theme, route, violations: await axeViolations(lead) }).toEqual({ theme, route, violations: [] });
      }
    }

    await lead.setViewportSize({ width: 320, height: 640 });
    await go(lead, "policies");
    await lead.getByRole("heading", { name: "Library", level: 2 }).waitFor();
    expect(await overflow(lead)).toBeLessThanOrEqual(0);
    await go(lead, `policies/${ids.long}`);
    await lead.getByRole("heading", { level: 1, name: /rather long title/ }).waitFor();
    await lead.getByRole("table", { name: "Versions" }).waitFor();
    expect(await overflow(lead)).toBeLessThanOrEqual(0);
    await go(lead, "policies?tab=completion");
    await table.waitFor();
    expect(await overflow(lead)).toBeLessThanOrEqual(0);
    expect(pageErrors(lead)).toEqual([]);
  }, 180_000);
});
