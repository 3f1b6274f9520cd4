/**
 * Which `$filter` and `$orderby` uses Microsoft Graph allows on users, by default or only as an
 * advanced query (`ConsistencyLevel: eventual` and `$count=true`), for the properties the local
 * directory has. From Microsoft's "Advanced query capabilities on Microsoft Entra ID objects"
 * (learn.microsoft.com/graph/aad-advanced-queries) and its table of filter support per property.
 */
import type { FilterNode } from "../sp/odata-filter";
import { graphErrors } from "./errors";

type Support = "default" | "advanced";
type Operator = "eq" | "ne" | "not" | "ge" | "le" | "startswith" | "endswith" | "null";

const D: Support = "default";
const A: Support = "advanced";

/** Per property, per operator: allowed by default, only in advanced queries, or (absent) not at all. */
const USER_FILTERS: Record<string, Partial<Record<Operator, Support>>> = {
  accountEnabled: { eq: D, ne: A, not: A, ge: A, le: A },
  department: { eq: D, ne: A, not: A, ge: D, le: D, startswith: D, null: A },
  displayName: { eq: D, ne: A, not: A, startswith: D, null: A },
  givenName: { eq: D, ne: A, ge: D, le: D, startswith: D, null: A },
  id: { eq: D, ne: A, not: A },
  jobTitle: { eq: D, ne: A, ge: D, le: D, null: A },
  mail: { eq: D, ne: A, ge: D, le: D, startswith: D, endswith: A },
  mobilePhone: { eq: A, ne: A, ge: A, le: A, startswith: A, null: A },
  officeLocation: { eq: A, ne: A, ge: A, le: A, startswith: A, null: A },
  preferredLanguage: { eq: A, ne: A, ge: A, le: A, startswith: A, null: A },
  surname: { eq: D, ne: A, ge: D, le: D, startswith: D, null: A },
  userPrincipalName: { eq: D, ne: A, le: D, startswith: D, endswith: A },
};

/** `$orderby` on users: displayName and userPrincipalName by default (Graph's sorting table). */
const USER_SORTS: Record<string, Support> = { displayName: D, userPrincipalName: D };

const ADVANCED_HINT = "is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information";

function unsupportedProperty(property: string) {
  return graphErrors.unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`);
}

function propertyName(property: string): string {
  const key = Object.keys(USER_FILTERS).find((k) => k.toLowerCase() === property.toLowerCase());
  if (!key) throw unsupportedProperty(property);
  return key;
}

function require(property: string, operator: Operator, advanced: boolean, shownAs: string): void {
  const support = USER_FILTERS[property]![operator];
  if (!support) throw unsupportedProperty(property);
  if (support === "advanced" && !advanced) throw graphErrors.unsupportedQuery(`Operator '${shownAs}' ${ADVANCED_HINT}`);
}

/** Throws Graph's own error for a filter the directory refuses, given whether this is an advanced query. */
export function checkUserFilter(node: FilterNode, advanced: boolean): void {
  switch (node.type) {
    case "and":
    case "or":
      checkUserFilter(node.left, advanced);
      checkUserFilter(node.right, advanced);
      return;
    case "not":
      if (!advanced) throw graphErrors.unsupportedQuery(`Operator 'not' ${ADVANCED_HINT}`);
      checkUserFilter(node.operand, advanced);
      return;
    case "function": {
      const property = propertyName(node.field.path.join("/"));
      require(property, node.name === "endswith" ? "endswith" : "startswith", advanced, node.name === "endswith" ? "endsWith" : "startsWith");
      return;
    }
    case "compare": {
      const property = propertyName(node.field.path.join("/"));
      if (node.value.value === null) {
        if (node.op !== "eq" && node.op !== "ne") throw unsupportedProperty(property);
        require(property, "null", advanced, node.op);
        if (node.op === "ne") require(property, "ne", advanced, "ne");
        return;
      }
      if (node.op === "gt" || node.op === "lt") throw unsupportedProperty(property);
      require(property, node.op, advanced, node.op);
    }
  }
}

/** The `$orderby` clauses of a users query, checked as Graph checks them. */
export function userOrder(orderby: string, hasFilter: boolean, advanced: boolean): { property: string; desc: boolean }[] {
  if (hasFilter && !advanced) throw graphErrors.unsupportedQuery("Sorting not supported for current query.");
  return orderby.split(",").map((part) => {
    const [name = "", direction = "asc"] = part.trim().split(/\s+/);
    const property = Object.keys(USER_SORTS).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!property) throw graphErrors.unsupportedQuery(`Sorting by the property '${name}' is not supported.`);
    if (!/^(asc|desc)$/i.test(direction)) throw graphErrors.badRequest(`Invalid $orderby direction '${direction}'.`);
    return { property, desc: direction.toLowerCase() === "desc" };
  });
}
