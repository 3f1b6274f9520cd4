import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant({ maxBodyBytes: 64 * 1024, allowedOrigins: [DEV_ORIGIN] });
});
afterAll(() => tenant.close());

const ITEMS = "/sites/datahub/_api/web/lists/getByTitle('Actions')/items";
/** A development server's origin, configured as allowed (as `--allow-origin` does for `npm run dev`). */
const DEV_ORIGIN = "http://localhost:5173";
const json = { Accept: "application/json", "Content-Type": "application/json" };

describe("local sign-in", () => {
  it("issues a token for a known persona and refuses an unknown one", async () => {
    const ok = await rawRequest(tenant, null, "/_local/token", { method: "POST", body: JSON.stringify({ persona: "councillor" }) });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ access_token: expect.stringMatching(/^councillor\./), expires_in: 3600 });
    const bad = await rawRequest(tenant, null, "/_local/token", { method: "POST", body: JSON.stringify({ persona: "mayor" }) });
    expect(bad.status).toBe(400);
  });

  it("answers 401 with no token, a forged token or an expired one", async () => {
    expect((await rawRequest(tenant, null, ITEMS)).status).toBe(401);
    expect((await rawRequest(tenant, null, ITEMS, { headers: { Authorization: "Bearer data-lead.9999999999.forged" } })).status).toBe(401);
    const graph = await rawRequest(tenant, null, "/v1.0/me", { headers: { Authorization: "Bearer staff.1.x" } });
    expect(graph.status).toBe(401);
    expect(graph.json()).toMatchObject({ error: { code: "InvalidAuthenticationToken" } });
  });

  it("lists the personas for the local persona picker", async () => {
    const personas = (await rawRequest(tenant, null, "/_local/personas")).json() as { id: string; roles: string[] }[];
    expect(personas.map((p) => p.id)).toEqual(["staff", "manager", "asset-owner", "data-lead", "focus-group", "councillor"]);
    expect(personas.find((p) => p.id === "data-lead")!.roles).toEqual(expect.arrayContaining(["staff", "data-lead", "focus-group"]));
  });
});

describe("bad requests get SharePoint's own errors and the tenant keeps serving", () => {
  it.each([
    ["malformed OData", `${ITEMS}?$filter=Status eq`, 400, "InvalidClientQueryException"],
    ["an unknown field in a filter", `${ITEMS}?$filter=Colour eq 'red'`, 400, "InvalidClientQueryException"],
    ["an unknown list", "/sites/datahub/_api/web/lists/getByTitle('Nope')/items", 404, "ResourceNotFoundException"],
    ["an unknown endpoint", "/sites/datahub/_api/web/nonsense", 404, "ResourceNotFoundException"],
    ["an endpoint SharePoint has and the tenant does not serve", "/sites/datahub/_api/web/folders", 501, "NotSupportedException"],
  ])("%s", async (_name, path, status, code) => {
    const response = await rawRequest(tenant, "data-lead", path, { headers: json });
    expect(response.status).toBe(status);
    expect(response.json()).toMatchObject({ "odata.error": { code: expect.stringContaining(code), message: { lang: "en-US", value: expect.any(String) } } });
  });

  it.each([
    ["an unknown property", { Title: "x", Colour: "red" }],
    ["a wrong type", { Title: "x", PercentComplete: "lots" }],
    ["a title over 255 characters", { Title: "x".repeat(256) }],
  ])("refuses %s in an item body with 400", async (_name, body) => {
    const response = await rawRequest(tenant, "data-lead", ITEMS, { method: "POST", headers: json, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(response.json()).toHaveProperty(["odata.error", "code"]);
  });

  it("refuses a body that is not JSON", async () => {
    expect((await rawRequest(tenant, "data-lead", ITEMS, { method: "POST", headers: json, body: "{nope" })).status).toBe(400);
  });

  it("refuses an oversize payload with 413 and keeps serving", async () => {
    const big = await rawRequest(tenant, "data-lead", ITEMS, { method: "POST", headers: json, body: JSON.stringify({ Title: "x", Detail: "y".repeat(70 * 1024) }) });
    expect(big.status).toBe(413);
    expect((await rawRequest(tenant, "data-lead", `${ITEMS}?$top=1`, { headers: json })).status).toBe(200);
  });

  it("answers in verbose and no-metadata forms when asked", async () => {
    const verbose = (await rawRequest(tenant, "staff", `${ITEMS}?$top=1&$select=Title`, { headers: { Accept: "application/json;odata=verbose" } })).json() as { d: { results: { __metadata: { etag: string } }[]; __next: string } };
    expect(verbose.d.results[0]!.__metadata.etag).toBe('"1"');
    expect(verbose.d.__next).toContain("skiptoken");
    const none = (await rawRequest(tenant, "staff", `${ITEMS}?$top=1&$select=Title`, { headers: { Accept: "application/json;odata=nometadata" } })).json() as { value: Record<string, unknown>[] };
    expect(Object.keys(none.value[0]!)).not.toContain("odata.etag");
  });

  it("exposes ETag to an allowed development origin and answers its preflights", async () => {
    const preflight = await fetch(`${tenant.origin}${ITEMS}`, { method: "OPTIONS", headers: { Origin: DEV_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,if-match,x-http-method" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(DEV_ORIGIN);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("if-match");
    const get = await rawRequest(tenant, "staff", "/sites/datahub/_api/web/lists/getByTitle('Actions')/items(1)", { headers: { ...json, Origin: DEV_ORIGIN } });
    expect(get.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(get.headers.get("etag")).toBe('"1"');
  });
});

describe("fault injection", () => {
  afterEach(() => tenant.faults.clear());

  it("injects 503 with Retry-After for the next N requests, then serves normally", async () => {
    await rawRequest(tenant, null, "/_local/faults", { method: "POST", body: JSON.stringify({ api: "sp", pathContains: "Measures", status: 503, retryAfter: 2, count: 2 }) });
    const path = "/sites/datahub/_api/web/lists/getByTitle('Measures')/items?$top=1";
    const first = await rawRequest(tenant, "staff", path, { headers: json });
    expect(first.status).toBe(503);
    expect(first.headers.get("retry-after")).toBe("2");
    expect((await rawRequest(tenant, "staff", path, { headers: json })).status).toBe(503);
    expect((await rawRequest(tenant, "staff", path, { headers: json })).status).toBe(200);
  });

  it("adds latency", async () => {
    tenant.faults.add({ api: "sp", pathContains: "Principles", latencyMs: 300 });
    const started = Date.now();
    await clientsFor(tenant, "staff").sp.web.lists.getByTitle("Principles").items();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops a connection once, and PnPjs' retry carries the read through", async () => {
    tenant.faults.add({ api: "sp", pathContains: "Principles", drop: true, count: 1 });
    expect(await clientsFor(tenant, "staff").sp.web.lists.getByTitle("Principles").items()).toHaveLength(5);
    expect(tenant.faults.list()).toHaveLength(0);
  });

  it("keeps dropping connections, which the client finally sees as a network failure", async () => {
    tenant.faults.add({ api: "sp", pathContains: "Principles", drop: true, count: 20 });
    await expect(clientsFor(tenant, "staff").sp.web.lists.getByTitle("Principles").items()).rejects.toThrow(/fetch failed|socket|ECONNRESET|other side closed/i);
  });

  it("fakes an expired token with 401", async () => {
    tenant.faults.add({ api: "sp", status: 401 });
    await expect(clientsFor(tenant, "staff").sp.web.lists.getByTitle("Principles").items()).rejects.toMatchObject({ status: 401 });
  });

  it("forces a 412 conflict", async () => {
    tenant.faults.add({ api: "sp", method: "POST", pathContains: "items(5)", status: 412 });
    await expect(clientsFor(tenant, "data-lead").sp.web.lists.getByTitle("Actions").items.getById(5).update({ LatestUpdate: "x" })).rejects.toMatchObject({ status: 412 });
  });

  it("takes a fault spelt as the --fault switch spells it, by POST", async () => {
    const listed = (await rawRequest(tenant, null, "/_local/faults?add=429:Principles:2", { method: "POST" })).json() as { status: number; count: number }[];
    expect(listed).toEqual([expect.objectContaining({ status: 429, count: 2, pathContains: "Principles" })]);
    const path = "/sites/datahub/_api/web/lists/getByTitle('Principles')/items";
    expect((await rawRequest(tenant, "staff", path, { headers: json })).status).toBe(429);
  });

  it("rejects a fault without an effect", async () => {
    const response = await rawRequest(tenant, null, "/_local/faults", { method: "POST", body: JSON.stringify({ api: "sp" }) });
    expect(response.status).toBe(400);
  });
});
