import type { ApiRequest, ApiResponse } from "../http-types";
import { json } from "../http-types";
import { GROUPS, PEOPLE, personByEntraId, transitiveGroups } from "../identity/personas";
import { matchRoute, route, type Route } from "../routing";
import type { Db } from "../store/database";
import { ODataNotSupportedError, ODataSyntaxError, parseFilter } from "../sp/odata-filter";
import { type GraphBatchExecutor, graphBatch } from "./batch";
import type { GraphCall } from "./call";
import * as activity from "./activity";
import * as channel from "./channel";
import { GraphError, graphError, graphErrors } from "./errors";
import { solidPng } from "./photo";
import { notServedByGraph } from "./not-served";
import { checkUserFilter, userOrder } from "./user-query";
import { DEFAULT_USER_PROPERTIES, groupResource, matches, project, searchMatches, userResource } from "./users";

export { FOCUS_GROUP_CHANNEL_ID, FOCUS_GROUP_TEAM_ID } from "./channel";
export { GraphError, graphError } from "./errors";
export type { GraphBatchExecutor } from "./batch";

const p = (source: string) => new RegExp(`^${source}$`, "i");

/** Server-driven paging with `@odata.nextLink`, as Graph does. */
function page(call: GraphCall, all: Record<string, unknown>[], entitySet: string, defaultTop: number, defaults?: string[]): ApiResponse {
  const q = call.query;
  const top = Math.min(Number(q.get("$top") ?? defaultTop), 999);
  if (!Number.isInteger(top) || top < 1) throw graphErrors.badRequest(`Invalid page size specified: '${q.get("$top")}'.`);
  const skip = Number(q.get("$skiptoken") ?? 0);
  const rows = all.slice(skip, skip + top).map((r) => project(r, q.get("$select"), defaults));
  const body: Record<string, unknown> = { "@odata.context": call.context(entitySet) };
  // Directory objects count only with ConsistencyLevel: eventual; without it `$count=true` is silently ignored.
  if (q.get("$count") === "true" && eventual(call)) body["@odata.count"] = all.length;
  body.value = rows;
  if (skip + top < all.length) {
    const next = new URL(call.request.url.toString());
    next.searchParams.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = `${call.origin}${next.pathname}${next.search}`;
  }
  return json(200, body);
}

function me(call: GraphCall): ApiResponse {
  return json(200, { "@odata.context": call.context("users/$entity"), ...project(userResource(call.request.caller.person), call.query.get("$select"), DEFAULT_USER_PROPERTIES) });
}

function userById(call: GraphCall): ApiResponse {
  const key = call.params.user!;
  const person = PEOPLE.find((candidate) => candidate.id === key || candidate.mail.toLowerCase() === key.toLowerCase());
  if (!person) throw graphErrors.resourceNotFound(key);
  return json(200, { "@odata.context": call.context("users/$entity"), ...project(userResource(person), call.query.get("$select"), DEFAULT_USER_PROPERTIES) });
}

function myPhoto(call: GraphCall): ApiResponse {
  const person = call.request.caller.person;
  if (!person.hasPhoto) throw graphErrors.imageNotFound();
  const hue = Number.parseInt(person.id.slice(-2), 16);
  return { status: 200, headers: { "Content-Type": "image/png" }, body: solidPng(48, [40 + ((hue * 37) % 160), 90, 140]) };
}

function myGroups(call: GraphCall): ApiResponse {
  const person = call.request.caller.person;
  const direct = call.params.kind!.toLowerCase() === "memberof";
  const groups = direct ? GROUPS.filter((g) => g.members.includes(person.id)) : transitiveGroups(person.id);
  return page(call, groups.map(groupResource), "directoryObjects", 100);
}

const eventual = (call: GraphCall) => (call.request.headers.consistencylevel ?? "").toLowerCase() === "eventual";
/** An advanced query in Graph's sense: `ConsistencyLevel: eventual` and `$count=true`. */
const advanced = (call: GraphCall) => eventual(call) && call.query.get("$count") === "true";

/** The directory's users after `$search` and `$filter`, each refused as Graph refuses them. */
function matchingUsers(call: GraphCall): Record<string, unknown>[] {
  let all = PEOPLE.map(userResource);
  const search = call.query.get("$search");
  if (search) {
    if (!eventual(call)) throw graphErrors.unsupportedQuery("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    all = all.filter((u) => searchMatches(search, u));
  }
  const filter = call.query.get("$filter");
  if (filter) {
    const tree = parseFilter(filter, "graph");
    checkUserFilter(tree, advanced(call));
    all = all.filter((u) => matches(tree, u));
  }
  return all;
}

function users(call: GraphCall): ApiResponse {
  const all = matchingUsers(call);
  const orderby = call.query.get("$orderby");
  if (orderby) {
    const order = userOrder(orderby, call.query.has("$filter"), advanced(call));
    const text = (u: Record<string, unknown>, p: string) => String(u[p] ?? "");
    all.sort((x, y) => {
      for (const { property, desc } of order) {
        const c = text(x, property).localeCompare(text(y, property), "en-GB");
        if (c) return desc ? -c : c;
      }
      return 0;
    });
  }
  return page(call, all, "users", 100, DEFAULT_USER_PROPERTIES);
}

/** `/users/$count`: a plain number, and only with ConsistencyLevel: eventual. */
function userCount(call: GraphCall): ApiResponse {
  if (!eventual(call)) throw new GraphError(400, "Request_BadRequest", "$count is not currently supported.");
  return { status: 200, headers: { "Content-Type": "text/plain;charset=utf-8" }, body: String(matchingUsers(call).length) };
}

/** Microsoft Graph v1.0, the subset Data Hub uses: one row per call served, first match wins. */
function graphRoutes(batch: (call: GraphCall) => Promise<ApiResponse>): Route<GraphCall>[] {
  return [
    route("POST", p("/\\$batch"), "batches", batch),
    route("GET", p("/me"), "the signed-in user", me),
    route("GET", p("/me/photo/\\$value"), "the signed-in user's photo", myPhoto),
    route("GET", p("/me/(?<kind>transitivememberof|transitivememberof/microsoft\\.graph\\.group|memberof)"), "the signed-in user's groups", myGroups),
    route("GET", p("/me/teamwork/localActivityFeed"), "the local tenant's record of the signed-in user's activity feed (local only)", activity.localActivityFeed),
    route("GET", p("/users"), "users", users),
    route("GET", p("/users/\\$count"), "the number of users", userCount),
    route("GET", p("/users/(?<user>[^/]+)"), "a user", userById),
    route("POST", p("/users/(?<user>[^/]+)/teamwork/sendActivityNotification"), "activity feed notifications", activity.sendActivityNotification),
    route("GET", p("/teams/(?<team>[^/]+)/channels/(?<channel>[^/]+)/messages"), "channel messages", channel.listMessages),
    route("POST", p("/teams/(?<team>[^/]+)/channels/(?<channel>[^/]+)/messages"), "channel messages", channel.postMessage),
  ];
}

/** Microsoft Graph v1.0, the subset Data Hub uses. */
export class GraphApi {
  batchExecutor: GraphBatchExecutor = { executeInner: (r) => this.handle(r) };
  private readonly routes: Route<GraphCall>[];

  constructor(
    private readonly origin: string,
    private readonly db: Db,
  ) {
    this.routes = graphRoutes((call) => graphBatch(call, this.batchExecutor));
  }

  async handle(request: ApiRequest): Promise<ApiResponse> {
    try {
      const path = decodeURIComponent(request.url.pathname).replace(/^\/v1\.0/i, "").replace(/\/+$/, "");
      const method = request.method.toUpperCase();
      const match = matchRoute(this.routes, method, path);
      if (match.kind === "method-not-served") throw graphErrors.notSupported(`${method} on ${match.resource}`);
      if (match.kind === "none") {
        const unserved = notServedByGraph(path);
        if (unserved) throw graphErrors.notSupported(unserved);
        throw graphErrors.segmentNotFound(path.split("/").filter(Boolean)[0] ?? "");
      }
      const call: GraphCall = {
        request,
        query: request.url.searchParams,
        params: match.params,
        origin: this.origin,
        db: this.db,
        context: (entitySet) => `${this.origin}/v1.0/$metadata#${entitySet}`,
      };
      return await match.route.handle(call);
    } catch (error) {
      if (error instanceof GraphError) return graphError(error.status, error.code, error.message, request);
      if (error instanceof ODataSyntaxError) return graphError(400, "BadRequest", `Invalid filter clause: ${error.message}`, request);
      if (error instanceof ODataNotSupportedError) return graphError(501, "NotImplemented", `not supported by the local tenant: ${error.message}`, request);
      throw error;
    }
  }
}

export { personByEntraId };
