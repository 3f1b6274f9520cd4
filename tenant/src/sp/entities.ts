import type { Db } from "../store/database";
import { type ItemRow, type ListStore, type StoredList, etagOf } from "../store/lists";
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

export const apiRoot = (ctx: SiteContext) => `${ctx.origin}${ctx.sitePath}/_api/`;

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

export function listLink(list: StoredList): string {
  return `Web/Lists(guid'${list.id}')`;
}

export interface Projection {
  /** Plain columns asked for, by wire name; null means "everything". */
  columns: Set<string> | null;
  /** Person/lookup fields expanded, with the sub-fields asked for. */
  expansions: Map<string, Set<string>>;
}

/** Item properties besides the declared fields that the tenant gives (`$select` may name them). */
const SYSTEM_PROPERTIES = ["Id", "ID", "Created", "Modified", "AuthorId", "EditorId", "Author", "Editor", "Attachments", "ContentTypeId", "FileSystemObjectType", "OData__UIVersionString"];
/** Real item properties and navigation the tenant does not serve: asking for them is a 501. */
const UNSERVED_ITEM_PROPERTIES = [
  "FieldValuesAsText", "FieldValuesAsHtml", "FieldValuesForEdit", "AttachmentFiles", "ContentType", "File", "Folder", "ParentList", "RoleAssignments", "Versions",
  "FirstUniqueAncestorSecurableObject", "Properties", "GetDlpPolicyTip", "LikedByInformation", "GUID", "FileRef", "FileLeafRef", "FileDirRef", "ComplianceAssetId",
  "ServerRedirectedEmbedUri", "ServerRedirectedEmbedUrl", "HasUniqueRoleAssignments", "EffectiveBasePermissions",
];
/** What an expanded person offers (SP.Data.UserInfoItem): served, and real but not served. */
const USER_INFO_PROPERTIES = ["Id", "Title", "EMail", "Name"];
const UNSERVED_USER_INFO = ["JobTitle", "Department", "FirstName", "LastName", "UserName", "SipAddress", "Picture", "Office", "WorkPhone", "MobilePhone", "IsSiteAdmin", "Deleted", "ContentType"];

const findName = (names: readonly string[], name: string) => names.find((n) => n.toLowerCase() === name.toLowerCase());

/** Reads `$select` and `$expand` as SharePoint does: `Owner/Title` needs `$expand=Owner`; unknown names are a 400. */
export function parseProjection(ctx: SiteContext, list: StoredList, select: string | null, expand: string | null): Projection {
  const projection: Projection = { columns: null, expansions: new Map() };
  for (const name of (expand ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    projection.expansions.set(expansionField(ctx, list, name), new Set());
  }
  if (!select || select.trim() === "*") return projection;
  projection.columns = new Set();
  for (const part of select.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [head = "", sub] = part.split("/");
    if (sub !== undefined) {
      const key = [...projection.expansions.keys()].find((k) => k.toLowerCase() === head.toLowerCase());
      if (!key) throw spErrors.expandMissing(part, head);
      projection.expansions.get(key)!.add(expansionProperty(ctx, list, key, sub));
      continue;
    }
    if (head === "*") {
      projection.columns = null;
      return { ...projection, columns: null };
    }
    if (!ctx.store.field(list, head) && !findName(SYSTEM_PROPERTIES, head)) {
      if (findName(UNSERVED_ITEM_PROPERTIES, head)) throw spErrors.notSupported(`the item property ${head}`);
      throw spErrors.fieldOrPropertyMissing(head);
    }
    projection.columns.add(head.toLowerCase());
  }
  return projection;
}

/** Checks one `$select=Owner/Sub` against what the expanded person or lookup target has. */
function expansionProperty(ctx: SiteContext, list: StoredList, expansion: string, sub: string): string {
  const field = expansion === "Author" || expansion === "Editor" ? undefined : ctx.store.field(list, expansion);
  if (!field || field.kind === "User") {
    const served = findName(USER_INFO_PROPERTIES, sub);
    if (served) return served;
    if (findName(UNSERVED_USER_INFO, sub)) throw spErrors.notSupported(`the person property ${sub} in $select (only Id, Title, EMail and Name are served)`);
    throw spErrors.fieldOrPropertyMissing(sub);
  }
  const target = field.lookupList ? ctx.store.byTitle(field.lookupList) : undefined;
  if (sub.toLowerCase() === "id") return "Id";
  const targetField = target && ctx.store.field(target, sub);
  if (!targetField) throw spErrors.fieldOrPropertyMissing(sub);
  return targetField.column;
}

function expansionField(ctx: SiteContext, list: StoredList, name: string): string {
  const lower = name.toLowerCase();
  if (lower === "author") return "Author";
  if (lower === "editor") return "Editor";
  const field = ctx.store.field(list, name);
  if (!field || (field.kind !== "User" && field.kind !== "Lookup")) {
    if (findName(UNSERVED_ITEM_PROPERTIES, name)) throw spErrors.notSupported(`$expand=${name} on list items`);
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
    for (const sub of subFields) if (Object.hasOwn(all, sub)) picked[sub] = all[sub];
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
