import { currentSiteUserId } from "../../src/core/data/people";
import { ConflictError } from "../../src/core/data/concurrency";
import { confirmReading, isDuplicateRefusal, loadCurrentConfirmations, loadMyConfirmations } from "../../src/modules/policies/data/confirmations-data";
import { loadAllReaders, loadServiceReaders } from "../../src/modules/policies/data/directory-data";
import { loadDocuments, loadHistory, recordReview, saveDocument } from "../../src/modules/policies/data/documents-data";
import { loadOpens, recordOpen } from "../../src/modules/policies/data/usage-data";
import { documentCompletion } from "../../src/modules/policies/domain/completion";
import { summariseOpens } from "../../src/modules/policies/domain/usage";
import { confirmationKey, confirmersByVersion, forYouToRead } from "../../src/modules/policies/domain/confirmation";
import type { PolicyDocument } from "../../src/modules/policies/domain/document";
import { checkDocument, checkReview, draftOf } from "../../src/modules/policies/domain/forms";
import { policyConfirmationsList, policyDocumentsList, policyOpensList } from "../../src/modules/policies/lists";
import { measures } from "../../src/modules/policies/measures";
import type { PersonaId } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());
afterEach(() => tenant.faults.clear());

const sp = (persona: PersonaId) => clientsFor(tenant, persona).sp;
const byKey = async (key: string, persona: PersonaId = "data-lead") => (await loadDocuments(sp(persona))).find((d) => d.key === key)!;
const today = new Date().toISOString().slice(0, 10);

/** The data lead names an owner and the readers; then the owner publishes a version. */
async function readyToPublish(key: string, mustRead: PolicyDocument["mustRead"] = ["staff"]): Promise<PolicyDocument> {
  const doc = await byKey(key);
  const { values } = checkDocument({ ...draftOf(doc), mustRead });
  return saveDocument(sp("data-lead"), doc, values!, "alex.okafor@hbc.example");
}

async function publish(doc: PolicyDocument, label: string, changes: string, persona: PersonaId = "asset-owner"): Promise<PolicyDocument> {
  const { values, problems } = checkReview({ outcome: "New version", on: today, label, changes, nextReview: "2099-01-01" }, doc, today);
  expect(problems).toEqual([]);
  return recordReview(sp(persona), doc, values!);
}

async function confirmAs(persona: PersonaId, doc: PolicyDocument) {
  const client = sp(persona);
  return confirmReading(client, doc, await currentSiteUserId(client));
}

async function toReadFor(persona: PersonaId) {
  const client = sp(persona);
  const [docs, me] = await Promise.all([loadDocuments(client), currentSiteUserId(client)]);
  return forYouToRead(docs, ["staff"], await loadMyConfirmations(client, docs, me), me).map((d) => d.key);
}

describe("policies against the local tenant", () => {
  it("starts with the strategy's documents, in draft or as links to fill in, and never their text", async () => {
    const docs = await loadDocuments(sp("staff"));
    const seeded = docs.filter((d) => !d.key.startsWith("sample-"));
    expect(seeded.map((d) => [d.key, d.status, d.readVersion, d.link, d.summary])).toEqual([
      ["data-ethics-policy", "Draft", 0, null, null],
      ["data-protection-policy", "Approved", 0, null, null],
      ["data-quality-handbook", "Draft", 0, null, null],
      ["data-standards-policy", "Draft", 0, null, null],
      ["information-governance-policy", "Approved", 0, null, null],
    ]);
    expect(seeded.find((d) => d.key === "data-quality-handbook")!.strategyQuote).toBe("Develop and distribute a “Data Quality Handbook” for best practices across departments.");
  });

  it("publishes a version, takes confirmations from two people, and asks again when a new version is published", async () => {
    const v1 = await publish(await readyToPublish("data-standards-policy"), "1.0", "First version.");
    expect(v1).toMatchObject({ status: "Approved", versionLabel: "1.0", readVersion: 1 });
    expect(await toReadFor("staff")).toContain("data-standards-policy");

    expect(await confirmAs("staff", v1)).toEqual({ already: false });
    expect(await confirmAs("manager", v1)).toEqual({ already: false });
    expect(await toReadFor("staff")).not.toContain("data-standards-policy");
    expect(await toReadFor("manager")).not.toContain("data-standards-policy");

    const v2 = await publish(v1, "2.0", "Adds the section on retention.");
    expect(v2.readVersion).toBe(2);
    expect(await toReadFor("staff")).toContain("data-standards-policy");
    const current = await loadCurrentConfirmations(sp("data-lead"), [v2]);
    expect(current).toEqual([]);
    await confirmAs("staff", v2);
    const readers = await loadServiceReaders(sp("manager"), clientsFor(tenant, "manager").graph, "Customer Services");
    const completion = documentCompletion(v2, confirmersByVersion(await loadCurrentConfirmations(sp("manager"), [v2])), readers);
    expect(completion.services).toEqual([{ service: "Customer Services", expected: 3, confirmed: 1, rate: 1 / 3, notConfirmed: ["Chris Morgan", "Morgan Ellis"] }]);

    const history = await loadHistory(sp("staff"), v2.id);
    expect(history.versions.map((v) => [v.label, v.changeSummary, v.publishedBy])).toEqual([
      ["2.0", "Adds the section on retention.", "Alex Okafor"],
      ["1.0", "First version.", "Alex Okafor"],
    ]);
    expect(history.reviews.map((r) => r.outcome)).toEqual(["New version"]);
  });

  it("records a confirmation once after a double click, and reads the second as already confirmed", async () => {
    const doc = await publish(await readyToPublish("data-quality-handbook"), "1.0", "First version.");
    const results = await Promise.all([confirmAs("focus-group", doc), confirmAs("focus-group", doc)]);
    expect(results.map((r) => r.already).sort()).toEqual([false, true]);
    expect(await confirmAs("focus-group", doc)).toEqual({ already: true });
    const mine = (await loadCurrentConfirmations(sp("data-lead"), [doc])).filter((c) => c.authorId === 15);
    expect(mine).toHaveLength(1);
  });

  it("records a confirmation once when SharePoint throttles it and the retry goes through", async () => {
    const doc = await byKey("data-quality-handbook");
    tenant.faults.add({ api: "sp", method: "POST", pathContains: "PolicyConfirmations", status: 429, retryAfter: 1, count: 1 });
    expect(await confirmAs("councillor", doc)).toEqual({ already: false });
    expect(tenant.faults.list()).toEqual([]);
    expect((await loadCurrentConfirmations(sp("data-lead"), [doc])).filter((c) => c.authorId === 16)).toHaveLength(1);
  });

  it("refuses a confirmation that names someone else, and a key taken by someone else counts only for its author", async () => {
    const doc = await byKey("data-quality-handbook");
    // SharePoint sets the author from the sign-in: a body that names another author is refused.
    await expect(sp("staff").web.lists.getByTitle(policyConfirmationsList.title).items.add({ Title: "for Morgan", DocumentId: doc.id, ReadVersion: doc.readVersion, ConfirmKey: "x-1", AuthorId: 12 })).rejects.toMatchObject({ status: 400 });
    // Sam writes the key Morgan would use: it is Sam's confirmation, not Morgan's.
    await sp("staff").web.lists.getByTitle(policyConfirmationsList.title).items.add({ Title: "squat", DocumentId: doc.id, ReadVersion: doc.readVersion, ConfirmKey: confirmationKey(doc.id, doc.readVersion, 12) });
    expect((await loadMyConfirmations(sp("manager"), [doc], 12)).length).toBe(0);
    expect(await confirmAs("manager", doc)).toEqual({ already: false });
    expect(await confirmAs("manager", doc)).toEqual({ already: true });
    const confirmers = confirmersByVersion(await loadCurrentConfirmations(sp("data-lead"), [doc])).get(`${doc.id}:${doc.readVersion}`)!;
    expect([...confirmers.keys()].sort()).toEqual([11, 12, 15, 16]);
  });

  it("lets nobody but the data lead change or delete a confirmation", async () => {
    const doc = await byKey("data-quality-handbook");
    const [item] = (await loadCurrentConfirmations(sp("data-lead"), [doc])).filter((c) => c.authorId === 11);
    const items = (persona: PersonaId) => sp(persona).web.lists.getByTitle(policyConfirmationsList.title).items;
    await expect(items("staff").getById(item!.id).update({ ReadVersion: 9 })).rejects.toMatchObject({ status: 403 });
    await expect(items("staff").getById(item!.id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(items("manager").getById(item!.id).delete()).rejects.toMatchObject({ status: 403 });
  });

  it("lets only the owner or the data lead publish, and refuses a stale version with a conflict", async () => {
    const doc = await byKey("data-ethics-policy");
    const { values } = checkReview({ outcome: "New version", on: today, label: "1.0", changes: "First.", nextReview: "2099-01-01" }, doc, today);
    await expect(recordReview(sp("staff"), doc, values!)).rejects.toMatchObject({ status: 403 });
    await expect(sp("manager").web.lists.getByTitle(policyDocumentsList.title).items.add({ Title: "Unofficial policy", DocKind: "Policy", DocStatus: "Approved" })).rejects.toMatchObject({ status: 403 });
    await recordReview(sp("data-lead"), doc, values!);
    const stale = checkReview({ outcome: "New version", on: today, label: "1.1", changes: "Second.", nextReview: "2099-01-01" }, doc, today);
    const error = await recordReview(sp("data-lead"), doc, stale.values!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<PolicyDocument>).current).toMatchObject({ versionLabel: "1.0", readVersion: 1 });
  });

  it("records a review with no change as the date and outcome, kept in the history", async () => {
    const doc = await byKey("data-standards-policy");
    const { values } = checkReview({ outcome: "No change", on: today, label: "", changes: "", nextReview: "2099-06-01" }, doc, today);
    const reviewed = await recordReview(sp("asset-owner"), doc, values!);
    expect(reviewed).toMatchObject({ lastReviewed: today, reviewOutcome: "No change", nextReview: "2099-06-01", readVersion: doc.readVersion });
    expect((await loadHistory(sp("staff"), doc.id)).reviews[0]).toMatchObject({ reviewedOn: today, outcome: "No change", dueWas: "2099-01-01" });
  });

  it("counts opens per month and department from several people at once, naming nobody, and only the data lead deletes a counter", async () => {
    const doc = await byKey("data-quality-handbook");
    const when = new Date("2026-05-10T12:00:00Z");
    await Promise.all([recordOpen(sp("staff"), doc.id, "Customer Services", when), recordOpen(sp("manager"), doc.id, "Customer Services", when), recordOpen(sp("asset-owner"), doc.id, "Digital", when)]);
    // Two people creating the month's counter at once may make two items; readers add them up.
    const usage = summariseOpens(await loadOpens(sp("data-lead"), ["2026-05"])).get(doc.id)!;
    expect(usage).toEqual({ documentId: doc.id, total: 3, byMonth: [["2026-05", 3]], byDepartment: [["Customer Services", 2], ["Digital", 1]] });
    const [counter] = await sp("staff").web.lists.getByTitle(policyOpensList.title).items.select("Id")<{ Id: number }[]>();
    await expect(sp("staff").web.lists.getByTitle(policyOpensList.title).items.getById(counter!.Id).delete()).rejects.toMatchObject({ status: 403 });
  });

  it("reads confirmations past the list view threshold in Id windows", async () => {
    const doc = await byKey("data-quality-handbook");
    const before = (await loadCurrentConfirmations(sp("data-lead"), [doc])).length;
    const items = Array.from({ length: 6_000 }, (_, i) => ({ Title: "bulk", DocumentId: i % 3 === 0 ? doc.id : 999, ReadVersion: doc.readVersion, ConfirmKey: `bulk-${i}` }));
    tenant.seed(policyConfirmationsList.title, items, { as: "staff" });
    expect(tenant.itemCount(policyConfirmationsList.title)).toBeGreaterThan(6_000);
    const all = await loadCurrentConfirmations(sp("data-lead"), [doc]);
    expect(all.length - before).toBe(2_000);
    expect(confirmersByVersion(all).get(`${doc.id}:${doc.readVersion}`)!.size).toBe(4);
    // A person's own are found by key, in one small request, whatever the list's size.
    expect((await loadMyConfirmations(sp("manager"), [doc], 12)).length).toBe(1);
  });

  it("tells a duplicate refusal from other failures", async () => {
    const error = await sp("staff").web.lists.getByTitle(policyConfirmationsList.title).items.add({ Title: "again", DocumentId: 1, ReadVersion: 1, ConfirmKey: "bulk-1" }).catch((e: unknown) => e);
    expect(isDuplicateRefusal(error)).toBe(true);
    expect(isDuplicateRefusal(Object.assign(new Error("Internal"), { status: 500 }))).toBe(false);
  });

  it("offers figures for the strategy measures from the lists and the directory", async () => {
    const services = clientsFor(tenant, "data-lead");
    const period = { start: "2026-04-01", end: "2099-12-31", label: "test" };
    const data = await measures.load(services, period);
    expect(data.readers.length).toBeGreaterThanOrEqual(10);
    expect((await loadAllReaders(services.sp, services.graph)).find((r) => r.name === "Sam Patel")).toEqual({ name: "Sam Patel", department: "Customer Services", siteUserId: 11 });
    const read = measures.figures.find((f) => f.id === "policies.handbook-read")!.compute(data, period);
    expect(read.basis).toMatch(/^4 of \d+ staff confirmed version 1\.0$/);
    expect(measures.figures.find((f) => f.id === "policies.handbook-opens")!.compute(data, period).value).toBe(3);
    expect(measures.figures.find((f) => f.id === "policies.standards-updates")!.compute(data, period).value).toBe(1);
  });
});
