import { ROLES, type Role } from "../../../manifest/schema";

export { ROLES, type Role };

export const ROLE_LABELS: Record<Role, string> = {
  staff: "Staff",
  manager: "Manager",
  "asset-owner": "Information asset owner",
  "data-lead": "Data lead",
  "focus-group": "Focus group member",
  councillor: "Councillor",
};

/** Entra group ids that grant each role, from configuration. */
export type RoleGroups = Partial<Record<Role, readonly string[]>>;

/** Roles from group membership: a person holds a role when they are in any of its groups. */
export function rolesFromGroups(groupIds: readonly string[], roleGroups: RoleGroups): Role[] {
  const member = new Set(groupIds.map((id) => id.toLowerCase()));
  return ROLES.filter((role) => (roleGroups[role] ?? []).some((id) => member.has(id.toLowerCase())));
}

/**
 * What the UI offers. These only shape the screens: SharePoint's own permissions decide
 * what a save may do, and a refused save is explained, not hidden.
 */
export type Capability = "edit-any-action" | "add-action" | "approve-terms" | "manage-dashboards" | "post-to-focus-group" | "see-team-measures";

const CAPABILITIES_BY_ROLE: Record<Role, readonly Capability[]> = {
  staff: [],
  manager: ["add-action", "see-team-measures"],
  "asset-owner": ["approve-terms"],
  "data-lead": ["edit-any-action", "add-action", "approve-terms", "manage-dashboards", "post-to-focus-group", "see-team-measures"],
  "focus-group": ["post-to-focus-group"],
  councillor: [],
};

export function capabilitiesOf(roles: readonly Role[]): Set<Capability> {
  return new Set(roles.flatMap((role) => CAPABILITIES_BY_ROLE[role]));
}
