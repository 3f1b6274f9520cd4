/**
 * SharePoint REST as Microsoft documents it, asked through PnPjs exactly as the app configures it,
 * answered by the local tenant. Each case names the page it comes from:
 * - [odata] "Use OData query operations in SharePoint REST requests"
 *   (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests)
 * - [lists] "Working with lists and list items with REST"
 *   (learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest)
 * - [fields] "Fields REST API reference" and SP.FieldType / SP.Field* in the client object model
 * - [users] "Users, groups, and roles REST API reference"
 * Where the tenant stands in for something it does not serve, the answer is 501
 * "not supported by the local tenant: …", never a misleading 404 or 405.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/fields";
import "@pnp/sp/site-groups";
import "@pnp/sp/site-users";
import "@pnp/sp/folders";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";
import { spFailure } from "./conformance-support";

let tenant: Tenant;
let sp: SPFI;
beforeAll(async () => {
  tenant = await startTestTenant();
  sp = clientsFor(tenant, "data-lead").sp;
});
afterAll(() => tenant.close());

const actions = () => sp.web.lists.getByTitle("Actions");
const NOT_SUPPORTED = /^not supported by the local tenant: /;

describe("[odata] a name the list does not have is a 400 wherever a query option takes one", () => {
  it.each([
    ["$select", () => actions().items.select("Id", "Colour")()],
    ["$filter", () => actions().items.filter("Colour eq 'red'")()],
    ["$orderby", () => actions().items.orderBy("Colour")()],
    ["$expand", () => actions().items.expand("Colour")()],
    ["$select on one item", () => actions().items.getById(1).select("Colour")()],
  ])("%s naming an unknown field answers 400 'The field or property … does not exist'", async (_option, call) => {
    expect(await spFailure(call())).toEqual({ status: 400, code: expect.stringContaining("InvalidClientQueryException"), message: "The field or property 'Colour' does not exist." });
  });

  it("checks a projected person property even when no item has a person in that column", async () => {
    const failure = await spFailure(actions().items.select("Id", "ActionOwner/Nickname").expand("ActionOwner").top(1)());
    expect(failure).toMatchObject({ status: 400, message: "The field or property 'Nickname' does not exist." });
  });

  it("expands only person and lookup columns", async () => {
    expect(await spFailure(actions().items.expand("Status")())).toMatchObject({ status: 400, message: "The field or property 'Status' does not exist." });
  });

  it("refuses endswith, which SharePoint REST does not support", async () => {
    expect(await spFailure(actions().items.filter("endswith(Title,'data')")())).toMatchObject({ status: 400 });
  });

  it("does not apply $skip to list items, as the page says: PnPjs' skip() pages with $skiptoken instead", async () => {
    const raw = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/lists/getByTitle('Actions')/items?$select=Id&$skip=2&$top=1", { headers: { Accept: "application/json" } });
    expect((raw.json() as { value: { Id: number }[] }).value.map((i) => i.Id)).toEqual([1]);
    const afterTwo = await actions().items.select("Id").skip(2).top(1)<{ Id: number }[]>();
    expect(afterTwo.map((i) => i.Id)).toEqual([3]);
    expect(await spFailure(actions().items.select("Id").skip(5, true).top(1)())).toMatchObject({ status: 501, message: expect.stringMatching(NOT_SUPPORTED) });
  });

  it("answers 501 for item properties the tenant does not serve", async () => {
    expect(await spFailure(actions().items.select("FieldValuesAsText").expand("FieldValuesAsText")())).toMatchObject({ status: 501, message: expect.stringMatching(NOT_SUPPORTED) });
  });
});

describe("[odata] query options on the web's lists, a list's fields and site users", () => {
  it("filters, sorts, selects and tops the web's lists", async () => {
    const lists = await sp.web.lists.select("Title").filter("BaseTemplate eq 100 and startswith(Title,'Dashboard')").orderBy("Title", false)<{ Title: string }[]>();
    expect(lists.map((l) => l.Title)).toEqual(["DashboardUsage", "Dashboards"]);
    expect(Object.keys(lists[0]!).filter((k) => !k.startsWith("odata."))).toEqual(["Title"]);
    expect(await sp.web.lists.top(2)()).toHaveLength(2);
  });

  it("expands a list's fields and selects within them", async () => {
    const [principles] = await sp.web.lists.filter("Title eq 'Principles'").select("Title", "Fields/InternalName").expand("Fields")<{ Title: string; Fields: { InternalName: string }[] }[]>();
    expect(principles!.Fields.map((f) => f.InternalName)).toEqual(expect.arrayContaining(["ID", "Title", "PrincipleKey", "Created", "Author"]));
    expect(Object.keys(principles!.Fields[0]!).filter((k) => !k.startsWith("odata."))).toEqual(["InternalName"]);
  });

  it("refuses an unknown list property with 400 and an unserved one with 501", async () => {
    expect(await spFailure(sp.web.lists.select("Colour")())).toMatchObject({ status: 400, message: "The field or property 'Colour' does not exist." });
    expect(await spFailure(sp.web.lists.filter("Colour eq 1")())).toMatchObject({ status: 400 });
    expect(await spFailure(sp.web.lists.expand("RootFolder")())).toMatchObject({ status: 501, message: expect.stringMatching(NOT_SUPPORTED) });
  });

  it("filters a list's fields, as provisioning reads them", async () => {
    const fields = await actions().fields.filter("ReadOnlyField eq false and Hidden eq false").select("InternalName", "TypeAsString")<{ InternalName: string; TypeAsString: string }[]>();
    const names = fields.map((f) => f.InternalName);
    expect(names).toEqual(expect.arrayContaining(["Title", "Status", "ActionOwner", "DueDate"]));
    expect(names).not.toEqual(expect.arrayContaining(["ID"]));
    expect(await spFailure(actions().fields.filter("Colour eq 1")())).toMatchObject({ status: 400, message: "The field or property 'Colour' does not exist." });
  });

  it("filters, sorts and selects site users", async () => {
    const found = await sp.web.siteUsers.filter("Email eq 'priya.shah@hbc.example'").select("Id", "Title")<{ Id: number; Title: string }[]>();
    expect(found.map((u) => [u.Id, u.Title])).toEqual([[21, "Priya Shah"]]);
    const sorted = await sp.web.siteUsers.select("Title").orderBy("Title", false).top(2)<{ Title: string }[]>();
    expect(sorted.map((u) => u.Title)).toEqual(["Tom Barker", "Sam Patel"]);
    expect(await spFailure(sp.web.siteUsers.select("Colour")())).toMatchObject({ status: 400 });
  });

  it("answers 501 for site groups, which SharePoint has and the tenant does not serve", async () => {
    expect(await spFailure(sp.web.siteGroups())).toMatchObject({ status: 501, message: "not supported by the local tenant: site groups" });
  });

  it("applies $select to a single list, as PnPjs' getByTitle(…).select(…) asks", async () => {
    const list = await actions().select("Id", "ItemCount")<Record<string, unknown>>();
    expect(Object.keys(list).filter((k) => !k.startsWith("odata."))).toEqual(["Id", "ItemCount"]);
  });
});

describe("[lists] list bodies are checked as item bodies are", () => {
  it("refuses a property SP.List does not have", async () => {
    // A typo in a property name, as a developer might make it: the type would not let it through.
    const typo = { Colour: "red" } as Record<string, unknown>;
    expect(await spFailure(sp.web.lists.add("Typo list", "", 100, false, typo))).toMatchObject({
      status: 400,
      message: "The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.",
    });
    expect(await spFailure(actions().update(typo))).toMatchObject({ status: 400 });
  });

  it("refuses a title over 255 characters", async () => {
    expect(await spFailure(sp.web.lists.add("x".repeat(256)))).toMatchObject({ status: 400, message: "The list title must be at most 255 characters." });
  });

  it("answers 501 for list templates and settings the tenant does not model, instead of ignoring them", async () => {
    expect(await spFailure(sp.web.lists.add("Library", "", 101))).toMatchObject({ status: 501, message: expect.stringMatching(NOT_SUPPORTED) });
    expect(await spFailure(sp.web.lists.add("Moderated", "", 100, false, { EnableModeration: true }))).toMatchObject({ status: 501 });
  });

  it("creates a list from PnPjs' own body and renames it", async () => {
    await sp.web.lists.add("Conformance list", "Made by the conformance suite", 100, false);
    await sp.web.lists.getByTitle("Conformance list").update({ Title: "Conformance list (renamed)", EnableVersioning: true });
    expect(await sp.web.lists.getByTitle("Conformance list (renamed)").select("EnableVersioning")()).toMatchObject({ EnableVersioning: true });
  });
});

describe("[fields] built-in fields as SharePoint has them", () => {
  it("gives Title its fixed id", async () => {
    const title = await actions().fields.getByInternalNameOrTitle("Title")<{ Id: string; TypeAsString: string }>();
    expect(title).toMatchObject({ Id: "fa564e0f-0c70-4ab9-b863-0177e6ddd247", TypeAsString: "Text" });
    expect(await actions().fields.getById("fa564e0f-0c70-4ab9-b863-0177e6ddd247")()).toMatchObject({ InternalName: "Title" });
  });

  it.each([
    ["ID", "Counter", 5, "1d22ea11-1e32-424e-89ab-9fedbadb6ce1"],
    ["Created", "DateTime", 4, "8c06beca-0777-48f7-91c7-6da68bc07b69"],
    ["Modified", "DateTime", 4, "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f"],
    ["Author", "User", 20, "1df5e554-ec7e-46a6-901d-d85a3881cb18"],
    ["Editor", "User", 20, "d31655d1-1d5b-4511-95a1-7a09e9b75bf2"],
  ])("lists %s as a read-only %s field", async (name, type, kind, id) => {
    const field = await actions().fields.getByInternalNameOrTitle(name)();
    expect(field).toMatchObject({ InternalName: name, TypeAsString: type, FieldTypeKind: kind, Id: id, ReadOnlyField: true });
    const all = await actions().fields.select("InternalName")<{ InternalName: string }[]>();
    expect(all.map((f) => f.InternalName)).toContain(name);
  });

  it("refuses to delete a built-in field", async () => {
    expect(await spFailure(actions().fields.getByInternalNameOrTitle("Created").delete())).toMatchObject({ status: 400 });
  });
});

describe("[fields] the field types the new modules need", () => {
  const budget = () => sp.web.lists.getByTitle("Budgets");
  beforeAll(async () => {
    await sp.web.lists.add("Budgets");
  });

  it("adds a Currency field and stores amounts as numbers", async () => {
    const added = await budget().fields.addCurrency("Budget");
    expect(added).toMatchObject({ TypeAsString: "Currency", FieldTypeKind: 10 });
    const item = await budget().items.add({ Title: "Training", Budget: 1200.5 });
    expect(item).toMatchObject({ Budget: 1200.5 });
    expect(await spFailure(budget().items.add({ Title: "Bad", Budget: "lots" }))).toMatchObject({ status: 400, message: expect.stringContaining("Edm.Double") });
  });

  it("adds an Integer field and refuses fractions", async () => {
    await budget().fields.add("Places", 1, {});
    expect(await budget().fields.getByInternalNameOrTitle("Places")()).toMatchObject({ TypeAsString: "Integer", FieldTypeKind: 1 });
    await budget().items.add({ Title: "Course", Places: 12 });
    expect(await spFailure(budget().items.add({ Title: "Half", Places: 2.5 }))).toMatchObject({ status: 400, message: expect.stringContaining("Edm.Int32") });
  });

  it("adds a Calculated field: formula stored, value computed on write, never written by a client", async () => {
    const added = await budget().fields.addCalculated("Doubled", { Formula: "=[Budget]*2", OutputType: 9 });
    expect(added).toMatchObject({ TypeAsString: "Calculated", FieldTypeKind: 17, Formula: "=[Budget]*2", OutputType: 9, ReadOnlyField: true });
    const { Id } = await budget().items.add({ Title: "Data literacy", Budget: 300 });
    expect(await budget().items.getById(Id).select("Doubled")()).toMatchObject({ Doubled: 600 });
    await budget().items.getById(Id).update({ Budget: 50 });
    expect(await budget().items.getById(Id).select("Doubled")()).toMatchObject({ Doubled: 100 });
    expect(await spFailure(budget().items.getById(Id).update({ Doubled: 1 }))).toMatchObject({ status: 400 });
    // It filters as the number its formula gives, not as text ("100" > "1000" as text).
    const big = await budget().items.filter("Doubled ge 1000").select("Title")<{ Title: string }[]>();
    expect(big.map((i) => i.Title)).toEqual(["Training"]);
  });

  it("refuses a formula naming a column that does not exist, with SharePoint's words", async () => {
    expect(await spFailure(budget().fields.addCalculated("Broken", { Formula: "=[Nope]+1", OutputType: 9 }))).toMatchObject({
      status: 400,
      message: expect.stringContaining("The formula refers to a column that does not exist."),
    });
  });

  it("answers 501 for formula functions and Location fields, which SharePoint has and the tenant does not", async () => {
    expect(await spFailure(budget().fields.addCalculated("Flag", { Formula: '=IF([Budget]>100,"High","Low")' }))).toMatchObject({ status: 501, message: "not supported by the local tenant: the formula function IF" });
    expect(await spFailure(budget().fields.addLocation("Venue"))).toMatchObject({ status: 501, message: "not supported by the local tenant: Location fields" });
  });

  it("refuses a schema XML type SharePoint does not know, with SharePoint's words", async () => {
    expect(await spFailure(budget().fields.createFieldAsXml('<Field Type="Bogus" Name="Odd" DisplayName="Odd" />'))).toMatchObject({
      status: 400,
      message: "Field type Bogus is not installed properly. Go to the list settings page to delete this field.",
    });
  });

  it("deletes a field; its name is then unknown to queries", async () => {
    await budget().fields.addText("Scratch");
    await budget().fields.getByInternalNameOrTitle("Scratch").delete();
    expect(await spFailure(budget().fields.getByInternalNameOrTitle("Scratch")())).toMatchObject({ status: 404 });
    expect(await spFailure(budget().items.select("Scratch")())).toMatchObject({ status: 400 });
    expect(await budget().items.select("Title")()).not.toHaveLength(0);
  });
});

describe("[users] site users", () => {
  it("finds a user by email and by login name, with the UserId block", async () => {
    const byEmail = await sp.web.siteUsers.getByEmail("priya.shah@hbc.example")<{ Id: number; UserId: { NameId: string; NameIdIssuer: string } }>();
    expect(byEmail).toMatchObject({ Id: 21, UserId: { NameId: expect.stringMatching(/^[0-9a-f]{16}$/), NameIdIssuer: "urn:federation:microsoftonline" } });
    const byLogin = await sp.web.siteUsers.getByLoginName("i:0#.f|membership|priya.shah@hbc.example")<{ Id: number }>();
    expect(byLogin.Id).toBe(21);
  });

  it("answers 404 for an email nobody on the site has", async () => {
    expect(await spFailure(sp.web.siteUsers.getByEmail("nobody@hbc.example")())).toMatchObject({ status: 404, message: "User cannot be found." });
  });
});

describe("what the tenant does not serve says so", () => {
  it("answers 501 for folders, naming them", async () => {
    expect(await spFailure(sp.web.folders())).toMatchObject({ status: 501, code: expect.stringContaining("NotSupportedException"), message: "not supported by the local tenant: folders" });
  });

  it("answers 501 naming the method for a method a served resource does not take, never 405", async () => {
    const response = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/lists", { method: "DELETE", headers: { Accept: "application/json" } });
    expect(response.status).toBe(501);
    expect(response.json()).toMatchObject({ "odata.error": { message: { value: expect.stringContaining("DELETE on the web's lists") } } });
  });

  it("answers 404 for a path SharePoint does not have either", async () => {
    const response = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/nonsense", { headers: { Accept: "application/json" } });
    expect(response.status).toBe(404);
  });
});
