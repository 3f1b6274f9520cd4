import type { ColumnProfile, FieldDescriptor, FieldType, TableProfile, TableSchema } from "../../quality";

/**
 * An asset's schema is a Frictionless Table Schema, the same document the validation engine runs,
 * so one schema documents the data and validates it. What the register adds to each field are three
 * prefixed properties (Table Schema allows prefixed extensions; other tools ignore them):
 * whether it is personal data, the glossary term it means, and the national standard it maps to.
 * Everything else a field holds (constraints, `dq:` rules) is kept as it is when the register edits it.
 */
export const PERSONAL_DATA = "dh:personalData";
export const GLOSSARY_TERM = "dh:glossaryTerm";
export const NATIONAL_STANDARD = "dh:standard";

/** The most a SharePoint list's multiple-lines-of-text column holds (63,999 characters). */
export const MAX_SCHEMA_CHARACTERS = 63_999;

export type { FieldType, TableSchema };

/**
 * The parts of the validation engine a schema is built with: its check, its error and its field
 * types. Passed in, so the engine's code is fetched only when someone edits a schema.
 */
export type SchemaEngine = Pick<typeof import("../../quality"), "checkSchema" | "SchemaError" | "FIELD_TYPES">;

/** One row of the schema editor. */
export interface SchemaFieldRow {
  name: string;
  type: FieldType;
  description: string;
  personal: boolean;
  term: string;
  standard: string;
  /** The field's descriptor as it was read, so properties the editor does not show survive an edit. */
  original?: FieldDescriptor;
}

const textProperty = (field: FieldDescriptor, key: `${string}:${string}`) => {
  const value = field[key];
  return typeof value === "string" ? value : "";
};

export function rowsOf(schema: TableSchema | null): SchemaFieldRow[] {
  return (schema?.fields ?? []).map((field) => ({
    name: field.name,
    type: field.type ?? "string",
    description: field.description ?? "",
    personal: field[PERSONAL_DATA] === true,
    term: textProperty(field, GLOSSARY_TERM),
    standard: textProperty(field, NATIONAL_STANDARD),
    original: field,
  }));
}

export const emptyRow = (): SchemaFieldRow => ({ name: "", type: "string", description: "", personal: false, term: "", standard: "" });

/** A row as a field descriptor: the editor's properties over whatever the field held before. */
function descriptorOf(row: SchemaFieldRow): FieldDescriptor {
  const field: FieldDescriptor = { ...(row.original ?? {}), name: row.name.trim(), type: row.type };
  // A format belongs to its type (%d/%m/%Y to dates, email to strings): a new type starts without one.
  if ((row.original?.type ?? "string") !== row.type) delete field.format;
  const properties = field as unknown as Record<string, unknown>;
  const set = (key: "description" | typeof GLOSSARY_TERM | typeof NATIONAL_STANDARD, value: string) => {
    if (value.trim()) properties[key] = value.trim();
    else delete properties[key];
  };
  set("description", row.description);
  set(GLOSSARY_TERM, row.term);
  set(NATIONAL_STANDARD, row.standard);
  if (row.personal) field[PERSONAL_DATA] = true;
  else delete field[PERSONAL_DATA];
  return field;
}

/** Problems per row (by position) and for the whole schema, in words that name the field. */
export interface SchemaProblems {
  rows: Record<number, string>;
  overall: string[];
}

/**
 * Builds the schema from the editor's rows, keeping the schema's other properties (keys, rule
 * thresholds), and checks it with the validation engine's own check. Throws nothing: problems come back.
 */
export function schemaFromRows(engine: SchemaEngine, base: TableSchema | null, rows: readonly SchemaFieldRow[], title: string): { schema: TableSchema | null; json: string; problems: SchemaProblems } {
  const problems: SchemaProblems = { rows: {}, overall: [] };
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const name = row.name.trim();
    if (!name) problems.rows[i] = `Field ${i + 1} has no name.`;
    else if (seen.has(name.toLowerCase())) problems.rows[i] = `Field ${i + 1}: the name "${name}" is already used by field ${seen.get(name.toLowerCase())! + 1}.`;
    else seen.set(name.toLowerCase(), i);
    if (!engine.FIELD_TYPES.includes(row.type)) problems.rows[i] = `Field ${i + 1} ("${name}"): choose a type from the list.`;
  });
  if (rows.length === 0) problems.overall.push("Add at least one field.");
  if (Object.keys(problems.rows).length || problems.overall.length) return { schema: null, json: "", problems };

  const names = new Set(rows.map((r) => r.name.trim()));
  const keep = <T>(value: T | undefined, usable: (v: T) => boolean) => (value !== undefined && usable(value) ? value : undefined);
  const asList = (v: string[] | string) => (Array.isArray(v) ? v : [v]);
  const schema: TableSchema = {
    ...(base ?? {}),
    title: base?.title ?? title,
    fields: rows.map(descriptorOf),
  };
  // A renamed or removed field takes its keys with it, rather than leave a key naming nothing.
  const primaryKey = keep(schema.primaryKey, (k) => asList(k).every((n) => names.has(n)));
  if (primaryKey === undefined) delete schema.primaryKey;
  if (schema.uniqueKeys) schema.uniqueKeys = schema.uniqueKeys.filter((k) => k.every((n) => names.has(n)));
  if (schema.foreignKeys) schema.foreignKeys = schema.foreignKeys.filter((k) => asList(k.fields).every((n) => names.has(n)));

  try {
    engine.checkSchema(schema);
  } catch (error) {
    if (error instanceof engine.SchemaError) return { schema: null, json: "", problems: { rows: {}, overall: [...error.problems].map(sentence) } };
    throw error;
  }
  const json = JSON.stringify(schema, null, 2);
  if (json.length > MAX_SCHEMA_CHARACTERS) {
    problems.overall.push(`This schema is too long to keep in SharePoint: ${json.length.toLocaleString("en-GB")} characters, where a list's multi-line column holds at most ${MAX_SCHEMA_CHARACTERS.toLocaleString("en-GB")}. Shorten the descriptions or split the asset in two.`);
    return { schema: null, json: "", problems };
  }
  return { schema, json, problems };
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;

/** Reads a stored schema; a schema that no longer parses is reported, never silently dropped. */
export function parseStoredSchema(json: string | null): { schema: TableSchema | null; problem: string | null } {
  if (!json || !json.trim()) return { schema: null, problem: null };
  try {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as TableSchema).fields)) return { schema: null, problem: "The stored schema is not a Table Schema (it has no list of fields). Start it again or ask the data lead." };
    return { schema: parsed as TableSchema, problem: null };
  } catch {
    return { schema: null, problem: "The stored schema could not be read (it is not valid JSON). Start it again or ask the data lead." };
  }
}

/** The field names marked as personal data. */
export function personalFieldsOf(schema: TableSchema | null): string[] {
  return (schema?.fields ?? []).filter((f) => f[PERSONAL_DATA] === true).map((f) => f.name);
}

/** Column formats that point to personal data: a profiled column where most values are one of these is flagged for the owner to confirm. */
const PERSONAL_FORMATS = ["email", "uk-phone", "ni-number", "nhs-number", "uk-postcode"] as const;

/** The engine's profile of a sample file as editor rows: types from what the values fit, personal data suggested from UK formats. */
export function rowsFromProfile(profile: TableProfile): SchemaFieldRow[] {
  return profile.columns.map((column, i) => {
    const type = typeOfProfile(column);
    return {
      name: column.name.trim() || `column_${i + 1}`,
      type,
      description: "",
      personal: PERSONAL_FORMATS.some((f) => column.present > 0 && column.formats[f] / column.present >= 0.8),
      term: "",
      standard: "",
      original: { name: column.name, type, ...formatOfProfile(column) },
    };
  });
}

function typeOfProfile(column: ColumnProfile): FieldType {
  switch (column.inferredType) {
    case "integer":
    case "number":
    case "boolean":
    case "date":
    case "datetime":
      return column.inferredType;
    case "date-uk":
      return "date";
    default:
      return "string";
  }
}

function formatOfProfile(column: ColumnProfile): Partial<FieldDescriptor> {
  if (column.inferredType === "date-uk") return { format: "%d/%m/%Y" };
  if (column.inferredType === "string" && column.present > 0 && column.formats.email / column.present >= 0.95) return { format: "email" };
  return {};
}

/** A SharePoint list field as the REST API describes it (what the schema needs of it). */
export interface ListFieldInfo {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Description?: string;
  Required?: boolean;
  Hidden?: boolean;
  ReadOnlyField?: boolean;
}

const LIST_TYPE_TO_FIELD: Record<string, FieldType> = {
  Text: "string",
  Note: "string",
  Choice: "string",
  MultiChoice: "string",
  URL: "string",
  Number: "number",
  Currency: "number",
  Integer: "integer",
  Counter: "integer",
  DateTime: "datetime",
  Boolean: "boolean",
  User: "string",
  Lookup: "string",
  Calculated: "any",
};

/** A list's own columns as editor rows: the columns people fill in, not SharePoint's housekeeping. */
export function rowsFromListFields(fields: readonly ListFieldInfo[]): SchemaFieldRow[] {
  const builtIn = new Set(["ID", "Created", "Modified", "Author", "Editor", "ContentType", "Attachments"]);
  return fields
    .filter((f) => !f.Hidden && (!f.ReadOnlyField || f.InternalName === "ID") && !builtIn.has(f.InternalName) && !f.InternalName.startsWith("_"))
    .map((f) => ({
      name: f.InternalName,
      type: LIST_TYPE_TO_FIELD[f.TypeAsString] ?? "string",
      description: f.Description?.trim() || (f.Title !== f.InternalName ? f.Title : ""),
      personal: f.TypeAsString === "User",
      term: "",
      standard: "",
      original: { name: f.InternalName, ...(f.Title !== f.InternalName ? { title: f.Title } : {}), ...(f.Required ? { constraints: { required: true } } : {}) },
    }));
}
