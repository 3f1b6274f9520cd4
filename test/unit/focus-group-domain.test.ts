import measures from "../../src/modules/measures/seed/measures.json";
import { chooseChannel, checkChannelSetting, parseChannelLink, tabChannelTarget } from "../../src/modules/focus-group/domain/channel";
import { escapeHtml, FIELD_LIMIT, storyMessage } from "../../src/modules/focus-group/domain/channel-message";
import { type Decision, decisionKind, evidenceShare, parseIds } from "../../src/modules/focus-group/domain/decision";
import { fieldProblems, isoDay, isRealDate, splitList } from "../../src/modules/focus-group/domain/form";
import { actionArisingProblem, attendeeNames } from "../../src/modules/focus-group/domain/meeting";
import { matchMentoring, type MentoringEntry, topicKey } from "../../src/modules/focus-group/domain/mentoring";
import { financialYearOf, quarterOf, reportingPeriods } from "../../src/modules/focus-group/domain/periods";
import { pilotKind } from "../../src/modules/focus-group/domain/pilot";
import { answerValues, checkAnswer } from "../../src/modules/focus-group/domain/question";
import { type DataShareSession, sessionKind, splitSessions } from "../../src/modules/focus-group/domain/session";
import { describeShareFailure, shareReadiness, type ShareScreen, shareTransition } from "../../src/modules/focus-group/domain/share";
import { impactFigure, type Story, storyKind, type StoryShare } from "../../src/modules/focus-group/domain/story";

const NO_SHARE: StoryShare = { messageId: null, messageUrl: null, to: null, at: null, byId: null, byName: null, claimedAt: null, claimedById: null, claimedByName: null };
const story = (extra: Partial<Story> = {}): Story => ({
  id: 7,
  etag: '"1"',
  title: "Rota change cut the queue",
  whatChanged: "Advisers moved to the peak.",
  dataUsed: null,
  impactValue: null,
  impactUnit: null,
  impactDescription: null,
  service: null,
  principleKey: null,
  people: null,
  storyDate: null,
  created: "2026-05-01T09:00:00Z",
  authorId: 15,
  authorName: "Casey Hughes",
  share: NO_SHARE,
  ...extra,
});
const LINK = "https://teams.microsoft.com/l/entity/app/hub?context=%7B%22subEntityId%22%3A%22focus-group%2Fstories%2F7%22%7D";

describe("the channel message a story becomes", () => {
  it("escapes every character that could open markup or an attribute", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
  });

  it("a hostile title, text and service arrive as text, with our one link back to the story", () => {
    const { body } = storyMessage(story({ title: "<script>alert(1)</script>", whatChanged: "<b>bold</b>\nnext line", service: `"><img src=x onerror=alert(2)>`, principleKey: "data-ethics", impactValue: 1500, impactUnit: "£" }), LINK);
    expect(body.contentType).toBe("html");
    expect(body.content).toBe(
      "<p><strong>Success story: &lt;script&gt;alert(1)&lt;/script&gt;</strong></p>" +
        "<p>&lt;b&gt;bold&lt;/b&gt;<br>next line</p>" +
        "<p><strong>Impact:</strong> £1,500</p>" +
        "<p><strong>Service:</strong> &quot;&gt;&lt;img src=x onerror=alert(2)&gt; · <strong>Principle:</strong> Data ethics and responsibility</p>" +
        `<p><a href="${LINK}">Read the story in Data Hub</a></p>`,
    );
  });

  it("leaves out a link that is not a web address, and cuts long text with an ellipsis", () => {
    const { body } = storyMessage(story({ whatChanged: "x".repeat(FIELD_LIMIT + 50) }), "javascript:alert(1)");
    expect(body.content).not.toContain("<a ");
    expect(body.content).toContain(`${"x".repeat(FIELD_LIMIT - 1)}…</p>`);
  });

  it("an impact reads as its number with its unit, £ before the number", () => {
    expect(impactFigure({ impactValue: 12, impactUnit: "hours a month" })).toBe("12 hours a month");
    expect(impactFigure({ impactValue: 2500.5, impactUnit: "£" })).toBe("£2,500.5");
    expect(impactFigure({ impactValue: 3, impactUnit: null })).toBe("3");
    expect(impactFigure({ impactValue: null, impactUnit: "days" })).toBeNull();
  });
});

describe("where a story is shared", () => {
  it("in a shared channel opened from another team, the channel's host team; in a standard channel, the context's team", () => {
    expect(tabChannelTarget({ channel: { id: "19:fg@thread.tacv2", displayName: "Data focus group", membershipType: "Shared", ownerGroupId: "host" }, team: { groupId: "other" } })).toEqual({ teamId: "host", channelId: "19:fg@thread.tacv2", name: "Data focus group", source: "tab" });
    expect(tabChannelTarget({ channel: { id: "19:gen@thread.tacv2", displayName: "General", membershipType: "Regular" }, team: { groupId: "team" } })).toMatchObject({ teamId: "team" });
    // A shared channel without its host team named is no target: never the team it was opened from.
    expect(tabChannelTarget({ channel: { id: "19:fg@thread.tacv2", membershipType: "Shared" }, team: { groupId: "other" } })).toBeNull();
    expect(tabChannelTarget({ team: { groupId: "team" } })).toBeNull();
    expect(tabChannelTarget(null)).toBeNull();
  });

  it("the tab's channel wins over the configured one; with neither there is none", () => {
    const tab = { teamId: "a", channelId: "19:a@thread.tacv2", name: "A", source: "tab" as const };
    const configured = { teamId: "b", channelId: "19:b@thread.tacv2", name: "B", source: "settings" as const };
    expect(chooseChannel(tab, configured)).toBe(tab);
    expect(chooseChannel(null, configured)).toBe(configured);
    expect(chooseChannel(null, null)).toBeNull();
  });

  it("reads the ids from Teams' “Get link to channel”, and nothing from other links", () => {
    const link = "https://teams.microsoft.com/l/channel/19%3aabc123DEF%40thread.tacv2/Data%20focus%20group?groupId=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d&tenantId=5f0c1b9e-0000-4d7a-9c8e-6a1b2c3d4e5f";
    expect(parseChannelLink(link)).toEqual({ teamId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", channelId: "19:abc123DEF@thread.tacv2", name: "Data focus group" });
    expect(parseChannelLink(link.replace("teams.microsoft.com", "teams.evil.example"))).toBeNull();
    expect(parseChannelLink(link.replace("https:", "http:"))).toBeNull();
    expect(parseChannelLink(link.replace("groupId=9a8b", "groupId=zz8b"))).toBeNull();
    expect(parseChannelLink("not a link")).toBeNull();
  });

  it("the data lead's setting needs a name, a team's group id and a Teams channel id, each explained", () => {
    expect(checkChannelSetting({ link: "", channelName: "Data focus group", teamId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", channelId: "19:abc@thread.tacv2" })).toEqual([]);
    expect(checkChannelSetting({ link: "https://example.com", channelName: "", teamId: "team", channelId: "general" })).toEqual([
      { field: "link", message: "That isn't a Teams channel link. Copy it with “Get link to channel”, or clear it and enter the ids." },
      { field: "channelName", message: "Enter the channel name." },
      { field: "teamId", message: "Enter the team id as Teams gives it: 32 letters and numbers in five groups, such as 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d." },
      { field: "channelId", message: "Enter the channel id as Teams gives it: it starts 19: and ends @thread.tacv2." },
    ]);
  });
});

describe("sharing once", () => {
  const now = new Date("2026-05-01T10:00:00Z");
  it("a recorded message is shared; a fresh claim is a post under way; an old claim needs someone to check", () => {
    expect(shareReadiness(NO_SHARE, now)).toEqual({ kind: "ready" });
    expect(shareReadiness({ ...NO_SHARE, messageId: "m1", at: "2026-04-30T09:00:00Z", byName: "Jordan Reid", to: "Data focus group" }, now)).toMatchObject({ kind: "shared", byName: "Jordan Reid" });
    expect(shareReadiness({ ...NO_SHARE, claimedAt: "2026-05-01T09:59:00Z", claimedByName: "Casey Hughes" }, now)).toEqual({ kind: "in-progress", byName: "Casey Hughes", since: "2026-05-01T09:59:00Z" });
    expect(shareReadiness({ ...NO_SHARE, claimedAt: "2026-05-01T09:57:00Z", claimedByName: "Casey Hughes" }, now)).toMatchObject({ kind: "unconfirmed" });
    // A claim from a clock running ahead is still someone's post under way.
    expect(shareReadiness({ ...NO_SHARE, claimedAt: "2026-05-01T10:05:00Z" }, now)).toMatchObject({ kind: "in-progress" });
  });

  it("a second click while posting starts nothing, and a posted story is never posted again", () => {
    const first = shareTransition({ phase: "idle" }, { type: "share" });
    expect(first).toEqual({ state: { phase: "posting" }, run: { kind: "post", confirmUnconfirmed: false } });
    expect(shareTransition(first.state, { type: "share" })).toEqual({ state: { phase: "posting" } });
    const posted = shareTransition(first.state, { type: "outcome", outcome: "posted" });
    expect(posted.state).toEqual({ phase: "posted" });
    expect(shareTransition(posted.state, { type: "share" }).run).toBeUndefined();
  });

  it("after a failure it can be retried; a message posted but not recorded is recorded, not posted again", () => {
    const failure = describeShareFailure(429);
    const failed = shareTransition({ phase: "posting" }, { type: "failed", failure });
    expect(shareTransition(failed.state, { type: "share" }).run).toEqual({ kind: "post", confirmUnconfirmed: false });
    const unrecorded: ShareScreen = { phase: "failed", failure: describeShareFailure(undefined), posted: { id: "m1", webUrl: null } };
    expect(shareTransition(unrecorded, { type: "share" }).run).toEqual({ kind: "record", posted: { id: "m1", webUrl: null } });
    // Outcomes arriving when nothing is being posted change nothing.
    expect(shareTransition({ phase: "idle" }, { type: "outcome", outcome: "posted" }).state).toEqual({ phase: "idle" });
  });

  it("says what went wrong in plain words, and keeps the claim only when the post may have happened", () => {
    expect(describeShareFailure(403)).toMatchObject({ kind: "refused", keepsClaim: false });
    expect(describeShareFailure(403).detail).toContain("ChannelMessage.Send");
    expect(describeShareFailure(404)).toMatchObject({ kind: "channel-missing", keepsClaim: false });
    for (const status of [429, 503, 504]) expect(describeShareFailure(status)).toMatchObject({ kind: "busy", keepsClaim: false });
    expect(describeShareFailure(401)).toMatchObject({ kind: "sign-in", keepsClaim: false });
    expect(describeShareFailure(400)).toMatchObject({ kind: "other", keepsClaim: false });
    for (const status of [undefined, 0, 500, 502]) expect(describeShareFailure(status)).toMatchObject({ kind: "unknown-outcome", keepsClaim: true });
    for (const status of [403, 404, 429, 401, 400, 500]) expect(describeShareFailure(status).detail).toContain("The story is kept.");
  });
});

describe("forms", () => {
  it("dates must exist, numbers be numbers, links https, with messages that say what to do", () => {
    expect(isRealDate("2026-02-28")).toBe(true);
    expect(isRealDate("2026-02-30")).toBe(false);
    const problems = fieldProblems(sessionKind.fields, { topic: "", presenter: "Digital", date: "2026-02-30", attendance: "-3", slidesLink: "javascript:alert(1)", summary: "" });
    expect(problems).toEqual([
      { field: "topic", message: "Enter the topic." },
      { field: "date", message: "Enter the date as a real date, for example 25/11/2026." },
      { field: "attendance", message: "Enter the attendance as a whole number, for example 24." },
      { field: "slidesLink", message: "Enter the slides link as a web address starting https://." },
    ]);
  });

  it("a story needs a title and what changed; a unit needs its number", () => {
    const draft = { ...storyKind.draftOf(null, "2026-05-01"), impactUnit: "hours" };
    expect(storyKind.check(draft).map((p) => p.field)).toEqual(["title", "whatChanged", "impactValue"]);
    const ok = { ...draft, title: " Queue cut ", whatChanged: "Moved advisers", impactValue: "12" };
    expect(storyKind.check(ok)).toEqual([]);
    expect(storyKind.valuesOf(ok)).toMatchObject({ Title: "Queue cut", ImpactValue: 12, ImpactUnit: "hours", StoryDate: "2026-05-01T00:00:00Z", DataUsed: null });
  });

  it("a decision names its evidence or says there was none, never both", () => {
    const base = { ...decisionKind.draftOf(null, "2026-05-01"), title: "Close the desk", kind: "Officer", maker: "Head of service" };
    expect(decisionKind.check(base)).toEqual([{ field: "datasets", message: "Say what evidence the decision used (datasets, dashboards or KPIs), or tick “No data evidence was used”." }]);
    expect(decisionKind.check({ ...base, noEvidence: "true" })).toEqual([]);
    expect(decisionKind.check({ ...base, dashboards: "3;7" })).toEqual([]);
    expect(decisionKind.check({ ...base, kpis: "Calls answered", noEvidence: "true" }).map((p) => p.field)).toEqual(["noEvidence"]);
    expect(decisionKind.valuesOf({ ...base, datasets: "Footfall\n\n Calls ", dashboards: "7;3;7;x" })).toMatchObject({ EvidenceDatasets: "Footfall\nCalls", EvidenceDashboards: "3;7", NoEvidence: false });
    expect(parseIds("3; 7,,x;-2;0;7")).toEqual([3, 7]);
  });

  it("a pilot's dates and lessons follow its status", () => {
    const draft = { ...pilotKind.draftOf(null, "2026-05-01"), title: "Texts", hypothesis: "If…", successMeasure: "Fewer misses" };
    expect(pilotKind.check(draft)).toEqual([]);
    expect(pilotKind.check({ ...draft, status: "Running" }).map((p) => p.field)).toEqual(["startedOn"]);
    expect(pilotKind.check({ ...draft, status: "Scaled", startedOn: "2026-05-01" }).map((p) => p.field)).toEqual(["endedOn", "learnt"]);
    expect(pilotKind.check({ ...draft, status: "Stopped", startedOn: "2026-05-01", endedOn: "2026-04-01", learnt: "Residents ignored texts" })).toEqual([{ field: "endedOn", message: "The end date must be on or after the start date." }]);
    expect(pilotKind.check({ ...draft, status: "Proposed", endedOn: "2026-04-01" }).map((p) => p.field)).toEqual(["endedOn"]);
  });

  it("an answer is needed to mark a question answered; its date is set once and cleared on reopening", () => {
    expect(checkAnswer({ status: "Answered", answer: " " }).map((p) => p.message)).toEqual(["Write the answer before marking it answered."]);
    expect(checkAnswer({ status: "Not taken forward", answer: "" }).map((p) => p.message)).toEqual(["Say why it is not being taken forward."]);
    expect(checkAnswer({ status: "Being looked at", answer: "" })).toEqual([]);
    const now = new Date("2026-05-02T08:00:00Z");
    expect(answerValues({ status: "Answered", answer: "Yes" }, { status: "Open", answeredAt: null }, now, 14)).toEqual({ Status: "Answered", Answer: "Yes", AnsweredAt: "2026-05-02T08:00:00.000Z", AnsweredById: 14 });
    expect(answerValues({ status: "Answered", answer: "Yes, corrected" }, { status: "Answered", answeredAt: "2026-04-01T08:00:00Z" }, now, 15)).toEqual({ Status: "Answered", Answer: "Yes, corrected" });
    expect(answerValues({ status: "Open", answer: "" }, { status: "Answered", answeredAt: "2026-04-01T08:00:00Z" }, now, 15)).toEqual({ Status: "Open", Answer: null, AnsweredAt: null, AnsweredById: null });
  });

  it("lists split on semicolons and lines; attendees on commas too; an action arising needs words", () => {
    expect(splitList(" Power BI ;\n  data  quality;;")).toEqual(["Power BI", "data quality"]);
    expect(attendeeNames({ attendees: "Casey Hughes, Jordan Reid\nPriya Shah" })).toEqual(["Casey Hughes", "Jordan Reid", "Priya Shah"]);
    expect(actionArisingProblem("  ")).toBe("Enter the action arising.");
    expect(actionArisingProblem("x".repeat(256))).toBe("Shorten the action to 255 characters or fewer (it has 256).");
    expect(actionArisingProblem("Book a room")).toBeNull();
  });
});

describe("the group's records", () => {
  const entry = (id: number, kind: "Offer" | "Request", topics: string[], personId: number, status: MentoringEntry["status"] = "Open"): MentoringEntry => ({ id, etag: null, title: `${kind} ${id}`, kind, topics, detail: null, status, personId, personName: `Person ${personId}` });

  it("mentoring matches open requests to open offers sharing a topic, however it is written, never someone with themselves", () => {
    expect(topicKey("Power BI")).toBe(topicKey("powerbi"));
    expect(topicKey("Dashboards")).toBe(topicKey("dashboard"));
    expect(topicKey("C#")).not.toBe(topicKey("C"));
    const entries = [entry(1, "Offer", ["Power BI", "Excel"], 10), entry(2, "Offer", ["SQL"], 11), entry(3, "Request", ["power bi", "SQL"], 12), entry(4, "Request", ["Excel"], 10), entry(5, "Offer", ["SQL"], 13, "Closed")];
    expect(matchMentoring(entries).map((m) => [m.request.id, m.offer.id, m.topics])).toEqual([
      [3, 1, ["power bi"]],
      [3, 2, ["SQL"]],
    ]);
  });

  it("sessions split into upcoming (soonest first, today included) and past (latest first)", () => {
    const session = (id: number, date: string): DataShareSession => ({ id, etag: null, topic: `S${id}`, presenter: "p", service: null, date: `${date}T00:00:00Z`, attendance: null, slidesLink: null, summary: null });
    const split = splitSessions([session(1, "2026-05-03"), session(2, "2026-04-01"), session(3, "2026-05-01"), session(4, "2026-04-20")], "2026-05-01");
    expect(split.upcoming.map((s) => s.id)).toEqual([3, 1]);
    expect(split.past.map((s) => s.id)).toEqual([4, 2]);
  });

  it("the evidence share counts decisions naming a dataset, dashboard or KPI, within the dates given; none is null, not 0%", () => {
    const decision = (date: string, evidence: Partial<Decision>): Pick<Decision, "date" | "datasets" | "dashboardIds" | "kpis"> => ({ date: `${date}T00:00:00Z`, datasets: [], dashboardIds: [], kpis: [], ...evidence });
    const log = [decision("2026-04-01", { datasets: ["Footfall"] }), decision("2026-05-01", { dashboardIds: [3] }), decision("2026-06-01", {}), decision("2027-04-01", { kpis: ["Calls"] })];
    expect(evidenceShare(log, { start: "2026-04-01", end: "2027-03-31" })).toEqual({ backed: 2, total: 3, percent: 66.7 });
    expect(evidenceShare(log)).toEqual({ backed: 3, total: 4, percent: 75 });
    expect(evidenceShare(log, { start: "2030-04-01", end: "2031-03-31" })).toEqual({ backed: 0, total: 0, percent: null });
  });

  it("financial years start on 1 April and quarters follow them", () => {
    expect(financialYearOf("2027-03-31")).toEqual({ start: "2026-04-01", end: "2027-03-31", label: "2026/27" });
    expect(financialYearOf("2026-04-01").label).toBe("2026/27");
    expect(quarterOf("2026-05-15")).toEqual({ start: "2026-04-01", end: "2026-06-30", label: "2026/27 Q1" });
    expect(quarterOf("2027-02-28")).toEqual({ start: "2027-01-01", end: "2027-03-31", label: "2026/27 Q4" });
    expect(quarterOf("2026-12-01")).toEqual({ start: "2026-10-01", end: "2026-12-31", label: "2026/27 Q3" });
    expect(reportingPeriods("2026-05-15").map((p) => p.label)).toEqual(["2026/27 Q1", "2025/26 Q4", "2026/27", "2025/26"]);
    expect(isoDay(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });
});

describe("the focus group's strategy figures", () => {
  it("each names a measure the strategy has", async () => {
    const { FOCUS_GROUP_FIGURES } = await import("../../src/modules/focus-group/domain/strategy-figures");
    const keys = new Set(measures.map((m) => m.key));
    for (const f of FOCUS_GROUP_FIGURES) expect({ id: f.id, known: keys.has(f.measureKey) }).toEqual({ id: f.id, known: true });
    expect(new Set(FOCUS_GROUP_FIGURES.map((f) => f.measureKey))).toEqual(new Set(["data-literacy-m9", "data-leadership-m5", "data-ethics-m8", "data-literacy-m8", "data-literacy-m10", "data-leadership-m2", "data-literacy-m4", "data-leadership-m7"]));
  });

  it("count what happened in the period, up to the day the data was read", async () => {
    const { FOCUS_GROUP_FIGURES } = await import("../../src/modules/focus-group/domain/strategy-figures");
    const period = { start: "2026-04-01", end: "2026-06-30", label: "2026/27 Q1" };
    const shared = (at: string): StoryShare => ({ ...NO_SHARE, messageId: "m", at });
    const data = {
      asOf: "2026-05-15",
      stories: [
        story({ id: 1, created: "2026-04-02T10:00:00Z", service: "Digital", impactValue: 5, share: shared("2026-04-03T10:00:00Z") }),
        story({ id: 2, created: "2026-04-10T10:00:00Z", service: "Digital", share: shared("2026-07-01T10:00:00Z") }),
        story({ id: 3, created: "2026-03-10T10:00:00Z", share: shared("2026-04-05T10:00:00Z") }),
      ],
      meetings: [
        { id: 1, etag: null, title: "m", date: "2026-04-20T00:00:00Z", agenda: null, notes: null, attendees: null },
        { id: 2, etag: null, title: "m", date: "2026-06-20T00:00:00Z", agenda: null, notes: null, attendees: null },
        { id: 3, etag: null, title: "m", date: "2026-03-20T00:00:00Z", agenda: null, notes: null, attendees: null },
      ],
      sessions: [
        { id: 1, etag: null, topic: "a", presenter: "p", service: "Digital", date: "2026-04-10T00:00:00Z", attendance: 12, slidesLink: null, summary: null },
        { id: 2, etag: null, topic: "b", presenter: "p", service: null, date: "2026-05-01T00:00:00Z", attendance: null, slidesLink: null, summary: null },
        { id: 3, etag: null, topic: "c", presenter: "p", service: null, date: "2026-06-01T00:00:00Z", attendance: null, slidesLink: null, summary: null },
      ],
      questions: [
        { id: 1, etag: null, title: "q", kind: "Question" as const, detail: null, status: "Answered" as const, answer: "a", answeredAt: "2026-05-01T10:00:00Z", answeredByName: null, askedByName: null, created: "2026-03-01T10:00:00Z" },
        { id: 2, etag: null, title: "q", kind: "Question" as const, detail: null, status: "Open" as const, answer: null, answeredAt: null, answeredByName: null, askedByName: null, created: "2026-04-01T10:00:00Z" },
      ],
      decisions: [],
      pilots: [
        { id: 1, etag: null, title: "p", hypothesis: "h", successMeasure: "m", status: "Scaled" as const, service: null, startedOn: "2026-01-01T00:00:00Z", endedOn: "2026-05-01T00:00:00Z", learnt: "l" },
        { id: 2, etag: null, title: "p", hypothesis: "h", successMeasure: "m", status: "Running" as const, service: null, startedOn: "2026-04-15T00:00:00Z", endedOn: null, learnt: null },
      ],
    };
    const value = (id: string) => FOCUS_GROUP_FIGURES.find((f) => f.id === id)!.compute(data, period);
    expect(value("focus-group.stories")).toEqual({ value: 2, basis: "2 stories recorded, 1 of them shared to the focus group's channel", breakdown: [{ label: "Digital", value: 2 }] });
    expect(value("focus-group.successes-shared")).toMatchObject({ value: 2, basis: "2 stories shared to Teams; 1 with a measured impact" });
    expect(value("focus-group.meetings")).toEqual({ value: 1, basis: "1 meeting held; 1 more planned in the period" });
    expect(value("focus-group.data-share-sessions")).toMatchObject({ value: 2, basis: "2 sessions held" });
    expect(value("focus-group.session-attendance")).toEqual({ value: 12, basis: "12 attendees at 1 session; 1 session without attendance recorded" });
    expect(value("focus-group.questions-answered")).toEqual({ value: 1, basis: "1 answered; 1 asked in the period; 1 still open" });
    expect(value("focus-group.decisions-evidence")).toMatchObject({ value: null, basis: "0 of 0 decisions backed by evidence" });
    expect(value("focus-group.pilots-initiated")).toMatchObject({ value: 1, breakdown: [{ label: "Running", value: 1 }, { label: "Scaled", value: 0 }, { label: "Stopped", value: 0 }] });
    expect(value("focus-group.pilots-scaled")).toEqual({ value: 1, basis: "1 pilot scaled; 0 stopped with lessons recorded" });
  });
});
