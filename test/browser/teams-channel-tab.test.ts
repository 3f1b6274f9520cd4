import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import appManifest from "../../appPackage/manifest.json";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, launchBrowser, startHub } from "../support/browser";
import { entraAppConfig, hostState, nestedAppAuthFor, openInTeams, sharedChannel, TAB_ORIGIN, teamsContext, type TeamsScenario } from "../support/teams-host";

let hub: Tenant;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub({ appConfig: entraAppConfig() }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  // Requests still in flight when a test ends (teams-js, module chunks) must not fail the next one.
  await context?.unrouteAll({ behavior: "ignoreErrors" });
  await context?.close();
});

/** The manifest's configurationUrl and the static tab's contentUrl, with TAB_ENDPOINT filled in. */
const configurationUrl = appManifest.configurableTabs[0]!.configurationUrl.replace("${{TAB_ENDPOINT}}", TAB_ORIGIN);
const staticTabUrl = appManifest.staticTabs[0]!.contentUrl.replace("${{TAB_ENDPOINT}}", TAB_ORIGIN);

async function focusGroupMember() {
  return nestedAppAuthFor(hub, "focus-group");
}

const tab = (page: Page): FrameLocator => page.frameLocator("#stage iframe");

async function configureInSharedChannel(theme = "default") {
  const naa = await focusGroupMember();
  const scenario: TeamsScenario = { tabUrl: configurationUrl, frameContext: "settings", context: teamsContext(naa.person, { ...sharedChannel(), theme }), naa };
  const opened = await openInTeams(context, hub, scenario);
  await tab(opened.page).getByRole("heading", { name: "Data Hub for Data focus group (shared channel)" }).waitFor({ timeout: 20_000 });
  return opened;
}

describe("the channel tab in a Teams shared channel", () => {
  it("offers the three choices on its configuration page, and Teams' Save stays disabled until one is made", async () => {
    const { page } = await configureInSharedChannel();
    const frame = tab(page);
    for (const name of ["Focus group: success stories, lessons learnt and data share sessions", "A department's dashboards", "The action tracker for one principle"]) {
      expect(await frame.getByRole("radio", { name }).isVisible()).toBe(true);
    }
    expect(await frame.getByText("This is a shared channel").isVisible()).toBe(true);
    // No navigation and no sign-in on the configuration page.
    expect(await frame.getByRole("navigation").count()).toBe(0);
    const state = await hostState(page);
    expect(state.saveHandler).toBe(true);
    expect(state.validity).toBe(false);
    expect(await page.getByRole("button", { name: "Save" }).isDisabled()).toBe(true);
    expect(state.tokenRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("saves the focus group view and opens it in the channel, signed in through nested app authentication", async () => {
    const { page, traffic } = await configureInSharedChannel("dark");
    const frame = tab(page);
    await frame.getByRole("radio", { name: /^Focus group/ }).check();
    await frame.getByText("The tab will be called “Focus group”.").waitFor();
    await page.getByRole("button", { name: "Save" }).click();

    // The content page Teams opened at the saved contentUrl shows the focus group's page.
    await frame.getByRole("heading", { name: "Focus group", level: 1 }).waitFor({ timeout: 20_000 });
    const state = await hostState(page);
    expect(state.saved).toEqual({
      entityId: "focus-group",
      contentUrl: `${TAB_ORIGIN}/index.html#/focus-group`,
      websiteUrl: `${TAB_ORIGIN}/index.html#/focus-group`,
      suggestedDisplayName: "Focus group",
    });
    expect(state.frameContext).toBe("content");
    expect(await frame.locator("html").getAttribute("data-theme")).toBe("dark");
    // The shell names the shared channel, and the person Graph says is signed in.
    expect(await frame.getByText("Data focus group (shared channel)").isVisible()).toBe(true);
    expect(await frame.getByText("Casey Hughes").isVisible()).toBe(true);
    // Tokens came from the Teams host, first for the Graph scopes the manifest prefetches.
    expect(state.tokenRequests[0]).toEqual({ method: "GetToken", scope: appManifest.webApplicationInfo.nestedAppAuthInfo[0]!.scopes.join(" "), clientId: entraAppConfig().clientId });
    expect(state.tokenRequests.every((r) => r.method === "GetToken")).toBe(true);
    // In a shared channel the person need not belong to the host team: nothing asks about team membership.
    expect(traffic.graph.length).toBeGreaterThan(0);
    expect(traffic.graph.filter((r) => /\/(teams|groups)\//i.test(r))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("saves a department's dashboards once a department is given", async () => {
    const { page } = await configureInSharedChannel();
    const frame = tab(page);
    await frame.getByRole("radio", { name: "A department's dashboards" }).check();
    const department = frame.getByRole("textbox", { name: /Department/ });
    await department.waitFor();
    expect((await hostState(page)).validity).toBe(false);
    await department.fill("Customer Services");
    await page.getByRole("button", { name: "Save" }).click();
    await frame.getByRole("heading", { name: "Dashboards", level: 1 }).waitFor({ timeout: 20_000 });
    const state = await hostState(page);
    expect(state.saved?.contentUrl).toBe(`${TAB_ORIGIN}/index.html#/dashboards?department=Customer+Services`);
    expect(state.saved?.suggestedDisplayName).toBe("Dashboards: Customer Services");
  });

  it("saves the action tracker filtered to the principle chosen", async () => {
    const { page } = await configureInSharedChannel();
    const frame = tab(page);
    await frame.getByRole("radio", { name: "The action tracker for one principle" }).check();
    await frame.getByRole("combobox", { name: /Principle/ }).selectOption({ label: "Data quality" });
    await frame.getByText("The tab will be called “Actions: Data quality”.").waitFor();
    // Teams may call the save handler without the tab doing anything else first.
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForFunction(() => (window as unknown as { teamsHost: { saved: unknown } }).teamsHost.saved !== null);
    const state = await hostState(page);
    expect(state.saved).toMatchObject({ entityId: "actions:data-quality", contentUrl: `${TAB_ORIGIN}/index.html#/actions?principle=data-quality`, suggestedDisplayName: "Actions: Data quality" });
  });

  it("preselects what an existing tab shows when its settings are reopened", async () => {
    const naa = await focusGroupMember();
    const savedConfig = { entityId: "dashboards:Digital", contentUrl: `${TAB_ORIGIN}/index.html#/dashboards?department=Digital`, websiteUrl: `${TAB_ORIGIN}/index.html#/dashboards?department=Digital`, suggestedDisplayName: "Dashboards: Digital" };
    const { page } = await openInTeams(context, hub, { tabUrl: configurationUrl, frameContext: "settings", context: teamsContext(naa.person, { ...sharedChannel(), entityId: "dashboards:Digital" }), naa, savedConfig });
    const frame = tab(page);
    await frame.getByRole("textbox", { name: /Department/ }).waitFor({ timeout: 20_000 });
    expect(await frame.getByRole("radio", { name: "A department's dashboards" }).isChecked()).toBe(true);
    expect(await frame.getByRole("textbox", { name: /Department/ }).inputValue()).toBe("Digital");
    await page.waitForFunction(() => (window as unknown as { teamsHost: { validity: boolean } }).teamsHost.validity);
  });

  it("tells someone from another organisation that the tab is the council's, without trying to sign them in", async () => {
    const naa = await focusGroupMember();
    const outsider = teamsContext(naa.person, { ...sharedChannel(), tid: "9a9a9a9a-0000-4000-8000-000000000001", entityId: "focus-group" });
    const { page, traffic } = await openInTeams(context, hub, { tabUrl: `${TAB_ORIGIN}/index.html#/focus-group`, frameContext: "content", context: outsider, naa });
    await tab(page).getByRole("heading", { name: "Data Hub is for Havant Borough Council" }).waitFor({ timeout: 20_000 });
    expect((await hostState(page)).tokenRequests).toEqual([]);
    expect(traffic.graph).toEqual([]);
  });
});

describe("the personal Data tab", () => {
  it("opens the page a deep link names (subPageId), read after getContext, instead of Home", async () => {
    const naa = await focusGroupMember();
    const { page } = await openInTeams(context, hub, { tabUrl: staticTabUrl, frameContext: "content", context: teamsContext(naa.person, { entityId: "hub", subEntityId: "training" }), naa });
    await tab(page).getByRole("heading", { name: "Training", level: 1 }).waitFor({ timeout: 20_000 });
    // A personal tab is in no channel: the header says nothing about one.
    expect(await tab(page).getByText("(shared channel)").count()).toBe(0);
  });
});
