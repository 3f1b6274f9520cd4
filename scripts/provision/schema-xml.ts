import type { FieldDeclaration } from "../../manifest/schema";

/** Escapes text for an XML attribute value or element content (both quote kinds, so either delimiter is safe). */
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const bool = (value: boolean | undefined) => (value ? "TRUE" : "FALSE");

/** Attributes each kind needs on a real site beyond the common ones. */
function kindAttributes(field: FieldDeclaration, lookupListId: string | undefined): Record<string, string> {
  switch (field.kind) {
    case "Text":
      return { MaxLength: String(field.maxLength ?? 255) };
    case "Note":
      // Plain text only: list text is shown as text, never as HTML.
      return { NumLines: "6", RichText: "FALSE", RichTextMode: "Compatible", AppendOnly: "FALSE" };
    case "DateTime":
      return { Format: field.dateOnly ? "DateOnly" : "DateTime", FriendlyDisplayFormat: "Disabled" };
    case "Choice":
      return { Format: "Dropdown", FillInChoice: "FALSE" };
    case "MultiChoice":
      return { FillInChoice: "FALSE" };
    case "User":
      return { UserSelectionMode: "PeopleOnly", UserSelectionScope: "0", Mult: "FALSE" };
    case "Lookup":
      // SharePoint wants the target list's id; its title stands in until the list exists (dry run).
      return { List: lookupListId ? `{${lookupListId.replace(/[{}]/g, "")}}` : (field.lookupList ?? ""), ShowField: "Title" };
    case "URL":
      return { Format: "Hyperlink" };
    default:
      return {};
  }
}

/**
 * The `<Field …/>` schema XML that `fields.createFieldAsXml` takes. `Name` and `StaticName` carry
 * the internal name; SharePoint honours them only with AddFieldInternalNameHint (see apply.ts).
 */
export function fieldSchemaXml(field: FieldDeclaration, lookupListId?: string): string {
  const attributes: Record<string, string> = {
    Type: field.kind,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.title,
    Required: bool(field.required),
    ...(field.indexed ? { Indexed: "TRUE" } : {}),
    ...(field.description ? { Description: field.description } : {}),
    ...kindAttributes(field, lookupListId),
  };
  const open = `<Field ${Object.entries(attributes).map(([name, value]) => `${name}="${escapeXml(value)}"`).join(" ")}`;
  if (!field.choices?.length) return `${open} />`;
  const choices = field.choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join("");
  return `${open}><CHOICES>${choices}</CHOICES></Field>`;
}
