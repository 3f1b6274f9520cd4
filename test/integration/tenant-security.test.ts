/**
 * Issue 23's attacks on the local tenant (items 1–5) and its value checks (item 10), each as a
 * regression test that failed before the fix.
 */
import type { SPFI } from "@pnp/sp";
import { createHmac } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fieldSchemaXml } from "../../scripts/provision/schema-xml";
import { TokenIssuer } from "../../tenant/src/identity/tokens";
import type { Tenant } from "../../tenant/src/server";
import { ADD_FIELD_INTERNAL_NAME_HINT, fieldFromSchemaXml } from "../../tenant/src/sp/field-xml";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";
import { spFailure } from "./conformance-support";

const DEV_ORIGIN = "http://localhost:5173";
const EVIL = "https://evil.example";
const JSON_HEADERS = { Accept: "application/json", "Content-Type": "application/json" };

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant({ allowedOrigins: [DEV_ORIGIN] });
});
afterAll(() => tenant.close());

/** A raw request with a Host header of our choosing (fetch will not send one). */
function withHost(target: Tenant, host: string, requestPath: string): Promise<number> {
  const { port } = new URL(target.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: requestPath, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("1. only the tab's own pages (and configured development origins) can drive the tenant", () => {
  it("refuses the issue's repro: a data-lead token for a page on another origin", async () => {
    const response = await rawRequest(tenant, null, "/_local/token", { method: "POST", headers: { Origin: EVIL, "Content-Type": "application/json" }, body: JSON.stringify({ persona: "data-lead" }) });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain("access_token");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets a page from another loopback port delete nothing, even holding a token", async () => {
    const response = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/lists/getByTitle('Actions')", { method: "POST", headers: { ...JSON_HEADERS, Origin: "http://127.0.0.1:9999", "X-HTTP-Method": "DELETE" } });
    expect(response.status).toBe(403);
    expect(await clientsFor(tenant, "staff").sp.web.lists.getByTitle("Actions").select("Title")()).toMatchObject({ Title: "Actions" });
  });

  it("never reflects a foreign origin in CORS, and answers a configured development origin", async () => {
    const foreign = await fetch(`${tenant.origin}/sites/datahub/_api/web`, { method: "OPTIONS", headers: { Origin: EVIL, "Access-Control-Request-Method": "GET" } });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const dev = await fetch(`${tenant.origin}/sites/datahub/_api/web`, { method: "OPTIONS", headers: { Origin: DEV_ORIGIN, "Access-Control-Request-Method": "GET" } });
    expect(dev.headers.get("access-control-allow-origin")).toBe(DEV_ORIGIN);
    const token = await rawRequest(tenant, null, "/_local/token", { method: "POST", headers: { Origin: DEV_ORIGIN, "Content-Type": "application/json" }, body: JSON.stringify({ persona: "staff" }) });
    expect(token.status).toBe(200);
  });

  it("changes faults only on POST: a GET with ?add= installs nothing", async () => {
    tenant.faults.clear();
    const get = await rawRequest(tenant, null, "/_local/faults?add=503:lists:1000");
    expect(get.status).toBe(405);
    expect(tenant.faults.list()).toHaveLength(0);
  });

  it("refuses a cross-site request to change state even when it carries no Origin", async () => {
    const response = await rawRequest(tenant, null, "/_local/faults", { method: "POST", headers: { "Sec-Fetch-Site": "cross-site" }, body: JSON.stringify({ status: 503, count: 1000 }) });
    expect(response.status).toBe(403);
    expect(tenant.faults.list()).toHaveLength(0);
  });

  it("refuses a request addressed to another host name (DNS rebinding), and serves its own names", async () => {
    const { port } = new URL(tenant.origin);
    expect(await withHost(tenant, `evil.example:${port}`, "/_local/personas")).toBe(403);
    expect(await withHost(tenant, `localhost:${port}`, "/_local/personas")).toBe(200);
    expect(await withHost(tenant, `127.0.0.1:${port}`, "/_local/personas")).toBe(200);
  });
});

describe("2. one request cannot take the tenant down", () => {
  const BATCH = "/sites/datahub/_api/$batch";
  function batchBody(parts: string[]): { body: string; contentType: string } {
    const boundary = "batch_security";
    const body = parts.map((part) => `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n${part}\r\n`).join("") + `--${boundary}--\r\n`;
    return { body, contentType: `multipart/mixed; boundary="${boundary}"` };
  }
  const get = (url: string) => `GET ${tenant.siteUrl}/_api/${url} HTTP/1.1\r\nAccept: application/json\r\n`;
  const statuses = (text: string) => [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));

  beforeAll(() => {
    tenant.createList({ title: "BigNotes", fields: [{ name: "Note", title: "Note", kind: "Note" }] });
    tenant.seed("BigNotes", Array.from({ length: 5200 }, (_, i) => ({ Title: `Item ${i + 1}`, Note: "Progress note ".repeat(20) })));
  });

  it("refuses a batch of more than 100 requests, as SharePoint does", async () => {
    const { body, contentType } = batchBody(Array.from({ length: 101 }, () => get("web")));
    const response = await rawRequest(tenant, "councillor", BATCH, { method: "POST", headers: { "Content-Type": contentType, Accept: "application/json" }, body });
    expect(response.status).toBe(400);
    expect(response.text).toContain("at most 100 requests");
  });

  it("caps $top at 5,000 rows a page, with a next link for the rest", async () => {
    const response = await rawRequest(tenant, "councillor", "/sites/datahub/_api/web/lists/getByTitle('BigNotes')/items?$select=Id&$top=6000", { headers: { Accept: "application/json" } });
    const page = response.json() as { value: unknown[]; "odata.nextLink"?: string };
    expect(page.value).toHaveLength(5000);
    expect(page["odata.nextLink"]).toContain("skiptoken");
  });

  it("serves other callers while a huge batch runs, and throttles the batch's parts past its budget", async () => {
    // The first part waits (a latency fault) so the batch is surely under way when the other caller asks.
    tenant.faults.add({ api: "sp", pathContains: "getByTitle('Principles')", latencyMs: 300, count: 1 });
    const { body, contentType } = batchBody([get("web/lists/getByTitle('Principles')/items"), ...Array.from({ length: 99 }, () => get("web/lists/getByTitle('BigNotes')/items?$top=5000"))]);
    const finished: string[] = [];
    const batch = rawRequest(tenant, "councillor", BATCH, { method: "POST", headers: { "Content-Type": contentType, Accept: "application/json" }, body }).then((r) => {
      finished.push("batch");
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 450));
    await rawRequest(tenant, null, "/_local/health").then(() => finished.push("health"));
    const answered = statuses((await batch).text);
    expect(finished).toEqual(["health", "batch"]);
    expect(answered).toHaveLength(100);
    expect(answered.slice(0, 3)).toEqual([200, 200, 200]);
    expect(answered.at(-1)).toBe(429);
  });
});

describe("3. $batch answers each part with its own status", () => {
  it("keeps the committed add and answers 400 for the bad read, instead of 500 for the whole batch", async () => {
    const boundary = "batch_parts";
    const changeset = "changeset_parts";
    const add = `POST ${tenant.siteUrl}/_api/web/lists/getByTitle('Actions')/items HTTP/1.1\r\nAccept: application/json\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ Title: "Committed before the bad part", ActionKey: "batch-4343", Status: "Not started" })}`;
    const body =
      `--${boundary}\r\nContent-Type: multipart/mixed; boundary="${changeset}"\r\n\r\n--${changeset}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n${add}\r\n--${changeset}--\r\n` +
      `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${tenant.siteUrl}/_api/web/lists/getByTitle('Actions')/items?$top=1e308 HTTP/1.1\r\nAccept: application/json\r\n\r\n--${boundary}--\r\n`;
    const response = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/$batch", { method: "POST", headers: { "Content-Type": `multipart/mixed; boundary="${boundary}"`, Accept: "application/json" }, body });
    expect(response.status).toBe(200);
    expect([...response.text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]))).toEqual([201, 400]);
    expect(await clientsFor(tenant, "staff").sp.web.lists.getByTitle("Actions").items.filter("ActionKey eq 'batch-4343'")()).toHaveLength(1);
  });
});

describe("4. the static server", () => {
  let hub: Tenant;
  let root: string;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-static-"));
    fs.mkdirSync(path.join(root, "dist", "assets"), { recursive: true });
    fs.mkdirSync(path.join(root, "dist-private"));
    fs.writeFileSync(path.join(root, "dist", "index.html"), "<!doctype html><title>Data Hub</title>");
    fs.writeFileSync(path.join(root, "dist", "assets", "app.js"), "console.log('tab');\n//# sourceMappingURL=app.js.map");
    fs.writeFileSync(path.join(root, "dist", "assets", "app.js.map"), '{"version":3}');
    fs.writeFileSync(path.join(root, "dist-private", "secret.txt"), "the secret");
    fs.symlinkSync(path.join(root, "dist-private", "secret.txt"), path.join(root, "dist", "linked.txt"));
    hub = await startTestTenant({ appDir: path.join(root, "dist") });
  });
  afterAll(async () => {
    await hub.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each([["/..%2fdist-private%2fsecret.txt"], ["/linked.txt"], ["/%2e%2e/dist-private/secret.txt"]])("never serves a file outside the app folder (%s)", async (requestPath) => {
    const response = await fetch(`${hub.origin}${requestPath}`);
    expect(await response.text()).not.toContain("the secret");
  });

  it("sends nosniff everywhere and a content security policy for a Teams tab", async () => {
    const page = await fetch(`${hub.origin}/`);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/\*\.sharepoint\.com/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect((await fetch(`${hub.origin}/sites/datahub/_api/web`)).headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves no source maps unless asked", async () => {
    expect((await fetch(`${hub.origin}/assets/app.js.map`)).status).toBe(404);
    const withMaps = await startTestTenant({ appDir: path.join(root, "dist"), sourceMaps: true });
    expect(await (await fetch(`${withMaps.origin}/assets/app.js.map`)).text()).toBe('{"version":3}');
    await withMaps.close();
  });
});

describe("5. tokens and the data folder", () => {
  const sign = (secret: string, payload: string) => `${payload}.${createHmac("sha256", secret).update(payload).digest("base64url")}`;

  it("refuses a correctly signed token whose expiry is not a number, or lies beyond a token's life", () => {
    const issuer = new TokenIssuer("test-secret");
    expect(issuer.verify(`Bearer ${sign("test-secret", "data-lead.never")}`)).toEqual({ error: "invalid" });
    expect(issuer.verify(`Bearer ${sign("test-secret", "data-lead.9999999999")}`)).toEqual({ error: "invalid" });
    expect(issuer.verify(`Bearer ${issuer.issue("staff").access_token}`)).toEqual({ persona: "staff" });
  });

  it("creates the data folder and database files readable by their owner only, and tightens an old folder", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-data-"));
    const dataDir = path.join(base, "data");
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const durable = await startTestTenant({ dataDir });
    await clientsFor(durable, "data-lead").sp.web.lists.getByTitle("Actions").items.add({ Title: "Written to disk", Status: "Not started" });
    const mode = (file: string) => fs.statSync(path.join(dataDir, file)).mode & 0o777;
    expect(mode(".")).toBe(0o700);
    expect(["tenant.sqlite", "tenant.sqlite-wal", "tenant.sqlite-shm"].map(mode)).toEqual([0o600, 0o600, 0o600]);
    await durable.close();
    fs.rmSync(base, { recursive: true, force: true });
  });
});

describe("10. values are checked as SharePoint checks them", () => {
  let lead: SPFI;
  beforeAll(() => {
    lead = clientsFor(tenant, "data-lead").sp;
    tenant.createList({
      title: "Keys",
      fields: [
        { name: "TermKey", title: "Key", kind: "Text", indexed: true, unique: true },
        { name: "Colour", title: "Colour", kind: "Choice", choices: ["Red", "Green"], fillIn: true },
      ],
    });
  });

  it("refuses a choice outside the field's choices, and stores nothing", async () => {
    expect(await spFailure(lead.web.lists.getByTitle("Actions").items.add({ Title: "Forged", Status: "Pwned <b>x</b>" }))).toMatchObject({ status: 400, message: expect.stringContaining("is not one of the choices") });
    expect(await lead.web.lists.getByTitle("Actions").items.filter("Title eq 'Forged'")()).toHaveLength(0);
    expect(await spFailure(lead.web.lists.getByTitle("Actions").items.getById(1).update({ Status: "Done-ish" }))).toMatchObject({ status: 400 });
  });

  it("takes a value of its own where the field allows fill-in choices", async () => {
    await lead.web.lists.getByTitle("Keys").items.add({ Title: "Teal one", TermKey: "teal", Colour: "Teal" });
  });

  it("refuses a person id nobody on the site has", async () => {
    expect(await spFailure(lead.web.lists.getByTitle("Actions").items.getById(1).update({ ActionOwnerId: 999 }))).toMatchObject({ status: 400, message: "The user does not exist or is not unique." });
    expect(await spFailure(Promise.resolve().then(() => tenant.seed("Actions", [{ Title: "Seeded", Status: "Not started", ActionOwnerId: 999 }])))).toMatchObject({ message: "The user does not exist or is not unique." });
  });

  it("refuses a duplicate in a unique column (any case), on add and on update, with SharePoint's error", async () => {
    const keys = lead.web.lists.getByTitle("Keys");
    const first = await keys.items.add({ Title: "First", TermKey: "data-quality" });
    const duplicate = await spFailure(keys.items.add({ Title: "Second", TermKey: "Data-Quality" }));
    expect(duplicate).toEqual({
      status: 500,
      code: "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
      message: "The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [TermKey].",
    });
    const other = await keys.items.add({ Title: "Other", TermKey: "data-literacy" });
    expect((await spFailure(keys.items.getById(other.Id).update({ TermKey: "data-quality" }))).status).toBe(500);
    await keys.items.getById(first.Id).update({ Title: "First, renamed", TermKey: "data-quality" });
  });

  it("refuses a unique column that is not indexed, as SharePoint requires the index", () => {
    expect(() => tenant.createList({ title: "Loose keys", fields: [{ name: "Key", title: "Key", kind: "Text", unique: true }] })).toThrow(/must be indexed/);
  });

  it("provisions a unique column as EnforceUniqueValues, which the tenant reads back", () => {
    const xml = fieldSchemaXml({ name: "TermKey", title: "Key", kind: "Text", indexed: true, unique: true });
    expect(xml).toContain('EnforceUniqueValues="TRUE"');
    expect(fieldFromSchemaXml(xml, () => undefined, ADD_FIELD_INTERNAL_NAME_HINT)).toMatchObject({ unique: true, indexed: true });
  });
});
