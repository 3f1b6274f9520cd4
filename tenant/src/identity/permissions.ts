import type { ListPermissions, Role } from "../../../manifest/schema";

/** SharePoint's PermissionKind values (SP.PermissionKind), as PnPjs' hasPermissions() reads them. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
} as const;
export type PermissionKindValue = (typeof PermissionKind)[keyof typeof PermissionKind];

const READ: PermissionKindValue[] = [
  PermissionKind.ViewListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewVersions,
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.ViewPages,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseClientIntegration,
  PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts,
  PermissionKind.EditMyUserInfo,
];
const EDIT: PermissionKindValue[] = [PermissionKind.EditListItems, PermissionKind.DeleteListItems, PermissionKind.DeleteVersions, PermissionKind.ManagePersonalViews];

/** SP.BasePermissions as REST returns it: two 32-bit halves, as decimal strings. */
export interface BasePermissions {
  High: string;
  Low: string;
}

export function toBasePermissions(kinds: Iterable<number>): BasePermissions {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  return { High: String(high >>> 0), Low: String(low >>> 0) };
}

export const FULL_MASK: BasePermissions = { High: "2147483647", Low: "4294967295" };

function includesRole(allowed: readonly Role[] | "everyone", roles: readonly Role[]): boolean {
  return allowed === "everyone" ? roles.length > 0 : allowed.some((r) => roles.includes(r));
}

/** The data lead owns the site; everyone else signed in may read it. */
export function webPermissions(roles: readonly Role[]): Set<number> {
  if (roles.includes("data-lead")) return new Set(Object.values(PermissionKind).concat(EDIT, READ));
  return new Set(READ);
}

/**
 * What a person may do in a list, or to one item of it. `isOwnItem` says whether the item's
 * declared owner field names this person (for "edit your own" permissions).
 */
export function listPermissions(declared: ListPermissions | null, roles: readonly Role[], isOwnItem = false): Set<number> {
  const kinds = new Set<number>(READ);
  if (roles.includes("data-lead")) {
    for (const k of [PermissionKind.AddListItems, ...EDIT, PermissionKind.ManageLists]) kinds.add(k);
    return kinds;
  }
  // A list with no declared permissions inherits the site's: read for everyone but the owner.
  if (!declared) return kinds;
  if (includesRole(declared.add, roles)) kinds.add(PermissionKind.AddListItems);
  if (includesRole(declared.edit, roles)) for (const k of EDIT) kinds.add(k);
  // Editing without deleting (a "Contribute without delete" level): counters everyone must update, for one.
  if (declared.delete && !includesRole(declared.delete, roles)) kinds.delete(PermissionKind.DeleteListItems);
  if (declared.manage && includesRole(declared.manage, roles)) kinds.add(PermissionKind.ManageLists);
  if (isOwnItem && declared.editOwn && includesRole(declared.editOwn.roles, roles)) kinds.add(PermissionKind.EditListItems);
  return kinds;
}
