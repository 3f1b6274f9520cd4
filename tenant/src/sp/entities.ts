import { FIELD_KINDS } from "../../../manifest/field-kinds";
import type { Db } from "../store/database";
import { type ItemRow, type ListStore, type StoredField, type StoredList, etagOf } from "../store/lists";
import { spErrors } from "./errors";
import { decorate, type MetadataLevel } from "./format";
import type { QueryPlanner } from "./query";
import { itemTypeName, toWireValue } from "./values";

export interface SiteContext {
  readonly origin: string;
  readonly sitePath: string;
  readonly store: ListStore;
  readonly db: Db;
  readonly planner: QueryPlanner;
}

const apiRoot = (ctx: SiteContext) => `${ctx.origin}${ctx.sitePath}/_api/`;

export interface SiteUser {
  id: number;
  login_name: string;
  title: string;
  email: string;
  persona: string | null;
}

const userStatements = new WeakMap<object, { get(id: number): unknown }>();

/** Prepared once per database: expanding a person on 5,000 rows must not prepare 5,000 statements. */
export function siteUserById(ctx: SiteContext, id: number): SiteUser | undefined {
  let statement = userStatements.get(ctx.db);
  if (!statement) {
    statement = ctx.db.prepare("SELECT * FROM sp_users WHERE id = ?");
    userStatements.set(ctx.db, statement);
  }
  return statement.get(id) as SiteUser | undefined;
}

export function userEntity(ctx: SiteContext, level: MetadataLevel, user: SiteUser, siteAdmin: boolean): Record<string, unknown> {
  const uri = `${apiRoot(ctx)}Web/GetUserById(${user.id})`;
  return decorate(level, { type: "SP.User", uri, editLink: `Web/GetUserById(${user.id})` }, {
    Id: user.id,
    IsHiddenInUI: false,
    LoginName: user.login_name,
    Title: user.title,
    PrincipalType: 1,
    Email: user.email,
    Expiration: "",
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: siteAdmin,
    UserPrincipalName: user.email,
  });
}

export function webEntity(ctx: SiteContext, level: MetadataLevel): Record<string, unknown> {
  return decorate(level, { type: "SP.Web", uri: `${apiRoot(ctx)}Web`, editLink: "Web" }, {
    Id: "3c5e7a90-1b2d-4f6a-8c9e-0d1f2a3b4c5d",
    Title: "Data Hub",
    Description: "Havant Borough Council's Data Use and Analytics Strategy 2025–2028, at work.",
    Url: `${ctx.origin}${ctx.sitePath}`,
    ServerRelativeUrl: ctx.sitePath,
    Language: 2057,
    WebTemplate: "SITEPAGEPUBLISHING",
  });
}

function listLink(list: StoredList): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function listEntity(ctx: SiteContext, level: MetadataLevel, list: StoredList): Record<string, unknown> {
  const entityName = itemTypeName(list).replace(/^SP\.Data\./, "").replace(/Item$/, "");
  return decorate(level, { type: "SP.List", uri: `${apiRoot(ctx)}${listLink(list)}`, editLink: listLink(list) }, {
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.baseTemplate,
    BaseType: 0,
    ItemCount: ctx.store.itemCount(list),
    EnableVersioning: list.versioning,
    Hidden: false,
    Created: list.created,
    EntityTypeName: entityName,
    ListItemEntityTypeFullName: itemTypeName(list),
    ParentWebUrl: ctx.sitePath,
  });
}

/** Arrays travel as `{ results: [...] }` in verbose metadata. */
function verboseArrays(level: MetadataLevel, value: Record<string, unknown>): Record<string, unknown> {
  if (level !== "verbose") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? { results: v } : v]));
}

export function fieldEntity(ctx: SiteContext, level: MetadataLevel, list: StoredList, field: StoredField): Record<string, unknown> {
  const link = `${listLink(list)}/Fields(guid'${field.id}')`;
  const kind = FIELD_KINDS[field.kind];
  return decorate(level, { type: kind.entityType, uri: `${apiRoot(ctx)}${link}`, editLink: link }, {
    Id: field.id,
    InternalName: field.name,
    StaticName: field.name,
    EntityPropertyName: field.column,
    Title: field.title,
    Description: field.description ?? "",
    TypeAsString: field.kind,
    FieldTypeKind: kind.fieldTypeKind,
    Required: Boolean(field.required),
    Indexed: Boolean(field.indexed),
    Hidden: false,
    ReadOnlyField: false,
    ...verboseArrays(level, kind.entityProperties(field)),
  });
}

export interface Projection {
  /** Plain columns asked for, by wire name; null means "everything". */
  columns: Set<string> | null;
  /** Person/lookup fields expanded, with the sub-fields asked for. */
  expansions: Map<string, Set<string>>;
}

/** Reads `$select` and `$expand` as SharePoint does: `Owner/Title` needs `$expand=Owner`. */
export function parseProjection(ctx: SiteContext, list: StoredList, select: string | null, expand: string | null): Projection {
  const expanded = new Set((expand ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => s.toLowerCase()));
  const projection: Projection = { columns: null, expansions: new Map() };
  for (const name of expanded) {
    const field = expansionField(ctx, list, name);
    projection.expansions.set(field, new Set());
  }
  if (!select || select.trim() === "*") return projection;
  projection.columns = new Set();
  for (const part of select.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [head, sub] = part.split("/");
    if (sub !== undefined) {
      const key = [...projection.expansions.keys()].find((k) => k.toLowerCase() === head!.toLowerCase());
      if (!key) {
        throw spErrors.expandMissing(part, head!);
      }
      projection.expansions.get(key)!.add(sub);
      continue;
    }
    if (head === "*") {
      projection.columns = null;
      continue;
    }
    projection.columns?.add(head!.toLowerCase());
  }
  return projection;
}

function expansionField(ctx: SiteContext, list: StoredList, name: string): string {
  if (name === "author") return "Author";
  if (name === "editor") return "Editor";
  const field = ctx.store.field(list, name);
  if (!field || (field.kind !== "User" && field.kind !== "Lookup")) {
    throw spErrors.fieldOrPropertyMissing(name);
  }
  return field.name;
}

const SYSTEM_VALUES = (row: ItemRow): Record<string, unknown> => ({
  ID: row.Id,
  Modified: row.Modified,
  Created: row.Created,
  AuthorId: row.AuthorId,
  EditorId: row.EditorId,
  OData__UIVersionString: `${row.Version}.0`,
  Attachments: false,
});

/** One list item in the client's metadata level, honouring `$select`/`$expand`. */
export function itemEntity(ctx: SiteContext, level: MetadataLevel, list: StoredList, row: ItemRow, projection: Projection): Record<string, unknown> {
  const wanted = (name: string) => projection.columns === null || projection.columns.has(name.toLowerCase());
  const value: Record<string, unknown> = {};
  if (projection.columns === null) {
    value.FileSystemObjectType = 0;
    value.ContentTypeId = "0x0100";
  }
  if (wanted("Id")) value.Id = row.Id;
  for (const field of list.fields) {
    if (wanted(field.column) || wanted(field.name)) value[field.column] = toWireValue(field, row[field.column]);
    if (field.kind === "User" && projection.columns === null) value[`${field.column.replace(/Id$/, "")}StringId`] = row[field.column] === null ? null : String(row[field.column]);
  }
  for (const [name, system] of Object.entries(SYSTEM_VALUES(row))) if (wanted(name)) value[name] = system;
  for (const [name, subFields] of projection.expansions) value[name] = expandedValue(ctx, level, list, row, name, subFields);
  const uri = `${apiRoot(ctx)}${listLink(list)}/Items(${row.Id})`;
  return decorate(level, { type: itemTypeName(list), uri, editLink: `${listLink(list)}/Items(${row.Id})`, etag: etagOf(row) }, value);
}

function expandedValue(ctx: SiteContext, level: MetadataLevel, list: StoredList, row: ItemRow, name: string, subFields: Set<string>): unknown {
  const field = name === "Author" || name === "Editor" ? undefined : ctx.store.field(list, name);
  const id = row[name === "Author" ? "AuthorId" : name === "Editor" ? "EditorId" : field!.column] as number | null;
  if (id === null || id === undefined) return null;
  const pick = (all: Record<string, unknown>) => {
    if (subFields.size === 0) return all;
    const picked: Record<string, unknown> = {};
    for (const sub of subFields) {
      const key = Object.keys(all).find((k) => k.toLowerCase() === sub.toLowerCase());
      if (!key) throw spErrors.fieldOrPropertyMissing(sub);
      picked[key] = all[key];
    }
    return picked;
  };
  if (!field || field.kind === "User") {
    const user = siteUserById(ctx, id);
    if (!user) return null;
    const uri = `${apiRoot(ctx)}Web/Lists(guid'${list.id}')/Items(${row.Id})/${name}`;
    return decorate(level, { type: "SP.Data.UserInfoItem", uri, editLink: uri }, pick({ Id: user.id, Title: user.title, EMail: user.email, Name: user.login_name }));
  }
  const target = field.lookupList ? ctx.store.byTitle(field.lookupList) : undefined;
  const targetRow = target ? ctx.store.getItem(target, id) : undefined;
  if (!target || !targetRow) return null;
  const all: Record<string, unknown> = { Id: targetRow.Id };
  for (const f of target.fields) all[f.column] = toWireValue(f, targetRow[f.column]);
  return decorate(level, { type: itemTypeName(target), uri: `${apiRoot(ctx)}${listLink(target)}/Items(${targetRow.Id})`, editLink: `${listLink(target)}/Items(${targetRow.Id})` }, pick(all));
}

export function itemsMetadataUrl(ctx: SiteContext, list: StoredList): string {
  return `${apiRoot(ctx)}$metadata#SP.ListData.${itemTypeName(list).replace(/^SP\.Data\./, "").replace(/Item$/, "")}Items`;
}

export function metadataUrl(ctx: SiteContext, entitySet: string): string {
  return `${apiRoot(ctx)}$metadata#${entitySet}`;
}
