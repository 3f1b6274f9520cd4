import { FIELD_KINDS } from "../../../manifest/field-kinds";
import type { StoredField, StoredList } from "../store/lists";
import { spErrors } from "./errors";

export { normaliseDate } from "../../../manifest/field-kinds";

export function itemTypeName(list: StoredList): string {
  const segment = list.url.split("/").pop() ?? list.title;
  return `SP.Data.${segment.replace(/[^A-Za-z0-9]/g, "")}ListItem`;
}

/** Converts a JSON value from a request body into what the column stores, or throws SharePoint's 400. */
export function toColumnValue(field: StoredField, raw: unknown): unknown {
  if (FIELD_KINDS[field.kind].readOnly) throw spErrors.readOnlyProperty(field.column);
  if (raw === null || raw === undefined) return null;
  const converted = FIELD_KINDS[field.kind].fromBody(raw, field);
  if (converted.ok) return converted.value;
  switch (converted.problem) {
    case "type":
      throw spErrors.typeConversion(field.column, converted.edmType);
    case "too-long":
      throw spErrors.valueTooLong(field.title, converted.maxLength);
    case "out-of-range":
      throw spErrors.valueOutOfRange(field.title, converted.minimum, converted.maximum);
    case "read-only":
      throw spErrors.readOnlyProperty(field.column);
    case "not-a-choice":
      throw spErrors.notAChoice(field.title, converted.value);
  }
}

/** Converts a stored column value into its JSON form on the wire. */
export function toWireValue(field: StoredField, stored: unknown): unknown {
  const kind = FIELD_KINDS[field.kind];
  return stored === null || stored === undefined ? kind.emptyWire : kind.toWire(stored, field);
}

/** Converts a body of field values (wire names) into column values, rejecting unknown properties. */
export function bodyToColumns(list: StoredList, body: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "__metadata" || key.startsWith("odata.") || key.startsWith("@odata")) continue;
    const field = list.fields.find((f) => f.column.toLowerCase() === key.toLowerCase());
    if (!field) throw spErrors.propertyNotOnType(key, itemTypeName(list));
    columns[field.column] = toColumnValue(field, value);
  }
  return columns;
}
