import { fieldKindByName, fieldKindByNumber, type ParsedSchemaXml } from "../../../manifest/field-kinds";
import type { FieldDeclaration } from "../../../manifest/schema";
import { spErrors } from "./errors";

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
  const kind = fieldKindByName(attrs.type ?? "");
  if (!kind) throw spErrors.badFieldDefinition(`Field type '${attrs.type ?? ""}' is not supported.`);
  const hinted = attrs.name ?? attrs.staticname;
  const displayName = attrs.displayname ?? hinted;
  if (!hinted && !displayName) throw spErrors.badFieldDefinition("The field schema XML has no Name or DisplayName.");
  const name = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 && hinted ? hinted : internalNameFromDisplayName(displayName!);
  const specific = kind.fromSchemaXml(parsed);
  return {
    name,
    title: displayName ?? name,
    kind: kind.kind,
    required: attrs.required?.toUpperCase() === "TRUE",
    indexed: attrs.indexed?.toUpperCase() === "TRUE",
    description: attrs.description,
    ...specific,
    ...(specific.choices?.length === 0 ? { choices: undefined } : {}),
    ...(specific.lookupList ? { lookupList: listTitleById(specific.lookupList) ?? specific.lookupList } : {}),
  };
}

/** Reads the body of `fields.add()` / `fields.addField()` (FieldTypeKind, Title, and type properties). */
export function fieldFromCreationInfo(body: Record<string, unknown>): FieldDeclaration {
  const info = (body.parameters as Record<string, unknown> | undefined) ?? body;
  const kind = fieldKindByNumber(Number(info.FieldTypeKind));
  const title = typeof info.Title === "string" ? info.Title : "";
  if (!kind) throw spErrors.badFieldDefinition(`FieldTypeKind '${String(info.FieldTypeKind)}' is not supported.`);
  if (!title) throw spErrors.badFieldDefinition("The field needs a Title.");
  return {
    name: title.replace(/[^A-Za-z0-9_]/g, ""),
    title,
    kind: kind.kind,
    required: info.Required === true,
    indexed: info.Indexed === true,
    ...kind.fromCreationInfo(info),
  };
}
