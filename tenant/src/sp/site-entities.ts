/**
 * The site's own entities (the web, its lists, their fields, site users) as the local tenant
 * models them, with each type's properties for `$select`, `$filter` and `$expand`.
 */
import { FIELD_KINDS } from "../../../manifest/field-kinds";
import type { StoredField, StoredList } from "../store/lists";
import { type SiteContext, type SiteUser, apiRoot, listLink } from "./entities";
import type { Entity, EntityType } from "./entity-query";
import { itemTypeName } from "./values";

export const FIELD_TYPE: EntityType = {
  name: "SP.Field",
  properties: [
    "Id", "InternalName", "StaticName", "EntityPropertyName", "Title", "Description", "TypeAsString", "FieldTypeKind", "Required", "Indexed",
    "EnforceUniqueValues", "Hidden", "ReadOnlyField", "CanBeDeleted", "FromBaseType", "Group", "Sortable", "Filterable", "DefaultValue",
    // Properties of the derived types (SP.FieldText, SP.FieldChoice, SP.FieldNumber…), present on fields of those kinds.
    "MaxLength", "RichText", "NumberOfLines", "AppendOnly", "Choices", "FillInChoice", "DisplayFormat", "DateTimeCalendarType", "FriendlyDisplayFormat",
    "MinimumValue", "MaximumValue", "CurrencyLocaleId", "Formula", "OutputType", "AllowMultipleValues", "SelectionMode", "LookupList", "LookupField",
  ],
  navigation: {},
  unserved: ["SchemaXml", "DescriptionResource", "TitleResource", "ValidationFormula", "ValidationMessage", "JSLink", "CustomFormatter", "ClientSideComponentId", "Scope", "DefaultFormula"],
};

export const USER_TYPE: EntityType = {
  name: "SP.User",
  properties: ["Id", "IsHiddenInUI", "LoginName", "Title", "PrincipalType", "Email", "Expiration", "IsEmailAuthenticationGuestUser", "IsShareByEmailGuestUser", "IsSiteAdmin", "UserId", "UserPrincipalName"],
  navigation: {},
  unserved: ["Groups", "Alerts", "AadObjectId"],
};

export const LIST_TYPE: EntityType = {
  name: "SP.List",
  properties: [
    "Id", "Title", "Description", "BaseTemplate", "BaseType", "ItemCount", "EnableVersioning", "Hidden", "Created", "LastItemModifiedDate", "EntityTypeName",
    "ListItemEntityTypeFullName", "ParentWebUrl", "AllowContentTypes", "ContentTypesEnabled", "EnableAttachments", "EnableFolderCreation", "EnableMinorVersions",
    "EnableModeration", "ForceCheckout", "NoCrawl", "OnQuickLaunch",
  ],
  navigation: { Fields: FIELD_TYPE },
  unserved: [
    "RootFolder", "Views", "DefaultView", "ContentTypes", "Forms", "EventReceivers", "RoleAssignments", "UserCustomActions", "InformationRightsManagementSettings",
    "ParentWeb", "Items", "FirstUniqueAncestorSecurableObject", "Subscriptions", "WorkflowAssociations", "DescriptionResource", "TitleResource",
    "MajorVersionLimit", "MajorWithMinorVersionsLimit", "DraftVersionVisibility", "ValidationFormula", "ValidationMessage", "SchemaXml", "IrmEnabled",
  ],
};

export const WEB_TYPE: EntityType = {
  name: "SP.Web",
  properties: ["Id", "Title", "Description", "Url", "ServerRelativeUrl", "Language", "WebTemplate"],
  navigation: { Lists: LIST_TYPE, CurrentUser: USER_TYPE, SiteUsers: USER_TYPE },
  unserved: [
    "Folders", "RootFolder", "ContentTypes", "Fields", "SiteGroups", "RoleAssignments", "RoleDefinitions", "Webs", "Navigation", "Features", "AllProperties",
    "AssociatedOwnerGroup", "AssociatedMemberGroup", "AssociatedVisitorGroup", "Author", "EventReceivers", "RecycleBin", "RegionalSettings", "UserCustomActions",
    "Created", "LastItemModifiedDate", "SiteLogoUrl",
  ],
};

/** Built into every list (besides Title, which is stored like a declared field): read-only, fixed ids. */
const BUILT_IN_FIELDS = [
  { Id: "1d22ea11-1e32-424e-89ab-9fedbadb6ce1", InternalName: "ID", EntityPropertyName: "Id", Title: "ID", TypeAsString: "Counter", FieldTypeKind: 5, type: "SP.Field", extra: {} },
  { Id: "8c06beca-0777-48f7-91c7-6da68bc07b69", InternalName: "Created", EntityPropertyName: "Created", Title: "Created", TypeAsString: "DateTime", FieldTypeKind: 4, type: "SP.FieldDateTime", extra: { DisplayFormat: 1 } },
  { Id: "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f", InternalName: "Modified", EntityPropertyName: "Modified", Title: "Modified", TypeAsString: "DateTime", FieldTypeKind: 4, type: "SP.FieldDateTime", extra: { DisplayFormat: 1 } },
  { Id: "1df5e554-ec7e-46a6-901d-d85a3881cb18", InternalName: "Author", EntityPropertyName: "Author", Title: "Created By", TypeAsString: "User", FieldTypeKind: 20, type: "SP.FieldUser", extra: { AllowMultipleValues: false, SelectionMode: 0, LookupField: "ImnName" } },
  { Id: "d31655d1-1d5b-4511-95a1-7a09e9b75bf2", InternalName: "Editor", EntityPropertyName: "Editor", Title: "Modified By", TypeAsString: "User", FieldTypeKind: 20, type: "SP.FieldUser", extra: { AllowMultipleValues: false, SelectionMode: 0, LookupField: "ImnName" } },
] as const;

export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];

/** A built-in field by id, internal name or title (as `fields.getByInternalNameOrTitle` finds it). */
export function builtInField(key: { name?: string; id?: string }): BuiltInField | undefined {
  const name = key.name?.toLowerCase();
  const id = key.id?.toLowerCase();
  return BUILT_IN_FIELDS.find((f) => f.Id === id || f.InternalName.toLowerCase() === name || f.Title.toLowerCase() === name);
}

const COMMON_FIELD = { Hidden: false, DefaultValue: null, Group: "Custom Columns", Sortable: true, Filterable: true };

function builtInFieldEntity(ctx: SiteContext, list: StoredList, field: BuiltInField): Entity {
  const link = `${listLink(list)}/Fields(guid'${field.Id}')`;
  return {
    meta: { type: field.type, uri: `${apiRoot(ctx)}${link}`, editLink: link },
    properties: {
      Id: field.Id, InternalName: field.InternalName, StaticName: field.InternalName, EntityPropertyName: field.EntityPropertyName, Title: field.Title, Description: "",
      TypeAsString: field.TypeAsString, FieldTypeKind: field.FieldTypeKind, Required: false, Indexed: field.InternalName === "ID", EnforceUniqueValues: false,
      ReadOnlyField: true, CanBeDeleted: false, FromBaseType: true, ...COMMON_FIELD, ...field.extra,
    },
  };
}

function declaredFieldEntity(ctx: SiteContext, list: StoredList, field: StoredField): Entity {
  const link = `${listLink(list)}/Fields(guid'${field.id}')`;
  const kind = FIELD_KINDS[field.kind];
  const isTitle = field.name === "Title";
  return {
    meta: { type: kind.entityType, uri: `${apiRoot(ctx)}${link}`, editLink: link },
    properties: {
      Id: field.id, InternalName: field.name, StaticName: field.name, EntityPropertyName: field.name, Title: field.title, Description: field.description ?? "",
      TypeAsString: field.kind, FieldTypeKind: kind.fieldTypeKind, Required: Boolean(field.required), Indexed: Boolean(field.indexed), EnforceUniqueValues: Boolean(field.unique),
      ReadOnlyField: kind.readOnly, CanBeDeleted: !isTitle, FromBaseType: isTitle, ...COMMON_FIELD, ...kind.entityProperties(field),
    },
  };
}

/** Every field of a list as SharePoint lists them: the built-in ones, Title, then the declared ones. */
export function fieldEntities(ctx: SiteContext, list: StoredList): Entity[] {
  const [id, ...system] = BUILT_IN_FIELDS.map((f) => builtInFieldEntity(ctx, list, f));
  return [id!, ...list.fields.map((f) => declaredFieldEntity(ctx, list, f)), ...system];
}

export function fieldEntity(ctx: SiteContext, list: StoredList, field: StoredField | BuiltInField): Entity {
  return "InternalName" in field ? builtInFieldEntity(ctx, list, field) : declaredFieldEntity(ctx, list, field);
}

export function listEntity(ctx: SiteContext, list: StoredList): Entity {
  const entityName = itemTypeName(list).replace(/^SP\.Data\./, "").replace(/Item$/, "");
  return {
    meta: { type: "SP.List", uri: `${apiRoot(ctx)}${listLink(list)}`, editLink: listLink(list) },
    properties: {
      Id: list.id, Title: list.title, Description: list.description, BaseTemplate: list.baseTemplate, BaseType: 0, ItemCount: ctx.store.itemCount(list),
      EnableVersioning: list.versioning, Hidden: false, Created: list.created, LastItemModifiedDate: ctx.store.lastModified(list) ?? list.created,
      EntityTypeName: entityName, ListItemEntityTypeFullName: itemTypeName(list), ParentWebUrl: ctx.sitePath,
      AllowContentTypes: false, ContentTypesEnabled: false, EnableAttachments: false, EnableFolderCreation: false, EnableMinorVersions: false,
      EnableModeration: false, ForceCheckout: false, NoCrawl: false, OnQuickLaunch: false,
    },
    navigation: { Fields: () => fieldEntities(ctx, list) },
  };
}

/** SharePoint Online's user id block: the person's PUID as `NameId` (a stand-in here, stable per user). */
function userIdInfo(user: SiteUser): Record<string, unknown> {
  return { NameId: `1003${user.id.toString(16).padStart(12, "0")}`, NameIdIssuer: "urn:federation:microsoftonline" };
}

export function userEntity(ctx: SiteContext, user: SiteUser, siteAdmin: boolean): Entity {
  const link = `Web/GetUserById(${user.id})`;
  return {
    meta: { type: "SP.User", uri: `${apiRoot(ctx)}${link}`, editLink: link },
    properties: {
      Id: user.id, IsHiddenInUI: false, LoginName: user.login_name, Title: user.title, PrincipalType: 1, Email: user.email, Expiration: "",
      IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: siteAdmin, UserId: userIdInfo(user), UserPrincipalName: user.email,
    },
  };
}

export function allSiteUsers(ctx: SiteContext): SiteUser[] {
  return ctx.db.prepare("SELECT * FROM sp_users ORDER BY id").all() as SiteUser[];
}

export function webEntity(ctx: SiteContext, currentUser: () => Entity): Entity {
  return {
    meta: { type: "SP.Web", uri: `${apiRoot(ctx)}Web`, editLink: "Web" },
    properties: {
      Id: "3c5e7a90-1b2d-4f6a-8c9e-0d1f2a3b4c5d",
      Title: "Data Hub",
      Description: "Havant Borough Council's Data Use and Analytics Strategy 2025–2028, at work.",
      Url: `${ctx.origin}${ctx.sitePath}`,
      ServerRelativeUrl: ctx.sitePath,
      Language: 2057,
      WebTemplate: "SITEPAGEPUBLISHING",
    },
    navigation: {
      Lists: () => ctx.store.all().map((l) => listEntity(ctx, l)),
      CurrentUser: currentUser,
      SiteUsers: () => allSiteUsers(ctx).map((u) => userEntity(ctx, u, false)),
    },
  };
}
