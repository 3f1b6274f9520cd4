/**
 * Issue 23's findings that hold on a real site too, each enforced where SharePoint can enforce it
 * and proved here through the app's own PnPjs and Graph calls against the local tenant.
 */
import { peopleInDepartment } from "../../src/core/data/people";
import { addProgressUpdate, getAction, loadUpdates } from "../../src/modules/actions/data/actions-data";
import { getProposal } from "../../src/modules/dictionary/data/proposals-data";
import { actorFor } from "../../src/modules/dictionary/domain/queues";
import { transition } from "../../src/modules/dictionary/domain/workflow";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

describe("progress notes on actions (item 7)", () => {
  it("can be recorded only by someone SharePoint lets edit the action", async () => {
    const staff = clientsFor(tenant, "staff").sp;
    const action = await getAction(staff, 7);
    await expect(addProgressUpdate(staff, action, "Complete! (forged)", "Complete", 100)).rejects.toMatchObject({ status: 403 });
    expect((await getAction(staff, 7)).status).not.toBe("Complete");
    expect(await loadUpdates(staff, 7)).toEqual([]);
  });

  it("are the action's own versions: who wrote each, in order, newest first", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const first = await addProgressUpdate(lead, await getAction(lead, 8), "Scoping agreed", "In progress", 10);
    await addProgressUpdate(lead, first, "Draft circulated", "In progress", 40);
    const history = await loadUpdates(clientsFor(tenant, "staff").sp, 8);
    expect(history.map((u) => [u.note, u.percentAfter, u.author])).toEqual([
      ["Draft circulated", 40, "Jordan Reid"],
      ["Scoping agreed", 10, "Jordan Reid"],
    ]);
  });

  it("have a sensible length: a 1 MB note is refused before it is sent, with the reason", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const before = tenant.requests.count;
    await expect(addProgressUpdate(lead, await getAction(lead, 9), "x".repeat(1_000_000), "In progress", 5)).rejects.toThrow(/Keep the update to 2,000 characters/);
    expect(tenant.requests.count - before).toBe(1);
  });
});

describe("decisions on dictionary proposals (item 8)", () => {
  it("a proposal a member of staff creates as 'Approved', with a review comment, is not taken as approved", async () => {
    const staff = clientsFor(tenant, "staff").sp;
    const added: { Id: number } = await staff.web.lists.getByTitle("TermProposals").items.add({ Title: "Forged term", ProposalKind: "New term", ProposalStatus: "Approved", ReviewComment: "Looks great (not really)" });
    const proposal = (await getProposal(staff, added.Id))!;
    expect(proposal.status).toBe("In review");
    expect(proposal.reviewComment).toBeNull();
  });

  it("a steward who is also an approver cannot approve their own proposal, not even as the data lead", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const added: { Id: number } = await lead.web.lists.getByTitle("TermProposals").items.add({ Title: "Self-approved term", ProposalKind: "New term", ProposalStatus: "In review", StewardId: 14, TermOwnerId: 14 });
    const proposal = (await getProposal(lead, added.Id))!;
    const actor = actorFor(proposal, null, { siteUserId: 14, isDataLead: true, canApprove: true });
    expect(transition(proposal.status, "approve", actor)).toEqual({ ok: false, reason: expect.stringContaining("someone else decides") });
  });
});

describe("directory queries (item 16)", () => {
  it("send a department with an ampersand as one value", async () => {
    const { graph } = clientsFor(tenant, "manager");
    await expect(peopleInDepartment(graph, "Planning & Regulation")).resolves.toEqual([]);
    expect((await peopleInDepartment(graph, "Customer Services")).map((p) => p.displayName).sort()).toEqual(["Chris Morgan", "Morgan Ellis", "Sam Patel"]);
  });
});

describe("usage counters (item 9)", () => {
  it("can be updated by everyone but deleted only by the data lead", async () => {
    const { recordOpen } = await import("../../src/modules/dashboards/data/usage-data");
    await recordOpen(clientsFor(tenant, "staff").sp, 4242, "Customer Services", new Date("2026-02-10T12:00:00Z"));
    const list = clientsFor(tenant, "staff").sp.web.lists.getByTitle("DashboardUsage");
    const [item] = await list.items.select("Id").filter("DashboardId eq 4242")();
    await expect(list.items.getById((item as { Id: number }).Id).delete()).rejects.toMatchObject({ status: 403 });
    await clientsFor(tenant, "data-lead").sp.web.lists.getByTitle("DashboardUsage").items.getById((item as { Id: number }).Id).delete();
  });
});
