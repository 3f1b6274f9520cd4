import { FIELD_KINDS, type XmlElement } from "../../manifest/field-kinds";
import type { FieldDeclaration } from "../../manifest/schema";

/** Escapes text for an XML attribute value or element content (both quote kinds, so either delimiter is safe). */
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const bool = (value: boolean | undefined) => (value ? "TRUE" : "FALSE");

function element(node: XmlElement): string {
  const inner = node.children ? node.children.map(element).join("") : escapeXml(node.text ?? "");
  return `<${node.tag}>${inner}</${node.tag}>`;
}

/**
 * The `<Field …/>` schema XML that `fields.createFieldAsXml` takes. `Name` and `StaticName` carry
 * the internal name; SharePoint honours them only with AddFieldInternalNameHint (see apply.ts).
 * What each kind adds (MaxLength, CHOICES, List…) comes from the field kinds table.
 */
export function fieldSchemaXml(field: FieldDeclaration, lookupListId?: string): string {
  const specific = FIELD_KINDS[field.kind].schemaXml(field, lookupListId);
  const attributes: Record<string, string> = {
    Type: field.kind,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.title,
    Required: bool(field.required),
    ...(field.indexed ? { Indexed: "TRUE" } : {}),
    // SharePoint enforces unique values only on an indexed column; the declaration says both.
    ...(field.unique ? { EnforceUniqueValues: "TRUE" } : {}),
    ...(field.description ? { Description: field.description } : {}),
    ...specific.attributes,
  };
  const open = `<Field ${Object.entries(attributes).map(([name, value]) => `${name}="${escapeXml(value)}"`).join(" ")}`;
  if (!specific.elements?.length) return `${open} />`;
  return `${open}>${specific.elements.map(element).join("")}</Field>`;
}
