/**
 * `$filter`, `$select`, `$expand`, `$orderby`, `$top` and `$skip` on SharePoint's collections
 * other than list items (the web's lists, a list's fields, site users), and `$select`/`$expand`
 * on single entities, as SharePoint applies them: a name the type does not have is a 400
 * ("The field or property '…' does not exist"), never an empty value.
 */
import { normaliseDate } from "../../../manifest/field-kinds";
import { spErrors } from "./errors";
import { decorate, type EntityMeta, type MetadataLevel } from "./format";
import { type FilterNode, type Literal, ODataSyntaxError, parseFilter } from "./odata-filter";

/** A non-item entity before its metadata is added: plain properties and what `$expand` can reach. */
export interface Entity {
  readonly meta: EntityMeta;
  readonly properties: Readonly<Record<string, unknown>>;
  /** Navigation properties the tenant serves, built only when expanded. */
  readonly navigation?: Readonly<Record<string, () => Entity | Entity[] | null>>;
}

/** A SharePoint type as the tenant models it: what `$select`, `$filter` and `$expand` may name. */
export interface EntityType {
  readonly name: string;
  /** Every property the tenant gives entities of this type (a derived type's too, e.g. SP.FieldChoice's Choices). */
  readonly properties: readonly string[];
  /** Navigation properties the tenant serves with `$expand`, and the type each leads to. */
  readonly navigation: Readonly<Record<string, EntityType>>;
  /** What SharePoint's type has that the tenant does not serve: asking for it is a 501, not a 400. */
  readonly unserved: readonly string[];
}

/** SharePoint's largest page: `$top` above it is cut to it, as SharePoint cuts it. */
export const MAX_PAGE = 5000;

const find = (names: Iterable<string>, name: string) => [...names].find((n) => n.toLowerCase() === name.toLowerCase());

function unservedIn(type: EntityType, name: string): string | undefined {
  return find(type.unserved, name);
}

/** Reads `$top` (digits only), capped at SharePoint's 5,000. */
export function parseTop(raw: string | null, fallback: number): number {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw.trim())) throw spErrors.invalidQuery(`Invalid $top value '${raw}'. It must be a whole number from 0 to ${MAX_PAGE}.`);
  return Math.min(Number(raw), MAX_PAGE);
}

interface Shape {
  /** Properties asked for; null means all. */
  readonly select: Set<string> | null;
  /** Navigation property → its sub-properties asked for (empty: all). */
  readonly expand: Map<string, Set<string>>;
}

/** Checks `$select` and `$expand` against the type. */
function shapeOf(type: EntityType, query: URLSearchParams): Shape {
  const properties = type.properties;
  const navigation = Object.keys(type.navigation);
  const expand = new Map<string, Set<string>>();
  for (const name of (query.get("$expand") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const served = find(navigation, name);
    if (served) expand.set(served, new Set());
    else if (unservedIn(type, name)) throw spErrors.notSupported(`$expand=${name} on ${type.name}`);
    else throw spErrors.fieldOrPropertyMissing(name);
  }
  const raw = query.get("$select");
  if (!raw || raw.trim() === "*") return { select: null, expand };
  const select = new Set<string>();
  for (const part of raw.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [head = "", sub] = part.split("/");
    if (head === "*") return { select: null, expand };
    if (sub !== undefined) {
      const key = find(expand.keys(), head);
      if (!key) throw spErrors.expandMissing(part, head);
      const target = type.navigation[key]!;
      const property = find(target.properties, sub);
      if (!property) throw unservedIn(target, sub) ? spErrors.notSupported(`the property ${sub} of ${target.name}`) : spErrors.fieldOrPropertyMissing(sub);
      expand.get(key)!.add(property);
      continue;
    }
    const property = find(properties, head) ?? find(navigation, head);
    if (property) select.add(property);
    else if (unservedIn(type, head)) throw spErrors.notSupported(`the property ${head} of ${type.name}`);
    else throw spErrors.fieldOrPropertyMissing(head);
  }
  return { select, expand };
}

function render(level: MetadataLevel, entity: Entity, shape: Shape): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(entity.properties)) {
    if (shape.select === null || shape.select.has(name)) value[name] = level === "verbose" && Array.isArray(v) ? { results: v } : v;
  }
  for (const [name, subFields] of shape.expand) {
    const target = entity.navigation?.[name]?.();
    const subShape: Shape = { select: subFields.size ? subFields : null, expand: new Map() };
    if (Array.isArray(target)) {
      const rows = target.map((e) => render(level, e, subShape));
      value[name] = level === "verbose" ? { results: rows } : rows;
    } else value[name] = target ? render(level, target, subShape) : null;
  }
  return decorate(level, entity.meta, value);
}

function compare(actual: unknown, literal: Literal): number | null {
  const expected = literal.value;
  if (actual === null || actual === undefined || expected === null) return null;
  if (typeof actual === "number") return typeof expected === "number" ? actual - expected : null;
  if (typeof actual === "boolean") return expected === actual ? 0 : typeof expected === "boolean" ? Number(actual) - Number(expected) : null;
  if (literal.isDate) {
    const a = normaliseDate(String(actual));
    const e = normaliseDate(String(expected));
    return a && e ? a.localeCompare(e) : null;
  }
  return String(actual).toLowerCase().localeCompare(String(expected).toLowerCase());
}

function propertyOf(entity: Entity, name: string): unknown {
  const key = find(Object.keys(entity.properties), name);
  return key === undefined ? undefined : entity.properties[key];
}

function matches(entity: Entity, node: FilterNode): boolean {
  switch (node.type) {
    case "and":
      return matches(entity, node.left) && matches(entity, node.right);
    case "or":
      return matches(entity, node.left) || matches(entity, node.right);
    case "not":
      return !matches(entity, node.operand);
    case "function": {
      const actual = propertyOf(entity, node.field.path.join("/"));
      if (typeof actual !== "string") return false;
      const text = String(node.value.value ?? "").toLowerCase();
      return node.name === "startswith" ? actual.toLowerCase().startsWith(text) : actual.toLowerCase().includes(text);
    }
    case "compare": {
      const actual = propertyOf(entity, node.field.path.join("/"));
      if (node.value.value === null) {
        const empty = actual === null || actual === undefined || actual === "";
        return node.op === "eq" ? empty : node.op === "ne" ? !empty : false;
      }
      const c = compare(actual, node.value);
      if (c === null) return node.op === "ne";
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}

function filterFields(node: FilterNode): string[] {
  switch (node.type) {
    case "and":
    case "or":
      return [...filterFields(node.left), ...filterFields(node.right)];
    case "not":
      return filterFields(node.operand);
    default:
      return [node.field.path.join("/")];
  }
}

/** A collection's entities after `$filter`, `$orderby`, `$skip` and `$top`, rendered after `$select` and `$expand`. */
export function queryCollection(level: MetadataLevel, type: EntityType, all: readonly Entity[], query: URLSearchParams): Record<string, unknown>[] {
  const shape = shapeOf(type, query);
  const known = type.properties;
  let rows = [...all];
  const filter = query.get("$filter");
  if (filter) {
    let tree: FilterNode;
    try {
      tree = parseFilter(filter);
    } catch (error) {
      if (error instanceof ODataSyntaxError) throw spErrors.invalidQuery(`The expression "${filter}" is not valid. ${error.message}`);
      throw error;
    }
    for (const name of filterFields(tree)) {
      if (find(known, name)) continue;
      if (unservedIn(type, name)) throw spErrors.notSupported(`$filter on ${name} of ${type.name}`);
      throw spErrors.fieldOrPropertyMissing(name);
    }
    rows = rows.filter((e) => matches(e, tree));
  }
  const orderby = query.get("$orderby");
  if (orderby) {
    const order = orderby.split(",").map((part) => {
      const [name = "", direction = "asc"] = part.trim().split(/\s+/);
      if (!/^(asc|desc)$/i.test(direction)) throw spErrors.invalidQuery(`Invalid $orderby clause '${part.trim()}'.`);
      const property = find(known, name);
      if (!property) throw spErrors.fieldOrPropertyMissing(name);
      return { property, desc: direction.toLowerCase() === "desc" };
    });
    rows.sort((x, y) => {
      for (const { property, desc } of order) {
        const c = compare(x.properties[property], { type: "literal", value: (y.properties[property] ?? null) as Literal["value"] }) ?? 0;
        if (c) return desc ? -c : c;
      }
      return 0;
    });
  }
  const skipRaw = query.get("$skip");
  const skip = skipRaw === null ? 0 : Number(skipRaw);
  if (!Number.isInteger(skip) || skip < 0) throw spErrors.invalidQuery(`Invalid $skip value '${skipRaw}'.`);
  rows = rows.slice(skip, skip + parseTop(query.get("$top"), MAX_PAGE));
  return rows.map((e) => render(level, e, shape));
}

/** One entity after `$select` and `$expand`. */
export function projectOne(level: MetadataLevel, type: EntityType, entity: Entity, query: URLSearchParams): Record<string, unknown> {
  return render(level, entity, shapeOf(type, query));
}
