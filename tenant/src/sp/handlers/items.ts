import { randomUUID } from "node:crypto";
import type { ApiResponse } from "../../http-types";
import { listPermissions, PermissionKind, toBasePermissions } from "../../identity/permissions";
import { etagOf, type ItemRow, type StoredList } from "../../store/lists";
import { bodyOf, itemIdOf, listOf, type SpCall } from "../call";
import { itemEntity, itemsMetadataUrl, metadataUrl, parseProjection } from "../entities";
import { spErrors } from "../errors";
import { collectionResponse, entityResponse, valueResponse } from "../format";
import { bodyToColumns } from "../values";

/** SharePoint's 403 unless the caller may see the list's items (a list with its own read permissions). */
function requireRead(call: SpCall, list: StoredList): void {
  if (!listPermissions(list.permissions, call.request.caller.roles).has(PermissionKind.ViewListItems)) throw spErrors.accessDenied();
}

export function queryItems(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  const q = call.query;
  const projection = parseProjection(call.site, list, q.get("$select"), q.get("$expand"));
  const { rows, nextSkiptoken } = call.site.planner.run(list, {
    filter: q.get("$filter") ?? undefined,
    orderby: q.get("$orderby") ?? undefined,
    top: q.get("$top") ?? undefined,
    skiptoken: q.get("$skiptoken") ?? undefined,
  });
  let nextLink: string | null = null;
  if (nextSkiptoken) {
    const next = new URL(call.request.url.toString());
    next.searchParams.set("$skiptoken", nextSkiptoken);
    nextLink = `${call.site.origin}${next.pathname}${next.search}`;
  }
  return collectionResponse(call.level, itemsMetadataUrl(call.site, list), rows.map((r) => itemEntity(call.site, call.level, list, r, projection)), nextLink);
}

export function addItem(call: SpCall): ApiResponse {
  const list = listOf(call);
  if (!listPermissions(list.permissions, call.request.caller.roles).has(PermissionKind.AddListItems)) throw spErrors.accessDenied();
  const row = call.site.store.addItem(list, bodyToColumns(list, bodyOf(call)), call.request.caller.person.siteUserId);
  const entity = itemEntity(call.site, call.level, list, row, parseProjection(call.site, list, null, null));
  const location = `${call.site.origin}${call.site.sitePath}/_api/Web/Lists(guid'${list.id}')/Items(${row.Id})`;
  return entityResponse(call.level, itemsMetadataUrl(call.site, list) + "/@Element", entity, 201, { ETag: etagOf(row), Location: location });
}

/** The item a route names, or SharePoint's 404. */
function itemOf(call: SpCall, list: StoredList): ItemRow {
  const row = call.site.store.getItem(list, itemIdOf(call));
  if (!row) throw spErrors.itemNotFound();
  return row;
}

/** What the caller may do to this item: "edit your own" lists grant more on the caller's own items. */
function itemPermissions(call: SpCall, list: StoredList, row: ItemRow): Set<number> {
  const declared = list.permissions?.editOwn?.field;
  const ownFields: readonly string[] = declared === undefined ? [] : typeof declared === "string" ? [declared] : declared;
  // "Author" is SharePoint's built-in Created By, stored as AuthorId.
  const columnOf = (field: string) => (field === "Author" ? "AuthorId" : call.site.store.field(list, field)?.column);
  const own = ownFields.some((field) => {
    const column = columnOf(field);
    return column !== undefined && row[column] === call.request.caller.person.siteUserId;
  });
  return listPermissions(list.permissions, call.request.caller.roles, own);
}

export function oneItem(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  const row = itemOf(call, list);
  const entity = itemEntity(call.site, call.level, list, row, parseProjection(call.site, list, call.query.get("$select"), call.query.get("$expand")));
  return entityResponse(call.level, itemsMetadataUrl(call.site, list) + "/@Element", entity, 200, { ETag: etagOf(row) });
}

export function updateItem(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  const row = itemOf(call, list);
  if (!itemPermissions(call, list, row).has(PermissionKind.EditListItems)) throw spErrors.accessDenied();
  const updated = call.site.store.updateItem(list, row.Id, bodyToColumns(list, bodyOf(call)), call.request.caller.person.siteUserId, call.request.headers["if-match"]);
  return { status: 204, headers: { ETag: etagOf(updated) } };
}

export function deleteItem(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  const row = itemOf(call, list);
  if (!itemPermissions(call, list, row).has(PermissionKind.DeleteListItems)) throw spErrors.accessDenied();
  call.site.store.deleteItem(list, row.Id, call.request.headers["if-match"]);
  return { status: 200, headers: {} };
}

export function recycleItem(call: SpCall): ApiResponse {
  deleteItem(call);
  return valueResponse(call.level, "Recycle", randomUUID());
}

export function itemPermissionsOfCaller(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  return entityResponse(call.level, "", toBasePermissions(itemPermissions(call, list, itemOf(call, list))) as unknown as Record<string, unknown>);
}

export function itemVersions(call: SpCall): ApiResponse {
  const list = listOf(call);
  requireRead(call, list);
  const row = itemOf(call, list);
  const versions = call.site.store.versions(list, row.Id).map((v) => ({
    ...v.data,
    VersionId: v.version * 512,
    VersionLabel: `${v.version}.0`,
    IsCurrentVersion: v.version === row.Version,
    Created: v.modified,
    EditorId: v.editorId,
  }));
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.ListItemVersions"), versions, null);
}
