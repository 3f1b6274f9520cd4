import type { ApiResponse } from "../../http-types";
import { PermissionKind } from "../../identity/permissions";
import { bodyOf, fieldOf, listOf, type SpCall } from "../call";
import { fieldEntity, metadataUrl } from "../entities";
import { fieldFromCreationInfo, fieldFromSchemaXml } from "../field-xml";
import { collectionResponse, entityResponse } from "../format";
import { requireListPermission } from "./lists";

export function listFields(call: SpCall): ApiResponse {
  const list = listOf(call);
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields"), list.fields.map((f) => fieldEntity(call.site, call.level, list, f)), null);
}

/** `fields.add()`: a creation body with FieldTypeKind, answered 201. */
export function addField(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  const list = listOf(call);
  const field = call.site.store.addField(list.id, fieldFromCreationInfo(bodyOf(call)));
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields/@Element"), fieldEntity(call.site, call.level, call.site.store.byId(list.id)!, field), 201);
}

/** `fields.createFieldAsXml()` and `fields.addField()`: a method call answered 200. */
export function addFieldByMethod(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  const list = listOf(call);
  const body = bodyOf(call);
  const params = (body.parameters ?? {}) as { SchemaXml?: string; Options?: number };
  const declaration = call.params.method!.toLowerCase() === "createfieldasxml"
    ? fieldFromSchemaXml(params.SchemaXml ?? "", (id) => call.site.store.byId(id)?.title, Number(params.Options ?? 0))
    : fieldFromCreationInfo(body);
  const field = call.site.store.addField(list.id, declaration);
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields/@Element"), fieldEntity(call.site, call.level, call.site.store.byId(list.id)!, field));
}

export function oneField(call: SpCall): ApiResponse {
  const list = listOf(call);
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields/@Element"), fieldEntity(call.site, call.level, list, fieldOf(call, list)));
}

export function updateField(call: SpCall): ApiResponse {
  const list = listOf(call);
  const field = fieldOf(call, list);
  requireListPermission(call, PermissionKind.ManageLists);
  call.site.store.updateField(list, field, bodyOf(call) as { Title?: string; Indexed?: boolean });
  return { status: 204, headers: {} };
}
