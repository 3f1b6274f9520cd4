import type { FilterName, FilterValue } from "../../../manifest/items";
import type { ListDeclaration } from "../../../manifest/schema";

/**
 * OData values and filters, built in one place so that every value is escaped the same way.
 * PnPjs 4's own typed filter builder quotes text without doubling quotes (`O'Brien` breaks the
 * query, and a crafted value could widen it), so Data Hub builds filters here instead.
 */

/** A `$filter` expression for one list: only that list's declared columns can appear in it. */
export type Filter<L extends ListDeclaration> = string & { readonly __filterOf?: L };

/** A single-quoted OData string literal: `O'Brien` → `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** SharePoint's datetime literal, in UTC to the second. */
export function odataDateTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return `datetime'${date.toISOString().replace(/\.\d{3}Z$/, "Z")}'`;
}

/** Any value as an OData literal; numbers must be finite, so `1e308 * 10` cannot reach a query. */
export function odataLiteral(value: string | number | boolean | Date | null): string {
  if (value === null) return "null";
  if (typeof value === "string") return odataString(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  return odataDateTime(value);
}

type Comparison = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

/** The filter builder for one list. Field names and value types come from its declaration. */
export interface FilterBuilder<L extends ListDeclaration> {
  compare<N extends FilterName<L>>(field: N, op: Comparison, value: FilterValue<L, N>): Filter<L>;
  eq<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  ne<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  ge<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  le<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  gt<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  lt<N extends FilterName<L>>(field: N, value: FilterValue<L, N>): Filter<L>;
  isNull(field: FilterName<L>): Filter<L>;
  notNull(field: FilterName<L>): Filter<L>;
  startsWith(field: FilterName<L>, text: string): Filter<L>;
  /** `field eq a or field eq b …`; an empty list matches nothing. */
  anyOf<N extends FilterName<L>>(field: N, values: readonly FilterValue<L, N>[]): Filter<L>;
  /** Parts left undefined are skipped; no parts is no filter (undefined). */
  and(...parts: (Filter<L> | undefined)[]): Filter<L> | undefined;
  or(...parts: (Filter<L> | undefined)[]): Filter<L> | undefined;
}

/** Joins parts, bracketing any that hold the other operator (over-bracketing is harmless; under-bracketing changes meaning). */
function join(parts: (string | undefined)[], op: "and" | "or"): string | undefined {
  const present = parts.filter((p): p is string => !!p);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  const other = op === "and" ? " or " : " and ";
  return present.map((p) => (p.includes(other) ? `(${p})` : p)).join(` ${op} `);
}

/** A list's filter builder: `const f = filterFor(actionsList); f.and(f.eq("Status", "Complete"), f.isNull("PrincipleKey"))`. */
export function filterFor<L extends ListDeclaration>(_list: L): FilterBuilder<L> {
  const compare = (field: string, op: Comparison, value: unknown) => `${field} ${op} ${odataLiteral(value as string | number | boolean | Date)}` as Filter<L>;
  return {
    compare,
    eq: (field, value) => compare(field, "eq", value),
    ne: (field, value) => compare(field, "ne", value),
    ge: (field, value) => compare(field, "ge", value),
    le: (field, value) => compare(field, "le", value),
    gt: (field, value) => compare(field, "gt", value),
    lt: (field, value) => compare(field, "lt", value),
    isNull: (field) => `${field} eq null` as Filter<L>,
    notNull: (field) => `${field} ne null` as Filter<L>,
    startsWith: (field, text) => `startswith(${field},${odataString(text)})` as Filter<L>,
    anyOf: (field, values) => (values.length === 0 ? ("Id eq 0" as Filter<L>) : (join(values.map((v) => compare(field, "eq", v)), "or") as Filter<L>)),
    and: (...parts) => join(parts, "and") as Filter<L> | undefined,
    or: (...parts) => join(parts, "or") as Filter<L> | undefined,
  };
}

/**
 * A query string for Graph or any REST API, every value encoded: `Planning & Regulation` must
 * reach the server as one value, not as a second parameter.
 */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const pairs = Object.entries(params).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
  // Keys such as `$filter` are ours and safe as written; values are always encoded.
  return pairs.map(([key, value]) => `${/^[$\w]+$/.test(key) ? key : encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join("&");
}
