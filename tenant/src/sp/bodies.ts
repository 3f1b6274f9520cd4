/**
 * List and field bodies checked as SharePoint checks them: a property the type does not have is a
 * 400 naming it; a real property the tenant does not model is a 501 (unless it asks for what the
 * tenant does anyway, e.g. `AllowContentTypes: false`), so nothing is silently ignored.
 */
import type { FieldChanges } from "../store/lists";
import { spErrors } from "./errors";

export const LIST_TITLE_MAX_LENGTH = 255;

const isMetadata = (key: string) => key === "__metadata" || key.startsWith("@odata.") || key.startsWith("odata.");

/** SP.List properties the tenant has no behaviour for, with the value it behaves as if they had. */
const LIST_AS_IF: Readonly<Record<string, unknown>> = {
  AllowContentTypes: false,
  ContentTypesEnabled: false,
  EnableAttachments: false,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  ForceCheckout: false,
  Hidden: false,
  NoCrawl: false,
  OnQuickLaunch: false,
  IrmEnabled: false,
};

/** Real SP.List properties the tenant does not model at all: setting them is a 501. */
const LIST_UNMODELLED = [
  "DraftVersionVisibility",
  "MajorVersionLimit",
  "MajorWithMinorVersionsLimit",
  "ValidationFormula",
  "ValidationMessage",
  "IrmExpire",
  "IrmReject",
  "Direction",
  "DocumentTemplateUrl",
  "DefaultContentApprovalWorkflowId",
  "ReadSecurity",
  "WriteSecurity",
  "ExcludeFromOfflineClient",
  "DisableGridEditing",
  "EnableRequestSignOff",
  "CrawlNonDefaultViews",
  "TemplateFeatureId",
  "Url",
  "QuickLaunchOption",
  "TemplateType",
  "CustomSchemaXml",
  "DataSourceProperties",
];

export interface ListBody {
  readonly title?: string;
  readonly description?: string;
  readonly baseTemplate?: number;
  readonly versioning?: boolean;
}

const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

function expect(key: string, value: unknown, type: "string" | "boolean" | "number", edm: string): void {
  if (typeOf(value) !== type) throw spErrors.typeConversion(key, edm);
}

/** Reads a list create or update body (`lists.add`, `list.update`), refusing what SharePoint refuses. */
export function readListBody(body: Record<string, unknown>): ListBody {
  const out: { -readonly [K in keyof ListBody]: ListBody[K] } = {};
  for (const [key, value] of Object.entries(body)) {
    if (isMetadata(key)) continue;
    switch (key) {
      case "Title":
        expect(key, value, "string", "Edm.String");
        if ((value as string).length > LIST_TITLE_MAX_LENGTH) throw spErrors.listTitleTooLong(LIST_TITLE_MAX_LENGTH);
        out.title = value as string;
        break;
      case "Description":
        expect(key, value, "string", "Edm.String");
        out.description = value as string;
        break;
      case "EnableVersioning":
        expect(key, value, "boolean", "Edm.Boolean");
        out.versioning = value as boolean;
        break;
      case "BaseTemplate":
        expect(key, value, "number", "Edm.Int32");
        if (value !== 100) throw spErrors.notSupported(`lists with BaseTemplate ${String(value)} (only 100, a custom list, is served)`);
        out.baseTemplate = 100;
        break;
      default:
        if (Object.hasOwn(LIST_AS_IF, key)) {
          if (value !== LIST_AS_IF[key]) throw spErrors.notSupported(`${key}: ${JSON.stringify(value)} on lists`);
        } else if (LIST_UNMODELLED.includes(key)) {
          throw spErrors.notSupported(`setting ${key} on lists`);
        } else {
          throw spErrors.propertyNotOnType(key, "SP.List");
        }
    }
  }
  return out;
}

/** Field properties that are SharePoint's to set: writing them is refused. */
const FIELD_READ_ONLY = ["Id", "InternalName", "StaticName", "EntityPropertyName", "TypeAsString", "FieldTypeKind", "ReadOnlyField", "FromBaseType", "CanBeDeleted", "Sortable", "Filterable", "Scope"];
/** Real field properties the tenant does not model: setting them is a 501. */
const FIELD_UNMODELLED = ["DefaultValue", "DefaultFormula", "Hidden", "ValidationFormula", "ValidationMessage", "JSLink", "Group", "CustomFormatter", "ClientSideComponentId", "ClientSideComponentProperties", "MaxLength", "Formula", "OutputType", "SchemaXml", "Direction", "ShowInFiltersPane", "NoCrawl"];

/** Reads a field update body (`field.update`), refusing what SharePoint refuses. */
export function readFieldChanges(body: Record<string, unknown>, entityType: string, isChoice: boolean): FieldChanges {
  const changes: { -readonly [K in keyof FieldChanges]: FieldChanges[K] } = {};
  for (const [key, value] of Object.entries(body)) {
    if (isMetadata(key)) continue;
    switch (key) {
      case "Title":
      case "Description":
        expect(key, value, "string", "Edm.String");
        changes[key === "Title" ? "title" : "description"] = value as string;
        break;
      case "Required":
      case "Indexed":
      case "EnforceUniqueValues":
        expect(key, value, "boolean", "Edm.Boolean");
        changes[key === "Required" ? "required" : key === "Indexed" ? "indexed" : "unique"] = value as boolean;
        break;
      case "Choices":
      case "FillInChoice": {
        if (!isChoice) throw spErrors.propertyNotOnType(key, entityType);
        if (key === "FillInChoice") {
          expect(key, value, "boolean", "Edm.Boolean");
          changes.fillIn = value as boolean;
          break;
        }
        const choices = Array.isArray(value) ? value : (value as { results?: unknown } | null)?.results;
        if (!Array.isArray(choices) || choices.some((c) => typeof c !== "string")) throw spErrors.typeConversion(key, "Collection(Edm.String)");
        changes.choices = choices as string[];
        break;
      }
      default:
        if (FIELD_READ_ONLY.includes(key)) throw spErrors.readOnlyProperty(key);
        if (FIELD_UNMODELLED.includes(key)) throw spErrors.notSupported(`changing ${key} on fields`);
        throw spErrors.propertyNotOnType(key, entityType);
    }
  }
  return changes;
}
