import type { ApiRequest, ApiResponse } from "../http-types";
import { matchRoute, route, type Route } from "../routing";
import { type BatchExecutor, handleSpBatch } from "./batch";
import { PATH, path, type SpCall, verbOf } from "./call";
import type { SiteContext } from "./entities";
import { SpError, spErrorResponse, spErrors } from "./errors";
import { metadataLevel } from "./format";
import * as fields from "./handlers/fields";
import * as items from "./handlers/items";
import * as lists from "./handlers/lists";
import * as web from "./handlers/web";
import { notServedBySharePoint } from "./not-served";

/** The part of a URL after `<site>/_api/`, decoded. */
export function apiPathOf(url: URL, sitePath: string): string {
  const decoded = decodeURIComponent(url.pathname);
  const prefix = `${sitePath}/_api/`;
  return decoded.toLowerCase().startsWith(prefix.toLowerCase()) ? decoded.slice(prefix.length) : "";
}

const UPDATE = ["MERGE", "PATCH"];

/** Every SharePoint REST call the local tenant serves: one row each, first match wins. */
function sharePointRoutes(batch: (call: SpCall) => Promise<ApiResponse>): Route<SpCall>[] {
  return [
    route("POST", path("contextinfo"), "the request digest", web.contextInfo),
    route("POST", path("\\$batch"), "batches", batch),
    route("GET", path("web"), "the web", web.web),
    route("GET", path("web/currentuser"), "the current user", web.currentUser),
    route("GET", path("web/siteusers"), "site users", web.siteUsers),
    route("GET", path("web/(?:siteusers/getbyid|getuserbyid)\\((?<userId>\\d+)\\)"), "a site user", web.siteUserByIdRoute),
    route("GET", path("web/siteusers/getbyemail\\('(?<email>(?:[^']|'')*)'\\)"), "a site user", web.siteUserByEmail),
    route("GET", path("web/siteusers\\((?:@(?<alias>\\w+)|'(?<login>(?:[^']|'')*)')\\)"), "a site user", web.siteUserByLoginName),
    route("POST", path("web/ensureuser"), "ensureUser", web.ensureUser),
    route("GET", path("web/effectivebasepermissions"), "the web's permissions", web.webPermissionsOfCaller),

    route("GET", path("(?:web/)?lists"), "the web's lists", lists.allLists),
    route("POST", path("(?:web/)?lists"), "the web's lists", lists.createList),
    route("GET", path(PATH.list), "a list", lists.oneList),
    route(UPDATE, path(PATH.list), "a list", lists.updateList),
    route("DELETE", path(PATH.list), "a list", lists.deleteList),
    route("GET", path(PATH.list, "/effectivebasepermissions"), "a list's permissions", lists.listPermissionsOfCaller),

    route("GET", path(PATH.list, "/fields"), "a list's fields", fields.listFields),
    route("POST", path(PATH.list, "/fields"), "a list's fields", fields.addField),
    route("POST", path(PATH.list, "/fields/(?<method>createfieldasxml|addfield)"), "a list's fields", fields.addFieldByMethod),
    route("GET", path(PATH.list, PATH.field), "a field", fields.oneField),
    route(UPDATE, path(PATH.list, PATH.field), "a field", fields.updateField),
    route("DELETE", path(PATH.list, PATH.field), "a field", fields.deleteField),

    route("GET", path(PATH.list, "/items"), "a list's items", items.queryItems),
    route("POST", path(PATH.list, "/items"), "a list's items", items.addItem),
    route("GET", path(PATH.list, PATH.item), "a list item", items.oneItem),
    route([...UPDATE, "PUT"], path(PATH.list, PATH.item), "a list item", items.updateItem),
    route("DELETE", path(PATH.list, PATH.item), "a list item", items.deleteItem),
    route("POST", path(PATH.list, PATH.item, "/recycle"), "a list item", items.recycleItem),
    route("GET", path(PATH.list, PATH.item, "/effectivebasepermissions"), "a list item's permissions", items.itemPermissionsOfCaller),
    route("GET", path(PATH.list, PATH.item, "/versions"), "a list item's versions", items.itemVersions),
  ];
}

/** Handles one SharePoint REST call under `/sites/<site>/_api/`. Pure request → response; batches reuse it. */
export class SharePointApi {
  private readonly routes: Route<SpCall>[];

  /** Who serves the requests inside a `$batch`: the server, so that faults reach them too. */
  batchExecutor: BatchExecutor = { executeInner: (r) => this.handle(r, apiPathOf(r.url, this.site.sitePath)) };

  constructor(private readonly site: SiteContext) {
    this.routes = sharePointRoutes((call) => handleSpBatch(this.batchExecutor, call.request));
  }

  async handle(request: ApiRequest, apiPath: string): Promise<ApiResponse> {
    const level = metadataLevel(request.headers.accept);
    try {
      const verb = verbOf(request);
      const trimmed = apiPath.replace(/\/+$/, "");
      const match = matchRoute(this.routes, verb, trimmed);
      if (match.kind === "method-not-served") throw spErrors.notSupported(`${verb} on ${match.resource} (it serves ${match.methods.join(", ")})`);
      if (match.kind === "none") {
        const unserved = notServedBySharePoint(trimmed);
        if (unserved) throw spErrors.notSupported(unserved);
        throw spErrors.cannotFind(trimmed.split("/").pop() ?? trimmed);
      }
      return await match.route.handle({ request, verb, level, query: request.url.searchParams, params: match.params, site: this.site });
    } catch (error) {
      if (error instanceof SpError) return spErrorResponse(level, error);
      throw error;
    }
  }
}
