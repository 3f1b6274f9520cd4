import { ConflictError } from "../../src/core/data/concurrency";
import type { Filter } from "../../src/core/domain/odata";
import { addProgressUpdate, getAction, loadActions, loadUpdates, saveAction } from "../../src/modules/actions/data/actions-data";
import type { Action } from "../../src/modules/actions/domain/action";
import { ACTION_VIEWS, type ActionFilters, matchesFilters, serverFilter } from "../../src/modules/actions/domain/views";
import type { actionsList } from "../../src/modules/actions/lists";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant({ bulkActions: 20_000 });
});
afterAll(() => tenant.close());

const today = new Date("2026-11-25T12:00:00Z");
async function load(persona: Parameters<typeof clientsFor>[1], filter: Filter<typeof actionsList> | undefined): Promise<Action[]> {
  const all: Action[] = [];
  await loadActions(clientsFor(tenant, persona).sp, filter, (page) => all.push(...page));
  return all;
}

describe("the action tracker on a list of 20,030 actions (over the 5,000 threshold)", () => {
  let everything: Action[];
  beforeAll(async () => {
    everything = await load("manager", undefined);
  });

  it("reads the whole list without a query the threshold would refuse", () => {
    expect(everything).toHaveLength(20_030);
    expect(new Set(everything.map((a) => a.id)).size).toBe(20_030);
  });

  const viewer = { siteUserId: 12, service: "Customer Services" };
  const cases: ActionFilters[] = [
    ...ACTION_VIEWS.map((view) => ({ view, sort: "principle" as const })),
    { view: "principle", principle: "data-literacy", sort: "principle" },
    { view: "principle", principle: "what-next", sort: "principle" },
    { view: "principle", status: "Blocked", sort: "principle" },
    { view: "mine", status: "In progress", sort: "principle" },
    { view: "overdue", principle: "data-quality", sort: "principle" },
  ];
  it.each(cases.map((f) => [JSON.stringify(f), f] as const))("serves %s exactly as the browser-side rules would", async (_name, filters) => {
    const served = await load("manager", serverFilter(filters, viewer, today));
    const expected = everything.filter((a) => matchesFilters(a, { ...filters, search: undefined }, viewer, today)).map((a) => a.id).sort((x, y) => x - y);
    expect(served.map((a) => a.id).sort((x, y) => x - y)).toEqual(expected);
  });

  it("reads 20,030 actions in 7 requests: Id windows of up to 5,000, not 200 pages of 100", async () => {
    const before = tenant.requests.count;
    await load("manager", undefined);
    // One probe for the highest Id, a lead window of 500, then 5 windows (ids up to 20,030).
    expect(tenant.requests.count - before).toBe(7);
  });
});

describe("saving an action", () => {
  it("refuses a stale ETag with a conflict carrying the current version, and loses nothing", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const first = await getAction(lead, 1);
    const second = await getAction(clientsFor(tenant, "data-lead").sp, 1);
    const saved = await saveAction(lead, first, { LatestUpdate: "Audit plan agreed" });
    const error = await saveAction(lead, second, { LatestUpdate: "Something else" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Action>).current).toMatchObject({ latestUpdate: "Audit plan agreed", etag: saved.etag });
    expect((await getAction(lead, 1)).latestUpdate).toBe("Audit plan agreed");
  });

  it("retries a 429 in the middle of a save and lands it exactly once", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const before = await getAction(lead, 2);
    tenant.faults.add({ api: "sp", method: "POST", pathContains: "items(2)", status: 429, retryAfter: 1, count: 1 });
    const after = await saveAction(lead, before, { PercentComplete: 25 });
    expect(after.percentComplete).toBe(25);
    expect(Number(after.etag!.replace(/"/g, ""))).toBe(Number(before.etag!.replace(/"/g, "")) + 1);
  });

  it("records a progress update in the history and on the action", async () => {
    const owner = clientsFor(tenant, "manager").sp;
    const lead = clientsFor(tenant, "data-lead").sp;
    await saveAction(lead, await getAction(lead, 3), { ActionOwnerId: 12 });
    const saved = await addProgressUpdate(owner, await getAction(owner, 3), "Workshop dates booked", "In progress", 30);
    expect(saved).toMatchObject({ status: "In progress", percentComplete: 30, latestUpdate: "Workshop dates booked" });
    const history = await loadUpdates(owner, 3);
    expect(history[0]).toMatchObject({ note: "Workshop dates booked", statusAfter: "In progress", percentAfter: 30, author: "Morgan Ellis" });
  });

  it("refuses a member of staff who does not own the action (SharePoint's permission, not the UI's)", async () => {
    const staff = clientsFor(tenant, "staff").sp;
    const action = await getAction(staff, 4);
    await expect(saveAction(staff, action, { Status: "Complete" })).rejects.toMatchObject({ status: 403 });
  });
});
