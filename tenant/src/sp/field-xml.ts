import type { FieldDeclaration, FieldKind } from "../../../manifest/schema";
import { FIELD_TYPE_KIND, ListError } from "../store/lists";

const KINDS = new Set<FieldKind>(["Text", "Note", "Number", "DateTime", "Boolean", "Choice", "MultiChoice", "User", "Lookup", "URL"]);
const KIND_BY_TYPE_KIND = new Map(Object.entries(FIELD_TYPE_KIND).map(([kind, n]) => [n, kind as FieldKind]));

const decodeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function badField(message: string): ListError {
  return new ListError(400, "-2147024809, System.ArgumentException", message);
}

/** SP.AddFieldOptions.AddFieldInternalNameHint: only with it does SharePoint keep the XML's Name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** SharePoint's internal name for a display name: other characters become `_xHHHH_`, cut to 32. */
export function internalNameFromDisplayName(displayName: string): string {
  const encoded = [...displayName].map((ch) => (/[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, "0")}_`)).join("");
  return encoded.slice(0, 32);
}

/**
 * Reads the `<Field …/>` schema XML that `fields.createFieldAsXml` sends (the subset we provision with).
 * Like SharePoint, the XML's Name is honoured only with AddFieldInternalNameHint in `options`.
 */
export function fieldFromSchemaXml(xml: string, listTitleById: (id: string) => string | undefined, options = 0): FieldDeclaration {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw badField("The field schema XML is not valid.");
  const attrs: Record<string, string> = {};
  for (const m of open[1]!.matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g)) attrs[m[1]!.toLowerCase()] = decodeXml(m[2]!);
  const type = attrs.type as FieldKind | undefined;
  if (!type || !KINDS.has(type)) throw badField(`Field type '${attrs.type ?? ""}' is not supported.`);
  const hinted = attrs.name ?? attrs.staticname;
  const displayName = attrs.displayname ?? hinted;
  if (!hinted && !displayName) throw badField("The field schema XML has no Name or DisplayName.");
  const name = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 && hinted ? hinted : internalNameFromDisplayName(displayName!);
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]!));
  const listRef = attrs.list?.replace(/[{}]/g, "");
  return {
    name,
    title: displayName ?? name,
    kind: type,
    required: attrs.required?.toUpperCase() === "TRUE",
    indexed: attrs.indexed?.toUpperCase() === "TRUE",
    maxLength: attrs.maxlength ? Number(attrs.maxlength) : undefined,
    dateOnly: attrs.format === "DateOnly",
    choices: choices.length ? choices : undefined,
    lookupList: listRef ? (listTitleById(listRef) ?? listRef) : undefined,
    description: attrs.description,
  };
}

/** Reads the body of `fields.add()` / `fields.addField()` (FieldTypeKind, Title, and type properties). */
export function fieldFromCreationInfo(body: Record<string, unknown>): FieldDeclaration {
  const info = (body.parameters as Record<string, unknown> | undefined) ?? body;
  const kind = KIND_BY_TYPE_KIND.get(Number(info.FieldTypeKind));
  const title = typeof info.Title === "string" ? info.Title : "";
  if (!kind) throw badField(`FieldTypeKind '${String(info.FieldTypeKind)}' is not supported.`);
  if (!title) throw badField("The field needs a Title.");
  const rawChoices = info.Choices as { results?: string[] } | string[] | undefined;
  const choices = Array.isArray(rawChoices) ? rawChoices : rawChoices?.results;
  return {
    name: title.replace(/[^A-Za-z0-9_]/g, ""),
    title,
    kind,
    required: info.Required === true,
    indexed: info.Indexed === true,
    maxLength: typeof info.MaxLength === "number" ? info.MaxLength : undefined,
    choices,
    dateOnly: info.DisplayFormat === 0,
    lookupList: typeof info.LookupListId === "string" ? info.LookupListId : undefined,
  };
}
