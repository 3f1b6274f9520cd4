import { ConflictError, deleteItem, MissingVersionError, updateItem } from "../../src/core/data/concurrency";
import { addItem } from "../../src/core/data/lists";
import { actionsList } from "../../src/modules/actions/lists";
import { getAction, saveAction } from "../../src/modules/actions/data/actions-data";
import type { Action } from "../../src/modules/actions/domain/action";
import { getDashboard, loadCatalogue, saveDashboard } from "../../src/modules/dashboards/data/catalogue-data";
import { loadUsage as loadDashboardUsage, recordOpen } from "../../src/modules/dashboards/data/usage-data";
import type { Dashboard } from "../../src/modules/dashboards/domain/dashboard";
import { getTerm, updateTerm } from "../../src/modules/dictionary/data/terms-data";
import { addToShard, loadUsage as loadDictionaryUsage } from "../../src/modules/dictionary/data/usage-data";
import type { Term } from "../../src/modules/dictionary/domain/term";
import { emptyCounts } from "../../src/modules/dictionary/domain/usage";
import { enrol, loadSessionEnrolments, loadSessionsFrom, recordCompletion } from "../../src/modules/training/data/training-data";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

/**
 * One optimistic-concurrency path for the whole hub (src/core/data/concurrency.ts): every list's
 * save sends the ETag the person loaded, a stale one comes back as the one ConflictError carrying the
 * item as it is now, and nothing is ever saved with "*".
 */
let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const lead = () => clientsFor(tenant, "data-lead").sp;

describe("a save against a version someone else has changed", () => {
  it("an action: ConflictError with the current action, and the other person's change kept", async () => {
    const mine = await getAction(lead(), 5);
    const theirs = await saveAction(lead(), await getAction(lead(), 5), { LatestUpdate: "Theirs" });
    const error = await saveAction(lead(), mine, { LatestUpdate: "Mine" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Action>).current).toMatchObject({ latestUpdate: "Theirs", etag: theirs.etag });
  });

  it("a term: ConflictError with the current term", async () => {
    const mine = (await getTerm(lead(), "data-quality"))!;
    await updateTerm(lead(), mine, { Synonyms: "Theirs" });
    const error = await updateTerm(lead(), mine, { Synonyms: "Mine" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Term>).current.synonyms).toEqual(["Theirs"]);
  });

  it("a dashboard entry: ConflictError with the current entry", async () => {
    const [first] = await loadCatalogue(lead());
    const mine = await getDashboard(lead(), first!.id);
    await saveDashboard(lead(), mine, { Description: "Theirs" });
    const error = await saveDashboard(lead(), mine, { Description: "Mine" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Dashboard>).current.description).toBe("Theirs");
  });

  it("a trainer's record of a booking: ConflictError with the record as it is now", async () => {
    // Learners' own changes are appended, never edited, so they cannot collide; the trainer's
    // record of the outcome is the training item two people can edit at once.
    const [session] = await loadSessionsFrom(lead(), new Date(Date.now() - 90 * 86_400_000));
    const { enrolment } = await enrol(clientsFor(tenant, "staff").sp, session!, { siteUserId: 11, service: "Customer Services" }, null);
    await recordCompletion(lead(), enrolment, new Date("2026-11-20T12:00:00Z"));
    const [recorded] = (await loadSessionEnrolments(lead(), [session!.id])).filter((e) => e.id === enrolment.id);
    await recordCompletion(lead(), recorded!, new Date("2026-11-20T12:00:00Z"), "Did not attend");
    const error = await recordCompletion(lead(), recorded!, new Date("2026-11-21T12:00:00Z")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ outcome: string }>).current.outcome).toBe("Did not attend");
    const [stored] = (await loadSessionEnrolments(lead(), [session!.id])).filter((e) => e.id === enrolment.id);
    expect(stored!.trainerConfirmation?.outcome).toBe("Did not attend");
  });

  it("refuses to save an item loaded without its version, before anything reaches SharePoint", async () => {
    const action = await getAction(lead(), 6);
    const before = tenant.requests.count;
    await expect(saveAction(lead(), { ...action, etag: null }, { LatestUpdate: "Overwrite?" })).rejects.toBeInstanceOf(MissingVersionError);
    expect(tenant.requests.count).toBe(before);
  });

  it("deletes only at the version read: a stale one is refused with 412 and a missing one before any request", async () => {
    const added = await addItem(lead(), actionsList, { Title: "To be removed", Status: "Not started" });
    await updateItem(lead(), actionsList, added, { Service: "Someone else's change" }, async () => null);
    await expect(deleteItem(lead(), actionsList, added)).rejects.toMatchObject({ status: 412 });
    const before = tenant.requests.count;
    await expect(deleteItem(lead(), actionsList, { id: added.id, etag: null })).rejects.toBeInstanceOf(MissingVersionError);
    expect(tenant.requests.count).toBe(before);
    expect((await getAction(lead(), added.id)).service).toBe("Someone else's change");
  });
});

describe("counters many people increment at once", () => {
  it("lose no dashboard opens when two people's tabs count together", async () => {
    const when = new Date("2026-03-15T12:00:00Z");
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordOpen(clientsFor(tenant, i % 2 ? "staff" : "manager").sp, 9001, "Planning", when)));
    const rows = await loadDashboardUsage(lead(), ["2026-03"]);
    expect(rows.filter((r) => r.dashboardId === 9001).reduce((n, r) => n + r.opens, 0)).toBe(12);
  });

  it("lose no dictionary searches when two people's tabs add to the same shard together", async () => {
    const delta = { ...emptyCounts(), searches: 1 };
    await Promise.all(Array.from({ length: 10 }, (_, i) => addToShard(clientsFor(tenant, i % 2 ? "staff" : "councillor").sp, "2026-04", 3, delta)));
    expect((await loadDictionaryUsage(lead(), ["2026-04"])).searches).toBe(10);
  });
});
