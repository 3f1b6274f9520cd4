import type { StoredField, StoredList } from "../store/lists";
import { ListError } from "../store/lists";

const INVALID_QUERY = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";

export function itemTypeName(list: StoredList): string {
  const segment = list.url.split("/").pop() ?? list.title;
  return `SP.Data.${segment.replace(/[^A-Za-z0-9]/g, "")}ListItem`;
}

/** SharePoint keeps dates as UTC to the second: `2026-11-25T00:00:00Z`. */
export function normaliseDate(value: string): string | null {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function typeError(field: StoredField, edmType: string): ListError {
  return new ListError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}' for the property '${field.column}'. See the inner exception for more details.`);
}

/** Converts a JSON value from a request body into what the column stores, or throws SharePoint's 400. */
export function toColumnValue(field: StoredField, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (field.kind) {
    case "Text":
    case "Note":
    case "Choice": {
      if (typeof raw !== "string") throw typeError(field, "Edm.String");
      const max = field.kind === "Text" ? (field.maxLength ?? 255) : field.kind === "Note" ? 1_000_000 : 255;
      if (raw.length > max) {
        throw new ListError(400, "-2130575162, Microsoft.SharePoint.SPFieldValidationException", `The value of the field '${field.title}' is longer than ${max} characters.`);
      }
      return raw === "" ? null : raw;
    }
    case "Number": {
      const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n)) throw typeError(field, "Edm.Double");
      return n;
    }
    case "Boolean":
      if (typeof raw !== "boolean") throw typeError(field, "Edm.Boolean");
      return raw ? 1 : 0;
    case "DateTime": {
      const iso = typeof raw === "string" ? normaliseDate(raw) : null;
      if (!iso) throw typeError(field, "Edm.DateTime");
      return iso;
    }
    case "User":
    case "Lookup": {
      const n = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isInteger(n)) throw typeError(field, "Edm.Int32");
      return n;
    }
    case "MultiChoice": {
      const values = Array.isArray(raw) ? raw : (raw as { results?: unknown }).results;
      if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) throw typeError(field, "Collection(Edm.String)");
      return JSON.stringify(values);
    }
    case "URL": {
      const url = raw as { Url?: unknown; Description?: unknown };
      if (typeof url !== "object" || typeof url.Url !== "string") throw typeError(field, "SP.FieldUrlValue");
      return JSON.stringify({ Url: url.Url, Description: typeof url.Description === "string" ? url.Description : url.Url });
    }
  }
}

/** Converts a stored column value into its JSON form on the wire. */
export function toWireValue(field: StoredField, stored: unknown): unknown {
  if (stored === null || stored === undefined) return field.kind === "MultiChoice" ? [] : null;
  switch (field.kind) {
    case "Boolean":
      return stored === 1;
    case "MultiChoice":
    case "URL":
      return JSON.parse(stored as string);
    default:
      return stored;
  }
}

/** Converts a body of field values (wire names) into column values, rejecting unknown properties. */
export function bodyToColumns(list: StoredList, body: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "__metadata" || key.startsWith("odata.") || key.startsWith("@odata")) continue;
    const field = list.fields.find((f) => f.column.toLowerCase() === key.toLowerCase());
    if (!field) {
      throw new ListError(400, INVALID_QUERY, `The property '${key}' does not exist on type '${itemTypeName(list)}'. Make sure to only use property names that are defined by the type.`);
    }
    columns[field.column] = toColumnValue(field, value);
  }
  return columns;
}
