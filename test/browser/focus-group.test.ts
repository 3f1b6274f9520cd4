import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { meetingsList, storiesList } from "../../src/modules/focus-group/lists";
import { FOCUS_GROUP_CHANNEL_ID, FOCUS_GROUP_TEAM_ID } from "../../tenant/src/graph/routes";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, launchBrowser, newContext, newPage, openHub, pageErrors, startHub, THEMES } from "../support/browser";
import { clientsFor } from "../support/tenant";
import { entraAppConfig, nestedAppAuthFor, openInTeams, sharedChannel, TAB_ORIGIN, teamsContext } from "../support/teams-host";

const HOSTILE = `<img src=x onerror="alert(1)"> Queue cut by a rota change`;

interface ChannelMessage {
  id: string;
  body: { content: string };
}

async function postsAbout(hub: Tenant, storyId: number): Promise<ChannelMessage[]> {
  const page = await clientsFor(hub, "data-lead").graph.get<{ value: ChannelMessage[] }>(`/teams/${FOCUS_GROUP_TEAM_ID}/channels/${encodeURIComponent(FOCUS_GROUP_CHANNEL_ID)}/messages`);
  return page.value.filter((m) => m.body.content.includes(`focus-group%2Fstories%2F${storyId}`) || m.body.content.includes(`focus-group/stories/${storyId}`));
}

/** Tab until the element matching `selector` (in the frame or page) has focus; fails after `limit` presses. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("The keyboard never reached the element.");
}

/** The focused element's text in the tab's frame, or "" when focus is elsewhere (evaluateAll does not wait for an element). */
const focusedName = (frame: FrameLocator) => frame.locator(":focus").evaluateAll((els) => els[0]?.textContent?.trim() ?? "");

describe("the focus group in its Teams shared channel tab", () => {
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
    context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  });
  afterEach(async () => {
    await context?.unrouteAll({ behavior: "ignoreErrors" });
    await context?.close();
  });

  /** The channel tab, in the focus group's shared channel (the local tenant's), opened from another team. */
  async function openTab(route: string, theme = "default") {
    const naa = await nestedAppAuthFor(hub, "focus-group");
    const channel = { ...sharedChannel(), channelId: FOCUS_GROUP_CHANNEL_ID, hostTeamGroupId: FOCUS_GROUP_TEAM_ID };
    const opened = await openInTeams(context, hub, { tabUrl: `${TAB_ORIGIN}/index.html#/${route}`, frameContext: "content", context: teamsContext(naa.person, { ...channel, theme, entityId: "focus-group" }), naa });
    const frame = opened.page.frameLocator("#stage iframe");
    try {
      await frame.getByRole("heading", { name: "Focus group", level: 1 }).waitFor({ timeout: 20_000 });
    } catch (error) {
      // What the tab showed instead (a sign-in page, an error) explains a failure in CI.
      const shown = await frame.locator("body").innerText({ timeout: 2_000 }).catch(() => "(the tab could not be read)");
      throw new Error(`${(error as Error).message}\nThe tab showed instead:\n${shown.slice(0, 1_000)}`, { cause: error });
    }
    return { ...opened, frame };
  }

  it("shares a story to the channel by keyboard: one message, escaped, announced, and recorded on the story", async () => {
    const [id] = hub.seed(storiesList.title, [{ Title: HOSTILE, WhatChanged: "Two advisers moved to the Monday peak.", ImpactValue: 12, ImpactUnit: "hours a month", Service: "Customer Services" }], { as: "focus-group" });
    const { page, frame, traffic } = await openTab("focus-group");
    const link = frame.getByRole("link", { name: HOSTILE });
    await link.focus();
    await page.keyboard.press("Enter");
    await frame.getByRole("heading", { name: HOSTILE, level: 2 }).waitFor();
    // In a channel tab the story goes to the tab's own channel.
    await frame.getByText("Posts this story to Data focus group as a message").waitFor();

    await tabTo(page, async () => (await focusedName(frame)) === "Share to the focus group's channel");
    // Enter twice in quick succession: one post.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await frame.getByRole("status").filter({ hasText: "Shared to Data focus group." }).waitFor();
    await frame.getByText(/^Shared to Data focus group on \d{2}\/\d{2}\/\d{4} at \d{2}:\d{2} by Casey Hughes\./).waitFor();

    const posts = await postsAbout(hub, id!);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.content).toContain("Success story: &lt;img src=x onerror=&quot;alert(1)&quot;&gt; Queue cut by a rota change");
    expect(posts[0]!.body.content).not.toContain("<img");
    expect(traffic.graph.filter((r) => r.startsWith("POST /v1.0/teams/"))).toEqual([`POST /v1.0/teams/${FOCUS_GROUP_TEAM_ID}/channels/${encodeURIComponent(FOCUS_GROUP_CHANNEL_ID)}/messages`]);
    expect(await frame.getByRole("button", { name: "Share to the focus group's channel" }).count()).toBe(0);
  });

  it("a refused post (no consent) says so in plain words, keeps the story, and Try again posts it", async () => {
    const [id] = hub.seed(storiesList.title, [{ Title: "Address lists joined up", WhatChanged: "Matched on UPRN." }], { as: "focus-group" });
    hub.faults.add({ api: "graph", method: "POST", pathContains: "/messages", status: 403, count: 1 });
    const { frame } = await openTab(`focus-group/stories/${id}`);
    await frame.getByRole("button", { name: "Share to the focus group's channel" }).click();
    await frame.getByText("Teams didn't let you post to the focus group's channel").first().waitFor();
    await frame.getByText(/Data Hub hasn't been allowed to send channel messages for you.*The story is kept\./).waitFor();
    expect(await postsAbout(hub, id!)).toHaveLength(0);
    await frame.getByRole("button", { name: "Try again" }).click();
    await frame.getByRole("status").filter({ hasText: "Shared to Data focus group." }).waitFor();
    expect(await postsAbout(hub, id!)).toHaveLength(1);
  });

  it.each(THEMES)("is axe clean in the channel tab in the %s theme: stories, a story and the add form", async (theme) => {
    const [id] = hub.seed(storiesList.title, [{ Title: `A story for the ${theme} theme`, WhatChanged: "Something changed.", ImpactValue: 3, ImpactUnit: "days" }], { as: "focus-group" });
    const { page, frame } = await openTab("focus-group", theme);
    await frame.getByRole("list", { name: "Success stories" }).waitFor();
    expect(await frame.locator("html").getAttribute("data-theme")).toBe(theme);
    // The landing page sets up no focus trap: the shared helper finds it clean as it is.
    expect(await axeViolations(page)).toEqual([]);
    await frame.getByRole("button", { name: "Add a success story" }).click();
    await frame.getByRole("dialog").getByRole("button", { name: "Add story" }).click();
    await frame.getByText("Please check the form").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await frame.getByRole("dialog").waitFor({ state: "detached" });
    await frame.getByRole("link", { name: `A story for the ${theme} theme` }).click();
    await frame.getByRole("button", { name: "Share to the focus group's channel" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(id).toBeGreaterThan(0);
  });
});

describe("the focus group in local mode", () => {
  let hub: Tenant;
  let browser: Browser;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startHub(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function open(persona: string, route: string, options: { width?: number } = {}): Promise<Page> {
    const context = await newContext(browser, options.width ? { viewport: { width: options.width, height: 800 } } : {});
    const page = await newPage(context, hub);
    await openHub(page, hub, persona, route);
    await page.getByRole("heading", { name: "Focus group", level: 1 }).waitFor();
    return page;
  }

  it("adds a story by keyboard: problems listed with links to the fields, a failed save keeps the typing, focus returns to Add", async () => {
    const page = await open("focus-group", "focus-group");
    const add = page.getByRole("button", { name: "Add a success story" });
    await add.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /^Title/ }).waitFor();
    await dialog.getByRole("button", { name: "Add story" }).focus();
    await page.keyboard.press("Enter");
    await dialog.getByText("Please check the form").waitFor();
    const toWhatChanged = dialog.getByRole("button", { name: "Enter the what changed." });
    await toWhatChanged.focus();
    await page.keyboard.press("Enter");
    expect(await dialog.getByRole("textbox", { name: /^What changed/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("Residents get a text the day before a bulky waste collection.");
    await dialog.getByRole("textbox", { name: /^Title/ }).fill("Texts before bulky waste collections");

    hub.faults.add({ api: "sp", method: "POST", pathContains: "SuccessStories", status: 503, retryAfter: 0, count: 10 });
    await dialog.getByRole("button", { name: "Add story" }).click();
    await dialog.getByText("Microsoft 365 is temporarily unavailable").waitFor({ timeout: 20_000 });
    expect(await dialog.getByRole("textbox", { name: /^Title/ }).inputValue()).toBe("Texts before bulky waste collections");
    hub.faults.clear();
    await dialog.getByRole("button", { name: "Add story" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "Added “Texts before bulky waste collections”. Open it to share it to Teams." }).waitFor();
    expect(await add.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("outside the channel tab, shares to the channel the data lead set; a second share elsewhere says it was already shared", async () => {
    const [id] = hub.seed(storiesList.title, [{ Title: "Fewer missed collections", WhatChanged: "Texts the day before." }], { as: "focus-group" });
    const first = await open("data-lead", `focus-group/stories/${id}`);
    const second = await open("focus-group", `focus-group/stories/${id}`);
    await first.getByText("(the focus group's channel, set under Settings)").waitFor();
    await first.getByRole("button", { name: "Share to the focus group's channel" }).click();
    await first.getByRole("status").filter({ hasText: "Shared to Data focus group (SAMPLE: the local tenant's channel)." }).waitFor();
    // The other page still offers the button; pressing it posts nothing and says why.
    await second.getByRole("button", { name: "Share to the focus group's channel" }).click();
    await second.getByRole("status").filter({ hasText: /^This story was already shared to Data focus group \(SAMPLE: the local tenant's channel\) on \d{2}\/\d{2}\/\d{4} by Jordan Reid\. It was not posted again\.$/ }).waitFor();
    expect(await postsAbout(hub, id!)).toHaveLength(1);
  });

  it("staff read and ask questions, but add no stories and see no settings", async () => {
    const page = await open("staff", "focus-group");
    await page.getByRole("list", { name: "Success stories" }).waitFor();
    expect(await page.getByRole("button", { name: "Add a success story" }).count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Focus group" }).getByRole("link", { name: "Settings" }).count()).toBe(0);
    await page.getByRole("navigation", { name: "Focus group" }).getByRole("link", { name: "Questions and suggestions" }).click();
    await page.getByRole("button", { name: "Ask a question or make a suggestion" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /^Your question or suggestion/ }).fill("Could planning and licensing share one address list?");
    await dialog.getByRole("button", { name: "Send" }).click();
    await page.getByRole("status").filter({ hasText: "Thank you: your question is with the focus group." }).waitFor();
    await page.getByRole("heading", { name: "Could planning and licensing share one address list?" }).waitFor();
    expect(await page.getByRole("button", { name: /^Reply to/ }).count()).toBe(0);
  });

  it("a meeting's action arising goes to the action tracker and links to it", async () => {
    const [id] = hub.seed(meetingsList.title, [{ Title: "Data focus group meeting", MeetingDate: "2026-06-10T00:00:00Z" }], { as: "data-lead" });
    const page = await open("data-lead", `focus-group/meetings/${id}`);
    await page.getByRole("textbox", { name: /^New action arising/ }).fill("Draft the group's terms of reference");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Added “Draft the group's terms of reference” to the action tracker." }).waitFor();
    const link = page.getByRole("link", { name: "Draft the group's terms of reference" });
    expect(await link.getAttribute("href")).toMatch(/^#\/actions\/\d+$/);
    await link.click();
    await page.getByRole("heading", { name: "Action tracker", level: 1 }).waitFor();
    await page.getByText(/Arising from the data focus group meeting “Data focus group meeting” on 10\/06\/2026\./).waitFor();
  });

  it("fits 320 px without sideways scrolling, and Home shows the latest stories", async () => {
    const page = await open("data-lead", "focus-group", { width: 320 });
    await page.getByRole("list", { name: "Success stories" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const section of ["decisions", "sessions", "figures"]) {
      await openHub(page, hub, "data-lead", `focus-group/${section}`);
      await page.getByRole("table").first().waitFor();
      expect({ section, overflow: await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) }).toEqual({ section, overflow: 0 });
    }
    await openHub(page, hub, "councillor", "");
    const latest = page.getByRole("list", { name: "Latest success stories" });
    await latest.waitFor();
    expect(await latest.getByRole("listitem").count()).toBe(3);
  });

  it.each(THEMES)("is axe clean in the %s theme on the decisions log, pilots, learning, figures and settings", async (theme) => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    for (const [section, ready] of [
      ["decisions", "Backed by evidence, all decisions logged"],
      ["pilots", "Measure of success"],
      ["learning", "Matches by topic"],
      ["figures", "Decisions backed by evidence"],
      ["settings", "The focus group's Teams channel"],
      ["meetings", "Held"],
      ["questions", "Waiting for an answer"],
    ] as const) {
      await openHub(page, hub, "data-lead", `focus-group/${section}`, theme);
      await page.getByText(ready).first().waitFor();
      expect({ section, violations: await axeViolations(page) }).toEqual({ section, violations: [] });
    }
    await context.close();
  });
});
