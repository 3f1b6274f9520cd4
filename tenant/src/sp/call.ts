import type { ApiRequest } from "../http-types";
import type { Params } from "../routing";
import type { StoredList } from "../store/lists";
import type { SiteContext } from "./entities";
import { spErrors } from "./errors";
import type { MetadataLevel } from "./format";

/** What every SharePoint handler receives: the request, what its route captured, and the site. */
export interface SpCall {
  readonly request: ApiRequest;
  /** The effective method: POST with `X-HTTP-Method: MERGE` is a MERGE, as SharePoint reads it. */
  readonly verb: string;
  readonly level: MetadataLevel;
  readonly query: URLSearchParams;
  readonly params: Params;
  readonly site: SiteContext;
}

/** The effective method of a SharePoint request. */
export function verbOf(request: ApiRequest): string {
  const override = request.headers["x-http-method"];
  return (request.method === "POST" && override ? override : request.method).toUpperCase();
}

const unquote = (value: string) => value.replace(/''/g, "'");

/** The list a route's `{list}` part names (by title or id), or SharePoint's 404. */
export function listOf(call: SpCall): StoredList {
  const { listTitle, listGuid, listId } = call.params;
  const { store, origin, sitePath } = call.site;
  const list = listTitle !== undefined ? store.byTitle(unquote(listTitle)) : store.byId((listGuid ?? listId)!);
  if (!list) throw spErrors.listNotFound(listTitle ?? listGuid ?? listId ?? "", `${origin}${sitePath}`);
  return list;
}

/** The item id a route's `{item}` part names. */
export function itemIdOf(call: SpCall): number {
  return Number(call.params.itemId);
}

/** The request body as a JSON object; an empty body is `{}`. */
export function bodyOf(call: SpCall): Record<string, unknown> {
  const text = call.request.body;
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  } catch {
    throw spErrors.invalidJson();
  }
}

/** Regular-expression parts for route patterns; named groups are read by listOf, itemIdOf and the field handlers. */
export const PATH = {
  list: String.raw`(?:web/)?lists(?:/getbytitle\('(?<listTitle>(?:[^']|'')*)'\)|\(guid'(?<listGuid>[0-9a-f-]{36})'\)|\('(?<listId>[0-9a-f-]{36})'\))`,
  field: String.raw`/fields(?:/getbyinternalnameortitle\('(?<fieldName>(?:[^']|'')*)'\)|/getbytitle\('(?<fieldTitle>(?:[^']|'')*)'\)|\('(?<fieldId>[0-9a-f-]{36})'\)|\(guid'(?<fieldGuid>[0-9a-f-]{36})'\))`,
  item: String.raw`/items\((?<itemId>\d+)\)`,
};

/** A whole-path, case-insensitive pattern from parts: `path(PATH.list, PATH.item, "/versions")`. */
export function path(...parts: string[]): RegExp {
  return new RegExp(`^${parts.join("")}$`, "i");
}
