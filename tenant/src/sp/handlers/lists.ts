import type { ApiResponse } from "../../http-types";
import { listPermissions, PermissionKind, toBasePermissions, webPermissions } from "../../identity/permissions";
import { bodyOf, listOf, type SpCall } from "../call";
import { listEntity, metadataUrl } from "../entities";
import { spErrors } from "../errors";
import { collectionResponse, entityResponse } from "../format";

/** Throws SharePoint's 403 unless the caller may manage the list. */
export function requireListPermission(call: SpCall, kind: number): void {
  const list = listOf(call);
  if (!listPermissions(list.permissions, call.request.caller.roles).has(kind)) throw spErrors.accessDenied();
}

export function allLists(call: SpCall): ApiResponse {
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists"), call.site.store.all().map((l) => listEntity(call.site, call.level, l)), null);
}

export function createList(call: SpCall): ApiResponse {
  if (!webPermissions(call.request.caller.roles).has(PermissionKind.ManageLists)) throw spErrors.accessDenied();
  const body = bodyOf(call);
  const list = call.site.store.createList({
    title: String(body.Title ?? ""),
    description: typeof body.Description === "string" ? body.Description : "",
    baseTemplate: typeof body.BaseTemplate === "number" ? body.BaseTemplate : 100,
    versioning: body.EnableVersioning === true,
  });
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists/@Element"), listEntity(call.site, call.level, list), 201);
}

export function oneList(call: SpCall): ApiResponse {
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Lists/@Element"), listEntity(call.site, call.level, listOf(call)));
}

export function updateList(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  call.site.store.updateList(listOf(call), bodyOf(call) as { Title?: string; Description?: string; EnableVersioning?: boolean });
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
