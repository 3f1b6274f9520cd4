import { ConflictError } from "../../src/core/data/concurrency";
import * as engine from "../../src/modules/quality";
import { addAsset, getAsset, loadAllAssets, saveAsset } from "../../src/modules/assets/data/assets-data";
import { recordDisposal, loadDisposals } from "../../src/modules/assets/data/disposals-data";
import { addFlow, loadFlows, removeFlow } from "../../src/modules/assets/data/flows-data";
import { listFields } from "../../src/modules/assets/data/list-fields-data";
import { loadReviews, recordReview } from "../../src/modules/assets/data/reviews-data";
import type { Asset } from "../../src/modules/assets/domain/asset";
import { emptyDraft } from "../../src/modules/assets/domain/asset-form";
import { completenessOf } from "../../src/modules/assets/domain/completeness";
import { addMonths, dayOf, financialQuarterOf } from "../../src/modules/assets/domain/dates";
import { registerCsv, ropaCsv } from "../../src/modules/assets/domain/exports";
import { emptyFlowDraft, flowFields, flowIsRestricted } from "../../src/modules/assets/domain/flows";
import { buildMapModel } from "../../src/modules/assets/domain/map-model";
import { layoutMap } from "../../src/modules/assets/domain/map-layout";
import { NO_FILTERS } from "../../src/modules/assets/domain/register";
import { reviewDueOf } from "../../src/modules/assets/domain/review";
import { rowsFromListFields, schemaFromRows } from "../../src/modules/assets/domain/schema";
import { measures } from "../../src/modules/assets/measures";
import { assetsList, flowsList, restrictedAssetsList, restrictedFlowsList } from "../../src/modules/assets/lists";
import type { Tenant } from "../../tenant/src/server";
import { benchRegister } from "../../bench/assets-data";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const today = dayOf(new Date())!;
const ALEX = { displayName: "Alex Okafor", email: "alex.okafor@hbc.example" };
const TOM = { displayName: "Tom Barker", email: "tom.barker@hbc.example" };
const statusOf = (error: unknown) => (error as { status?: number }).status;

async function newAsset(persona: "asset-owner" | "data-lead", over: Partial<ReturnType<typeof emptyDraft>> = {}): Promise<Asset> {
  const { sp } = clientsFor(tenant, persona);
  const { assets } = await loadAllAssets(sp);
  return addAsset(sp, { ...emptyDraft(), name: "Test: licensing register", description: "Licences issued and their holders.", kind: "System data", service: "Licensing", system: "Test licensing system", owner: ALEX, manager: TOM, ...over }, new Set(assets.map((a) => a.key)));
}

describe("data assets against the local tenant", () => {
  it("an IAO creates an asset, starts its schema from a list, adds flows, reviews it and exports it; completeness and review adherence come from what is stored", async () => {
    const { sp, graph } = clientsFor(tenant, "asset-owner");
    const created = await newAsset("asset-owner", {
      format: "Electronic",
      personalData: "Yes",
      specialCategory: "No",
      criminalOffenceData: "No",
      lawfulBases: ["Public task", "Legal obligation"],
      purposes: "Issuing and enforcing licences.",
      dataSubjects: "Licence holders",
      personalDataCategories: "Names, addresses",
      sharedWith: "None",
      transfersOutsideUk: "No",
      retentionPeriod: "Six years after the licence ends",
      retentionMonths: "72",
      disposalAction: "Secure destruction",
      heldFrom: addMonths(today, -80),
      securityClassification: "OFFICIAL-SENSITIVE",
      securityMeasures: "Role-based access",
      ropaReference: "ROPA-TEST-1",
    });
    expect(created.key).toMatch(/^DA-[2-9A-Z]{6}$/);
    expect(created.owner).toMatchObject({ id: 13, name: "Alex Okafor" });
    expect(created.manager).toMatchObject({ name: "Tom Barker" });
    expect(completenessOf(created).missing).toEqual(["schema"]);

    // The schema, started from a SharePoint list's own columns and checked by the validation engine.
    const rows = rowsFromListFields(await listFields(sp, "DataAssetReviews"));
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["AssetKey", "ReviewOutcome", "ReviewedOn"]));
    const built = schemaFromRows(engine, null, rows, created.name);
    const withSchema = await saveAsset(sp, created, { TableSchema: built.json, SchemaFieldCount: rows.length, SchemaSource: "From a SharePoint list" });
    const full = await getAsset(sp, created.key);
    expect(JSON.parse(full!.schemaJson!).fields.map((f: { name: string }) => f.name)).toEqual(rows.map((r) => r.name));
    expect(completenessOf(withSchema).complete).toBe(true);

    // Flows: to an open sample asset, and to an organisation outside the council.
    const nameOf = (key: string) => (key === "SAMPLE-RB-01" ? "Sample: council tax accounts" : key);
    const feeds = await addFlow(sp, flowFields(withSchema, { ...emptyFlowDraft(), kind: "Is derived from", toKey: "SAMPLE-RB-01", method: "Secure file transfer", frequency: "Weekly" }, nameOf), false);
    await addFlow(sp, flowFields(withSchema, { ...emptyFlowDraft(), kind: "Is shared with", otherType: "outside", outside: "Test: the police" }, nameOf), false);
    const flows = (await loadFlows(sp)).filter((f) => f.fromKey === created.key);
    expect(flows.map((f) => [f.kind, f.toKey ?? f.outside])).toEqual([
      ["Is derived from", "SAMPLE-RB-01"],
      ["Is shared with", "Test: the police"],
    ]);
    expect(feeds.id).toBeGreaterThan(0);

    // The quarterly review: the asset's dates move on, and the record keeps who, when and the date it was due.
    const reviewed = await recordReview(sp, withSchema, { outcome: "Confirmed, no change", changes: "", reviewedOn: today });
    expect(reviewed.lastReviewed).toBe(today);
    expect(reviewed.nextReviewDue).toBe(addMonths(today, 3));
    const history = await loadReviews(sp, created.key);
    expect(history).toEqual([expect.objectContaining({ outcome: "Confirmed, no change", reviewedOn: today, dueOn: reviewDueOf(withSchema), reviewer: "Alex Okafor" })]);

    // Exports from what the register reads back.
    const { assets } = await loadAllAssets(sp);
    const mine = assets.find((a) => a.key === created.key)!;
    expect(registerCsv([mine], today)).toContain(`"${created.key}","Test: licensing register"`);
    expect(ropaCsv([mine])).toContain('"Issuing and enforcing licences.","Public task; Legal obligation","Licence holders"');

    // The strategy figures, computed from the stored lists as the measures module will.
    const quarter = financialQuarterOf(today);
    const data = await measures.load({ sp, graph }, quarter);
    expect(data.restrictedIncluded).toBe(true);
    const documented = measures.figures.find((f) => f.id === "assets.documented")!.compute(data, quarter);
    const active = data.assets.filter((a) => a.status === "Active");
    expect(documented.basis).toBe(`${active.filter((a) => completenessOf(a).complete).length} of ${active.length} assets fully documented`);
    const onTime = measures.figures.find((f) => f.id === "assets.reviews-on-time")!.compute(data, quarter);
    expect(onTime.value).not.toBeNull();
    expect(data.reviews!.some((r) => r.assetKey === created.key)).toBe(true);
  });

  it("records a disposal: the oldest records move on, and the disposal is kept with who recorded it", async () => {
    const { sp } = clientsFor(tenant, "asset-owner");
    const asset = await newAsset("asset-owner", { retentionMonths: "24", heldFrom: addMonths(today, -30), disposalAction: "Secure destruction" });
    const after = await recordDisposal(sp, asset, { disposedOn: today, method: "Secure destruction", recordsDisposed: "Records older than two years", heldFromAfter: addMonths(today, -24), wholeAsset: false, certificate: "CERT-1" });
    expect(after.heldFrom).toBe(addMonths(today, -24));
    expect(await loadDisposals(sp, asset.key)).toEqual([expect.objectContaining({ disposedOn: today, certificate: "CERT-1", recordedBy: "Alex Okafor", dueOn: addMonths(addMonths(today, -30), 24) })]);
  });

  it("keeps restricted assets and their flows from staff entirely, and shows them to IAOs and the data lead", async () => {
    const restricted = await newAsset("asset-owner", { name: "Test: fraud referrals", restricted: true });
    expect(restricted.restricted).toBe(true);
    const owner = clientsFor(tenant, "asset-owner").sp;
    const open = (await loadAllAssets(owner)).assets.find((a) => a.key === "SAMPLE-WS-01")!;
    const toRestricted = flowIsRestricted(open, restricted);
    expect(toRestricted).toBe(true);
    await addFlow(owner, flowFields(open, { ...emptyFlowDraft(), kind: "Feeds", toKey: restricted.key }, (k) => k), toRestricted);

    const staff = clientsFor(tenant, "staff").sp;
    const seen = await loadAllAssets(staff);
    expect(seen.restrictedReadable).toBe(false);
    expect(seen.assets.some((a) => a.restricted || a.key === restricted.key)).toBe(false);
    expect(await getAsset(staff, restricted.key)).toBeNull();
    expect((await loadFlows(staff)).some((f) => f.toKey === restricted.key || f.restricted)).toBe(false);
    for (const list of [restrictedAssetsList, restrictedFlowsList]) {
      expect((await rawRequest(tenant, "staff", `/sites/datahub/_api/web/lists/getbytitle('${list.title}')/items`)).status).toBe(403);
    }
    expect(await loadReviews(staff, "SAMPLE-RB-01")).toBeNull();

    for (const persona of ["asset-owner", "data-lead"] as const) {
      const sp = clientsFor(tenant, persona).sp;
      expect((await loadAllAssets(sp)).assets.some((a) => a.key === restricted.key)).toBe(true);
      expect((await loadFlows(sp)).some((f) => f.toKey === restricted.key && f.restricted)).toBe(true);
    }
  });

  it("lets IAOs and IAMs edit their own assets, the data lead any, and refuses everyone else with 403", async () => {
    // SAMPLE-RB-01: owner Alex (asset-owner), manager Morgan (manager). SAMPLE-PL-02 has no manager.
    const read = async (persona: "manager" | "asset-owner" | "data-lead" | "staff", key: string) => (await getAsset(clientsFor(tenant, persona).sp, key))!.asset;
    const byManager = await saveAsset(clientsFor(tenant, "manager").sp, await read("manager", "SAMPLE-RB-01"), { SecurityMeasures: "Changed by the IAM" });
    expect(byManager.securityMeasures).toBe("Changed by the IAM");
    const byOwner = await saveAsset(clientsFor(tenant, "asset-owner").sp, await read("asset-owner", "SAMPLE-RB-01"), { SecurityMeasures: "Changed by the IAO" });
    expect(byOwner.securityMeasures).toBe("Changed by the IAO");
    await expect(saveAsset(clientsFor(tenant, "manager").sp, await read("manager", "SAMPLE-PL-02"), { Description: "Not mine" })).rejects.toMatchObject({ status: 403 });
    await expect(saveAsset(clientsFor(tenant, "staff").sp, await read("staff", "SAMPLE-RB-01"), { Description: "Not mine" })).rejects.toMatchObject({ status: 403 });
    const byLead = await saveAsset(clientsFor(tenant, "data-lead").sp, await read("data-lead", "SAMPLE-PL-02"), { Description: "Any asset, by the data lead" });
    expect(byLead.description).toBe("Any asset, by the data lead");
    const refused = await addAsset(clientsFor(tenant, "staff").sp, { ...emptyDraft(), name: "Staff's asset", kind: "Spreadsheet or database" }, new Set()).catch((e: unknown) => e);
    expect(statusOf(refused)).toBe(403);
  });

  it("shows a conflicting edit instead of losing it: the second save gets 412 as a ConflictError carrying the first person's version", async () => {
    const mine = (await getAsset(clientsFor(tenant, "asset-owner").sp, "SAMPLE-WS-01"))!.asset;
    const theirs = (await getAsset(clientsFor(tenant, "data-lead").sp, "SAMPLE-WS-01"))!.asset;
    const saved = await saveAsset(clientsFor(tenant, "data-lead").sp, theirs, { Description: "The data lead's wording" });
    const error = await saveAsset(clientsFor(tenant, "asset-owner").sp, mine, { Description: "The IAO's wording" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Asset>).current).toMatchObject({ description: "The data lead's wording", etag: saved.etag });
    // Saving again on top of the version now shown succeeds: nothing overwritten unseen, nothing lost.
    const again = await saveAsset(clientsFor(tenant, "asset-owner").sp, (error as ConflictError<Asset>).current, { Description: "The IAO's wording" });
    expect(again.description).toBe("The IAO's wording");
  });

  it("lets IAOs, IAMs and the data lead remove a flow (to the recycle bin), and nobody else", async () => {
    const owner = clientsFor(tenant, "asset-owner").sp;
    const asset = await newAsset("asset-owner");
    const added = await addFlow(owner, flowFields(asset, { ...emptyFlowDraft(), kind: "Feeds", toKey: "SAMPLE-FI-01" }, (k) => k), false);
    await expect(removeFlow(clientsFor(tenant, "manager").sp, added)).rejects.toMatchObject({ status: 403 });
    await removeFlow(owner, added);
    expect((await loadFlows(owner)).some((f) => f.id === added.id && !f.restricted)).toBe(false);
  });

  it("reads 2,000 assets (30,000 schema fields) and 4,000 flows within the list view threshold, and maps them all", async () => {
    const big = await startTestTenant();
    try {
      const register = benchRegister({ owners: [13, 12], today: new Date() });
      big.seed(assetsList.title, register.assets);
      big.seed(flowsList.title, register.flows);
      const { sp } = clientsFor(big, "data-lead");
      const { assets } = await loadAllAssets(sp);
      expect(assets).toHaveLength(2000 + 13);
      const flows = await loadFlows(sp);
      expect(flows.length).toBe(4000 + 13);
      const full = await getAsset(sp, "BENCH-1999");
      expect(JSON.parse(full!.schemaJson!).fields).toHaveLength(15);
      const model = buildMapModel(assets, flows, NO_FILTERS, 14);
      expect(model.flows).toHaveLength(4013);
      const layout = layoutMap(model);
      expect(layout.nodes.filter((n) => n.type === "asset")).toHaveLength(2013);
      expect(layout.assetEdges).toHaveLength(4013);
    } finally {
      await big.close();
    }
  }, 120_000);
});
