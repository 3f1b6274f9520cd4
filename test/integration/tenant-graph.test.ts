import { GraphRequestError } from "../../src/core/data/graph";
import { FOCUS_GROUP_CHANNEL_ID, FOCUS_GROUP_TEAM_ID } from "../../tenant/src/graph/routes";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

describe("Microsoft Graph v1.0 subset through the app's Graph service", () => {
  it("returns the signed-in person's profile with $select", async () => {
    const { graph } = clientsFor(tenant, "manager");
    const me = await graph.get<Record<string, unknown>>("/me?$select=id,displayName,department,mail");
    expect(me).toMatchObject({ displayName: "Morgan Ellis", department: "Customer Services", mail: "morgan.ellis@hbc.example" });
    expect(me).not.toHaveProperty("jobTitle");
  });

  it("omits department unless it is selected, as Graph's default property set does", async () => {
    const me = await clientsFor(tenant, "manager").graph.get<Record<string, unknown>>("/me");
    expect(me).toHaveProperty("jobTitle", "Customer Services Manager");
    expect(me).not.toHaveProperty("department");
  });

  it("lists transitive group membership across pages, including nested groups", async () => {
    const groups = await clientsFor(tenant, "data-lead").graph.getAll<{ displayName: string }>("/me/transitiveMemberOf?$select=id,displayName&$top=2");
    expect(groups.map((g) => g.displayName).sort()).toEqual(["Data Focus Group", "Data Hub Data Lead", "Data Hub Staff", "Insight Team"]);
  });

  it("serves a photo for people who have one and 404 (null) for those who do not", async () => {
    const photo = await clientsFor(tenant, "staff").graph.getBlob("/me/photo/$value");
    expect(photo).not.toBeNull();
    const bytes = new Uint8Array(await photo!.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    expect(await clientsFor(tenant, "councillor").graph.getBlob("/me/photo/$value")).toBeNull();
  });

  it("finds people by $search (with ConsistencyLevel) and by $filter for people pickers", async () => {
    const { graph } = clientsFor(tenant, "staff");
    const found = await graph.get<{ value: { displayName: string }[] }>('/users?$search="displayName:pri"&$select=displayName', { ConsistencyLevel: "eventual" });
    expect(found.value.map((u) => u.displayName)).toEqual(["Priya Shah"]);
    await expect(graph.get('/users?$search="displayName:pri"')).rejects.toMatchObject({ status: 400 });
    const filtered = await graph.get<{ value: { mail: string }[] }>("/users?$filter=startswith(displayName,'Mor')&$select=mail");
    expect(filtered.value.map((u) => u.mail)).toEqual(["morgan.ellis@hbc.example"]);
  });

  it("posts a message to the focus group's channel, and refuses non-members", async () => {
    const path = `/teams/${FOCUS_GROUP_TEAM_ID}/channels/${encodeURIComponent(FOCUS_GROUP_CHANNEL_ID)}/messages`;
    const posted = await clientsFor(tenant, "focus-group").graph.post<{ id: string; body: { content: string }; from: { user: { displayName: string } } }>(path, { body: { contentType: "text", content: "Our first data share session is booked." } });
    expect(posted.body.content).toBe("Our first data share session is booked.");
    expect(posted.from.user.displayName).toBe("Casey Hughes");
    await expect(clientsFor(tenant, "councillor").graph.post(path, { body: { content: "x" } })).rejects.toBeInstanceOf(GraphRequestError);
    await expect(clientsFor(tenant, "focus-group").graph.post(path, { body: { content: " " } })).rejects.toMatchObject({ status: 400 });
  });

  it("answers a JSON $batch with one response per request, honouring dependsOn", async () => {
    const results = await clientsFor(tenant, "manager").graph.batch([
      { id: "me", method: "GET", url: "/me?$select=displayName" },
      { id: "groups", method: "GET", url: "/v1.0/me/transitiveMemberOf?$select=displayName", dependsOn: ["me"] },
      { id: "missing", method: "GET", url: "/nothing-here" },
    ]);
    expect((results.get("me")!.body as { displayName: string }).displayName).toBe("Morgan Ellis");
    expect((results.get("groups")!.body as { value: unknown[] }).value).toHaveLength(2);
    expect(results.get("missing")!.status).toBe(400);
  });

  it("retries a request throttled inside a $batch after its Retry-After, which the SDK does not", async () => {
    tenant.faults.add({ api: "graph", pathContains: "transitiveMemberOf", status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    const results = await clientsFor(tenant, "manager").graph.batch([
      { id: "me", method: "GET", url: "/me?$select=displayName" },
      { id: "groups", method: "GET", url: "/me/transitiveMemberOf?$select=displayName" },
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(results.get("groups")!.status).toBe(200);
    expect(tenant.faults.list()).toHaveLength(0);
  });

  it("retries a throttled plain request through the SDK's RetryHandler, honouring Retry-After", async () => {
    tenant.faults.add({ api: "graph", pathContains: "/me", status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    const me = await clientsFor(tenant, "staff").graph.get<{ displayName: string }>("/me");
    expect(me.displayName).toBe("Sam Patel");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("refuses more than 20 requests in one $batch, as Graph does", async () => {
    const steps = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET" as const, url: "/me" }));
    await expect(clientsFor(tenant, "staff").graph.batch(steps)).rejects.toMatchObject({ status: 400 });
  });

  it("answers with Graph's error shape", async () => {
    const response = await rawRequest(tenant, "staff", "/v1.0/users/nobody@hbc.example");
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "Request_ResourceNotFound", message: expect.any(String), innerError: { "request-id": expect.any(String) } } });
  });
});

describe("sign-in failures reach the UI as themselves", () => {
  it("keeps an AuthError from the token provider an AuthError, not an SDK error", async () => {
    const { AuthError } = await import("../../src/core/auth/token-provider");
    const { createGraphService } = await import("../../src/core/data/graph");
    const failing = { getToken: () => Promise.reject(new AuthError("interaction-required", "Sign in to continue.")) };
    const graph = createGraphService(failing, { origin: tenant.origin });
    await expect(graph.get("/me")).rejects.toBeInstanceOf(AuthError);
    await expect(graph.batch([{ id: "1", method: "GET", url: "/me" }])).rejects.toBeInstanceOf(AuthError);
  });
});
