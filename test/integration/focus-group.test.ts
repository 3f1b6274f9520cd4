import { ConflictError } from "../../src/core/data/concurrency";
import { teamsDeepLink } from "../../src/core/domain/deep-links";
import { loadChannelSetting, saveChannelSetting } from "../../src/modules/focus-group/data/channel-setting-data";
import { addActionArising, loadMeetingActions, sendToTracker } from "../../src/modules/focus-group/data/meeting-actions-data";
import { addRecord, getRecord, loadRecords, saveRecord } from "../../src/modules/focus-group/data/records-data";
import { ShareError, shareStory } from "../../src/modules/focus-group/data/share-story";
import { loadLatestStories } from "../../src/modules/focus-group/data/stories-data";
import type { ChannelTarget } from "../../src/modules/focus-group/domain/channel";
import { decisionKind, evidenceShare } from "../../src/modules/focus-group/domain/decision";
import { meetingKind } from "../../src/modules/focus-group/domain/meeting";
import { questionKind } from "../../src/modules/focus-group/domain/question";
import { storyKind } from "../../src/modules/focus-group/domain/story";
import { FOCUS_GROUP_FIGURES } from "../../src/modules/focus-group/domain/strategy-figures";
import { decisionsList, questionsList, settingsList, storiesList } from "../../src/modules/focus-group/lists";
import { measures } from "../../src/modules/focus-group/measures";
import { LOCAL_FOCUS_GROUP_CHANNEL } from "../../src/modules/focus-group/samples";
import { getAction } from "../../src/modules/actions/data/actions-data";
import { FOCUS_GROUP_CHANNEL_ID, FOCUS_GROUP_TEAM_ID } from "../../tenant/src/graph/routes";
import type { PersonaId } from "../../tenant/src/identity/personas";
import { personForPersona } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());
afterEach(() => tenant.faults.clear());

const CHANNEL: ChannelTarget = { teamId: FOCUS_GROUP_TEAM_ID, channelId: FOCUS_GROUP_CHANNEL_ID, name: "Data focus group", source: "settings" };
const HOSTILE = `<img src=x onerror="alert('pwned')"><script>alert(1)</script> & "friends"`;
const siteId = (persona: PersonaId) => personForPersona(persona).siteUserId;

interface ChannelMessage {
  id: string;
  body: { contentType: string; content: string };
}

async function channelMessages(): Promise<ChannelMessage[]> {
  const page = await clientsFor(tenant, "data-lead").graph.get<{ value: ChannelMessage[] }>(`/teams/${FOCUS_GROUP_TEAM_ID}/channels/${encodeURIComponent(FOCUS_GROUP_CHANNEL_ID)}/messages`);
  return page.value;
}

/** The messages that link back to a story (its route is in the deep link's context). */
const postsOf = async (storyId: number) => (await channelMessages()).filter((m) => m.body.content.includes(encodeURIComponent(`"focus-group/stories/${storyId}"`)));

async function newStory(title = "Rota change cut the phone queue", persona: PersonaId = "focus-group") {
  const { sp } = clientsFor(tenant, persona);
  return addRecord(sp, storyKind, storyKind.valuesOf({ ...storyKind.draftOf(null, "2026-05-01"), title, whatChanged: "Two advisers moved to the Monday peak.\nQueues fell.", impactValue: "12", impactUnit: "hours a month" }));
}

const linkTo = (storyId: number, title: string) => teamsDeepLink({ appId: "00000000-0000-4000-8000-0000000000aa", subPageId: `focus-group/stories/${storyId}`, label: title, webUrl: `https://datahub.havant.example/index.html#/focus-group/stories/${storyId}` });

function share(persona: PersonaId, storyId: number, extra: { target?: ChannelTarget; now?: Date; confirmUnconfirmed?: boolean } = {}) {
  const clients = clientsFor(tenant, persona);
  return shareStory(clients, { storyId, target: extra.target ?? CHANNEL, link: linkTo(storyId, "story"), me: siteId(persona), now: () => extra.now ?? new Date(), confirmUnconfirmed: extra.confirmUnconfirmed });
}

describe("sharing a success story to the focus group's channel", () => {
  it("posts once through Graph with the list text escaped, records the message on the story, and a second share says it was already shared", async () => {
    const story = await newStory(HOSTILE);
    const result = await share("focus-group", story.id);
    expect(result.outcome).toBe("posted");

    const posts = await postsOf(story.id);
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body;
    expect(body.contentType).toBe("html");
    // The hostile title arrives as text: no tag of its own, every special character escaped.
    expect(body.content).toContain("Success story: &lt;img src=x onerror=&quot;alert(&#39;pwned&#39;)&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;");
    expect(body.content).not.toMatch(/<img|<script|onerror="/i);
    expect(body.content).toContain("Two advisers moved to the Monday peak.<br>Queues fell.");
    expect(body.content).toContain("<strong>Impact:</strong> 12 hours a month");
    // The only link is ours, back to the story in the Data tab.
    expect(body.content.match(/<a /g)).toHaveLength(1);
    expect(body.content).toContain('<a href="https://teams.microsoft.com/l/entity/00000000-0000-4000-8000-0000000000aa/hub?');

    const recorded = await getRecord(clientsFor(tenant, "staff").sp, storyKind, story.id);
    expect(recorded.share).toMatchObject({ messageId: posts[0]!.id, to: "Data focus group", byId: siteId("focus-group"), byName: "Casey Hughes", claimedAt: null, claimedById: null });
    expect(recorded.share.messageUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/message\//);
    expect(Date.now() - new Date(recorded.share.at!).getTime()).toBeLessThan(60_000);

    const again = await share("data-lead", story.id);
    expect(again.outcome).toBe("already-shared");
    expect(await postsOf(story.id)).toHaveLength(1);
  });

  it("two shares at once (a double click, or two people) post one message", async () => {
    const story = await newStory();
    const results = await Promise.all([share("focus-group", story.id), share("focus-group", story.id), share("data-lead", story.id)]);
    expect(results.filter((r) => r.outcome === "posted")).toHaveLength(1);
    expect(results.filter((r) => r.outcome !== "posted").every((r) => r.outcome === "in-progress" || r.outcome === "already-shared")).toBe(true);
    expect(await postsOf(story.id)).toHaveLength(1);
  });

  it("a 403 (no consent) says so in plain words, keeps the story unclaimed, and a retry posts it", async () => {
    const story = await newStory();
    tenant.faults.add({ api: "graph", method: "POST", pathContains: "/messages", status: 403, count: 1 });
    const refused = await share("focus-group", story.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ShareError);
    expect((refused as ShareError).failure).toMatchObject({ kind: "refused", title: "Teams didn't let you post to the focus group's channel" });
    expect((refused as ShareError).failure.detail).toContain("The story is kept.");
    const kept = await getRecord(clientsFor(tenant, "focus-group").sp, storyKind, story.id);
    expect(kept.title).toBe(story.title);
    expect(kept.share).toMatchObject({ messageId: null, claimedAt: null, claimedById: null });
    expect(await postsOf(story.id)).toHaveLength(0);

    expect((await share("focus-group", story.id)).outcome).toBe("posted");
    expect(await postsOf(story.id)).toHaveLength(1);
  });

  it("Teams throttling once is waited out and posts once; throttling that persists says Teams is busy and can be retried", async () => {
    const once = await newStory();
    tenant.faults.add({ api: "graph", method: "POST", pathContains: "/messages", status: 429, retryAfter: 1, count: 1 });
    expect((await share("focus-group", once.id)).outcome).toBe("posted");
    expect(await postsOf(once.id)).toHaveLength(1);

    const busy = await newStory();
    tenant.faults.add({ api: "graph", method: "POST", pathContains: "/messages", status: 429, retryAfter: 1, count: 10 });
    const failed = await share("focus-group", busy.id).catch((e: unknown) => e);
    expect((failed as ShareError).failure).toMatchObject({ kind: "busy", title: "Teams is busy just now" });
    tenant.faults.clear();
    expect(await postsOf(busy.id)).toHaveLength(0);
    expect((await share("focus-group", busy.id)).outcome).toBe("posted");
    expect(await postsOf(busy.id)).toHaveLength(1);
  }, 30_000);

  it("a channel that is gone says so and keeps the story; someone who may not edit stories is refused before anything is posted", async () => {
    const story = await newStory();
    const gone = await share("focus-group", story.id, { target: { ...CHANNEL, channelId: "19:deletedchannel@thread.tacv2" } }).catch((e: unknown) => e);
    expect((gone as ShareError).failure).toMatchObject({ kind: "channel-missing", title: "The focus group's channel wasn't found" });
    expect((await getRecord(clientsFor(tenant, "focus-group").sp, storyKind, story.id)).share.claimedAt).toBeNull();
    // The manager may not edit stories: SharePoint refuses the claim, so nothing reaches Teams.
    await expect(share("manager", story.id)).rejects.toMatchObject({ status: 403 });
    expect(await postsOf(story.id)).toHaveLength(0);
  });

  it("an answer that never came keeps the claim: nobody posts again until someone checks the channel and confirms", async () => {
    const story = await newStory();
    tenant.faults.add({ api: "graph", method: "POST", pathContains: "/messages", status: 500, count: 1 });
    const unknown = await share("focus-group", story.id).catch((e: unknown) => e);
    expect((unknown as ShareError).failure).toMatchObject({ kind: "unknown-outcome", keepsClaim: true });

    expect(await share("data-lead", story.id)).toMatchObject({ outcome: "in-progress", byName: "Casey Hughes" });
    const later = new Date(Date.now() + 10 * 60_000);
    expect(await share("data-lead", story.id, { now: later })).toMatchObject({ outcome: "unconfirmed", byName: "Casey Hughes" });
    expect((await share("data-lead", story.id, { now: later, confirmUnconfirmed: true })).outcome).toBe("posted");
    expect(await postsOf(story.id)).toHaveLength(1);
  });
});

describe("the focus group's lists", () => {
  it("staff and councillors ask questions and read; only the group and the data lead add stories and answer", async () => {
    const draft = { kind: "Suggestion", title: "Join up licensing and planning addresses", detail: "" };
    for (const persona of ["staff", "councillor"] as const) {
      const asked = await addRecord(clientsFor(tenant, persona).sp, questionKind, questionKind.valuesOf(draft));
      expect(asked).toMatchObject({ status: "Open", kind: "Suggestion" });
      await expect(saveRecord(clientsFor(tenant, persona).sp, questionKind, asked, { Status: "Answered", Answer: "Done." })).rejects.toMatchObject({ status: 403 });
      await expect(newStory("Not mine to add", persona)).rejects.toMatchObject({ status: 403 });
    }
    const question = (await loadRecords(clientsFor(tenant, "focus-group").sp, questionKind)).find((q) => q.title === draft.title)!;
    await expect(saveRecord(clientsFor(tenant, "focus-group").sp, questionKind, question, { Status: "Answered", Answer: "The group is matching them on UPRN." })).resolves.toMatchObject({ status: "Answered" });
    await expect(addRecord(clientsFor(tenant, "manager").sp, decisionKind, { Title: "x", DecisionDate: "2026-05-01T00:00:00Z", DecisionKind: "Officer", DecisionMaker: "y", NoEvidence: true })).rejects.toMatchObject({ status: 403 });
    expect(questionsList.permissions.add).toBe("everyone");
    expect(storiesList.permissions).toEqual({ add: ["data-lead", "focus-group"], edit: ["data-lead", "focus-group"] });
  });

  it("a stale ETag on a story is refused with the current version, and the edit is not applied", async () => {
    const { sp } = clientsFor(tenant, "focus-group");
    const story = await newStory("Before the edit");
    await saveRecord(clientsFor(tenant, "data-lead").sp, storyKind, story, { Title: "The data lead's edit" });
    const stale = await saveRecord(sp, storyKind, story, { Title: "Casey's edit" }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError<{ title: string }>).current.title).toBe("The data lead's edit");
    expect((await getRecord(sp, storyKind, story.id)).title).toBe("The data lead's edit");
  });

  it("the decisions log gives the share of decisions backed by evidence, and the figure agrees", async () => {
    const period = { start: "2030-04-01", end: "2031-03-31", label: "2030/31" };
    tenant.seed(decisionsList.title, [
      { Title: "Close the Tuesday desk", DecisionDate: "2030-05-01T00:00:00Z", DecisionKind: "Officer", DecisionMaker: "Head of service", EvidenceDatasets: "Footfall counts", NoEvidence: false },
      { Title: "Adopt the housing plan", DecisionDate: "2030-06-01T00:00:00Z", DecisionKind: "Committee", DecisionMaker: "Cabinet", EvidenceDashboards: "1", NoEvidence: false },
      { Title: "Renew the lease", DecisionDate: "2030-07-01T00:00:00Z", DecisionKind: "Committee", DecisionMaker: "Cabinet", NoEvidence: true },
      { Title: "Earlier decision", DecisionDate: "2029-07-01T00:00:00Z", DecisionKind: "Officer", DecisionMaker: "Head of service", EvidenceKpis: "Calls answered", NoEvidence: false },
    ], { as: "data-lead" });
    const decisions = await loadRecords(clientsFor(tenant, "staff").sp, decisionKind);
    expect(evidenceShare(decisions, period)).toEqual({ backed: 2, total: 3, percent: 66.7 });

    const data = await measures.load(clientsFor(tenant, "staff"), period);
    const figure = FOCUS_GROUP_FIGURES.find((f) => f.id === "focus-group.decisions-evidence")!.compute(data, period);
    expect(figure).toMatchObject({ value: 66.7, basis: "2 of 3 decisions backed by evidence", breakdown: [{ label: "Committee decisions", value: 50 }, { label: "Officer decisions", value: 100 }] });
    for (const f of FOCUS_GROUP_FIGURES) {
      const result = f.compute(data, period);
      expect({ id: f.id, finite: result.value === null || Number.isFinite(result.value) }).toEqual({ id: f.id, finite: true });
    }
  });

  it("an action arising goes to the action tracker, linked both ways; without the tracker's permission it waits on the meeting", async () => {
    const meeting = await addRecord(clientsFor(tenant, "focus-group").sp, meetingKind, meetingKind.valuesOf({ title: "Data focus group meeting", date: "2026-06-10", agenda: "", notes: "", attendees: "" }));
    const detail = { title: "Draft terms of reference", detail: "Arising from the data focus group meeting “Data focus group meeting” on 10/06/2026." };

    // Casey is in the focus group but not a manager: the tracker refuses, the meeting keeps it.
    const waiting = await addActionArising(clientsFor(tenant, "focus-group").sp, meeting.id, detail);
    expect(waiting.arising).toMatchObject({ title: "Draft terms of reference", meetingId: meeting.id, actionId: null });
    expect(waiting.trackerError).toMatchObject({ status: 403 });

    const linked = await sendToTracker(clientsFor(tenant, "data-lead").sp, waiting.arising, detail);
    expect(linked.actionId).not.toBeNull();
    const action = await getAction(clientsFor(tenant, "staff").sp, linked.actionId!);
    expect(action).toMatchObject({ title: "Draft terms of reference", status: "Not started", detail: detail.detail });
    // A second click finds it linked and adds nothing.
    expect((await sendToTracker(clientsFor(tenant, "data-lead").sp, waiting.arising, detail)).actionId).toBe(linked.actionId);

    const direct = await addActionArising(clientsFor(tenant, "data-lead").sp, meeting.id, { ...detail, title: "Book the first data share session" });
    expect(direct.trackerError).toBeNull();
    expect((await loadMeetingActions(clientsFor(tenant, "staff").sp, meeting.id)).map((a) => [a.title, a.actionId !== null])).toEqual([
      ["Draft terms of reference", true],
      ["Book the first data share session", true],
    ]);
  });

  it("the channel setting is the data lead's alone, and local mode's sample points at the local tenant's channel", async () => {
    expect(LOCAL_FOCUS_GROUP_CHANNEL).toEqual({ teamId: FOCUS_GROUP_TEAM_ID, channelId: FOCUS_GROUP_CHANNEL_ID });
    const sample = await loadChannelSetting(clientsFor(tenant, "staff").sp);
    expect(sample?.target).toMatchObject({ teamId: FOCUS_GROUP_TEAM_ID, channelId: FOCUS_GROUP_CHANNEL_ID, source: "settings" });

    const draft = { link: "", channelName: "Data focus group", teamId: FOCUS_GROUP_TEAM_ID, channelId: FOCUS_GROUP_CHANNEL_ID };
    await expect(saveChannelSetting(clientsFor(tenant, "focus-group").sp, sample, draft)).rejects.toMatchObject({ status: 403 });
    const saved = await saveChannelSetting(clientsFor(tenant, "data-lead").sp, sample, draft);
    expect(saved.target?.name).toBe("Data focus group");
    // The setting is one keyed item: a second one is refused by the unique key.
    await expect(saveChannelSetting(clientsFor(tenant, "data-lead").sp, null, draft)).rejects.toMatchObject({ status: 500 });
    expect(settingsList.fields.find((f) => f.name === "SettingKey")).toMatchObject({ unique: true, indexed: true });
  });

  it("Home's latest stories come newest first, three at most", async () => {
    for (const title of ["Older story", "Middle story", "Newest story"]) await newStory(title);
    const latest = await loadLatestStories(clientsFor(tenant, "councillor").sp, 3);
    expect(latest.map((s) => s.title)).toEqual(["Newest story", "Middle story", "Older story"]);
  });
});
