/**
 * Microsoft Graph's directory queries as Microsoft documents them, asked through the app's own
 * Graph service (src/core/data/graph.ts), answered by the local tenant. From
 * "Advanced query capabilities on Microsoft Entra ID objects" (learn.microsoft.com/graph/aad-advanced-queries),
 * its table of `$filter` support by user property, and "Use query parameters" (learn.microsoft.com/graph/query-parameters).
 */
import type { GraphService } from "../../src/core/data/graph";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
let graph: GraphService;
beforeAll(async () => {
  tenant = await startTestTenant();
  graph = clientsFor(tenant, "staff").graph;
});
afterAll(() => tenant.close());

const EVENTUAL = { ConsistencyLevel: "eventual" };
type Users = { value: { displayName: string; mail: string }[]; "@odata.count"?: number };
const names = (users: Users) => users.value.map((u) => u.displayName);

async function failure(call: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { status, code, message } = error as { status: number; code: string; message: string };
    return { status, code, message };
  }
  throw new Error("The call succeeded; it was expected to fail.");
}

const NEEDS_ADVANCED = /is not supported because the required parameters might be missing\. Try adding \$count=true query parameter and ConsistencyLevel:eventual header/;

describe("filters Graph allows on users by default", () => {
  it("eq and startsWith on department, as the Figures tab and people pickers ask", async () => {
    expect(names(await graph.get<Users>("/users?$filter=department eq 'Digital'&$select=displayName"))).toEqual(["Alex Okafor", "Tom Barker"]);
    expect(names(await graph.get<Users>("/users?$filter=startsWith(department,'Info')&$select=displayName"))).toEqual(["Casey Hughes", "Aisha Rahman"]);
  });

  it("sorts by displayName without advanced parameters", async () => {
    const sorted = names(await graph.get<Users>("/users?$orderby=displayName&$select=displayName&$top=3"));
    expect(sorted).toEqual(["Aisha Rahman", "Alex Okafor", "Casey Hughes"]);
  });
});

describe("advanced queries: ConsistencyLevel: eventual and $count=true", () => {
  it.each([
    ["ne null", "department ne null"],
    ["ne", "department ne 'Digital'"],
    ["NOT", "NOT(department eq 'Digital')"],
    ["endsWith", "endsWith(mail,'@hbc.example')"],
    ["officeLocation eq (advanced only for that property)", "officeLocation eq 'Council offices (sample)'"],
  ])("refuses %s without them, with Graph's own message, and answers with them", async (_name, filter) => {
    const refused = await failure(graph.get(`/users?$filter=${encodeURIComponent(filter)}`));
    expect(refused).toMatchObject({ status: 400, code: "Request_UnsupportedQuery", message: expect.stringMatching(NEEDS_ADVANCED) });
    // The header alone is not enough: $count=true is part of an advanced query.
    expect((await failure(graph.get(`/users?$filter=${encodeURIComponent(filter)}`, EVENTUAL))).status).toBe(400);
    const answered = await graph.get<Users>(`/users?$filter=${encodeURIComponent(filter)}&$count=true&$select=displayName`, EVENTUAL);
    expect(answered["@odata.count"]).toBe(answered.value.length);
  });

  it("filters with ne null and NOT together, as the documentation's example does", async () => {
    const users = await graph.get<Users>(`/users?$filter=${encodeURIComponent("department ne null and NOT(department eq 'Customer Services')")}&$count=true&$select=displayName`, EVENTUAL);
    expect(users.value.length).toBe(7);
    expect(names(users)).not.toContain("Sam Patel");
  });

  it("refuses endsWith on a property that does not support it, even in an advanced query", async () => {
    const refused = await failure(graph.get(`/users?$filter=${encodeURIComponent("endsWith(displayName,'Shah')")}&$count=true`, EVENTUAL));
    expect(refused).toMatchObject({ status: 400, code: "Request_UnsupportedQuery", message: "Unsupported or invalid query filter clause specified for property 'displayName' of resource 'User'." });
  });

  it("ignores $count=true without ConsistencyLevel, silently, as Graph does", async () => {
    const users = await graph.get<Users>("/users?$count=true&$select=displayName");
    expect(users).not.toHaveProperty("@odata.count");
    expect((await graph.get<Users>("/users?$count=true&$select=displayName", EVENTUAL))["@odata.count"]).toBe(10);
  });

  it("answers /users/$count only with ConsistencyLevel", async () => {
    const refused = await rawRequest(tenant, "staff", "/v1.0/users/$count");
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: "Request_BadRequest", message: "$count is not currently supported." } });
    const counted = await rawRequest(tenant, "staff", "/v1.0/users/$count", { headers: EVENTUAL });
    expect([counted.status, counted.text]).toEqual([200, "10"]);
  });

  it("sorts a filtered list only in an advanced query", async () => {
    const query = `/users?$filter=${encodeURIComponent("department eq 'Customer Services'")}&$orderby=displayName desc&$select=displayName`;
    expect(await failure(graph.get(query))).toMatchObject({ status: 400, message: "Sorting not supported for current query." });
    expect(names(await graph.get<Users>(`${query}&$count=true`, EVENTUAL))).toEqual(["Sam Patel", "Morgan Ellis", "Chris Morgan"]);
  });

  it("still needs ConsistencyLevel for $search", async () => {
    expect(await failure(graph.get('/users?$search="displayName:sam"'))).toMatchObject({ status: 400, code: "Request_UnsupportedQuery" });
  });
});

describe("what the tenant does not serve says so", () => {
  it("answers 501 for the 'in' operator, which Graph has", async () => {
    expect(await failure(graph.get(`/users?$filter=${encodeURIComponent("department in ('Digital')")}`))).toMatchObject({ status: 501, code: "NotImplemented", message: expect.stringMatching(/^not supported by the local tenant: /) });
  });

  it.each([["/groups"], ["/me/drive/root/children"], ["/users/0b6f7a1e-1c2d-4e3f-8a9b-000000000021/manager"]])("answers 501 for %s", async (path) => {
    expect(await failure(graph.get(path))).toMatchObject({ status: 501, code: "NotImplemented", message: expect.stringMatching(/^not supported by the local tenant: /) });
  });

  it("answers 501 naming the method for a method a served resource does not take", async () => {
    const response = await rawRequest(tenant, "staff", "/v1.0/me", { method: "DELETE" });
    expect(response.status).toBe(501);
    expect(response.json()).toMatchObject({ error: { message: expect.stringContaining("DELETE on the signed-in user") } });
  });

  it("answers Graph's own 400 for a segment Graph does not have either", async () => {
    expect(await failure(graph.get("/nothing-here"))).toMatchObject({ status: 400, message: "Resource not found for the segment 'nothing-here'." });
  });
});
