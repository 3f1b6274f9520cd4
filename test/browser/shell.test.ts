import type { Browser } from "playwright-core";
import { clientsFor } from "../support/tenant";
import { axeViolations, closeSuite, newContext, newPage, openHub, pageErrors, openSuite, THEMES } from "../support/browser";
import type { Tenant } from "../../tenant/src/server";
import { MODULES } from "../../src/modules";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));
afterEach(() => hub.faults.clear());

describe("the Data Hub shell in a browser, in local mode", () => {
  it("lets a person pick a persona and then shows Home with counts read from the local tenant", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await page.goto(`${hub.origin}/`);
    await page.getByRole("button", { name: "Sign in as Jordan Reid" }).click();
    await page.getByRole("heading", { name: "The five principles" }).waitFor();
    await page.getByText("Signed in as").waitFor();
    expect(await page.getByText("Signed in as").textContent()).toContain("Jordan Reid");
    expect(await page.getByText("Signed in as").textContent()).toContain("Data lead");
    const dataQuality = page.getByRole("group", { name: "Data quality" });
    // The principles' headings render before the figures arrive from the tenant: wait for the figure itself.
    await dataQuality.getByText("8 actions, 0% progress, 0 complete").waitFor();
    await expect(dataQuality.getByText("8 actions, 0% progress, 0 complete").count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it("shows each persona their own name and roles, side by side", async () => {
    const [a, b] = await Promise.all([newContext(browser), newContext(browser)]);
    const [councillor, manager] = await Promise.all([newPage(a, hub), newPage(b, hub)]);
    await Promise.all([openHub(councillor, hub, "councillor"), openHub(manager, hub, "manager")]);
    const line = (p: typeof councillor) => p.getByText("Signed in as").textContent();
    expect(await line(councillor)).toMatch(/Robin Clarke.*Your roles: Councillor\./);
    expect(await line(manager)).toMatch(/Morgan Ellis.*Your roles: Staff, Manager\./);
    await Promise.all([a.close(), b.close()]);
  });

  it("reflects a change made in SharePoint when Home is opened again", async () => {
    const { sp } = clientsFor(hub, "data-lead");
    const actions = sp.web.lists.getByTitle("Actions");
    const literacy: { Id: number }[] = await actions.items.select("Id").filter("PrincipleKey eq 'data-literacy'")();
    await actions.items.getById(literacy[0]!.Id).update({ Status: "Complete" });
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff");
    const card = page.getByRole("group", { name: "Data literacy" });
    await card.getByText("4 actions, 25% progress, 1 complete").waitFor();
    expect(await card.getByText("Complete: 1").count()).toBe(1);
    await context.close();
  });

  it("switches between the three Teams themes from the header", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff");
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector("header")!).backgroundColor);
    const light = await background();
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: "Dark" });
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await background()).not.toBe(light);
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: "High contrast" });
    await page.waitForFunction(() => document.documentElement.dataset.theme === "contrast");
    await context.close();
  });

  it.each(THEMES)("has no axe violations on Home and the persona picker in the %s theme", async (theme) => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "manager", "", theme);
    await page.getByRole("heading", { name: "The five principles" }).waitFor();
    await page.getByText("actions,").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch person" }).click();
    await page.getByRole("button", { name: "Sign in as Sam Patel" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("reaches every navigation item with the keyboard alone, and Enter opens it", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff");
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < MODULES.length; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest("nav") ? el.textContent?.trim() ?? "" : "";
      });
      // A link that counts something shows its count after its title ("My work" and "1 thing needs you").
      const title = MODULES.map((m) => m.title).find((t) => focused === t || focused.startsWith(t));
      if (focused) reached.add(title ?? focused);
    }
    expect([...reached].sort()).toEqual(MODULES.map((m) => m.title).sort());
    await page.getByRole("link", { name: "Training" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Training", level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Training" }).getAttribute("aria-current")).toBe("page");
    await context.close();
  });

  it("opens a deep link to a module, and says so plainly when a link leads nowhere", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff", "dashboards");
    await page.getByRole("heading", { name: "Dashboards", level: 1 }).waitFor();
    expect(await page.title()).toBe("Dashboards – Data Hub");
    await openHub(page, hub, "staff", "no-such-module");
    await page.getByText("There is no page at this address").waitFor();
    await context.close();
  });

  it("fits a narrow (mobile) Teams tab without horizontal scrolling of the page", async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff");
    await page.getByText("actions,").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("explains an outage in plain words and recovers with Try again", async () => {
    hub.faults.add({ api: "sp", pathContains: "Actions", status: 503, retryAfter: 0, count: 50 });
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    await openHub(page, hub, "staff");
    await page.getByText("Microsoft 365 is temporarily unavailable").waitFor({ timeout: 30_000 });
    hub.faults.clear();
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("actions,").first().waitFor();
    await context.close();
  });
});
