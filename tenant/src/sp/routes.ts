import { randomUUID } from "node:crypto";
import type { ApiRequest, ApiResponse } from "../http-types";
import { json } from "../http-types";
import { listPermissions, PermissionKind, toBasePermissions, webPermissions } from "../identity/permissions";
import { type ItemRow, ListError, type StoredList, etagOf } from "../store/lists";
import { type BatchExecutor, handleSpBatch } from "./batch";
import {
  fieldEntity,
  itemEntity,
  itemsMetadataUrl,
  listEntity,
  metadataUrl,
  parseProjection,
  type SiteContext,
  type SiteUser,
  siteUserById,
  userEntity,
  webEntity,
} from "./entities";
import { fieldFromCreationInfo, fieldFromSchemaXml } from "./field-xml";
import { collectionResponse, entityResponse, type MetadataLevel, metadataLevel, spError, valueResponse } from "./format";
import { QueryPlanner } from "./query";
import { bodyToColumns } from "./values";

const ACCESS_DENIED = "-2147024891, System.UnauthorizedAccessException";
const INVALID_QUERY = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";

function denied(): ListError {
  return new ListError(403, ACCESS_DENIED, "Access denied. You do not have permission to perform this action or access this resource.");
}

function notFound(message = "The requested resource does not exist."): ListError {
  return new ListError(404, "-1, Microsoft.SharePoint.Client.ResourceNotFoundException", message);
}

function methodNotAllowed(): ListError {
  return new ListError(405, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "The HTTP method is not allowed on this resource.");
}

/** The part of a URL after `<site>/_api/`, decoded. */
export function apiPathOf(url: URL, sitePath: string): string {
  const path = decodeURIComponent(url.pathname);
  const prefix = `${sitePath}/_api/`;
  return path.toLowerCase().startsWith(prefix.toLowerCase()) ? path.slice(prefix.length) : "";
}

function parseBody(request: ApiRequest): Record<string, unknown> {
  if (!request.body.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(request.body);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  } catch {
    throw new ListError(400, INVALID_QUERY, "Invalid JSON. The request body is not a JSON object.");
  }
}

/** Handles one SharePoint REST call under `/sites/<site>/_api/`. Pure request → response; batches reuse it. */
export class SharePointApi {
  private readonly planner: QueryPlanner;

  /** Who serves the requests inside a `$batch`: the server, so that faults reach them too. */
  batchExecutor: BatchExecutor = { executeInner: (r) => this.handle(r, apiPathOf(r.url, this.ctx.sitePath)) };

  constructor(private readonly ctx: SiteContext) {
    this.planner = new QueryPlanner(ctx.store);
  }

  async handle(request: ApiRequest, apiPath: string): Promise<ApiResponse> {
    const level = metadataLevel(request.headers.accept);
    try {
      return await this.route(request, apiPath, level);
    } catch (error) {
      if (error instanceof ListError) return spError(level, error.status, error.spCode, error.message);
      throw error;
    }
  }

  private verb(request: ApiRequest): string {
    const override = request.headers["x-http-method"];
    return (request.method === "POST" && override ? override : request.method).toUpperCase();
  }

  private siteUser(request: ApiRequest): SiteUser {
    return siteUserById(this.ctx, request.caller.person.siteUserId)!;
  }

  private async route(request: ApiRequest, apiPath: string, level: MetadataLevel): Promise<ApiResponse> {
    const verb = this.verb(request);
    const path = apiPath.replace(/\/+$/, "");
    const lower = path.toLowerCase();
    const q = request.url.searchParams;

    if (lower === "contextinfo" && verb === "POST") {
      return json(200, { FormDigestValue: `0x${randomUUID().replace(/-/g, "").toUpperCase()},${new Date().toUTCString()}`, FormDigestTimeoutSeconds: 1800, WebFullUrl: `${this.ctx.origin}${this.ctx.sitePath}`, LibraryVersion: "16.0.0.0", SiteFullUrl: `${this.ctx.origin}${this.ctx.sitePath}`, SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"] });
    }
    if (lower === "$batch" && verb === "POST") return handleSpBatch(this.batchExecutor, request);
    if (lower === "web" && verb === "GET") return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Webs/@Element"), webEntity(this.ctx, level));
    if (lower === "web/currentuser" && verb === "GET") {
      return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Users/@Element"), userEntity(this.ctx, level, this.siteUser(request), request.caller.roles.includes("data-lead")));
    }
    if (lower === "web/siteusers" && verb === "GET") {
      const users = this.ctx.db.prepare("SELECT * FROM sp_users ORDER BY id").all() as SiteUser[];
      return collectionResponse(level, metadataUrl(this.ctx, "SP.ApiData.Users"), users.map((u) => userEntity(this.ctx, level, u, false)), null);
    }
    const userById = /^web\/(?:siteusers\/getbyid|getuserbyid)\((\d+)\)$/.exec(lower);
    if (userById && verb === "GET") {
      const user = siteUserById(this.ctx, Number(userById[1]));
      if (!user) throw notFound("User cannot be found.");
      return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Users/@Element"), userEntity(this.ctx, level, user, false));
    }
    if (lower === "web/ensureuser" && verb === "POST") return this.ensureUser(request, level);
    if (lower === "web/effectivebasepermissions" && verb === "GET") {
      return entityResponse(level, "", toBasePermissions(webPermissions(request.caller.roles)) as unknown as Record<string, unknown>);
    }
    if ((lower === "web/lists" || lower === "lists") && (verb === "GET" || verb === "POST")) {
      if (verb === "GET") return collectionResponse(level, metadataUrl(this.ctx, "SP.ApiData.Lists"), this.ctx.store.all().map((l) => listEntity(this.ctx, level, l)), null);
      return this.createList(request, level);
    }
    const listMatch = /^(?:web\/)?lists(?:\/getbytitle\('((?:[^']|'')*)'\)|\(guid'([0-9a-f-]{36})'\)|\('([0-9a-f-]{36})'\))(.*)$/i.exec(path);
    if (listMatch) {
      const list = listMatch[1] !== undefined ? this.ctx.store.byTitle(listMatch[1].replace(/''/g, "'")) : this.ctx.store.byId((listMatch[2] ?? listMatch[3])!);
      if (!list) {
        throw notFound(`List '${listMatch[1] ?? listMatch[2] ?? listMatch[3]}' does not exist at site with URL '${this.ctx.origin}${this.ctx.sitePath}'.`);
      }
      return this.routeList(request, list, listMatch[4] ?? "", verb, level, q);
    }
    throw notFound(`The endpoint '${path}' is not supported by the local tenant.`);
  }

  private routeList(request: ApiRequest, list: StoredList, rest: string, verb: string, level: MetadataLevel, q: URLSearchParams): ApiResponse {
    const lower = rest.toLowerCase();
    const perms = listPermissions(list.permissions, request.caller.roles);
    const require = (kinds: Set<number>, kind: number) => {
      if (!kinds.has(kind)) throw denied();
    };

    if (lower === "") {
      if (verb === "GET") return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Lists/@Element"), listEntity(this.ctx, level, list));
      require(perms, PermissionKind.ManageLists);
      if (verb === "MERGE" || verb === "PATCH") {
        const body = parseBody(request);
        this.ctx.store.updateList(list, body as { Title?: string; Description?: string; EnableVersioning?: boolean });
        return { status: 204, headers: {} };
      }
      if (verb === "DELETE") {
        this.ctx.store.deleteList(list);
        return { status: 200, headers: {} };
      }
      throw methodNotAllowed();
    }
    if (lower === "/effectivebasepermissions" && verb === "GET") {
      return entityResponse(level, "", toBasePermissions(perms) as unknown as Record<string, unknown>);
    }
    if (lower === "/fields") {
      if (verb === "GET") return collectionResponse(level, metadataUrl(this.ctx, "SP.ApiData.Fields"), list.fields.map((f) => fieldEntity(this.ctx, level, list, f)), null);
      if (verb === "POST") {
        require(perms, PermissionKind.ManageLists);
        const field = this.ctx.store.addField(list.id, fieldFromCreationInfo(parseBody(request)));
        return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Fields/@Element"), fieldEntity(this.ctx, level, this.ctx.store.byId(list.id)!, field), 201);
      }
      throw methodNotAllowed();
    }
    if ((lower === "/fields/createfieldasxml" || lower === "/fields/addfield") && verb === "POST") {
      require(perms, PermissionKind.ManageLists);
      const body = parseBody(request);
      const params = (body.parameters ?? {}) as { SchemaXml?: string; Options?: number };
      const declaration = lower.endsWith("createfieldasxml")
        ? fieldFromSchemaXml(params.SchemaXml ?? "", (id) => this.ctx.store.byId(id)?.title, Number(params.Options ?? 0))
        : fieldFromCreationInfo(body);
      const field = this.ctx.store.addField(list.id, declaration);
      return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Fields/@Element"), fieldEntity(this.ctx, level, this.ctx.store.byId(list.id)!, field));
    }
    const fieldMatch = /^\/fields(?:\/getbyinternalnameortitle\('((?:[^']|'')*)'\)|\/getbytitle\('((?:[^']|'')*)'\)|\('([0-9a-f-]{36})'\)|\(guid'([0-9a-f-]{36})'\))$/i.exec(rest);
    if (fieldMatch) {
      const byName = fieldMatch[1] ?? fieldMatch[2];
      const field = byName !== undefined ? (this.ctx.store.field(list, byName.replace(/''/g, "'")) ?? list.fields.find((f) => f.title === byName)) : list.fields.find((f) => f.id === (fieldMatch[3] ?? fieldMatch[4]));
      if (!field) throw notFound(`Column '${byName ?? fieldMatch[3] ?? fieldMatch[4]}' does not exist. It may have been deleted by another user.`);
      if (verb === "GET") return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Fields/@Element"), fieldEntity(this.ctx, level, list, field));
      if (verb === "MERGE" || verb === "PATCH") {
        require(perms, PermissionKind.ManageLists);
        this.ctx.store.updateField(list, field, parseBody(request) as { Title?: string; Indexed?: boolean });
        return { status: 204, headers: {} };
      }
      throw methodNotAllowed();
    }
    if (lower === "/items") {
      if (verb === "GET") return this.queryItems(request, list, level, q);
      if (verb === "POST") {
        require(perms, PermissionKind.AddListItems);
        const row = this.ctx.store.addItem(list, bodyToColumns(list, parseBody(request)), request.caller.person.siteUserId);
        const entity = itemEntity(this.ctx, level, list, row, parseProjection(this.ctx, list, null, null));
        return entityResponse(level, itemsMetadataUrl(this.ctx, list) + "/@Element", entity, 201, { ETag: etagOf(row), Location: `${this.ctx.origin}${this.ctx.sitePath}/_api/Web/Lists(guid'${list.id}')/Items(${row.Id})` });
      }
      throw methodNotAllowed();
    }
    const itemMatch = /^\/items\((\d+)\)(\/[a-z]+)?$/i.exec(rest);
    if (itemMatch) return this.routeItem(request, list, Number(itemMatch[1]), (itemMatch[2] ?? "").toLowerCase(), verb, level, q);
    throw notFound(`The endpoint '${rest}' is not supported by the local tenant.`);
  }

  private itemPermissions(request: ApiRequest, list: StoredList, row: ItemRow): Set<number> {
    const ownField = list.permissions?.editOwn?.field;
    // "Author" is SharePoint's built-in Created By, stored as AuthorId.
    const column = ownField === "Author" ? "AuthorId" : ownField ? this.ctx.store.field(list, ownField)?.column : undefined;
    const own = column !== undefined && row[column] === request.caller.person.siteUserId;
    return listPermissions(list.permissions, request.caller.roles, own);
  }

  private routeItem(request: ApiRequest, list: StoredList, id: number, sub: string, verb: string, level: MetadataLevel, q: URLSearchParams): ApiResponse {
    const row = this.ctx.store.getItem(list, id);
    if (!row) throw new ListError(404, "-2130575338, System.ArgumentException", "Item does not exist. It may have been deleted by another user.");
    const perms = this.itemPermissions(request, list, row);
    const ifMatch = request.headers["if-match"];
    if (sub === "" && verb === "GET") {
      const entity = itemEntity(this.ctx, level, list, row, parseProjection(this.ctx, list, q.get("$select"), q.get("$expand")));
      return entityResponse(level, itemsMetadataUrl(this.ctx, list) + "/@Element", entity, 200, { ETag: etagOf(row) });
    }
    if (sub === "" && (verb === "MERGE" || verb === "PATCH" || verb === "PUT")) {
      if (!perms.has(PermissionKind.EditListItems)) throw denied();
      const updated = this.ctx.store.updateItem(list, id, bodyToColumns(list, parseBody(request)), request.caller.person.siteUserId, ifMatch);
      return { status: 204, headers: { ETag: etagOf(updated) } };
    }
    if ((sub === "" && verb === "DELETE") || (sub === "/recycle" && verb === "POST")) {
      if (!perms.has(PermissionKind.DeleteListItems)) throw denied();
      this.ctx.store.deleteItem(list, id, ifMatch);
      return sub === "/recycle" ? valueResponse(level, "Recycle", randomUUID()) : { status: 200, headers: {} };
    }
    if (sub === "/effectivebasepermissions" && verb === "GET") {
      return entityResponse(level, "", toBasePermissions(perms) as unknown as Record<string, unknown>);
    }
    if (sub === "/versions" && verb === "GET") {
      const versions = this.ctx.store.versions(list, id).map((v) => ({
        ...v.data,
        VersionId: v.version * 512,
        VersionLabel: `${v.version}.0`,
        IsCurrentVersion: v.version === row.Version,
        Created: v.modified,
        EditorId: v.editorId,
      }));
      return collectionResponse(level, metadataUrl(this.ctx, "SP.ApiData.ListItemVersions"), versions, null);
    }
    throw methodNotAllowed();
  }

  private queryItems(request: ApiRequest, list: StoredList, level: MetadataLevel, q: URLSearchParams): ApiResponse {
    const projection = parseProjection(this.ctx, list, q.get("$select"), q.get("$expand"));
    const { rows, nextSkiptoken } = this.planner.run(list, {
      filter: q.get("$filter") ?? undefined,
      orderby: q.get("$orderby") ?? undefined,
      top: q.get("$top") ?? undefined,
      skiptoken: q.get("$skiptoken") ?? undefined,
    });
    let nextLink: string | null = null;
    if (nextSkiptoken) {
      const next = new URL(request.url.toString());
      next.searchParams.set("$skiptoken", nextSkiptoken);
      nextLink = `${this.ctx.origin}${next.pathname}${next.search}`;
    }
    return collectionResponse(level, itemsMetadataUrl(this.ctx, list), rows.map((r) => itemEntity(this.ctx, level, list, r, projection)), nextLink);
  }

  private createList(request: ApiRequest, level: MetadataLevel): ApiResponse {
    if (!webPermissions(request.caller.roles).has(PermissionKind.ManageLists)) throw denied();
    const body = parseBody(request);
    const list = this.ctx.store.createList({
      title: String(body.Title ?? ""),
      description: typeof body.Description === "string" ? body.Description : "",
      baseTemplate: typeof body.BaseTemplate === "number" ? body.BaseTemplate : 100,
      versioning: body.EnableVersioning === true,
    });
    return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Lists/@Element"), listEntity(this.ctx, level, list), 201);
  }

  private ensureUser(request: ApiRequest, level: MetadataLevel): ApiResponse {
    const logonName = String(parseBody(request).logonName ?? "").trim();
    const email = logonName.split("|").pop()!.toLowerCase();
    const existing = this.ctx.db.prepare("SELECT * FROM sp_users WHERE lower(email) = ? OR lower(login_name) = ?").get(email, logonName.toLowerCase()) as SiteUser | undefined;
    if (!existing) {
      return spError(level, 404, "-2146232832, Microsoft.SharePoint.SPException", `The specified user ${logonName} could not be found.`);
    }
    return entityResponse(level, metadataUrl(this.ctx, "SP.ApiData.Users/@Element"), userEntity(this.ctx, level, existing, false));
  }
}
