import { FIELD_KINDS } from "../../../../manifest/field-kinds";
import type { ApiResponse } from "../../http-types";
import { PermissionKind } from "../../identity/permissions";
import type { StoredField, StoredList } from "../../store/lists";
import { readFieldChanges } from "../bodies";
import { bodyOf, listOf, type SpCall } from "../call";
import { metadataUrl } from "../entities";
import { projectOne, queryCollection } from "../entity-query";
import { spErrors } from "../errors";
import { fieldFromCreationInfo, fieldFromSchemaXml } from "../field-xml";
import { collectionResponse, entityResponse } from "../format";
import { type BuiltInField, builtInField, FIELD_TYPE, fieldEntities, fieldEntity } from "../site-entities";
import { requireListPermission } from "./lists";

export function listFields(call: SpCall): ApiResponse {
  const list = listOf(call);
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields"), queryCollection(call.level, FIELD_TYPE, fieldEntities(call.site, list), call.query), null);
}

function created(call: SpCall, list: StoredList, field: StoredField, status: number): ApiResponse {
  const fresh = call.site.store.byId(list.id)!;
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields/@Element"), projectOne(call.level, FIELD_TYPE, fieldEntity(call.site, fresh, field), call.query), status);
}

/** `fields.add()`: a creation body with FieldTypeKind, answered 201. */
export function addField(call: SpCall): ApiResponse {
  requireListPermission(call, PermissionKind.ManageLists);
  const list = listOf(call);
  return created(call, list, call.site.store.addField(list.id, fieldFromCreationInfo(bodyOf(call))), 201);
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
  return created(call, list, call.site.store.addField(list.id, declaration), 200);
}

/** The field a route names (internal name, title or id), built-in ones included, or SharePoint's 404. */
function fieldOrBuiltIn(call: SpCall, list: StoredList): StoredField | BuiltInField {
  const { fieldName, fieldTitle, fieldId, fieldGuid } = call.params;
  const byName = (fieldName ?? fieldTitle)?.replace(/''/g, "'");
  const id = (fieldId ?? fieldGuid)?.toLowerCase();
  const declared =
    byName !== undefined ? (call.site.store.field(list, byName) ?? list.fields.find((f) => f.title === byName)) : list.fields.find((f) => f.id === id);
  const found = declared ?? builtInField({ name: byName, id });
  if (!found) throw spErrors.fieldNotFound(byName ?? id ?? "");
  return found;
}

/** A declared field that may be changed: built-in ones (and Title's type) are SharePoint's. */
function changeableField(call: SpCall, list: StoredList): StoredField {
  const field = fieldOrBuiltIn(call, list);
  if ("InternalName" in field) throw spErrors.builtInFieldCannotChange(field.InternalName);
  return field;
}

export function oneField(call: SpCall): ApiResponse {
  const list = listOf(call);
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Fields/@Element"), projectOne(call.level, FIELD_TYPE, fieldEntity(call.site, list, fieldOrBuiltIn(call, list)), call.query));
}

export function updateField(call: SpCall): ApiResponse {
  const list = listOf(call);
  const field = changeableField(call, list);
  requireListPermission(call, PermissionKind.ManageLists);
  const kind = FIELD_KINDS[field.kind];
  const changes = readFieldChanges(bodyOf(call), kind.entityType, field.kind === "Choice" || field.kind === "MultiChoice");
  if ((changes.unique ?? field.unique) && !(changes.indexed ?? field.indexed)) throw spErrors.uniqueNeedsIndex(field.name);
  call.site.store.updateField(list, field, changes);
  return { status: 204, headers: {} };
}

export function deleteField(call: SpCall): ApiResponse {
  const list = listOf(call);
  const field = changeableField(call, list);
  if (field.name === "Title") throw spErrors.builtInFieldCannotChange("Title");
  requireListPermission(call, PermissionKind.ManageLists);
  call.site.store.deleteField(list, field);
  return { status: 200, headers: {} };
}
