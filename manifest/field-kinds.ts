/**
 * Every SharePoint field kind the site declaration may use, in one table: its `TypeAsString` and
 * `FieldTypeKind`, how the local tenant stores it in SQLite, how a value from a REST body is
 * checked and converted, how it is written in an entity, and its schema XML for provisioning.
 * The local tenant's store, its entity formatting and provisioning all read this table, so a new
 * kind is one entry here. Pure data and functions: no I/O.
 */
import type { CalculatedResult, FieldDeclaration, FieldKind } from "./schema";

/** SQLite column type. Text compares case-insensitively, as SharePoint's does. */
export type SqlStorage = "TEXT" | "TEXT COLLATE NOCASE" | "REAL" | "INTEGER";

/** How a value of the kind compares in `$filter`, `$orderby` and skiptokens. */
export type Comparison = "text" | "number" | "boolean" | "date";

/** The result of reading one value from a REST body: the stored value, or why SharePoint refuses it. */
export type Conversion =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly problem: "type"; readonly edmType: string }
  | { readonly ok: false; readonly problem: "too-long"; readonly maxLength: number }
  | { readonly ok: false; readonly problem: "out-of-range"; readonly minimum: number | undefined; readonly maximum: number | undefined }
  | { readonly ok: false; readonly problem: "read-only" }
  | { readonly ok: false; readonly problem: "not-a-choice"; readonly value: string };

/** An element inside `<Field>…</Field>` schema XML (CHOICES, Formula). Text is escaped by the writer. */
export interface XmlElement {
  readonly tag: string;
  readonly text?: string;
  readonly children?: readonly XmlElement[];
}

export interface SchemaXmlParts {
  readonly attributes: Readonly<Record<string, string>>;
  readonly elements?: readonly XmlElement[];
}

/** Schema XML as the tenant reads it back: attribute names lower-cased, elements by tag. */
export interface ParsedSchemaXml {
  readonly attributes: Readonly<Record<string, string>>;
  /** Decoded text of every `<tag>` inside the field, in order (e.g. `choice` → the choices). */
  readonly texts: (tag: string) => string[];
}

export interface FieldKindSpec {
  readonly kind: FieldKind;
  /** SP.FieldType, as `FieldTypeKind` on the wire. */
  readonly fieldTypeKind: number;
  /** The field entity's OData type, e.g. `SP.FieldText`. */
  readonly entityType: string;
  readonly storage: SqlStorage;
  readonly comparesAs: Comparison;
  /** Person and lookup columns travel over REST as `<Name>Id`. */
  readonly wireSuffix: "" | "Id";
  /** Computed by SharePoint (Calculated): never written through REST. */
  readonly readOnly: boolean;
  /** The SQLite storage of this kind, given the declaration (a Calculated field stores what its formula gives). */
  storageOf?(field: FieldDeclaration): SqlStorage;
  /** The kind in plain words, for a person reading a provisioning plan. */
  inWords(field: FieldDeclaration): string;
  /** A non-null value from a REST body, checked and converted to what the column stores. */
  fromBody(raw: unknown, field: FieldDeclaration): Conversion;
  /** A stored (non-null) value as it appears in an item entity. */
  toWire(stored: unknown, field: FieldDeclaration): unknown;
  /** The wire value of an empty column. */
  readonly emptyWire: unknown;
  /** Kind-specific properties of the field's own entity (MaxLength, Choices…). */
  entityProperties(field: FieldDeclaration): Record<string, unknown>;
  /** Kind-specific attributes and elements of the field's schema XML. */
  schemaXml(field: FieldDeclaration, lookupListId: string | undefined): SchemaXmlParts;
  /** The kind-specific parts of a declaration, read back from schema XML. */
  fromSchemaXml(xml: ParsedSchemaXml): Partial<FieldDeclaration>;
  /** The kind-specific parts of a declaration, read from a REST creation body (`fields.add`). */
  fromCreationInfo(info: Readonly<Record<string, unknown>>): Partial<FieldDeclaration>;
}

const ok = (value: string | number | null): Conversion => ({ ok: true, value });
const wrongType = (edmType: string): Conversion => ({ ok: false, problem: "type", edmType });
const upper = (value: string | undefined) => value?.toUpperCase();
const stringArray = (value: unknown): string[] | undefined => {
  const values = Array.isArray(value) ? value : (value as { results?: unknown } | undefined)?.results;
  return Array.isArray(values) && values.every((v) => typeof v === "string") ? (values as string[]) : undefined;
};

/** SharePoint keeps dates as UTC to the second: `2026-11-25T00:00:00Z`. */
export function normaliseDate(value: string): string | null {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function text(raw: unknown, maxLength: number): Conversion {
  if (typeof raw !== "string") return wrongType("Edm.String");
  if (raw.length > maxLength) return { ok: false, problem: "too-long", maxLength };
  return ok(raw === "" ? null : raw);
}

function number(raw: unknown, field: FieldDeclaration): Conversion {
  const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isFinite(n)) return wrongType("Edm.Double");
  return inRange(n, field);
}

function inRange(value: number, field: FieldDeclaration): Conversion {
  const tooSmall = field.minimum !== undefined && value < field.minimum;
  const tooLarge = field.maximum !== undefined && value > field.maximum;
  return tooSmall || tooLarge ? { ok: false, problem: "out-of-range", minimum: field.minimum, maximum: field.maximum } : ok(value);
}

function integer(raw: unknown, field: FieldDeclaration): Conversion {
  const n = typeof raw === "string" && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > 2_147_483_647) return wrongType("Edm.Int32");
  return inRange(n, field);
}

const rangeEntity = (field: FieldDeclaration) => ({ MinimumValue: field.minimum ?? -1.7976931348623157e308, MaximumValue: field.maximum ?? 1.7976931348623157e308 });
const rangeXml = (field: FieldDeclaration) => ({ ...(field.minimum !== undefined ? { Min: String(field.minimum) } : {}), ...(field.maximum !== undefined ? { Max: String(field.maximum) } : {}) });
const numberOrUndefined = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined);
const rangeFromXml = ({ attributes }: ParsedSchemaXml) => ({ minimum: numberOrUndefined(attributes.min), maximum: numberOrUndefined(attributes.max) });
const rangeFromInfo = (info: Readonly<Record<string, unknown>>) => ({ minimum: numberOrUndefined(info.MinimumValue), maximum: numberOrUndefined(info.MaximumValue) });

/** SP.FieldType numbers of the kinds a Calculated field may give (its `OutputType`). */
const RESULT_TYPE_KIND: Record<CalculatedResult, number> = { Text: 2, DateTime: 4, Boolean: 8, Number: 9, Currency: 10 };
const RESULT_STORAGE: Record<CalculatedResult, SqlStorage> = { Text: "TEXT COLLATE NOCASE", DateTime: "TEXT", Boolean: "INTEGER", Number: "REAL", Currency: "REAL" };
const resultOf = (field: FieldDeclaration): CalculatedResult => field.resultKind ?? "Text";
const resultByName = (value: unknown): CalculatedResult | undefined => (typeof value === "string" && Object.hasOwn(RESULT_TYPE_KIND, value) ? (value as CalculatedResult) : undefined);
const resultByNumber = (value: unknown): CalculatedResult | undefined => (Object.entries(RESULT_TYPE_KIND).find(([, n]) => n === value)?.[0] as CalculatedResult | undefined);

function integerId(raw: unknown): Conversion {
  const n = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isInteger(n)) return wrongType("Edm.Int32");
  return ok(n);
}

/** A Choice value must be one of the choices unless the field takes fill-in values, as SharePoint checks. */
function choice(value: string, field: FieldDeclaration): Conversion | undefined {
  if (field.fillIn || (field.choices ?? []).includes(value)) return undefined;
  return { ok: false, problem: "not-a-choice", value };
}

const choicesEntity = (field: FieldDeclaration) => ({ Choices: [...(field.choices ?? [])], FillInChoice: Boolean(field.fillIn) });

/** Shared defaults: most kinds have nothing kind-specific to say. */
const plain = {
  wireSuffix: "",
  readOnly: false,
  emptyWire: null,
  toWire: (stored: unknown) => stored,
  entityProperties: () => ({}),
  schemaXml: () => ({ attributes: {} }),
  fromSchemaXml: () => ({}),
  fromCreationInfo: () => ({}),
} as const;

export const FIELD_KINDS: { readonly [K in FieldKind]: FieldKindSpec & { readonly kind: K } } = {
  Text: {
    ...plain,
    kind: "Text",
    fieldTypeKind: 2,
    entityType: "SP.FieldText",
    storage: "TEXT COLLATE NOCASE",
    comparesAs: "text",
    inWords: () => "single line of text",
    fromBody: (raw, field) => text(raw, field.maxLength ?? 255),
    entityProperties: (field) => ({ MaxLength: field.maxLength ?? 255 }),
    schemaXml: (field) => ({ attributes: { MaxLength: String(field.maxLength ?? 255) } }),
    fromSchemaXml: ({ attributes }) => ({ maxLength: attributes.maxlength ? Number(attributes.maxlength) : undefined }),
    fromCreationInfo: (info) => ({ maxLength: typeof info.MaxLength === "number" ? info.MaxLength : undefined }),
  },
  Note: {
    ...plain,
    kind: "Note",
    fieldTypeKind: 3,
    entityType: "SP.FieldMultiLineText",
    storage: "TEXT COLLATE NOCASE",
    comparesAs: "text",
    inWords: () => "multiple lines of plain text",
    fromBody: (raw) => text(raw, 1_000_000),
    entityProperties: () => ({ RichText: false, NumberOfLines: 6, AppendOnly: false }),
    // Plain text only: list text is shown as text, never as HTML.
    schemaXml: () => ({ attributes: { NumLines: "6", RichText: "FALSE", RichTextMode: "Compatible", AppendOnly: "FALSE" } }),
  },
  Number: {
    ...plain,
    kind: "Number",
    fieldTypeKind: 9,
    entityType: "SP.FieldNumber",
    storage: "REAL",
    comparesAs: "number",
    inWords: () => "number",
    fromBody: (raw, field) => number(raw, field),
    entityProperties: rangeEntity,
    schemaXml: (field) => ({ attributes: rangeXml(field) }),
    fromSchemaXml: rangeFromXml,
    fromCreationInfo: rangeFromInfo,
  },
  Integer: {
    ...plain,
    kind: "Integer",
    fieldTypeKind: 1,
    // SharePoint describes an Integer column with the number field's type.
    entityType: "SP.FieldNumber",
    storage: "INTEGER",
    comparesAs: "number",
    inWords: () => "whole number",
    fromBody: (raw, field) => integer(raw, field),
    entityProperties: rangeEntity,
    schemaXml: (field) => ({ attributes: rangeXml(field) }),
    fromSchemaXml: rangeFromXml,
    fromCreationInfo: rangeFromInfo,
  },
  Currency: {
    ...plain,
    kind: "Currency",
    fieldTypeKind: 10,
    entityType: "SP.FieldCurrency",
    storage: "REAL",
    comparesAs: "number",
    inWords: () => "currency (£)",
    fromBody: (raw, field) => number(raw, field),
    // 2057: English (United Kingdom), so SharePoint shows pounds.
    entityProperties: (field) => ({ ...rangeEntity(field), CurrencyLocaleId: 2057 }),
    schemaXml: (field) => ({ attributes: { ...rangeXml(field), LCID: "2057" } }),
    fromSchemaXml: rangeFromXml,
    fromCreationInfo: rangeFromInfo,
  },
  DateTime: {
    ...plain,
    kind: "DateTime",
    fieldTypeKind: 4,
    entityType: "SP.FieldDateTime",
    storage: "TEXT",
    comparesAs: "date",
    inWords: (field) => (field.dateOnly ? "date" : "date and time"),
    fromBody: (raw) => {
      const iso = typeof raw === "string" ? normaliseDate(raw) : null;
      return iso ? ok(iso) : wrongType("Edm.DateTime");
    },
    entityProperties: (field) => ({ DisplayFormat: field.dateOnly ? 0 : 1, DateTimeCalendarType: 1, FriendlyDisplayFormat: 1 }),
    schemaXml: (field) => ({ attributes: { Format: field.dateOnly ? "DateOnly" : "DateTime", FriendlyDisplayFormat: "Disabled" } }),
    fromSchemaXml: ({ attributes }) => ({ dateOnly: attributes.format === "DateOnly" }),
    fromCreationInfo: (info) => ({ dateOnly: info.DisplayFormat === 0 }),
  },
  Boolean: {
    ...plain,
    kind: "Boolean",
    fieldTypeKind: 8,
    entityType: "SP.Field",
    storage: "INTEGER",
    comparesAs: "boolean",
    inWords: () => "yes/no",
    fromBody: (raw) => (typeof raw === "boolean" ? ok(raw ? 1 : 0) : wrongType("Edm.Boolean")),
    toWire: (stored) => stored === 1,
  },
  Choice: {
    ...plain,
    kind: "Choice",
    fieldTypeKind: 6,
    entityType: "SP.FieldChoice",
    storage: "TEXT COLLATE NOCASE",
    comparesAs: "text",
    inWords: () => "choice",
    fromBody: (raw, field) => {
      const converted = text(raw, 255);
      return converted.ok && typeof converted.value === "string" ? (choice(converted.value, field) ?? converted) : converted;
    },
    entityProperties: choicesEntity,
    schemaXml: (field) => ({
      attributes: { Format: "Dropdown", FillInChoice: field.fillIn ? "TRUE" : "FALSE" },
      elements: field.choices?.length ? [{ tag: "CHOICES", children: field.choices.map((choice) => ({ tag: "CHOICE", text: choice })) }] : undefined,
    }),
    fromSchemaXml: ({ attributes, texts }) => ({ choices: texts("choice"), fillIn: upper(attributes.fillinchoice) === "TRUE" }),
    fromCreationInfo: (info) => ({ choices: stringArray(info.Choices), fillIn: info.FillInChoice === true }),
  },
  MultiChoice: {
    ...plain,
    kind: "MultiChoice",
    fieldTypeKind: 15,
    entityType: "SP.FieldMultiChoice",
    storage: "TEXT",
    comparesAs: "text",
    emptyWire: [],
    inWords: () => "multiple choice",
    fromBody: (raw, field) => {
      const values = stringArray(raw);
      if (!values) return wrongType("Collection(Edm.String)");
      for (const value of values) {
        const refused = choice(value, field);
        if (refused) return refused;
      }
      return ok(JSON.stringify(values));
    },
    toWire: (stored) => JSON.parse(stored as string) as unknown,
    entityProperties: choicesEntity,
    schemaXml: (field) => ({
      attributes: { FillInChoice: field.fillIn ? "TRUE" : "FALSE" },
      elements: field.choices?.length ? [{ tag: "CHOICES", children: field.choices.map((choice) => ({ tag: "CHOICE", text: choice })) }] : undefined,
    }),
    fromSchemaXml: ({ attributes, texts }) => ({ choices: texts("choice"), fillIn: upper(attributes.fillinchoice) === "TRUE" }),
    fromCreationInfo: (info) => ({ choices: stringArray(info.Choices), fillIn: info.FillInChoice === true }),
  },
  User: {
    ...plain,
    kind: "User",
    fieldTypeKind: 20,
    entityType: "SP.FieldUser",
    storage: "INTEGER",
    comparesAs: "number",
    wireSuffix: "Id",
    inWords: () => "person",
    fromBody: (raw) => integerId(raw),
    entityProperties: () => ({ AllowMultipleValues: false, SelectionMode: 0, LookupField: "ImnName" }),
    schemaXml: () => ({ attributes: { UserSelectionMode: "PeopleOnly", UserSelectionScope: "0", Mult: "FALSE" } }),
  },
  Lookup: {
    ...plain,
    kind: "Lookup",
    fieldTypeKind: 7,
    entityType: "SP.FieldLookup",
    storage: "INTEGER",
    comparesAs: "number",
    wireSuffix: "Id",
    inWords: (field) => `lookup to "${field.lookupList ?? ""}"`,
    fromBody: (raw) => integerId(raw),
    entityProperties: (field) => ({ LookupList: field.lookupList ?? "", LookupField: "Title", AllowMultipleValues: false }),
    // SharePoint wants the target list's id; its title stands in until the list exists (dry run).
    schemaXml: (field, lookupListId) => ({ attributes: { List: lookupListId ? `{${lookupListId.replace(/[{}]/g, "")}}` : (field.lookupList ?? ""), ShowField: "Title" } }),
    fromSchemaXml: ({ attributes }) => ({ lookupList: attributes.list?.replace(/[{}]/g, "") }),
    fromCreationInfo: (info) => ({ lookupList: typeof info.LookupListId === "string" ? info.LookupListId : undefined }),
  },
  URL: {
    ...plain,
    kind: "URL",
    fieldTypeKind: 11,
    entityType: "SP.FieldUrl",
    storage: "TEXT",
    comparesAs: "text",
    inWords: () => "hyperlink",
    fromBody: (raw) => {
      const url = raw as { Url?: unknown; Description?: unknown };
      if (typeof url !== "object" || typeof url.Url !== "string") return wrongType("SP.FieldUrlValue");
      return ok(JSON.stringify({ Url: url.Url, Description: typeof url.Description === "string" ? url.Description : url.Url }));
    },
    toWire: (stored) => JSON.parse(stored as string) as unknown,
    entityProperties: () => ({ DisplayFormat: 0 }),
    schemaXml: () => ({ attributes: { Format: "Hyperlink" } }),
  },
  Calculated: {
    ...plain,
    kind: "Calculated",
    fieldTypeKind: 17,
    entityType: "SP.FieldCalculated",
    // What it stores and how it compares follow its result; Text until declared otherwise.
    storage: "TEXT COLLATE NOCASE",
    storageOf: (field) => RESULT_STORAGE[resultOf(field)],
    comparesAs: "text",
    readOnly: true,
    inWords: (field) => `calculated (${resultOf(field).toLowerCase()}) from ${field.formula ?? "a formula"}`,
    fromBody: () => ({ ok: false, problem: "read-only" }),
    toWire: (stored, field) => (resultOf(field) === "Boolean" ? stored === 1 : stored),
    entityProperties: (field) => ({ Formula: field.formula ?? "", OutputType: RESULT_TYPE_KIND[resultOf(field)] }),
    schemaXml: (field) => ({ attributes: { ResultType: resultOf(field), ReadOnly: "TRUE" }, elements: [{ tag: "Formula", text: field.formula ?? "" }] }),
    fromSchemaXml: ({ attributes, texts }) => ({ resultKind: resultByName(attributes.resulttype) ?? "Text", formula: texts("formula")[0] }),
    fromCreationInfo: (info) => ({ resultKind: resultByNumber(info.OutputType) ?? resultByName(info.OutputType) ?? "Text", formula: typeof info.Formula === "string" ? info.Formula : undefined }),
  },
};

/** How a field's values compare in queries: a Calculated field compares as what its formula gives. */
export function comparisonOf(field: FieldDeclaration): Comparison {
  if (field.kind !== "Calculated") return FIELD_KINDS[field.kind].comparesAs;
  const result = resultOf(field);
  return result === "Text" ? "text" : result === "DateTime" ? "date" : result === "Boolean" ? "boolean" : "number";
}

/** The SQLite column type for a field. */
export function storageOf(field: FieldDeclaration): SqlStorage {
  const kind = FIELD_KINDS[field.kind];
  return kind.storageOf ? kind.storageOf(field) : kind.storage;
}

const BY_TYPE_KIND = new Map<number, FieldKindSpec>(Object.values(FIELD_KINDS).map((spec) => [spec.fieldTypeKind, spec]));

export function fieldKind(kind: FieldKind): FieldKindSpec {
  return FIELD_KINDS[kind];
}

/** The kind whose `TypeAsString` this is, if the table has it. */
export function fieldKindByName(typeAsString: string): FieldKindSpec | undefined {
  return Object.hasOwn(FIELD_KINDS, typeAsString) ? FIELD_KINDS[typeAsString as FieldKind] : undefined;
}

/** The kind whose `FieldTypeKind` number this is, if the table has it. */
export function fieldKindByNumber(fieldTypeKind: number): FieldKindSpec | undefined {
  return BY_TYPE_KIND.get(fieldTypeKind);
}

/** The property name a field's value travels under in REST: `<Name>Id` for person and lookup fields. */
export function wirePropertyName(field: Pick<FieldDeclaration, "name" | "kind">): string {
  return `${field.name}${FIELD_KINDS[field.kind].wireSuffix}`;
}
