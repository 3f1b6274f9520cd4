import { type Group, type Person } from "../identity/personas";
import type { FilterNode } from "../sp/odata-filter";
import { graphErrors } from "./errors";

export const DEFAULT_USER_PROPERTIES = ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];

export function userResource(person: Person): Record<string, unknown> {
  return {
    id: person.id,
    businessPhones: [],
    displayName: person.displayName,
    givenName: person.givenName,
    surname: person.surname,
    jobTitle: person.jobTitle,
    mail: person.mail,
    mobilePhone: null,
    officeLocation: person.officeLocation,
    preferredLanguage: "en-GB",
    userPrincipalName: person.mail,
    department: person.department,
    accountEnabled: true,
  };
}

export function groupResource(group: Group): Record<string, unknown> {
  return { "@odata.type": "#microsoft.graph.group", id: group.id, displayName: group.displayName, description: group.description, securityEnabled: true, mailEnabled: false, groupTypes: [] };
}

/** Applies `$select` (Graph keeps `@odata.type` on directory objects). */
export function project(resource: Record<string, unknown>, select: string | null, defaults?: string[]): Record<string, unknown> {
  const names = select ? select.split(",").map((s) => s.trim()).filter(Boolean) : defaults;
  if (!names) return resource;
  const out: Record<string, unknown> = {};
  if (resource["@odata.type"]) out["@odata.type"] = resource["@odata.type"];
  for (const name of names) {
    const key = Object.keys(resource).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) out[key] = resource[key];
  }
  return out;
}

/** Whether a user matches a filter already checked by checkUserFilter; text compares case-insensitively. */
export function matches(node: FilterNode, resource: Record<string, unknown>): boolean {
  switch (node.type) {
    case "and":
      return matches(node.left, resource) && matches(node.right, resource);
    case "or":
      return matches(node.left, resource) || matches(node.right, resource);
    case "not":
      return !matches(node.operand, resource);
    default: {
      const key = Object.keys(resource).find((k) => k.toLowerCase() === node.field.path.join("/").toLowerCase());
      const actual = key === undefined ? undefined : resource[key];
      const expected = node.value.value;
      const a = typeof actual === "string" ? actual.toLowerCase() : (actual ?? null);
      const e = typeof expected === "string" ? expected.toLowerCase() : expected;
      if (node.type === "function") {
        if (typeof a !== "string" || typeof e !== "string") return false;
        return node.name === "startswith" ? a.startsWith(e) : node.name === "endswith" ? a.endsWith(e) : a.includes(e);
      }
      if (e === null) return node.op === "eq" ? a === null || a === "" : a !== null && a !== "";
      if (a === null) return node.op === "ne";
      switch (node.op) {
        case "eq":
          return a === e;
        case "ne":
          return a !== e;
        case "ge":
          return (a as string | number) >= (e as string | number);
        case "le":
          return (a as string | number) <= (e as string | number);
        default:
          throw graphErrors.unsupportedQuery(`Operator '${node.op}' is not supported.`);
      }
    }
  }
}

/** `$search="displayName:ali" OR "mail:ali"`: tokenised prefix match, as directory search does. */
export function searchMatches(search: string, resource: Record<string, unknown>): boolean {
  const clauses = [...search.matchAll(/"([A-Za-z]+):([^"]*)"/g)];
  if (clauses.length === 0) throw graphErrors.unsupportedQuery("Syntax error: the $search value must be of the form \"property:value\".");
  return clauses.some(([, property, term]) => {
    const value = String(resource[property!] ?? "").toLowerCase();
    return value.split(/[\s.@]+/).some((word) => word.startsWith(term!.toLowerCase())) || value.startsWith(term!.toLowerCase());
  });
}
