import { type Comparison, comparisonOf } from "../../../manifest/field-kinds";
import { quoteIdent } from "../store/database";
import type { ItemRow, ListStore, StoredList } from "../store/lists";
import { spErrors } from "./errors";
import { conjuncts, fieldsIn, type FieldRef, type FilterNode, type Literal, ODataSyntaxError, parseFilter } from "./odata-filter";
import { parseTop } from "./entity-query";
import { normaliseDate } from "./values";

export const LIST_VIEW_THRESHOLD = 5000;
const DEFAULT_PAGE_SIZE = 100;
const thresholdError = spErrors.thresholdExceeded;
const invalidQuery = spErrors.invalidQuery;

export interface ItemQuery {
  filter?: string;
  orderby?: string;
  top?: string;
  skiptoken?: string;
}

/** A column, or an expression over a person/lookup target, that a filter or sort can use. */
interface ResolvedRef {
  sql: string;
  /** How literals compare with it, from the field kinds table. */
  comparesAs: Comparison;
  /** True when SharePoint would answer this from an index on a large list. */
  indexed: boolean;
  /** Plain column name, when the reference is one (keyset paging needs it). */
  column?: string;
}

const SYSTEM_REFS: Record<string, { column: string; comparesAs: Comparison; indexed: boolean }> = {
  id: { column: "Id", comparesAs: "number", indexed: true },
  created: { column: "Created", comparesAs: "date", indexed: false },
  modified: { column: "Modified", comparesAs: "date", indexed: false },
  authorid: { column: "AuthorId", comparesAs: "number", indexed: false },
  editorid: { column: "EditorId", comparesAs: "number", indexed: false },
};
const ID_REF: ResolvedRef = { sql: "t.Id", comparesAs: "number", indexed: true, column: "Id" };

export class QueryPlanner {
  constructor(private readonly store: ListStore) {}

  resolve(list: StoredList, ref: FieldRef): ResolvedRef {
    const [head, sub] = ref.path;
    if (!head || ref.path.length > 2) throw invalidQuery(`The field '${ref.path.join("/")}' is not valid.`);
    const lower = head.toLowerCase();
    if (ref.path.length === 1) {
      const system = Object.hasOwn(SYSTEM_REFS, lower) ? SYSTEM_REFS[lower] : undefined;
      if (system) return { sql: `t.${system.column}`, comparesAs: system.comparesAs, indexed: system.indexed, column: system.column };
      const field = this.store.field(list, head);
      if (!field) throw spErrors.fieldOrPropertyMissing(head);
      return { sql: `t.${quoteIdent(field.column)}`, comparesAs: comparisonOf(field), indexed: Boolean(field.indexed), column: field.column };
    }
    // Person or lookup projection: Owner/Id, Owner/EMail, Principle/Title.
    const isAuthor = lower === "author" || lower === "editor";
    const field = isAuthor ? undefined : this.store.field(list, head);
    if (!isAuthor && (!field || (field.kind !== "User" && field.kind !== "Lookup"))) {
      throw spErrors.fieldOrPropertyMissing(head);
    }
    const column = isAuthor ? (lower === "author" ? "AuthorId" : "EditorId") : field!.column;
    const subLower = (sub ?? "").toLowerCase();
    if (subLower === "id") return { sql: `t.${quoteIdent(column)}`, comparesAs: "number", indexed: Boolean(field?.indexed), column };
    if (isAuthor || field!.kind === "User") {
      const userColumns: Record<string, string> = { title: "title", email: "email", name: "login_name" };
      const userColumn = userColumns[subLower];
      if (!userColumn) throw invalidQuery(`The field or property '${sub}' does not exist on 'SP.Data.UserInfoItem'.`);
      return { sql: `(SELECT u.${userColumn} FROM sp_users u WHERE u.id = t.${quoteIdent(column)})`, comparesAs: "text", indexed: false };
    }
    const target = field!.lookupList ? this.store.byTitle(field!.lookupList) : undefined;
    const targetField = target && (subLower === "title" ? ({ column: "Title", name: "Title", title: "Title", kind: "Text" } as const) : this.store.field(target, sub!));
    if (!target || !targetField) throw invalidQuery(`The field or property '${sub}' does not exist on the lookup list.`);
    return { sql: `(SELECT l.${quoteIdent(targetField.column)} FROM ${quoteIdent(target.tableName)} l WHERE l.Id = t.${quoteIdent(column)})`, comparesAs: comparisonOf(targetField), indexed: false };
  }

  private literalParam(ref: ResolvedRef, literal: Literal): unknown {
    const value = literal.value;
    if (value === null) return null;
    if (ref.comparesAs === "date") {
      const iso = typeof value === "string" ? normaliseDate(value) : null;
      if (!iso) throw invalidQuery(`The expression contains an invalid date value '${String(value)}'.`);
      return iso;
    }
    if (ref.comparesAs === "boolean") return value === true || value === 1 || value === "1" || value === "true" ? 1 : 0;
    if (ref.comparesAs === "number") {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) throw invalidQuery(`Cannot convert '${String(value)}' to a number.`);
      return n;
    }
    return typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  }

  private compile(list: StoredList, node: FilterNode, params: unknown[]): string {
    switch (node.type) {
      case "and":
      case "or":
        return `(${this.compile(list, node.left, params)} ${node.type.toUpperCase()} ${this.compile(list, node.right, params)})`;
      case "not":
        // SQL's NOT of a comparison with an empty column is unknown; SharePoint treats it as a match.
        return `(NOT COALESCE(${this.compile(list, node.operand, params)}, 0))`;
      case "function": {
        const ref = this.resolve(list, node.field);
        const text = String(node.value.value ?? "");
        if (node.name === "endswith") throw invalidQuery("SharePoint REST has no endswith(); use startswith() or substringof().");
        if (node.name === "startswith") {
          params.push(`${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
          return `(${ref.sql} LIKE ? ESCAPE '\\')`;
        }
        params.push(text.toLowerCase());
        return `(instr(lower(${ref.sql}), ?) > 0)`;
      }
      case "compare": {
        const ref = this.resolve(list, node.field);
        const value = this.literalParam(ref, node.value);
        if (value === null) {
          if (node.op === "eq") return `(${ref.sql} IS NULL)`;
          if (node.op === "ne") return `(${ref.sql} IS NOT NULL)`;
          throw invalidQuery("Only 'eq' and 'ne' may compare with null.");
        }
        params.push(value);
        const op = { eq: "=", ne: "<>", gt: ">", ge: ">=", lt: "<", le: "<=" }[node.op];
        return node.op === "ne" ? `(${ref.sql} IS NULL OR ${ref.sql} <> ?)` : `(${ref.sql} ${op} ?)`;
      }
    }
  }

  /** A clause SharePoint can answer from an index: a comparison on an indexed column, or an OR of such clauses. */
  private isSelective(list: StoredList, node: FilterNode): boolean {
    switch (node.type) {
      case "compare":
        return node.op !== "ne" && this.resolve(list, node.field).indexed;
      case "or":
        return this.isSelective(list, node.left) && this.isSelective(list, node.right);
      case "and":
        return this.isSelective(list, node.left) || this.isSelective(list, node.right);
      default:
        return false;
    }
  }

  /**
   * Runs a list item query as SharePoint Online would: on a list over the threshold, the filter
   * must narrow by indexed columns to no more than 5,000 items and sorting must use an index.
   */
  run(list: StoredList, query: ItemQuery): { rows: ItemRow[]; nextSkiptoken: string | null } {
    let tree: FilterNode | undefined;
    try {
      tree = query.filter ? parseFilter(query.filter) : undefined;
    } catch (error) {
      if (error instanceof ODataSyntaxError) throw invalidQuery(`The expression "${query.filter}" is not valid. ${error.message}`);
      throw error;
    }
    if (tree) for (const ref of fieldsIn(tree)) this.resolve(list, ref);

    // Digits only, at most 5,000 rows a page, as SharePoint pages: `$top=1e308` is a 400, not a crash.
    const top = parseTop(query.top ?? null, DEFAULT_PAGE_SIZE);

    const order = this.parseOrder(list, query.orderby);
    const large = this.store.itemCount(list) > LIST_VIEW_THRESHOLD;
    if (large) {
      if (order.some((o) => !o.ref.indexed)) throw thresholdError();
      if (tree) {
        const selective = conjuncts(tree).filter((c) => this.isSelective(list, c));
        if (selective.length === 0) throw thresholdError();
        const params: unknown[] = [];
        const where = selective.map((c) => this.compile(list, c, params)).join(" AND ");
        const matched = this.store.count(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${quoteIdent(list.tableName)} t WHERE ${where} LIMIT ${LIST_VIEW_THRESHOLD + 1})`, params);
        if (matched > LIST_VIEW_THRESHOLD) throw thresholdError();
      }
    }

    const params: unknown[] = [];
    const conditions: string[] = [];
    if (tree) conditions.push(this.compile(list, tree, params));
    if (query.skiptoken) conditions.push(this.keysetCondition(order, query.skiptoken, params));
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    const orderSql = order.map((o) => `${o.ref.sql} ${o.desc ? "DESC" : "ASC"}`).join(", ");
    const rows = this.store.select(`SELECT t.* FROM ${quoteIdent(list.tableName)} t ${where} ORDER BY ${orderSql} LIMIT ?`, [...params, top + 1]);
    const more = rows.length > top;
    const page = more ? rows.slice(0, top) : rows;
    const last = page[page.length - 1];
    return { rows: page, nextSkiptoken: more && last ? this.skiptokenFor(order, last) : null };
  }

  private parseOrder(list: StoredList, orderby: string | undefined): { ref: ResolvedRef; desc: boolean }[] {
    const order: { ref: ResolvedRef; desc: boolean }[] = [];
    for (const part of (orderby ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
      const [name, direction, extra] = part.split(/\s+/);
      if (extra || (direction && !/^(asc|desc)$/i.test(direction))) throw invalidQuery(`Invalid $orderby clause '${part}'.`);
      const ref = this.resolve(list, { type: "field", path: name!.split("/") });
      if (!ref.column) throw invalidQuery(`Sorting by '${name}' is not supported.`);
      order.push({ ref, desc: direction?.toLowerCase() === "desc" });
    }
    // Id breaks ties, so every page boundary is exact.
    if (!order.some((o) => o.ref.column === "Id")) order.push({ ref: ID_REF, desc: false });
    return order;
  }

  /** `Paged=TRUE&p_ID=42&p_DueDate=…`, SharePoint's own skiptoken form. */
  private skiptokenFor(order: { ref: ResolvedRef }[], row: ItemRow): string {
    const parts = ["Paged=TRUE"];
    for (const o of order) {
      const value = row[o.ref.column!];
      parts.push(`p_${o.ref.column === "Id" ? "ID" : o.ref.column}=${value === null || value === undefined ? "" : encodeURIComponent(String(value))}`);
    }
    return parts.join("&");
  }

  /** Rows strictly after the skiptoken's position in the sort order (SQLite sorts NULL first ascending). */
  private keysetCondition(order: { ref: ResolvedRef; desc: boolean }[], skiptoken: string, params: unknown[]): string {
    const token = new URLSearchParams(skiptoken);
    if (token.get("PagedPrev")?.toUpperCase() === "TRUE") throw spErrors.notSupported("paging backwards (PagedPrev=TRUE in $skiptoken)");
    const values = order.map((o) => {
      const raw = token.get(`p_${o.ref.column === "Id" ? "ID" : o.ref.column}`);
      if (raw === null) throw invalidQuery("The $skiptoken does not match the $orderby of the query.");
      if (raw === "") return null;
      return o.ref.comparesAs === "number" || o.ref.comparesAs === "boolean" ? Number(raw) : raw;
    });
    const branches: string[] = [];
    for (let k = 0; k < order.length; k++) {
      const terms: string[] = [];
      for (let j = 0; j < k; j++) {
        const v = values[j];
        if (v === null) terms.push(`${order[j]!.ref.sql} IS NULL`);
        else {
          terms.push(`${order[j]!.ref.sql} = ?`);
          params.push(v);
        }
      }
      const { ref, desc } = order[k]!;
      const v = values[k];
      if (!desc) {
        if (v === null) terms.push(`${ref.sql} IS NOT NULL`);
        else {
          terms.push(`${ref.sql} > ?`);
          params.push(v);
        }
      } else if (v === null) {
        terms.push("0");
      } else {
        terms.push(`(${ref.sql} < ? OR ${ref.sql} IS NULL)`);
        params.push(v);
      }
      branches.push(`(${terms.join(" AND ")})`);
    }
    return `(${branches.join(" OR ")})`;
  }
}
