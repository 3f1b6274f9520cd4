import type { Browser, BrowserContext, Page } from "playwright-core";
import { createProposal } from "../../src/modules/dictionary/data/proposals-data";
import { addToShard } from "../../src/modules/dictionary/data/usage-data";
import { periodOf, tally } from "../../src/modules/dictionary/domain/usage";
import { emptyContent } from "../../src/modules/dictionary/domain/proposal";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, choosePerson, launchBrowser, newPage, openHub, pageErrors, startHub, THEMES, waitOrSayWhy } from "../support/browser";
import { clientsFor } from "../support/tenant";

let hub: Tenant;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});
afterEach(async () => {
  hub.faults.clear();
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function pageFor(persona: string, route: string, options: { theme?: (typeof THEMES)[number]; clipboard?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: 900 } });
  contexts.push(context);
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: hub.origin });
  const page = await newPage(context, hub);
  await openHub(page, hub, persona, route, options.theme);
  return page;
}

const results = (page: Page) => page.getByRole("region", { name: "Results" });

/** Waits until the whole dictionary has loaded (other tests add terms, so the count is not fixed). */
async function loaded(page: Page): Promise<void> {
  await results(page).getByText(/^[\d,]+ terms?[.,]/).waitFor();
  await page.getByText(/^Still loading/).waitFor({ state: "detached" });
}
const heading = (page: Page, name: string) => page.getByRole("heading", { name, level: 1 });

/** A term put straight into the list (as SharePoint's own UI or an import could), for the rendering tests. */
function addTerm(fields: Record<string, unknown>) {
  return hub.seed("GlossaryTerms", [{ TermStatus: "Approved", TermKind: "Term", ...fields }])[0]!;
}

describe("the data dictionary in a browser", () => {
  it("finds a term as you type, despite a typo, and Enter opens the best match", async () => {
    const page = await pageFor("staff", "dictionary");
    await loaded(page);
    await page.getByRole("searchbox", { name: "Search the data dictionary" }).pressSequentially("qualty");
    await results(page).getByText(/terms? match(es)? “qualty”/).waitFor();
    const first = results(page).getByRole("listitem").first();
    expect(await first.getByRole("heading").textContent()).toBe("Data quality");
    await page.keyboard.press("Enter");
    await heading(page, "Data quality").waitFor();
    expect(new URL(page.url()).hash).toBe("#/dictionary/data-quality");
    expect(await page.getByText("Data quality is the standard by which data meets specific criteria").count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it("browses A to Z and by kind", async () => {
    const page = await pageFor("staff", "dictionary");
    await loaded(page);
    await page.getByRole("radio", { name: "P", exact: true }).click();
    await results(page).getByText("terms starting with P").waitFor();
    const titles = await results(page).getByRole("heading").allTextContents();
    expect(titles).toEqual(["Personal data", "Predictive analytics", "Presented data (visually)", "Privacy and Electronic Communications Regulations", "Purpose limitation"]);
    await page.getByRole("radio", { name: "All", exact: true }).click();
    await page.getByRole("combobox", { name: "Kind" }).selectOption("Acronym");
    await results(page).getByText("2 terms").waitFor();
  });

  it("opens a shared link to a term, and Copy link copies that address", async () => {
    const page = await pageFor("staff", "dictionary/pecr", { clipboard: true });
    await heading(page, "Privacy and Electronic Communications Regulations").waitFor();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${hub.origin}/#/dictionary/pecr`);
    await page.getByRole("link", { name: "UK GDPR and Data Protection Act 2018" }).click();
    await heading(page, "UK GDPR and Data Protection Act 2018").waitFor();
  });

  it("says plainly when a link leads to no term", async () => {
    const page = await pageFor("staff", "dictionary/no-such-term");
    await page.getByText("There is no term “no-such-term” in the dictionary.").waitFor();
  });

  it("shows a definition holding HTML or script as text, and never runs it", async () => {
    addTerm({
      Title: "<i>Tagged</i> term",
      TermKey: "tagged-term",
      Definition: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>',
      NationalStandard: { Url: "javascript:window.__xss=3", Description: "A standard" },
    });
    const page = await pageFor("staff", "dictionary/tagged-term");
    await heading(page, "<i>Tagged</i> term").waitFor();
    await page.getByText('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>').waitFor();
    expect(await page.locator("main img, main script, main b, main i").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByText("A standard").click();
    await page.locator("main").getByRole("link", { name: "Data dictionary" }).click();
    await page.getByRole("searchbox", { name: "Search the data dictionary" }).fill("tagged");
    await results(page).getByRole("link", { name: "<i>Tagged</i> term" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it("lets staff propose a term and the asset owner approve it, after which everyone finds it", async () => {
    const staff = await pageFor("staff", "dictionary/propose");
    await heading(staff, "Suggest a term").waitFor();
    await staff.getByRole("textbox", { name: "Name" }).fill("Footfall");
    await staff.getByRole("textbox", { name: "Definition" }).fill("The number of people passing a counter in a town centre in a day.");
    await staff.getByRole("button", { name: "I'll be the steward" }).click();
    await choosePerson(staff.getByRole("combobox", { name: "Owner" }), "Alex", /Alex Okafor/);
    await staff.getByRole("textbox", { name: "Why is this needed?" }).fill("Town centre reports use it.");
    await staff.getByRole("button", { name: "Send for approval" }).click();
    await waitOrSayWhy(staff.getByText("Sent for approval."));
    await heading(staff, "New term: Footfall").waitFor();

    const owner = await pageFor("asset-owner", "dictionary/proposals");
    await owner.getByRole("heading", { name: /Waiting for your approval/ }).waitFor();
    await owner.getByRole("link", { name: "New term: Footfall" }).click();
    await owner.getByRole("button", { name: "Approve and publish" }).click();
    await owner.getByText("Published").waitFor();
    await owner.getByRole("link", { name: "Footfall" }).first().click();
    await heading(owner, "Footfall").waitFor();
    expect(await owner.getByText("Alex Okafor").count()).toBeGreaterThan(0);

    // A fresh visit to the dictionary reads the list again (an open page keeps what it loaded).
    await openHub(staff, hub, "staff", "dictionary");
    await staff.reload();
    await staff.getByRole("searchbox", { name: "Search the data dictionary" }).fill("footfal");
    await results(staff).getByRole("link", { name: "Footfall" }).waitFor();
  });

  it("lets the owner send a proposal back with a comment, which the steward then sees", async () => {
    const proposal = await createProposal(
      clientsFor(hub, "staff").sp,
      { ...emptyContent("New term"), title: "Fly-posting", definition: "Posters put up without permission.", termKind: "Term", stewardEmail: "sam.patel@hbc.example", ownerEmail: "alex.okafor@hbc.example" },
      "In review",
      null,
    );
    const owner = await pageFor("asset-owner", `dictionary/proposals/${proposal.id}`);
    await owner.getByRole("button", { name: "Send back" }).click();
    await owner.getByText("Say what needs to change, so the steward knows what to do.").waitFor();
    await owner.getByRole("textbox", { name: "Comment for the steward" }).fill("Say which enforcement team deals with it.");
    await owner.getByRole("button", { name: "Send back" }).click();
    await owner.getByText("Sent back with a comment").waitFor();

    const steward = await pageFor("staff", "dictionary/proposals");
    // Sam both suggested and stewards it: it is in two of his queues.
    await steward.getByRole("link", { name: "New term: Fly-posting" }).first().click();
    await steward.getByText("Say which enforcement team deals with it.").first().waitFor();
    await steward.getByRole("button", { name: "Edit" }).click();
    await steward.getByRole("textbox", { name: "Service" }).fill("Environmental Health");
    await steward.getByRole("button", { name: "Send for approval" }).click();
    await steward.getByText("In review", { exact: true }).first().waitFor();
  });

  it("says when a name was typed in a people picker but nobody was chosen", async () => {
    const page = await pageFor("staff", "dictionary/propose");
    const steward = page.getByRole("combobox", { name: "Steward" });
    await steward.fill("Pri");
    await page.getByRole("option", { name: /Priya Shah/ }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("textbox", { name: "Why is this needed?" }).focus();
    await page.getByText("Choose someone from the list.").waitFor();
    await choosePerson(steward, "Priya", /Priya Shah/);
    expect(await page.getByText("Choose someone from the list.").count()).toBe(0);
    expect(await steward.inputValue()).toBe("Priya Shah");
  });

  it("catches a duplicate name while proposing", async () => {
    const page = await pageFor("staff", "dictionary/propose");
    const name = page.getByRole("textbox", { name: "Name" });
    await name.fill("Data Quality");
    await page.getByText("This term is already in the dictionary").waitFor();
    await name.fill("Qualty data");
    await page.getByText("Similar terms already exist").waitFor();
    await page.getByRole("textbox", { name: "Definition" }).fill("Something else");
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await page.getByRole("alert").getByText("tick “This is a different term”", { exact: false }).waitFor();
    expect(new URL(page.url()).hash).toBe("#/dictionary/propose");
  });

  it("keeps what the person typed when a save fails, and says why", async () => {
    const page = await pageFor("staff", "dictionary/propose");
    await page.getByRole("textbox", { name: "Name" }).fill("Street trading consent");
    await page.getByRole("textbox", { name: "Definition" }).fill("Permission to sell from a street pitch.");
    hub.faults.add({ api: "sp", pathContains: "TermProposals')/items", method: "POST", status: 503, retryAfter: 0, count: 50 });
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await page.getByText("Microsoft 365 is temporarily unavailable").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("textbox", { name: "Name" }).inputValue()).toBe("Street trading consent");
    expect(await page.getByRole("textbox", { name: "Definition" }).inputValue()).toBe("Permission to sell from a street pitch.");
    hub.faults.clear();
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await page.getByText("Thank you: your suggestion has been sent.").waitFor();
  });

  it("works with the keyboard alone: search, open a result, copy its link", async () => {
    const page = await pageFor("staff", "dictionary", { clipboard: true });
    await loaded(page);
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("type") === "search" ? "search" : (document.activeElement?.textContent ?? "").trim());
    for (let i = 0; i < 40 && (await focusedName()) !== "search"; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("search");
    await page.keyboard.type("pecr");
    await results(page).getByText(/match(es)? “pecr”/).waitFor();
    for (let i = 0; i < 40 && (await focusedName()) !== "Privacy and Electronic Communications Regulations"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await heading(page, "Privacy and Electronic Communications Regulations").waitFor();
    for (let i = 0; i < 60 && (await focusedName()) !== "Copy link"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("Link copied.").waitFor();
  });

  it("shows councillors plain English first, and no workflow", async () => {
    addTerm({ Title: "Council tax base", TermKey: "council-tax-base", Definition: "The number of Band D equivalent dwellings after discounts and exemptions.", PlainLanguage: "How many homes pay council tax, counted in a standard way." });
    const page = await pageFor("councillor", "dictionary/council-tax-base");
    await heading(page, "Council tax base").waitFor();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.slice(0, 2)).toEqual(["In plain English", "The agreed definition"]);
    expect(await page.getByRole("link", { name: "Suggest a change" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Suggest a term" }).count()).toBe(0);
  });

  it("shows a draft definition as a draft, with how the strategy uses the term apart from it", async () => {
    const page = await pageFor("councillor", "dictionary/maturity-beginning");
    await heading(page, "Beginning").waitFor();
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(["In plain English", "Definition", "How the strategy uses it"]));
    expect(await page.getByRole("heading", { name: "The agreed definition" }).count()).toBe(0);
    await page.getByText("A draft: not yet approved by the term's owner.").waitFor();
    await page.locator("blockquote").getByText(/ranging from 1 \(Beginning\) to 5 \(Mastering\)/).waitFor();
  });

  it("says when a search matched only some of its words", async () => {
    const page = await pageFor("staff", "dictionary");
    await loaded(page);
    // "zebra" is in no term (the test of searches that found nothing relies on it too).
    await page.getByRole("searchbox", { name: "Search the data dictionary" }).fill("quality zebra");
    await results(page).getByText(/^No term matches all of “quality zebra”; [\d,]+ terms? match(es)? some of the words \(nothing matches “zebra”\)/).waitFor();
  });

  it("counts searches that found nothing, and shows them to owners on the use page", async () => {
    const staff = await pageFor("staff", "dictionary");
    await loaded(staff);
    await staff.getByRole("searchbox", { name: "Search the data dictionary" }).fill("zebra crossing");
    await results(staff).getByText("No terms match “zebra crossing”.").waitFor();
    await staff.waitForTimeout(1800);
    // Leaving the dictionary writes what was counted.
    await staff.getByRole("link", { name: "Home" }).click();
    const owner = await pageFor("asset-owner", "dictionary/use");
    let shown = 0;
    for (let attempt = 0; attempt < 20 && shown === 0; attempt++) {
      await openHub(owner, hub, "asset-owner", "dictionary/use");
      await owner.getByRole("heading", { name: /Searches that found nothing|No use recorded/ }).or(owner.getByText("No use recorded in this period yet.")).first().waitFor();
      shown = await owner.getByRole("cell", { name: "zebra crossing" }).count();
      if (shown === 0) await owner.waitForTimeout(500);
    }
    expect(shown).toBe(1);
  });

  it("fits a narrow Teams tab without scrolling sideways", async () => {
    const page = await pageFor("staff", "dictionary/data-quality", { width: 360 });
    await heading(page, "Data quality").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await openHub(page, hub, "staff", "dictionary");
    await loaded(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it.each(THEMES)("has no axe violations on search, a term, the forms, the queues and the use page in the %s theme", async (theme) => {
    const proposal = await createProposal(
      clientsFor(hub, "staff").sp,
      { ...emptyContent("New term"), title: `Litter enforcement ${theme}`, definition: "Fixed penalty notices for litter.", termKind: "Term", stewardEmail: "sam.patel@hbc.example", ownerEmail: "alex.okafor@hbc.example" },
      "In review",
      null,
    );
    await addToShard(clientsFor(hub, "staff").sp, periodOf(new Date()), 0, tally([{ type: "open", key: "data-quality", fromSearch: true, department: "Digital" }]));
    const page = await pageFor("asset-owner", "dictionary", { theme });
    await page.getByRole("searchbox", { name: "Search the data dictionary" }).fill("data");
    await results(page).getByText(/match(es)? “data”/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "asset-owner", "dictionary/data-quality", theme);
    await heading(page, "Data quality").waitFor();
    await page.getByRole("button", { name: "Show change history" }).click();
    await page.getByText("Added to the dictionary.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "asset-owner", "dictionary/propose?term=data-quality", theme);
    await heading(page, "Suggest a change to “Data quality”").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "asset-owner", "dictionary/proposals", theme);
    await page.getByRole("heading", { name: /Waiting for your approval/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "asset-owner", `dictionary/proposals/${proposal.id}`, theme);
    await page.getByRole("button", { name: "Approve and publish" }).waitFor();
    await page.getByText("What has happened").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openHub(page, hub, "asset-owner", "dictionary/use", theme);
    await page.getByRole("table", { name: "Use by department" }).waitFor();
    // Hovering a row must keep its text and links readable (high contrast fills hovered rows).
    await page.getByRole("table", { name: "Most opened terms" }).getByRole("link").first().hover();
    expect(await axeViolations(page)).toEqual([]);
  });
});
