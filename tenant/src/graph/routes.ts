import { randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { ApiRequest, ApiResponse } from "../http-types";
import { json } from "../http-types";
import { GROUPS, type Group, PEOPLE, type Person, personByEntraId, TENANT_ID, transitiveGroups } from "../identity/personas";
import type { Db } from "../store/database";
import { type FilterNode, ODataSyntaxError, parseFilter } from "../sp/odata-filter";

/** The data focus group's team and its shared channel, for posting success stories. */
export const FOCUS_GROUP_TEAM_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
export const FOCUS_GROUP_CHANNEL_ID = "19:datafocusgroup0000000000000000@thread.tacv2";
const FOCUS_GROUP_ID = GROUPS.find((g) => g.displayName === "Data Focus Group")!.id;

const DEFAULT_USER_PROPERTIES = ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];
const MAX_BATCH = 20;

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function graphError(status: number, code: string, message: string, request?: { headers: Record<string, string | undefined> }, headers: Record<string, string> = {}): ApiResponse {
  const requestId = randomUUID();
  return json(status, { error: { code, message, innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ""), "request-id": requestId, "client-request-id": request?.headers["client-request-id"] ?? requestId } } }, { "request-id": requestId, ...headers });
}

function userResource(person: Person): Record<string, unknown> {
  return {
    id: person.id,
    businessPhones: [],
    displayName: person.displayName,
    givenName: person.givenName,
    surname: person.surname,
    jobTitle: person.jobTitle,
    mail: person.mail,
    mobilePhone: null,
    officeLocation: person.officeLocation,
    preferredLanguage: "en-GB",
    userPrincipalName: person.mail,
    department: person.department,
    accountEnabled: true,
  };
}

function groupResource(group: Group): Record<string, unknown> {
  return { "@odata.type": "#microsoft.graph.group", id: group.id, displayName: group.displayName, description: group.description, securityEnabled: true, mailEnabled: false, groupTypes: [] };
}

/** Applies `$select` (Graph keeps `@odata.type` on directory objects). */
function project(resource: Record<string, unknown>, select: string | null, defaults?: string[]): Record<string, unknown> {
  const names = select ? select.split(",").map((s) => s.trim()).filter(Boolean) : defaults;
  if (!names) return resource;
  const out: Record<string, unknown> = {};
  if (resource["@odata.type"]) out["@odata.type"] = resource["@odata.type"];
  for (const name of names) {
    const key = Object.keys(resource).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) out[key] = resource[key];
  }
  return out;
}

function matches(node: FilterNode, resource: Record<string, unknown>): boolean {
  switch (node.type) {
    case "and":
      return matches(node.left, resource) && matches(node.right, resource);
    case "or":
      return matches(node.left, resource) || matches(node.right, resource);
    case "not":
      return !matches(node.operand, resource);
    default: {
      const key = Object.keys(resource).find((k) => k.toLowerCase() === node.field.path.join("/").toLowerCase());
      if (!key) throw new GraphError(400, "Request_UnsupportedQuery", `Unsupported or invalid query filter clause specified for property '${node.field.path.join("/")}' of resource 'User'.`);
      const actual = resource[key];
      const expected = node.value.value;
      const a = typeof actual === "string" ? actual.toLowerCase() : actual;
      const e = typeof expected === "string" ? expected.toLowerCase() : expected;
      if (node.type === "function") return typeof a === "string" && typeof e === "string" && (node.name === "startswith" ? a.startsWith(e) : a.includes(e));
      if (node.op === "eq") return a === e;
      if (node.op === "ne") return a !== e;
      throw new GraphError(400, "Request_UnsupportedQuery", `Operator '${node.op}' is not supported.`);
    }
  }
}

/** `$search="displayName:ali" OR "mail:ali"`: tokenised prefix match, as directory search does. */
function searchMatches(search: string, resource: Record<string, unknown>): boolean {
  const clauses = [...search.matchAll(/"([A-Za-z]+):([^"]*)"/g)];
  if (clauses.length === 0) throw new GraphError(400, "Request_UnsupportedQuery", "Syntax error: the $search value must be of the form \"property:value\".");
  return clauses.some(([, property, term]) => {
    const value = String(resource[property!] ?? "").toLowerCase();
    return value.split(/[\s.@]+/).some((word) => word.startsWith(term!.toLowerCase())) || value.startsWith(term!.toLowerCase());
  });
}

/** A solid-colour PNG, so `/me/photo/$value` returns a real image without shipping binaries. */
function solidPng(size: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

export interface GraphBatchExecutor {
  executeInner(request: ApiRequest): Promise<ApiResponse>;
}

/** Microsoft Graph v1.0, the subset Data Hub uses. */
export class GraphApi {
  batchExecutor: GraphBatchExecutor = { executeInner: (r) => this.handle(r) };

  constructor(
    private readonly origin: string,
    private readonly db: Db,
  ) {}

  async handle(request: ApiRequest): Promise<ApiResponse> {
    try {
      return await this.route(request);
    } catch (error) {
      if (error instanceof GraphError) return graphError(error.status, error.code, error.message, request);
      if (error instanceof ODataSyntaxError) return graphError(400, "BadRequest", `Invalid filter clause: ${error.message}`, request);
      throw error;
    }
  }

  private context(entitySet: string): string {
    return `${this.origin}/v1.0/$metadata#${entitySet}`;
  }

  private async route(request: ApiRequest): Promise<ApiResponse> {
    const path = decodeURIComponent(request.url.pathname).replace(/^\/v1\.0/i, "").replace(/\/+$/, "");
    const lower = path.toLowerCase();
    const q = request.url.searchParams;
    const me = request.caller.person;
    const method = request.method.toUpperCase();

    if (lower === "/$batch" && method === "POST") return this.batch(request);
    if (method === "GET" && (lower === "/me" || lower.startsWith("/users/"))) {
      const segments = path.split("/").filter(Boolean);
      const person = lower === "/me" ? me : PEOPLE.find((p) => p.id === segments[1] || p.mail.toLowerCase() === segments[1]?.toLowerCase());
      if (!person) throw new GraphError(404, "Request_ResourceNotFound", `Resource '${segments[1]}' does not exist or one of its queried reference-property objects are not present.`);
      if (segments.length === (lower === "/me" ? 1 : 2)) {
        return json(200, { "@odata.context": this.context("users/$entity"), ...project(userResource(person), q.get("$select"), DEFAULT_USER_PROPERTIES) });
      }
    }
    if (method === "GET" && lower === "/me/photo/$value") {
      if (!me.hasPhoto) throw new GraphError(404, "ImageNotFound", "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
      const hue = Number.parseInt(me.id.slice(-2), 16);
      return { status: 200, headers: { "Content-Type": "image/png" }, body: solidPng(48, [40 + ((hue * 37) % 160), 90, 140]) };
    }
    if (method === "GET" && (lower === "/me/transitivememberof" || lower === "/me/transitivememberof/microsoft.graph.group" || lower === "/me/memberof")) {
      const groups = lower === "/me/memberof" ? GROUPS.filter((g) => g.members.includes(me.id)) : transitiveGroups(me.id);
      return this.page(request, groups.map(groupResource), "directoryObjects", 100);
    }
    if (method === "GET" && lower === "/users") {
      let users = PEOPLE.map(userResource);
      const search = q.get("$search");
      if (search) {
        if ((request.headers.consistencylevel ?? "").toLowerCase() !== "eventual") {
          throw new GraphError(400, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
        }
        users = users.filter((u) => searchMatches(search, u));
      }
      const filter = q.get("$filter");
      if (filter) {
        const tree = parseFilter(filter);
        users = users.filter((u) => matches(tree, u));
      }
      return this.page(request, users, "users", 100, DEFAULT_USER_PROPERTIES);
    }
    const messages = /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/i.exec(path);
    if (messages) return this.channelMessages(request, messages[1]!, messages[2]!);
    throw new GraphError(400, "BadRequest", `Resource not found for the segment '${path.split("/").filter(Boolean)[0] ?? ""}'.`);
  }

  /** Server-driven paging with `@odata.nextLink`, as Graph does. */
  private page(request: ApiRequest, all: Record<string, unknown>[], entitySet: string, defaultTop: number, defaults?: string[]): ApiResponse {
    const q = request.url.searchParams;
    const top = Math.min(Number(q.get("$top") ?? defaultTop), 999);
    if (!Number.isInteger(top) || top < 1) throw new GraphError(400, "BadRequest", `Invalid page size specified: '${q.get("$top")}'.`);
    const skip = Number(q.get("$skiptoken") ?? 0);
    const page = all.slice(skip, skip + top).map((r) => project(r, q.get("$select"), defaults));
    const body: Record<string, unknown> = { "@odata.context": this.context(entitySet) };
    if (q.get("$count") === "true") body["@odata.count"] = all.length;
    body.value = page;
    if (skip + top < all.length) {
      const next = new URL(request.url.toString());
      next.searchParams.set("$skiptoken", String(skip + top));
      body["@odata.nextLink"] = `${this.origin}${next.pathname}${next.search}`;
    }
    return json(200, body);
  }

  private channelMessages(request: ApiRequest, teamId: string, channelId: string): ApiResponse {
    if (teamId !== FOCUS_GROUP_TEAM_ID || channelId !== FOCUS_GROUP_CHANNEL_ID) throw new GraphError(404, "NotFound", "Team or channel not found.");
    const me = request.caller.person;
    if (!transitiveGroups(me.id).some((g) => g.id === FOCUS_GROUP_ID)) throw new GraphError(403, "Forbidden", "User is not a member of the channel's team.");
    const method = request.method.toUpperCase();
    if (method === "GET") {
      const rows = this.db.prepare("SELECT body FROM graph_channel_messages WHERE team_id = ? AND channel_id = ? ORDER BY created DESC").all(teamId, channelId) as { body: string }[];
      return json(200, { "@odata.context": this.context(`teams('${teamId}')/channels('${channelId}')/messages`), value: rows.map((r) => JSON.parse(r.body) as unknown) });
    }
    if (method !== "POST") throw new GraphError(405, "MethodNotAllowed", "The method is not allowed.");
    let input: { body?: { content?: unknown; contentType?: unknown }; subject?: unknown };
    try {
      input = JSON.parse(request.body || "{}") as typeof input;
    } catch {
      throw new GraphError(400, "BadRequest", "Invalid JSON in the request body.");
    }
    if (typeof input.body?.content !== "string" || !input.body.content.trim()) throw new GraphError(400, "BadRequest", "The message body must have content.");
    const contentType = input.body.contentType === "html" ? "html" : "text";
    const now = new Date().toISOString();
    const id = String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, "0");
    const message = {
      "@odata.context": this.context(`teams('${teamId}')/channels('${channelId}')/messages/$entity`),
      id,
      replyToId: null,
      etag: id,
      messageType: "message",
      createdDateTime: now,
      lastModifiedDateTime: now,
      deletedDateTime: null,
      subject: typeof input.subject === "string" ? input.subject : null,
      importance: "normal",
      locale: "en-us",
      webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${id}?groupId=${teamId}&tenantId=${TENANT_ID}`,
      from: { application: null, device: null, user: { id: me.id, displayName: me.displayName, userIdentityType: "aadUser", tenantId: TENANT_ID } },
      body: { contentType, content: input.body.content },
      channelIdentity: { teamId, channelId },
      attachments: [],
      mentions: [],
      reactions: [],
    };
    this.db.prepare("INSERT INTO graph_channel_messages (id, team_id, channel_id, created, from_user, body) VALUES (?, ?, ?, ?, ?, ?)").run(id, teamId, channelId, now, me.id, JSON.stringify(message));
    return json(201, message);
  }

  /** JSON `$batch`: up to 20 requests, `dependsOn` honoured, each answered on its own. */
  private async batch(request: ApiRequest): Promise<ApiResponse> {
    let input: { requests?: { id?: string; method?: string; url?: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] }[] };
    try {
      input = JSON.parse(request.body) as typeof input;
    } catch {
      throw new GraphError(400, "BadRequest", "Invalid JSON in the batch request.");
    }
    const requests = input.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw new GraphError(400, "BadRequest", "The batch must contain a 'requests' array.");
    if (requests.length > MAX_BATCH) throw new GraphError(400, "BadRequest", `The number of batch requests exceeds the limit of ${MAX_BATCH}.`);
    const statuses = new Map<string, number>();
    const responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[] = [];
    for (const item of requests) {
      const id = String(item.id ?? "");
      if (!id || !item.url || !item.method) throw new GraphError(400, "BadRequest", "Each batch request needs an id, a method and a url.");
      const failedDependency = (item.dependsOn ?? []).some((d) => (statuses.get(d) ?? 424) >= 400);
      if (failedDependency) {
        statuses.set(id, 424);
        responses.push({ id, status: 424, headers: {}, body: { error: { code: "FailedDependency", message: "A request this one depends on failed." } } });
        continue;
      }
      const relative = item.url.startsWith("/") ? item.url : `/${item.url}`;
      const url = new URL(`${this.origin}${/^\/v1\.0\//i.test(relative) ? relative : `/v1.0${relative}`}`);
      const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const body = item.body === undefined ? "" : typeof item.body === "string" ? item.body : JSON.stringify(item.body);
      const response = await this.batchExecutor.executeInner({ method: item.method.toUpperCase(), url, headers, body, caller: request.caller });
      statuses.set(id, response.status);
      const text = typeof response.body === "string" ? response.body : response.body ? response.body.toString("base64") : "";
      const isJson = (response.headers["Content-Type"] ?? "").includes("json");
      responses.push({ id, status: response.status, headers: response.headers, body: text ? (isJson ? (JSON.parse(text) as unknown) : text) : undefined });
    }
    return json(200, { responses });
  }
}

export { personByEntraId };
