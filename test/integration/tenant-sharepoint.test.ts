import type { SPFI } from "@pnp/sp";
import { PermissionKind } from "@pnp/sp/security";
import { odataString } from "../../src/core/data/sharepoint";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
let lead: SPFI;
let staff: SPFI;

beforeAll(async () => {
  tenant = await startTestTenant();
  lead = clientsFor(tenant, "data-lead").sp;
  staff = clientsFor(tenant, "staff").sp;
  // A plain list for write tests that need no module's rules.
  tenant.createList({ title: "Notes", fields: [{ name: "ActionId", title: "Action", kind: "Number", indexed: true }, { name: "Note", title: "Note", kind: "Note" }] });
});
afterAll(() => tenant.close());

/** Fills a fresh list through the tenant's seeding: the subject under test is reading, not writing. */
function bulkList(title: string, count: number, indexed: boolean) {
  tenant.createList({
    title,
    fields: [
      { name: "Category", title: "Category", kind: "Choice", choices: ["Common", "Rare"], indexed },
      { name: "Region", title: "Region", kind: "Text" },
    ],
  });
  tenant.seed(title, Array.from({ length: count }, (_, i) => ({ Title: `Item ${i + 1}`, Category: (i + 1) % 1000 === 0 ? "Rare" : "Common", Region: (i + 1) % 2 ? "North" : "South" })));
}

describe("SharePoint REST as PnPjs sends it", () => {
  it("serves the seeded lists from the site declaration", async () => {
    const lists: { Title: string }[] = await lead.web.lists.select("Title")();
    expect(lists.map((l) => l.Title)).toEqual(expect.arrayContaining(["Principles", "Actions", "Measures", "GlossaryTerms"]));
    const principles: { Title: string }[] = await lead.web.lists.getByTitle("Principles").items.select("Title").orderBy("SortOrder")();
    expect(principles.map((p) => p.Title)).toEqual(["Data quality", "Data literacy", "Data ethics and responsibility", "Data standards", "Leadership in data"]);
  });

  it("reads lists by id as well as by title, and describes their fields", async () => {
    const info: { Id: string; ItemCount: number } = await lead.web.lists.getByTitle("Actions")();
    const byId: { Title: string } = await lead.web.lists.getById(info.Id)();
    expect(byId.Title).toBe("Actions");
    expect(info.ItemCount).toBe(30);
    const status: { TypeAsString: string; Indexed: boolean; Choices: string[] } = await lead.web.lists.getByTitle("Actions").fields.getByInternalNameOrTitle("Status")();
    expect(status).toMatchObject({ TypeAsString: "Choice", Indexed: true });
    expect(status.Choices).toContain("In progress");
  });

  it.each([
    ["eq on a choice", "Status eq 'Not started'", 30],
    ["ne", "PrincipleKey ne 'data-quality'", 22],
    ["gt / le on numbers", "SortOrder gt 3 and SortOrder le 8", 5],
    ["ge / lt on numbers", "SortOrder ge 29 or SortOrder lt 2", 3],
    ["not", "not (PrincipleKey eq 'data-quality')", 22],
    ["startswith", "startswith(Title,'Conduct')", 2],
    ["substringof", "substringof('DATA DICTIONARY',Title)", 1],
    ["null check", "PrincipleKey eq null", 6],
    ["not-null check", "PrincipleKey ne null", 24],
    ["datetime literal", "Created ge datetime'2000-01-01T00:00:00Z'", 30],
  ])("filters with %s", async (_name, filter, expected) => {
    const items = await lead.web.lists.getByTitle("Actions").items.select("Id").filter(filter).top(500)();
    expect(items).toHaveLength(expected);
  });

  it("matches quoted strings with doubled quotes, as odataString escapes them", async () => {
    tenant.seed("GlossaryTerms", [{ Title: "O'Brien's rule", Definition: "x", TermStatus: "Draft" }]);
    const found: { Title: string }[] = await lead.web.lists.getByTitle("GlossaryTerms").items.select("Title").filter(`Title eq ${odataString("O'Brien's rule")}`)();
    expect(found.map((t) => t.Title)).toEqual(["O'Brien's rule"]);
  });

  it("orders and pages with SharePoint's own next link until every item is read", async () => {
    const ids: number[] = [];
    for await (const page of lead.web.lists.getByTitle("Actions").items.select("Id", "SortOrder").orderBy("SortOrder", false).top(7)) {
      ids.push(...(page as { Id: number }[]).map((i) => i.Id));
    }
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(ids[0]).toBe(30);
  });

  it("expands a person field with $expand and $select", async () => {
    const actions = lead.web.lists.getByTitle("Actions");
    await actions.items.getById(1).update({ ActionOwnerId: 12 });
    const item: { ActionOwner: { Title: string; EMail: string } } = await actions.items.getById(1).select("Id", "ActionOwner/Title", "ActionOwner/EMail").expand("ActionOwner")();
    expect(item.ActionOwner).toMatchObject({ Title: "Morgan Ellis", EMail: "morgan.ellis@hbc.example" });
  });

  it("refuses a projection without its $expand, as SharePoint does", async () => {
    await expect(lead.web.lists.getByTitle("Actions").items.select("ActionOwner/Title")()).rejects.toMatchObject({ status: 400 });
  });

  it("pages through 6,000 items completely", async () => {
    bulkList("Bulk6000", 6000, true);
    let count = 0;
    let pages = 0;
    for await (const page of lead.web.lists.getByTitle("Bulk6000").items.select("Id").top(2000)) {
      count += (page as unknown[]).length;
      pages++;
    }
    expect(count).toBe(6000);
    expect(pages).toBe(3);
  });

  it("refuses a filter on a non-indexed column past the list view threshold, and serves an indexed one", async () => {
    bulkList("Threshold", 5200, true);
    const list = lead.web.lists.getByTitle("Threshold");
    await expect(list.items.filter("Region eq 'North'")()).rejects.toMatchObject({ status: 500, message: expect.stringContaining("SPQueryThrottledException") });
    await expect(list.items.orderBy("Region")()).rejects.toMatchObject({ status: 500 });
    const rare = await list.items.select("Id").filter("Category eq 'Rare' and Region eq 'North'")();
    expect(rare).toHaveLength(0);
    const allRare = await list.items.select("Id").filter("Category eq 'Rare'")();
    expect(allRare).toHaveLength(5);
    // An indexed filter that still matches more than 5,000 items is refused too.
    await expect(list.items.filter("Category eq 'Common'")()).rejects.toMatchObject({ status: 500 });
  });

  it("honours an index created later through the fields endpoint", async () => {
    bulkList("LateIndex", 5100, false);
    const list = lead.web.lists.getByTitle("LateIndex");
    await expect(list.items.filter("Category eq 'Rare'")()).rejects.toMatchObject({ status: 500 });
    await list.fields.getByInternalNameOrTitle("Category").update({ Indexed: true });
    expect(await list.items.filter("Category eq 'Rare'")()).toHaveLength(5);
  });

  it("gives the second of two editors a 412 and loses nothing", async () => {
    const actions = lead.web.lists.getByTitle("Actions");
    const other = clientsFor(tenant, "data-lead").sp.web.lists.getByTitle("Actions");
    const first: { "odata.etag": string } = await actions.items.getById(2)();
    const second: { "odata.etag": string } = await other.items.getById(2)();
    const saved = await actions.items.getById(2).update({ LatestUpdate: "First editor's note" }, first["odata.etag"]);
    expect(saved.etag).toBe('"2"');
    await expect(other.items.getById(2).update({ LatestUpdate: "Second editor's note" }, second["odata.etag"])).rejects.toMatchObject({ status: 412 });
    const now: { LatestUpdate: string } = await actions.items.getById(2)();
    expect(now.LatestUpdate).toBe("First editor's note");
    // With the fresh ETag the second editor's change lands.
    await other.items.getById(2).update({ LatestUpdate: "Second editor's note" }, saved.etag);
    expect(((await actions.items.getById(2)()) as { LatestUpdate: string }).LatestUpdate).toBe("Second editor's note");
  });

  it("keeps item versions for versioned lists", async () => {
    const versions = (await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/lists/getByTitle('Actions')/items(2)/versions", { headers: { Accept: "application/json" } })).json() as { value: { VersionLabel: string; LatestUpdate: string | null }[] };
    expect(versions.value.map((v) => v.VersionLabel)).toEqual(["3.0", "2.0", "1.0"]);
    expect(versions.value[1]!.LatestUpdate).toBe("First editor's note");
  });

  it("adds 100 items in one $batch", async () => {
    const list = lead.web.lists.getByTitle("Notes");
    const [batched, execute] = lead.batched();
    const results: Promise<{ Id: number }>[] = [];
    for (let i = 0; i < 100; i++) results.push(batched.web.lists.getByTitle("Notes").items.add({ ActionId: 1, Note: `Batched note ${i}` }));
    await execute();
    const added = await Promise.all(results);
    expect(new Set(added.map((a) => a.Id)).size).toBe(100);
    expect(await list.items.select("Id").filter("ActionId eq 1").top(500)()).toHaveLength(100);
  });

  it("retries a 429 with Retry-After through PnPjs' own retry, and the write lands once", async () => {
    tenant.faults.add({ api: "sp", pathContains: "Notes')/items", method: "POST", status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    await lead.web.lists.getByTitle("Notes").items.add({ ActionId: 2, Note: "Throttled once" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await lead.web.lists.getByTitle("Notes").items.filter("ActionId eq 2")()).toHaveLength(1);
  });

  it("enforces list permissions per persona: staff read, owners edit their own, the data lead edits all", async () => {
    const staffActions = staff.web.lists.getByTitle("Actions");
    await expect(staffActions.items.add({ Title: "Not allowed", Status: "Not started" })).rejects.toMatchObject({ status: 403 });
    await expect(staffActions.items.getById(3).update({ LatestUpdate: "No" })).rejects.toMatchObject({ status: 403 });
    await lead.web.lists.getByTitle("Actions").items.getById(3).update({ ActionOwnerId: 11 });
    await staffActions.items.getById(3).update({ LatestUpdate: "Owner's own update" });
    await expect(staffActions.items.getById(3).delete()).rejects.toMatchObject({ status: 403 });
    expect(await staffActions.items.getById(3).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await staffActions.items.getById(4).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await staffActions.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await lead.web.lists.getByTitle("Actions").currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
  });

  it("knows the current user and resolves people with ensureUser", async () => {
    const me: { Title: string; Email: string } = await staff.web.currentUser();
    expect(me).toMatchObject({ Title: "Sam Patel", Email: "sam.patel@hbc.example" });
    const ensured: { Id: number } = (await lead.web.ensureUser("i:0#.f|membership|priya.shah@hbc.example")) as unknown as { Id: number };
    expect(ensured.Id).toBe(21);
    const users: unknown[] = await lead.web.siteUsers();
    expect(users.length).toBeGreaterThanOrEqual(10);
  });

  it("deletes and recycles with ETags", async () => {
    const list = lead.web.lists.getByTitle("Notes");
    const added: { Id: number } = await list.items.add({ ActionId: 99, Note: "to delete" });
    await expect(list.items.getById(added.Id).delete('"7"')).rejects.toMatchObject({ status: 412 });
    await list.items.getById(added.Id).delete('"1"');
    const another: { Id: number } = await list.items.add({ ActionId: 99, Note: "to recycle" });
    await list.items.getById(another.Id).recycle();
    expect(await list.items.filter("ActionId eq 99")()).toHaveLength(0);
  });
});

describe("edit-your-own permissions on SharePoint's Created By", () => {
  it("lets the author edit an item in a list declared with editOwn on Author, and nobody else", async () => {
    tenant.createList({
      title: "Proposals",
      url: "Lists/Proposals",
      description: "",
      fields: [{ name: "Body", title: "Body", kind: "Note" }],
      permissions: { add: "everyone", edit: ["data-lead"], editOwn: { field: "Author", roles: "everyone" } },
    });
    const mine: { Id: number } = await staff.web.lists.getByTitle("Proposals").items.add({ Title: "Mine", Body: "x" });
    await staff.web.lists.getByTitle("Proposals").items.getById(mine.Id).update({ Body: "edited by its author" });
    const councillor = clientsFor(tenant, "councillor").sp;
    await expect(councillor.web.lists.getByTitle("Proposals").items.getById(mine.Id).update({ Body: "not mine" })).rejects.toMatchObject({ status: 403 });
  });
});
