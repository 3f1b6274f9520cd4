import { getItems } from "../../src/core/data/lists";
import { loadMyWork, loadOverdueForOthers } from "../../src/core/data/work";
import type { HostKind } from "../../src/core/services";
import { MODULES } from "../../src/modules";
import { notifyAssignment } from "../../src/modules/actions/data/assignment-notice";
import { getAction, loadActions, saveAction } from "../../src/modules/actions/data/actions-data";
import { notifyApproval } from "../../src/modules/dictionary/data/approval-notice";
import { createProposal } from "../../src/modules/dictionary/data/proposals-data";
import { emptyContent } from "../../src/modules/dictionary/domain/proposal";
import { loadLocalActivityFeed, loadSettings, notify, notifyAll, saveSettings } from "../../src/modules/my-work/data/notifications-data";
import { actionAssignedEvent, remindersDue, remindersForOthers } from "../../src/modules/my-work/domain/notifications";
import { notificationLogList } from "../../src/modules/my-work/lists";
import { issuesList } from "../../src/modules/quality/lists";
import { filterFor } from "../../src/core/domain/odata";
import { enrol, loadSessionEnrolments, loadSessionsFrom } from "../../src/modules/training/data/training-data";
import { cancelAndTellNext } from "../../src/modules/training/data/waiting-list-notice";
import type { Action } from "../../src/modules/actions/domain/action";
import type { PersonaId } from "../../tenant/src/identity/personas";
import { PEOPLE } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());
afterEach(() => tenant.faults.clear());

const personaOf = (persona: PersonaId) => PEOPLE.find((p) => p.persona === persona)!;
const personOf = (persona: PersonaId) => {
  const p = personaOf(persona);
  return { profile: { id: p.id, displayName: p.displayName, mail: p.mail, jobTitle: null, department: p.department }, roles: [persona] };
};
const servicesFor = (persona: PersonaId, hostKind: HostKind = "local") => ({ ...clientsFor(tenant, persona), person: personOf(persona), hostKind });
const feedOf = async (persona: PersonaId) => (await loadLocalActivityFeed(clientsFor(tenant, persona).graph)).value;
const subPageOf = (webUrl: string) => (JSON.parse(new URL(webUrl).searchParams.get("context")!) as { subEntityId: string }).subEntityId;
const workOf = async (persona: PersonaId) => loadMyWork(MODULES, servicesFor(persona), new Date());

async function anOpenAction(): Promise<Action> {
  const all: Action[] = [];
  await loadActions(clientsFor(tenant, "data-lead").sp, undefined, (page) => all.push(...page));
  return all.find((a) => a.status !== "Complete" && a.status !== "Cancelled" && a.ownerId !== personaOf("staff").siteUserId)!;
}

describe("My work: each module's reader, for seeded personas", () => {
  it("shows an asset owner their assets' reviews due and their documents to read and review, with links and due dates", async () => {
    const work = await workOf("asset-owner");
    expect(work.notes).toEqual([]);
    const reviews = work.items.filter((i) => i.moduleId === "assets");
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((i) => i.kind === "review" && /^assets\/[^/]+$/.test(i.route) && i.due !== null)).toBe(true);
    expect(reviews.some((i) => i.overdue)).toBe(true);
    expect(work.items).toEqual(expect.arrayContaining([expect.objectContaining({ moduleId: "policies", kind: "read" }), expect.objectContaining({ moduleId: "policies", kind: "review", overdue: true })]));
  });

  it("shows staff nothing of others': no asset reviews, and their own reading", async () => {
    const work = await workOf("staff");
    expect(work.items.filter((i) => i.moduleId === "assets")).toEqual([]);
    expect(work.items.filter((i) => i.moduleId === "policies").map((i) => i.kind)).toContain("read");
  });

  it("lists an action once it is assigned, under To update, and a proposal for its approver under To approve", async () => {
    const action = await anOpenAction();
    await saveAction(clientsFor(tenant, "data-lead").sp, action, { ActionOwnerId: personaOf("staff").siteUserId, DueDate: "2020-01-31" });
    const staff = await workOf("staff");
    expect(staff.items).toContainEqual(expect.objectContaining({ moduleId: "actions", kind: "update", route: `actions/${action.id}`, due: "2020-01-31", overdue: true }));

    const proposal = await createProposal(
      clientsFor(tenant, "staff").sp,
      { ...emptyContent("New term"), title: "Household", definition: "People living at one address and sharing facilities.", stewardEmail: personaOf("staff").mail, ownerEmail: personaOf("asset-owner").mail },
      "In review",
      null,
    );
    const owner = await workOf("asset-owner");
    expect(owner.items).toContainEqual(expect.objectContaining({ moduleId: "dictionary", kind: "approve", route: `dictionary/proposals/${proposal.id}` }));
  });

  it("lists a booked session as coming up", async () => {
    const [session] = (await loadSessionsFrom(clientsFor(tenant, "manager").sp, new Date())).filter((s) => s.capacity > 0);
    await enrol(clientsFor(tenant, "manager").sp, session!, { siteUserId: personaOf("manager").siteUserId, service: null }, null);
    const work = await workOf("manager");
    expect(work.items).toContainEqual(expect.objectContaining({ moduleId: "training", kind: "coming-up", title: session!.title, due: session!.start.slice(0, 10), detail: "Place confirmed" }));
  });

  it("lists an open data quality issue for its owner under To update, by its target date, and not once it is resolved", async () => {
    const issue = (reference: number, status: string) => ({
      Title: `Duplicate UPRNs in the sample export ${reference}`,
      Dataset: "Council Tax",
      Dimension: "Uniqueness",
      Severity: "Medium",
      Description: "Two properties share a UPRN.",
      FoundBy: "Audit",
      ReportId: reference,
      ReportedAt: "2020-01-01T09:00:00Z",
      TriagedAt: "2020-01-02T09:00:00Z",
      IssueOwnerId: personaOf("manager").siteUserId,
      TargetDate: "2020-01-31T00:00:00Z",
      Status: status,
    });
    tenant.seed(issuesList.title, [issue(9001, "In progress"), issue(9002, "Resolved")]);
    const work = await workOf("manager");
    expect(work.notes).toEqual([]);
    const quality = work.items.filter((i) => i.moduleId === "quality");
    expect(quality).toContainEqual(expect.objectContaining({ kind: "update", route: "quality/issue/9001", due: "2020-01-31", overdue: true, detail: "DQ-9001, In progress" }));
    expect(quality.some((i) => i.route === "quality/issue/9002")).toBe(false);
    // The data lead's opening reminds the owner of it too.
    const owned = await loadOverdueForOthers(MODULES, servicesFor("data-lead"), new Date());
    expect(owned).toContainEqual({ item: expect.objectContaining({ moduleId: "quality", route: "quality/issue/9001" }), recipientEmail: personaOf("manager").mail });
  });

  it("shows what it could read when one module's reader fails, with a plain-English note for that one", async () => {
    tenant.faults.add({ api: "sp", pathContains: "PolicyDocuments", status: 403, count: 20 });
    const work = await workOf("asset-owner");
    expect(work.notes).toEqual([expect.objectContaining({ moduleId: "policies", message: expect.stringMatching(/^Policies and standards: what needs you there could not be shown\. You don't have permission/) })]);
    expect(work.items.some((i) => i.moduleId === "assets")).toBe(true);
    expect(work.items.some((i) => i.moduleId === "policies")).toBe(false);
  });
});

describe("Teams activity feed notifications through the local tenant", () => {
  it("assigning an action notifies the assignee once, with a deep link to the action, even when sent twice", async () => {
    const before = await feedOf("staff");
    const action = await anOpenAction();
    const saved = await saveAction(clientsFor(tenant, "data-lead").sp, action, { ActionOwnerId: personaOf("staff").siteUserId });
    const lead = servicesFor("data-lead");
    expect(await notifyAssignment(lead, action, saved, personaOf("data-lead").mail)).toEqual({ outcome: "sent" });
    expect(await notifyAssignment(lead, action, saved, personaOf("data-lead").mail)).toEqual({ outcome: "already-sent" });
    const feed = await feedOf("staff");
    expect(feed.length).toBe(before.length + 1);
    expect(feed[0]).toMatchObject({ activityType: "actionAssigned", text: `Action assigned to you: ${saved.title}`, from: personaOf("data-lead").displayName });
    expect(subPageOf(feed[0]!.webUrl)).toBe(`actions/${action.id}`);
    // The sender's own feed is untouched; nobody is told about an owner who did not change.
    expect(await notifyAssignment(lead, saved, await getAction(lead.sp, action.id), personaOf("data-lead").mail)).toBeNull();
  });

  it("two tabs sending the same event at once send one notification", async () => {
    const before = (await feedOf("manager")).length;
    const event = actionAssignedEvent({ id: 9001, title: "Two tabs", version: "1" }, personaOf("manager").mail);
    const outcomes = await Promise.all([notify(servicesFor("data-lead"), event), notify(servicesFor("asset-owner"), event)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["in-progress", "sent"]);
    expect((await feedOf("manager")).length).toBe(before + 1);
    const rows = await getItems(clientsFor(tenant, "data-lead").sp, notificationLogList, { select: ["LogStatus"], filter: filterFor(notificationLogList).eq("EventKey", event.key), top: 5 });
    expect(rows.map((r) => r.LogStatus)).toEqual(["Sent"]);
  });

  it("sends nothing of a kind the recipient turned off, and again once they turn it back on", async () => {
    const staff = clientsFor(tenant, "staff").sp;
    const off = await saveSettings(staff, personaOf("staff").id, await loadSettings(staff, personaOf("staff").id), ["actionAssigned"]);
    expect(off.off).toEqual(["actionAssigned"]);
    const before = (await feedOf("staff")).length;
    const event = actionAssignedEvent({ id: 9002, title: "Quiet please", version: "1" }, personaOf("staff").mail);
    expect(await notify(servicesFor("data-lead"), event)).toEqual({ outcome: "turned-off" });
    expect((await feedOf("staff")).length).toBe(before);
    await saveSettings(staff, personaOf("staff").id, off, []);
    expect(await notify(servicesFor("data-lead"), event)).toEqual({ outcome: "sent" });
  });

  it("retries a throttled send (429) and sends once", async () => {
    const before = (await feedOf("councillor")).length;
    tenant.faults.add({ api: "graph", pathContains: "sendActivityNotification", status: 429, retryAfter: 1, count: 1 });
    expect(await notify(servicesFor("data-lead"), actionAssignedEvent({ id: 9003, title: "Busy", version: "1" }, personaOf("councillor").mail))).toEqual({ outcome: "sent" });
    expect((await feedOf("councillor")).length).toBe(before + 1);
  });

  it("explains a 403 (permission not consented) in plain words, logs it Failed, and a later try sends it", async () => {
    tenant.faults.add({ api: "graph", pathContains: "sendActivityNotification", status: 403, count: 1 });
    const event = actionAssignedEvent({ id: 9004, title: "Refused", version: "1" }, personaOf("focus-group").mail);
    const refused = await notify(servicesFor("data-lead"), event);
    expect(refused).toEqual({ outcome: "not-sent", reason: expect.stringContaining("an administrator has to consent to the “TeamsActivity.Send” permission") });
    expect((await feedOf("focus-group")).filter((n) => n.text.includes("Refused"))).toEqual([]);
    expect(await notify(servicesFor("data-lead"), event)).toEqual({ outcome: "sent" });
    expect((await feedOf("focus-group")).filter((n) => n.text.includes("Refused"))).toHaveLength(1);
  });

  it("never sends from a SharePoint web part, and says so", async () => {
    const event = actionAssignedEvent({ id: 9005, title: "From a page", version: "1" }, personaOf("manager").mail);
    const outcome = await notify(servicesFor("data-lead", "sharepoint"), event);
    expect(outcome).toEqual({ outcome: "not-sent", reason: expect.stringMatching(/sent from the Data tab in Teams, not from SharePoint pages/) });
    const rows = await getItems(clientsFor(tenant, "data-lead").sp, notificationLogList, { select: ["Id"], filter: filterFor(notificationLogList).eq("EventKey", event.key), top: 1 });
    expect(rows).toEqual([]);
  });

  it("tells the approver when a proposal is sent for approval, with a link to it", async () => {
    const staff = servicesFor("staff");
    const proposal = await createProposal(
      staff.sp,
      { ...emptyContent("New term"), title: "Resident", definition: "A person whose main home is in the borough.", stewardEmail: personaOf("staff").mail, ownerEmail: personaOf("asset-owner").mail },
      "In review",
      null,
    );
    expect(await notifyApproval(staff, proposal, "In review", null, personaOf("staff").mail)).toEqual({ outcome: "sent" });
    const [latest] = await feedOf("asset-owner");
    expect(latest).toMatchObject({ activityType: "approvalNeeded", text: "Waiting for your approval: Resident" });
    expect(subPageOf(latest!.webUrl)).toBe(`dictionary/proposals/${proposal.id}`);
  });

  it("tells the person who moves off a waiting list when someone cancels", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const session = (await loadSessionsFrom(lead, new Date())).at(-1);
    // A session with one place left: whoever books after that place is taken waits.
    const taken = (await loadSessionEnrolments(lead, [session!.id])).filter((e) => e.state === "Booked").length;
    const full = { ...session!, capacity: taken + 1 };
    const first = await enrol(clientsFor(tenant, "staff").sp, full, { siteUserId: personaOf("staff").siteUserId, service: null }, null);
    const second = await enrol(clientsFor(tenant, "councillor").sp, full, { siteUserId: personaOf("councillor").siteUserId, service: null }, null);
    expect(second.placement.state).toBe("Waitlisted");
    const outcomes = await cancelAndTellNext(servicesFor("staff"), first.enrolment, full);
    expect(outcomes).toEqual([{ outcome: "sent" }]);
    expect((await feedOf("councillor"))[0]).toMatchObject({ activityType: "waitingListPlace", text: `You have a place: ${session!.title}` });
  });

  it("reminds the person of deadlines when they open the hub, once per item and due date however often they open it", async () => {
    const owner = servicesFor("asset-owner");
    const before = (await feedOf("asset-owner")).length;
    const events = remindersDue((await workOf("asset-owner")).items, personaOf("asset-owner").mail, new Date());
    expect(events.length).toBeGreaterThan(0);
    expect((await notifyAll(owner, events)).every((o) => o.outcome === "sent")).toBe(true);
    expect((await notifyAll(owner, events)).every((o) => o.outcome === "already-sent")).toBe(true);
    const feed = await feedOf("asset-owner");
    expect(feed.length).toBe(before + events.length);
    expect(feed.filter((n) => n.activityType === "deadlineReminder").map((n) => subPageOf(n.webUrl))).toEqual(expect.arrayContaining(events.map((e) => e.route)));
  });
});

describe("the data lead's opening reminds others of what is overdue", () => {
  it("sends the same events as each person's own reminders, so whoever opens first sends and nobody gets two", async () => {
    const lead = servicesFor("data-lead");
    const action = await anOpenAction();
    await saveAction(lead.sp, action, { ActionOwnerId: personaOf("manager").siteUserId, DueDate: "2020-02-03" });
    const today = new Date();
    const owned = await loadOverdueForOthers(MODULES, lead, today);
    expect(owned).toContainEqual({ item: expect.objectContaining({ moduleId: "actions", route: `actions/${action.id}`, overdue: true }), recipientEmail: personaOf("manager").mail });
    expect(owned.some((o) => o.item.moduleId === "assets" && o.recipientEmail === personaOf("asset-owner").mail)).toBe(true);

    const before = (await feedOf("manager")).filter((n) => n.activityType === "deadlineReminder").length;
    const events = remindersForOthers(owned, today);
    await notifyAll(lead, events, 50);
    const mine = remindersDue((await workOf("manager")).items, personaOf("manager").mail, today);
    const actionReminder = mine.find((e) => e.route === `actions/${action.id}`)!;
    expect(events.map((e) => e.key)).toContain(actionReminder.key);
    const outcomes = await notifyAll(servicesFor("manager"), [actionReminder]);
    expect(outcomes).toEqual([{ outcome: "already-sent" }]);
    const reminders = (await feedOf("manager")).filter((n) => n.activityType === "deadlineReminder");
    expect(reminders.filter((n) => subPageOf(n.webUrl) === `actions/${action.id}`)).toHaveLength(1);
    expect(reminders.length).toBeGreaterThan(before);
  });

  it("sends at most the limit of new reminders per opening, leaving the rest for next time", async () => {
    const lead = servicesFor("data-lead");
    const events = remindersForOthers(await loadOverdueForOthers(MODULES, lead, new Date()), new Date()).map((e, i) => ({ ...e, key: `${e.key}|limit-test-${i}` }));
    expect(events.length).toBeGreaterThan(2);
    expect(await notifyAll(lead, events, 2)).toEqual([{ outcome: "sent" }, { outcome: "sent" }]);
  });
});

describe("the local tenant's sendActivityNotification, checked as Graph checks it", () => {
  const body = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      topic: { source: "text", value: "Hello", webUrl: "https://teams.microsoft.com/l/entity/app/hub?context=%7B%7D" },
      activityType: "actionAssigned",
      previewText: { content: "Hello" },
      templateParameters: [{ name: "actionTitle", value: "Hello" }],
      ...over,
    });
  const send = (user: string, text: string) => rawRequest(tenant, "data-lead", `/v1.0/users/${user}/teamwork/sendActivityNotification`, { method: "POST", headers: { "Content-Type": "application/json" }, body: text });

  it("answers 204 for a well-formed notification, and refuses what Graph refuses", async () => {
    expect((await send(personaOf("staff").id, body())).status).toBe(204);
    const undeclared = await send(personaOf("staff").id, body({ activityType: "somethingElse" }));
    expect([undeclared.status, (undeclared.json() as { error: { message: string } }).error.message]).toEqual([400, "Activity type 'somethingElse' is not declared in the app's manifest."]);
    expect((await send(personaOf("staff").id, body({ templateParameters: [] }))).status).toBe(400);
    expect((await send(personaOf("staff").id, body({ topic: { source: "text", value: "x", webUrl: "https://example.org/" } }))).status).toBe(400);
    expect((await send("00000000-0000-0000-0000-000000000000", body())).status).toBe(404);
  });

  it("keeps the feed per person: nobody reads another's", async () => {
    await send(personaOf("councillor").id, body({ topic: { source: "text", value: "Only for Robin", webUrl: "https://teams.microsoft.com/l/entity/app/hub?context=%7B%7D" } }));
    expect((await feedOf("councillor")).map((n) => n.text)).toContain("Only for Robin");
    expect((await feedOf("manager")).map((n) => n.text)).not.toContain("Only for Robin");
  });
});
