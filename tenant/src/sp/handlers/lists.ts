import type { ApiResponse } from "../../http-types";
import { listPermissions, PermissionKind, toBasePermissions, webPermissions } from "../../identity/permissions";
import { readListBody } from "../bodies";
import { bodyOf, listOf, type SpCall } from "../call";
import { metadataUrl } from "../entities";
import { projectOne, queryCollection } from "../entity-query";
import { spErrors } from "../errors";
import { collectionResponse, entityResponse } from "../format";
import { LIST_TYPE, listEntity } from "../site-entities";

/** Throws SharePoint's 403 unless the caller may do this to the route's list. */
export function requireListPermission(call: SpCall, kind: number): void {
  const list = listOf(call);
  if (!listPermissions(list.permissions, call.request.caller.roles).has(kind)) throw spErrors.accessDenied();
}

export function allLists(call: SpCall): ApiResponse {
  const lists = call.site.store.all().map((l) => listEntity(call.site, l));
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists"), queryCollection(call.level, LIST_TYPE, lists, call.query), null);
}

export function createList(call: SpCall): ApiResponse {
  if (!webPermissions(call.request.caller.roles).has(PermissionKind.ManageLists)) throw spErrors.accessDenied();
  const body = readListBody(bodyOf(call));
  const list = call.site.store.createList({ title: body.title ?? "", description: body.description ?? "", baseTemplate: body.baseTemplate ?? 100, versioning: body.versioning === true });
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists/@Element"), projectOne(call.level, LIST_TYPE, listEntity(call.site, list), call.query), 201);
}

export function oneList(call: SpCall): ApiResponse {
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists/@Element"), projectOne(call.level, LIST_TYPE, listEntity(call.site, listOf(call)), call.query));
}

export function updateList(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  const body = readListBody(bodyOf(call));
  if (body.title !== undefined && !body.title.trim()) throw spErrors.listTitleEmpty();
  call.site.store.updateList(listOf(call), { Title: body.title, Description: body.description, EnableVersioning: body.versioning });
  return { status: 204, headers: {} };
}

export function deleteList(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  call.site.store.deleteList(listOf(call));
  return { status: 200, headers: {} };
}

export function listPermissionsOfCaller(call: SpCall): ApiResponse {
  const list = listOf(call);
  return entityResponse(call.level, "", toBasePermissions(listPermissions(list.permissions, call.request.caller.roles)) as unknown as Record<string, unknown>);
}
