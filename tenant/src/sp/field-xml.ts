import { fieldKindByName, fieldKindByNumber, type ParsedSchemaXml } from "../../../manifest/field-kinds";
import type { FieldDeclaration } from "../../../manifest/schema";
import { spErrors } from "./errors";

/** SharePoint field types (TypeAsString → FieldTypeKind) that exist but that the tenant does not serve. */
const UNSERVED_TYPES: Readonly<Record<string, number>> = {
  Counter: 5,
  Computed: 12,
  Threading: 13,
  Guid: 14,
  GridChoice: 16,
  File: 18,
  Attachments: 19,
  Recurrence: 21,
  CrossProjectLink: 22,
  ModStat: 23,
  ContentTypeId: 25,
  WorkflowStatus: 28,
  AllDayEvent: 29,
  WorkflowEventType: 30,
  Geolocation: 31,
  Location: 33,
  Image: 34,
  Thumbnail: 35,
  LookupMulti: 7,
  UserMulti: 20,
  TaxonomyFieldType: 0,
  TaxonomyFieldTypeMulti: 0,
};
const UNSERVED_BY_NUMBER = new Map(Object.entries(UNSERVED_TYPES).filter(([name, n]) => n > 0 && !["LookupMulti", "UserMulti"].includes(name)).map(([name, n]) => [n, name]));

const unservedType = (name: string) => spErrors.notSupported(`${name} fields`);

/** A unique column must be indexed, as SharePoint requires before it enforces unique values. */
function checkUnique(field: FieldDeclaration): FieldDeclaration {
  if (field.unique && !field.indexed) throw spErrors.uniqueNeedsIndex(field.name);
  return field;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** SP.AddFieldOptions.AddFieldInternalNameHint: only with it does SharePoint keep the XML's Name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** SharePoint's internal name for a display name: other characters become `_xHHHH_`, cut to 32. */
export function internalNameFromDisplayName(displayName: string): string {
  const encoded = [...displayName].map((ch) => (/[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, "0")}_`)).join("");
  return encoded.slice(0, 32);
}

function parseSchemaXml(xml: string): ParsedSchemaXml | undefined {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) return undefined;
  const attributes: Record<string, string> = {};
  for (const m of open[1]!.matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g)) attributes[m[1]!.toLowerCase()] = decodeXml(m[2]!);
  const texts = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "gi"))].map((m) => decodeXml(m[1]!));
  return { attributes, texts };
}

/**
 * Reads the `<Field …/>` schema XML that `fields.createFieldAsXml` sends (the subset we provision with).
 * Like SharePoint, the XML's Name is honoured only with AddFieldInternalNameHint in `options`.
 */
export function fieldFromSchemaXml(xml: string, listTitleById: (id: string) => string | undefined, options = 0): FieldDeclaration {
  const parsed = parseSchemaXml(xml);
  if (!parsed) throw spErrors.badFieldDefinition("The field schema XML is not valid.");
  const { attributes: attrs } = parsed;
  const type = attrs.type ?? "";
  if (Object.hasOwn(UNSERVED_TYPES, type)) throw unservedType(type);
  const kind = fieldKindByName(type);
  if (!kind) throw spErrors.fieldTypeNotInstalled(type);
  if (attrs.mult?.toUpperCase() === "TRUE") throw unservedType(`multi-value ${type}`);
  const hinted = attrs.name ?? attrs.staticname;
  const displayName = attrs.displayname ?? hinted;
  if (!hinted && !displayName) throw spErrors.badFieldDefinition("The field schema XML has no Name or DisplayName.");
  const name = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 && hinted ? hinted : internalNameFromDisplayName(displayName!);
  const specific = kind.fromSchemaXml(parsed);
  return checkUnique({
    name,
    title: displayName ?? name,
    kind: kind.kind,
    required: attrs.required?.toUpperCase() === "TRUE",
    indexed: attrs.indexed?.toUpperCase() === "TRUE",
    ...(attrs.enforceuniquevalues?.toUpperCase() === "TRUE" ? { unique: true } : {}),
    description: attrs.description,
    ...specific,
    ...(specific.choices?.length === 0 ? { choices: undefined } : {}),
    ...(specific.lookupList ? { lookupList: listTitleById(specific.lookupList) ?? specific.lookupList } : {}),
  });
}

/** Properties of a creation body (SP.FieldCreationInformation and the SP.Field* types PnPjs sends). */
const CREATION_PROPERTIES = new Set([
  "Title", "FieldTypeKind", "Required", "Indexed", "EnforceUniqueValues", "Description", "StaticName", "Group",
  "MaxLength", "Choices", "FillInChoice", "EditFormat", "DisplayFormat", "DateTimeCalendarType", "FriendlyDisplayFormat",
  "MinimumValue", "MaximumValue", "CurrencyLocaleId", "Formula", "OutputType", "SelectionMode", "SelectionGroup", "AllowMultipleValues",
  "LookupListId", "LookupFieldName", "LookupWebId", "RichText", "NumberOfLines", "AppendOnly", "UnlimitedLengthInDocumentLibrary", "RestrictedMode",
]);
const CREATION_UNMODELLED = new Set(["DefaultValue", "DefaultFormula", "ValidationFormula", "ValidationMessage", "Hidden", "JSLink", "SchemaXml", "CustomFormatter"]);

/** Reads the body of `fields.add()` / `fields.addField()` (FieldTypeKind, Title, and type properties). */
export function fieldFromCreationInfo(body: Record<string, unknown>): FieldDeclaration {
  const info = (body.parameters as Record<string, unknown> | undefined) ?? body;
  const typeKind = Number(info.FieldTypeKind);
  const unserved = UNSERVED_BY_NUMBER.get(typeKind);
  if (unserved) throw unservedType(unserved);
  const kind = fieldKindByNumber(typeKind);
  const title = typeof info.Title === "string" ? info.Title : "";
  if (!kind) throw spErrors.badFieldDefinition(`FieldTypeKind '${String(info.FieldTypeKind)}' is not a field type.`);
  if (!title) throw spErrors.badFieldDefinition("The field needs a Title.");
  for (const key of Object.keys(info)) {
    if (key === "__metadata" || key.startsWith("@odata.") || CREATION_PROPERTIES.has(key)) continue;
    if (CREATION_UNMODELLED.has(key)) throw spErrors.notSupported(`${key} on new fields`);
    throw spErrors.propertyNotOnType(key, kind.entityType);
  }
  if (info.AllowMultipleValues === true) throw unservedType(`multi-value ${kind.kind}`);
  return checkUnique({
    name: title.replace(/[^A-Za-z0-9_]/g, ""),
    title,
    kind: kind.kind,
    required: info.Required === true,
    indexed: info.Indexed === true,
    ...(info.EnforceUniqueValues === true ? { unique: true } : {}),
    ...kind.fromCreationInfo(info),
  });
}
