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

/** What a module's declared capabilities need: the roles that hold each (`capabilities` in module.ts). */
export interface DeclaresCapabilities {
  capabilities?: Readonly<Record<string, readonly Role[]>>;
}

/**
 * What the UI offers, from every module's declared capabilities. These only shape the screens:
 * SharePoint's own permissions decide what a save may do, and a refused save is explained, not hidden.
 */
export function capabilitiesOf(roles: readonly Role[], modules: readonly DeclaresCapabilities[]): Set<string> {
  const held = new Set(roles);
  const granted = new Set<string>();
  for (const module of modules) {
    for (const [capability, holders] of Object.entries(module.capabilities ?? {})) if (holders.some((role) => held.has(role))) granted.add(capability);
  }
  return granted;
}
