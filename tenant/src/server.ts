import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { seedItems } from "../../manifest/seed/index";
import { addSampleActions } from "./bulk-actions";
import { addSampleSessions } from "./sample-training";
import { SITE_LISTS, SITE_PATH } from "../../manifest/site";
import { type FaultInput, FaultInjector, type FaultRule, parseFaultSpec } from "./faults";
import { GraphApi, graphError } from "./graph/routes";
import type { ApiRequest, ApiResponse, Caller } from "./http-types";
import { json } from "./http-types";
import { GROUPS, loginName, PEOPLE, PERSONA_IDS, type PersonaId, personForPersona, rolesOf } from "./identity/personas";
import { TokenIssuer } from "./identity/tokens";
import { PowerBiStandIn } from "./powerbi/stand-in";
import { openDatabase, setting } from "./store/database";
import { ListStore } from "./store/lists";
import type { ListDeclaration, ListPermissions } from "../../manifest/schema";
import { spErrorResponse, spErrors, unauthorised } from "./sp/errors";
import { metadataLevel } from "./sp/format";
import { QueryPlanner } from "./sp/query";
import { apiPathOf, SharePointApi } from "./sp/routes";
import { bodyToColumns } from "./sp/values";

export interface TenantOptions {
  port?: number;
  host?: string;
  /** Directory for the database; null or absent keeps everything in memory (tests). */
  dataDir?: string | null;
  /** Built app to serve at `/` (local mode), so the app and its APIs share one origin. */
  appDir?: string;
  /** Start with no lists at all (to test provisioning). */
  empty?: boolean;
  faults?: FaultInput[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Sample actions added at start (on a fresh site), for scale demos and the bench. */
  bulkActions?: number;
  /** Serve this as the app's config.json instead of local mode's (tests of the Entra hosts). */
  appConfig?: unknown;
}

/** A list to create directly (tests, benches): a declaration whose URL, description and permissions may be left out. */
export type ListToCreate = Pick<ListDeclaration, "title"> & Partial<Omit<ListDeclaration, "title" | "permissions">> & { readonly permissions?: ListPermissions | null };

export interface SeedOptions {
  /** Who the items are created by (their Author and Editor). The data lead unless said otherwise. */
  readonly as?: PersonaId;
}

export interface Tenant {
  /** API requests served since start (batches count once), for the bench's "requests made". */
  readonly requests: { count: number };
  readonly origin: string;
  readonly siteUrl: string;
  readonly faults: FaultInjector;
  /**
   * Creates a list with its fields, as provisioning would, for tests and benches. Lists without
   * declared permissions inherit the site's: everyone reads, the data lead changes.
   */
  createList(list: ListToCreate): void;
  /**
   * Adds items to a list in one transaction, without HTTP or permission checks but with every value
   * checked as a REST write checks it (wire names: `OwnerId`, not `Owner`). Returns the new item ids.
   */
  seed(listTitle: string, items: readonly Record<string, unknown>[], options?: SeedOptions): number[];
  /** Deletes items by id, whatever their ETag (setting up gaps in ids, for one). */
  deleteItems(listTitle: string, ids: readonly number[]): void;
  /** How many items a list holds. */
  itemCount(listTitle: string): number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const EXPOSED_HEADERS = "ETag, Location, Retry-After, request-id, client-request-id, X-PnPjs-RequestId";

function corsHeaders(req: http.IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return origin ? { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS, Vary: "Origin" } : {};
}

function send(res: http.ServerResponse, req: http.IncomingMessage, response: ApiResponse): void {
  res.writeHead(response.status, { ...corsHeaders(req), ...response.headers });
  res.end(response.body ?? "");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a request body, refusing (rather than buffering) anything over the limit. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? "too-large" : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Creates the lists of the site declaration that do not exist yet, with their seed content. */
function ensureDeclaredLists(store: ListStore, authorId: number): void {
  for (const declaration of SITE_LISTS) {
    if (store.byTitle(declaration.title)) continue;
    store.transaction(() => {
      const list = store.createFromDeclaration(declaration);
      for (const item of seedItems(declaration)) store.addItem(list, bodyToColumns(list, item), authorId);
    });
  }
}

export async function startTenant(options: TenantOptions = {}): Promise<Tenant> {
  const db = openDatabase(options.dataDir ?? null);
  const store = new ListStore(db);
  const tokens = new TokenIssuer(setting(db, "token-secret", TokenIssuer.newSecret));
  const faults = new FaultInjector();
  for (const f of options.faults ?? []) faults.add(f);
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  // Power BI's embed page and REST API, as far as Data Hub uses them (tenant/src/powerbi/).
  const powerBi = new PowerBiStandIn({ verify: (authorization) => tokens.verify(authorization), origin: () => origin });

  const insertUser = db.prepare("INSERT OR IGNORE INTO sp_users (id, login_name, title, email, persona) VALUES (?, ?, ?, ?, ?)");
  for (const p of PEOPLE) insertUser.run(p.siteUserId, loginName(p), p.displayName, p.mail, p.persona ?? null);
  if (!options.empty) {
    const fresh = !store.byTitle(SITE_LISTS[0]!.title);
    ensureDeclaredLists(store, personForPersona("data-lead").siteUserId);
    if (fresh && options.bulkActions) addSampleActions(store, options.bulkActions);
    if (fresh) addSampleSessions(store);
  }

  let origin = "";
  const requests = { count: 0 };
  let sp!: SharePointApi;
  let graph!: GraphApi;

  /** Applies a matching fault rule; returns a response to send instead, "drop", or undefined to carry on. */
  async function applyFault(api: "sp" | "graph", request: { method: string; url: URL; headers: Record<string, string | undefined> }): Promise<ApiResponse | "drop" | undefined> {
    const rule: FaultRule | undefined = faults.take(api, request.method, decodeURIComponent(request.url.pathname + request.url.search));
    if (!rule) return undefined;
    if (rule.latencyMs) await sleep(rule.latencyMs);
    if (rule.drop) return "drop";
    if (!rule.status) return undefined;
    const retry: Record<string, string> = rule.retryAfter !== undefined ? { "Retry-After": String(rule.retryAfter) } : {};
    if (api === "graph") {
      const codes: Record<number, string> = { 401: "InvalidAuthenticationToken", 412: "PreconditionFailed", 429: "TooManyRequests", 503: "ServiceUnavailable" };
      return graphError(rule.status, codes[rule.status] ?? "generalException", rule.status === 401 ? "Access token has expired or is not yet valid." : "Injected fault from the local tenant.", request, retry);
    }
    if (rule.status === 401) return unauthorised("Invalid JWT token. The token is expired.", '2000003;reason="Invalid audience Uri."');
    const fault = (status: number, headers: Record<string, string>) =>
      status === 412 ? spErrors.staleEtagFault(headers) : status === 429 ? spErrors.throttled(headers) : status === 503 ? spErrors.unavailable(headers) : spErrors.injectedFault(status, headers);
    return spErrorResponse(metadataLevel(request.headers.accept), fault(rule.status, retry));
  }

  const faulted = (api: "sp" | "graph", serve: (r: ApiRequest) => Promise<ApiResponse>) => async (r: ApiRequest) => {
    const fault = await applyFault(api, r);
    if (fault === "drop") return graphError(503, "ServiceUnavailable", "The connection was dropped.", r);
    return fault ?? serve(r);
  };

  function authenticate(req: http.IncomingMessage): Caller | "missing" | "invalid" | "expired" {
    const verdict = tokens.verify(req.headers.authorization);
    if ("error" in verdict) return verdict.error;
    const person = personForPersona(verdict.persona);
    return { person, roles: rolesOf(person) };
  }

  async function handleLocal(req: http.IncomingMessage, url: URL, body: string): Promise<ApiResponse> {
    const route = url.pathname.replace(/\/+$/, "");
    if (route === "/_local/token" && req.method === "POST") {
      let persona: unknown;
      try {
        persona = (JSON.parse(body || "{}") as { persona?: unknown }).persona;
      } catch {
        return json(400, { error: "invalid_request", error_description: "The body must be JSON: {\"persona\": \"staff\"}." });
      }
      if (!PERSONA_IDS.includes(persona as PersonaId)) {
        return json(400, { error: "invalid_request", error_description: `Unknown persona. Use one of: ${PERSONA_IDS.join(", ")}.` });
      }
      return json(200, tokens.issue(persona as PersonaId));
    }
    if (route === "/_local/personas" && req.method === "GET") {
      return json(200, PERSONA_IDS.map((id) => {
        const p = personForPersona(id);
        return { id, displayName: p.displayName, jobTitle: p.jobTitle, department: p.department, roles: rolesOf(p) };
      }));
    }
    if (route === "/_local/faults") {
      // A URL switch for demos: /_local/faults?add=429:items:3 (same spec as --fault).
      const spec = url.searchParams.get("add");
      if (req.method === "GET" && spec) {
        try {
          faults.add(parseFaultSpec(spec));
        } catch (error) {
          return json(400, { error: (error as Error).message });
        }
      }
      if (req.method === "GET") return json(200, faults.list());
      if (req.method === "DELETE") {
        faults.clear();
        return { status: 204, headers: {} };
      }
      if (req.method === "POST") {
        try {
          const input = JSON.parse(body) as FaultInput | FaultInput[];
          for (const f of Array.isArray(input) ? input : [input]) faults.add(f);
          return json(201, faults.list());
        } catch (error) {
          return json(400, { error: (error as Error).message });
        }
      }
    }
    if (route === "/_local/config.json" && req.method === "GET") return localConfig();
    if (route === "/_local/health") return json(200, { status: "ok", site: `${origin}${SITE_PATH}` });
    return json(404, { error: "Not found" });
  }

  /** Local mode's runtime configuration: the app reads it like a deployed config.json. */
  function localConfig(): ApiResponse {
    const roleGroups: Record<string, string[]> = {};
    for (const g of GROUPS) if (g.role) (roleGroups[g.role] ??= []).push(g.id);
    return json(200, { mode: "local", siteUrl: `${origin}${SITE_PATH}`, graphOrigin: origin, roleGroups, powerBi: { embedOrigin: `${origin}/_local/powerbi`, apiOrigin: origin } }, { "Cache-Control": "no-cache" });
  }

  function serveStatic(url: URL, res: http.ServerResponse, req: http.IncomingMessage): void {
    if (url.pathname.endsWith("/config.json")) {
      send(res, req, options.appConfig ? json(200, options.appConfig) : localConfig());
      return;
    }
    const root = path.resolve(options.appDir!);
    let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root)) {
      send(res, req, json(404, { error: "Not found" }));
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, "index.html");
    const type = MIME[path.extname(file)] ?? "application/octet-stream";
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, { "Content-Type": type, "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" });
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", origin);
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          ...corsHeaders(req),
          "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS",
          "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "*",
          "Access-Control-Max-Age": "600",
        });
        res.end();
        return;
      }
      // Power BI first: its REST API lives under /v1.0/myorg/, inside what would otherwise be Graph's /v1.0/.
      if (PowerBiStandIn.handles(url.pathname)) {
        const body = await readBody(req, maxBody);
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
        send(res, req, body === "too-large" ? json(413, { error: "Too large" }) : await powerBi.handle(req.method ?? "GET", url, headers, body));
        return;
      }
      const isSp = url.pathname.toLowerCase().startsWith(`${SITE_PATH}/_api/`);
      const isGraph = /^\/v1\.0(\/|$)/i.test(url.pathname);
      if (isSp || isGraph) requests.count++;
      if (!isSp && !isGraph) {
        if (url.pathname.startsWith("/_local/")) {
          const body = await readBody(req, maxBody);
          send(res, req, body === "too-large" ? json(413, { error: "Too large" }) : await handleLocal(req, url, body));
        } else if (options.appDir) serveStatic(url, res, req);
        else send(res, req, json(404, { error: "Not found" }));
        return;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
      const fault = await applyFault(isSp ? "sp" : "graph", { method: req.method ?? "GET", url, headers });
      if (fault === "drop") {
        req.socket.destroy();
        return;
      }
      if (fault) {
        send(res, req, fault);
        return;
      }
      const caller = authenticate(req);
      if (typeof caller === "string") {
        const message = caller === "expired" ? "The access token has expired." : caller === "missing" ? "No access token was sent." : "The access token is not valid.";
        const response = isGraph
          ? graphError(401, "InvalidAuthenticationToken", message, { headers })
          : unauthorised(message);
        send(res, req, response);
        return;
      }
      const body = await readBody(req, maxBody);
      if (body === "too-large") {
        send(res, req, isGraph ? graphError(413, "RequestEntityTooLarge", "The request body is too large.", { headers }) : spErrorResponse(metadataLevel(headers.accept), spErrors.requestTooLarge()));
        return;
      }
      const request: ApiRequest = { method: (req.method ?? "GET").toUpperCase(), url, headers, body, caller };
      const response = isSp ? await sp.handle(request, apiPathOf(url, SITE_PATH)) : await graph.handle(request);
      send(res, req, response);
    })().catch((error: unknown) => {
      // The tenant keeps serving: one bad request must never take it down.
      console.error("local tenant: unexpected error", error);
      if (!res.headersSent) send(res, req, json(500, { error: { code: "InternalServerError", message: "The local tenant hit an unexpected error." } }));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${options.host ?? "127.0.0.1"}:${address.port}`;
  const ctx = { origin, sitePath: SITE_PATH, store, db, planner: new QueryPlanner(store) };
  sp = new SharePointApi(ctx);
  graph = new GraphApi(origin, db);
  sp.batchExecutor = { executeInner: faulted("sp", (r) => sp.handle(r, apiPathOf(r.url, SITE_PATH))) };
  graph.batchExecutor = { executeInner: faulted("graph", (r) => graph.handle(r)) };

  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  const existingList = (title: string) => {
    const list = store.byTitle(title);
    if (!list) throw new Error(`The local tenant has no list called "${title}".`);
    return list;
  };

  return {
    requests,
    origin,
    siteUrl: `${origin}${SITE_PATH}`,
    faults,
    createList: (list) => {
      store.createFromDeclaration({ url: `Lists/${list.title.replace(/[^A-Za-z0-9]/g, "")}`, description: "", fields: [], permissions: null, ...list });
    },
    seed: (listTitle, items, seedOptions = {}) => {
      const list = existingList(listTitle);
      const authorId = personForPersona(seedOptions.as ?? "data-lead").siteUserId;
      return store.transaction(() => items.map((item) => store.addItem(list, bodyToColumns(list, item), authorId).Id));
    },
    deleteItems: (listTitle, ids) => {
      const list = existingList(listTitle);
      store.transaction(() => {
        for (const id of ids) store.deleteItem(list, id, "*");
      });
    },
    itemCount: (listTitle) => store.itemCount(existingList(listTitle)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Let in-flight requests finish; idle keep-alive sockets would hold close() open forever.
        for (const socket of sockets) if (!(socket as unknown as { _httpMessage?: unknown })._httpMessage) socket.destroy();
        server.closeIdleConnections?.();
      }),
  };
}
