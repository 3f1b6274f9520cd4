import fs from "node:fs";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { ListDeclaration, ListPermissions } from "../../manifest/schema";
import { loadSiteSamples, loadSiteSeed, SITE_LISTS, SITE_PATH, type SiteSeed } from "../../manifest/site";
import { addSampleActions } from "./bulk-actions";
import { type FaultInput, FaultInjector } from "./faults";
import { GraphApi, graphError } from "./graph/routes";
import { contentSecurityPolicy, resolveStatic } from "./http/static-files";
import { corsHeaders, hostAllowed, mayChangeState, originAllowed, type OriginPolicy, originPolicy } from "./http/origin-policy";
import type { ApiRequest, ApiResponse, Caller } from "./http-types";
import { json } from "./http-types";
import { GROUPS, loginName, PEOPLE, type PersonaId, personForPersona, rolesOf } from "./identity/personas";
import { TokenIssuer } from "./identity/tokens";
import { localRoutes } from "./local/control";
import { applyFault } from "./local/fault-responses";
import { PowerBiStandIn } from "./powerbi/stand-in";
import { spErrorResponse, spErrors, unauthorised } from "./sp/errors";
import { metadataLevel } from "./sp/format";
import { QueryPlanner } from "./sp/query";
import { apiPathOf, SharePointApi } from "./sp/routes";
import { bodyToColumns } from "./sp/values";
import { openDatabase, setting } from "./store/database";
import { ListStore } from "./store/lists";

export interface TenantOptions {
  port?: number;
  host?: string;
  /** Directory for the database; null or absent keeps everything in memory (tests). */
  dataDir?: string | null;
  /** Built app to serve at `/` (local mode), so the app and its APIs share one origin. */
  appDir?: string;
  /** Serve `.map` files from the app folder (they are refused otherwise: they publish the source). */
  sourceMaps?: boolean;
  /**
   * Origins besides the tenant's own whose pages may call it (CORS), e.g. `http://localhost:5173`
   * for `npm run dev`. Every other origin is refused.
   */
  allowedOrigins?: readonly string[];
  /** Host names besides 127.0.0.1, localhost and [::1] that requests may be addressed to (a demo on the network). */
  allowedHosts?: readonly string[];
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

/**
 * Creates the lists of the site declaration that do not exist yet, with their seed content and, in
 * local mode, the modules' sample content. A list created later (a new module on an existing local
 * site) gets its samples too; lists that already exist are never touched.
 */
function ensureDeclaredLists(store: ListStore, seedItems: SiteSeed, samples: Map<string, Record<string, unknown>[]>, authorId: number): void {
  for (const declaration of SITE_LISTS) {
    if (store.byTitle(declaration.title)) continue;
    store.transaction(() => {
      const list = store.createFromDeclaration(declaration);
      for (const item of [...seedItems(declaration), ...(samples.get(declaration.title) ?? [])]) store.addItem(list, bodyToColumns(list, item), authorId);
    });
  }
}

const headerRecord = (req: http.IncomingMessage) => Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));

/** Every response is sent as what it says it is: browsers must not guess a type from the content. */
const SECURITY_HEADERS = { "X-Content-Type-Options": "nosniff" };

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
    const samples = await loadSiteSamples({ today: new Date(), siteUserIdOf: (role) => personForPersona(role).siteUserId });
    ensureDeclaredLists(store, await loadSiteSeed(), samples, personForPersona("data-lead").siteUserId);
    if (fresh && options.bulkActions) addSampleActions(store, options.bulkActions);
  }

  let origin = "";
  let policy!: OriginPolicy;
  const requests = { count: 0 };
  let sp!: SharePointApi;
  let graph!: GraphApi;

  const faulted = (api: "sp" | "graph", serve: (r: ApiRequest) => Promise<ApiResponse>) => async (r: ApiRequest) => {
    const fault = await applyFault(faults, api, r);
    if (fault === "drop") return graphError(503, "ServiceUnavailable", "The connection was dropped.", r);
    return fault ?? serve(r);
  };

  function authenticate(req: http.IncomingMessage): Caller | "missing" | "invalid" | "expired" {
    const verdict = tokens.verify(req.headers.authorization);
    if ("error" in verdict) return verdict.error;
    const person = personForPersona(verdict.persona);
    return { person, roles: rolesOf(person) };
  }

  /** Local mode's runtime configuration: the app reads it like a deployed config.json. */
  function appConfig(): unknown {
    if (options.appConfig) return options.appConfig;
    const roleGroups: Record<string, string[]> = {};
    for (const g of GROUPS) if (g.role) (roleGroups[g.role] ??= []).push(g.id);
    return { mode: "local", siteUrl: `${origin}${SITE_PATH}`, graphOrigin: origin, roleGroups, powerBi: { embedOrigin: `${origin}/_local/powerbi`, apiOrigin: origin } };
  }

  const local = localRoutes({
    tokens,
    faults,
    site: () => `${origin}${SITE_PATH}`,
    config: () => json(200, appConfig(), { "Cache-Control": "no-cache" }),
    mayChangeState: (headers) => mayChangeState(policy, headers),
  });

  function send(res: http.ServerResponse, req: http.IncomingMessage, response: ApiResponse): void {
    res.writeHead(response.status, { ...SECURITY_HEADERS, ...corsHeaders(policy, req.headers.origin), ...response.headers });
    res.end(response.body ?? "");
  }

  function serveStatic(url: URL, res: http.ServerResponse, req: http.IncomingMessage): void {
    if (url.pathname.endsWith("/config.json")) {
      send(res, req, json(200, appConfig(), { "Cache-Control": "no-cache" }));
      return;
    }
    const answer = resolveStatic(options.appDir!, url.pathname, { sourceMaps: Boolean(options.sourceMaps), csp: contentSecurityPolicy(appConfig()) });
    if (answer.kind !== "file") {
      send(res, req, json(answer.kind === "bad-request" ? 400 : 404, { error: answer.kind === "bad-request" ? "Bad request" : "Not found" }));
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, ...answer.headers });
    fs.createReadStream(answer.file).pipe(res);
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends Host: evil.example.
    if (!hostAllowed(policy, req.headers.host)) {
      send(res, req, json(403, { error: `This local tenant answers only requests addressed to ${[...policy.hosts].join(", ")}. Start it with --allow-host to add a name.` }));
      return;
    }
    // A page from another origin gets no answer it could use, and changes nothing.
    if (!originAllowed(policy, req.headers.origin)) {
      send(res, req, json(403, { error: `Pages from ${req.headers.origin} may not call this local tenant. Start it with --allow-origin ${req.headers.origin} if that is your own development server.` }));
      return;
    }
    const url = new URL(req.url ?? "/", origin);
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...SECURITY_HEADERS,
        ...corsHeaders(policy, req.headers.origin),
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
      send(res, req, body === "too-large" ? json(413, { error: "Too large" }) : await powerBi.handle(req.method ?? "GET", url, headerRecord(req), body));
      return;
    }
    const isSp = url.pathname.toLowerCase().startsWith(`${SITE_PATH}/_api/`);
    const isGraph = /^\/v1\.0(\/|$)/i.test(url.pathname);
    if (!isSp && !isGraph) {
      if (url.pathname.startsWith("/_local/")) {
        const body = await readBody(req, maxBody);
        send(res, req, body === "too-large" ? json(413, { error: "Too large" }) : await local.handle((req.method ?? "GET").toUpperCase(), url, headerRecord(req), body));
      } else if (options.appDir) serveStatic(url, res, req);
      else send(res, req, json(404, { error: "Not found" }));
      return;
    }
    requests.count++;
    const headers = headerRecord(req);
    const fault = await applyFault(faults, isSp ? "sp" : "graph", { method: req.method ?? "GET", url, headers });
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
      send(res, req, isGraph ? graphError(401, "InvalidAuthenticationToken", message, { headers }) : unauthorised(message));
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === "too-large") {
      send(res, req, isGraph ? graphError(413, "RequestEntityTooLarge", "The request body is too large.", { headers }) : spErrorResponse(metadataLevel(headers.accept), spErrors.requestTooLarge()));
      return;
    }
    const request: ApiRequest = { method: (req.method ?? "GET").toUpperCase(), url, headers, body, caller };
    send(res, req, isSp ? await sp.handle(request, apiPathOf(url, SITE_PATH)) : await graph.handle(request));
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // The tenant keeps serving: one bad request must never take it down.
      console.error("local tenant: unexpected error", error);
      if (!res.headersSent) send(res, req, json(500, { error: { code: "InternalServerError", message: "The local tenant hit an unexpected error." } }));
      else res.end();
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  policy = originPolicy({ host, port: address.port, allowedOrigins: options.allowedOrigins, allowedHosts: options.allowedHosts });
  const ctx = { origin, sitePath: SITE_PATH, store, db, planner: new QueryPlanner(store) };
  sp = new SharePointApi(ctx);
  graph = new GraphApi(origin, db);
  sp.batchExecutor = { executeInner: faulted("sp", (r) => sp.handle(r, apiPathOf(r.url, SITE_PATH))) };
  graph.batchExecutor = { executeInner: faulted("graph", (r) => graph.handle(r)) };

  const sockets = new Set<Socket>();
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
