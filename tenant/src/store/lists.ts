import { randomUUID } from "node:crypto";
import { comparisonOf, storageOf, wirePropertyName } from "../../../manifest/field-kinds";
import type { FieldDeclaration, FieldKind, ListDeclaration, ListPermissions } from "../../../manifest/schema";
import { TITLE_FIELD } from "../../../manifest/schema";
import type Database from "better-sqlite3";
import { spErrors } from "../sp/errors";
import { compileFormula, type FormulaValue, FormulaNotSupportedError, FormulaSyntaxError } from "../sp/formula";
import { type Db, quoteIdent } from "./database";

export interface StoredField extends FieldDeclaration {
  readonly id: string;
  /** SQL column: `<name>Id` for person and lookup fields, as on the wire. */
  readonly column: string;
}

export interface StoredList {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly description: string;
  readonly baseTemplate: number;
  readonly versioning: boolean;
  readonly created: string;
  readonly tableName: string;
  readonly permissions: ListPermissions | null;
  readonly fields: StoredField[];
}

export type ItemRow = Record<string, unknown> & { Id: number; Version: number };

/** What may change on a field after it is created (SharePoint's field MERGE, in the store's words). */
export interface FieldChanges {
  readonly title?: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly choices?: readonly string[];
  readonly fillIn?: boolean;
  readonly unique?: boolean;
}

/** SharePoint's own columns every list item carries, besides the declared fields. */
export const SYSTEM_COLUMNS = ["Id", "Version", "Created", "Modified", "AuthorId", "EditorId"] as const;

function columnFor(field: FieldDeclaration): string {
  return wirePropertyName(field);
}

/** SharePoint's fixed id of the Title field every list has. */
export const TITLE_FIELD_ID = "fa564e0f-0c70-4ab9-b863-0177e6ddd247";

/** What creating a list takes (POST _api/web/lists, or a declaration). */
type NewList = { title: string; description?: string; url?: string; baseTemplate?: number; versioning?: boolean; permissions?: ListPermissions | null };

/** What a declaration says beyond the columns sp_fields has its own column for, kept as JSON. */
type FieldSettings = Pick<FieldDeclaration, "fillIn" | "unique" | "minimum" | "maximum" | "formula" | "resultKind">;
const SETTING_KEYS = ["fillIn", "unique", "minimum", "maximum", "formula", "resultKind"] as const;

function settingsOf(field: FieldDeclaration): string | null {
  const settings = Object.fromEntries(SETTING_KEYS.filter((k) => field[k] !== undefined && field[k] !== false).map((k) => [k, field[k]]));
  return Object.keys(settings).length ? JSON.stringify(settings) : null;
}

export const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** Reads and writes lists, fields and items. Knows SQL, not HTTP. */
export class ListStore {
  private cache = new Map<string, StoredList>();

  constructor(private readonly db: Db) {}

  all(): StoredList[] {
    const rows = this.db.prepare("SELECT id FROM sp_lists ORDER BY created, title").all() as { id: string }[];
    return rows.map((r) => this.byId(r.id)!);
  }

  byTitle(title: string): StoredList | undefined {
    const row = this.db.prepare("SELECT id FROM sp_lists WHERE title = ?").get(title) as { id: string } | undefined;
    return row ? this.byId(row.id) : undefined;
  }

  byId(id: string): StoredList | undefined {
    const key = id.toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const row = this.db.prepare("SELECT * FROM sp_lists WHERE id = ?").get(key) as Record<string, unknown> | undefined;
    if (!row) return undefined;
    const fieldRows = this.db.prepare("SELECT * FROM sp_fields WHERE list_id = ? ORDER BY position").all(key) as Record<string, unknown>[];
    const list: StoredList = {
      id: row.id as string,
      title: row.title as string,
      url: row.url as string,
      description: row.description as string,
      baseTemplate: row.base_template as number,
      versioning: row.versioning === 1,
      created: row.created as string,
      tableName: row.table_name as string,
      permissions: row.permissions ? (JSON.parse(row.permissions as string) as ListPermissions) : null,
      fields: fieldRows.map((f) => {
        const decl: FieldDeclaration = {
          name: f.internal_name as string,
          title: f.title as string,
          kind: f.kind as FieldKind,
          required: f.required === 1,
          indexed: f.indexed === 1,
          choices: f.choices ? (JSON.parse(f.choices as string) as string[]) : undefined,
          lookupList: (f.lookup_list as string | null) ?? undefined,
          maxLength: (f.max_length as number | null) ?? undefined,
          dateOnly: f.date_only === 1,
          description: f.description as string,
          ...(f.settings ? (JSON.parse(f.settings as string) as FieldSettings) : {}),
        };
        const id = decl.name === "Title" ? TITLE_FIELD_ID : (f.id as string);
        return { ...decl, id, column: columnFor(decl) };
      }),
    };
    this.cache.set(key, list);
    return list;
  }

  field(list: StoredList, name: string): StoredField | undefined {
    const lower = name.toLowerCase();
    return list.fields.find((f) => f.name.toLowerCase() === lower || f.column.toLowerCase() === lower);
  }

  createList(input: NewList): StoredList {
    return this.createListWithColumns(input, []);
  }

  /**
   * Creates a list whose table already has a column for each of `fields` (their field rows are added
   * by addField): one CREATE TABLE instead of an ALTER TABLE per field, which rewrites the schema each time.
   */
  private createListWithColumns(input: NewList, fields: readonly FieldDeclaration[]): StoredList {
    if (!input.title?.trim()) throw spErrors.listTitleEmpty();
    if (this.byTitle(input.title)) throw spErrors.listTitleTaken();
    const id = randomUUID();
    const tableName = `list_${id.replace(/-/g, "").slice(0, 16)}`;
    const tx = this.db.transaction(() => {
      this.db
        .prepare("INSERT INTO sp_lists (id, title, url, description, base_template, versioning, created, table_name, permissions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .run(id, input.title, input.url ?? `Lists/${input.title.replace(/[^A-Za-z0-9]/g, "")}`, input.description ?? "", input.baseTemplate ?? 100, input.versioning ? 1 : 0, nowIso(), tableName, input.permissions ? JSON.stringify(input.permissions) : null);
      this.db.exec(`CREATE TABLE ${quoteIdent(tableName)} (
        Id INTEGER PRIMARY KEY AUTOINCREMENT,
        Version INTEGER NOT NULL DEFAULT 1,
        Created TEXT NOT NULL,
        Modified TEXT NOT NULL,
        AuthorId INTEGER,
        EditorId INTEGER${fields.map((field) => `,\n        ${quoteIdent(columnFor(field))} ${storageOf(field)}`).join("")}
      )`);
      this.insertField(id, tableName, TITLE_FIELD, 0);
    });
    tx();
    return this.byId(id)!;
  }

  /** Creates a list and its fields from the site declaration (used at start-up and by tests). */
  createFromDeclaration(decl: Omit<ListDeclaration, "permissions"> & { readonly permissions: ListPermissions | null }): StoredList {
    const list = this.createListWithColumns({ title: decl.title, description: decl.description, url: decl.url, versioning: decl.versioning, permissions: decl.permissions }, decl.fields);
    for (const field of decl.fields) this.addField(list.id, field, { columnExists: true });
    return this.byId(list.id)!;
  }

  updateList(list: StoredList, changes: { Title?: string; Description?: string; EnableVersioning?: boolean }): void {
    if (changes.Title !== undefined && changes.Title !== list.title && this.byTitle(changes.Title)) throw spErrors.listTitleTaken();
    this.db
      .prepare("UPDATE sp_lists SET title = COALESCE(?, title), description = COALESCE(?, description), versioning = COALESCE(?, versioning) WHERE id = ?")
      .run(changes.Title ?? null, changes.Description ?? null, changes.EnableVersioning === undefined ? null : changes.EnableVersioning ? 1 : 0, list.id);
    this.cache.delete(list.id);
  }

  deleteList(list: StoredList): void {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM sp_lists WHERE id = ?").run(list.id);
      this.db.prepare("DELETE FROM sp_item_versions WHERE list_id = ?").run(list.id);
      this.db.exec(`DROP TABLE ${quoteIdent(list.tableName)}`);
    })();
    this.statements.clear();
    this.cache.delete(list.id);
  }

  addField(listId: string, field: FieldDeclaration, options: { columnExists?: boolean } = {}): StoredField {
    const list = this.byId(listId);
    if (!list) throw spErrors.listGone();
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(field.name)) throw spErrors.invalidInternalName(field.name);
    if (this.field(list, field.name)) throw spErrors.duplicateFieldName(field.name);
    if (field.unique && !field.indexed) throw spErrors.uniqueNeedsIndex(field.name);
    if (field.kind === "Calculated") this.checkFormula(list, field.formula);
    this.db.transaction(() => {
      this.insertField(list.id, list.tableName, field, list.fields.length, options.columnExists);
      if (field.kind === "Calculated") {
        this.cache.delete(list.id);
        const fresh = this.byId(list.id)!;
        for (const { Id } of this.db.prepare(`SELECT Id FROM ${quoteIdent(list.tableName)}`).all() as { Id: number }[]) this.computeCalculated(fresh, Id);
      }
    })();
    this.cache.delete(list.id);
    return this.field(this.byId(list.id)!, field.name)!;
  }

  /** Refuses a formula SharePoint would refuse (syntax, unknown column), or one the tenant cannot evaluate (501). */
  private checkFormula(list: StoredList, formula: string | undefined): void {
    try {
      const compiled = compileFormula(formula ?? "");
      for (const reference of compiled.references) if (!this.fieldByReference(list, reference)) throw spErrors.formulaUnknownColumn();
    } catch (error) {
      if (error instanceof FormulaSyntaxError) throw spErrors.formulaSyntax();
      if (error instanceof FormulaNotSupportedError) throw spErrors.notSupported(error.message);
      throw error;
    }
  }

  /** A formula's `[Column]`: SharePoint matches display names, and internal names too. */
  private fieldByReference(list: StoredList, reference: string): StoredField | undefined {
    const lower = reference.toLowerCase();
    return list.fields.find((f) => f.title.toLowerCase() === lower) ?? list.fields.find((f) => f.name.toLowerCase() === lower);
  }

  /** Stores what each Calculated field's formula gives for one item, as SharePoint does on every write. */
  private computeCalculated(list: StoredList, id: number): void {
    const calculated = list.fields.filter((f) => f.kind === "Calculated");
    if (!calculated.length) return;
    const row = this.getItem(list, id)!;
    const valueOf = (reference: string): FormulaValue => {
      const field = this.fieldByReference(list, reference);
      const stored = field ? row[field.column] : null;
      if (field && comparisonOf(field) === "boolean") return stored === null || stored === undefined ? null : stored === 1;
      return (stored ?? null) as FormulaValue;
    };
    for (const field of calculated) {
      const result = compileFormula(field.formula ?? "").evaluate(valueOf);
      const comparison = comparisonOf(field);
      const stored =
        result === null ? null : comparison === "number" ? (Number.isFinite(Number(result)) ? Number(result) : null) : comparison === "boolean" ? (result ? 1 : 0) : String(result);
      this.statement(`UPDATE ${quoteIdent(list.tableName)} SET ${quoteIdent(field.column)} = ? WHERE Id = ?`).run(stored, id);
    }
  }

  private insertField(listId: string, tableName: string, field: FieldDeclaration, position: number, columnExists = false): void {
    const column = columnFor(field);
    this.db
      .prepare("INSERT INTO sp_fields (list_id, internal_name, id, title, kind, required, indexed, choices, lookup_list, max_length, date_only, description, position, settings) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")
      .run(listId, field.name, field.name === "Title" ? TITLE_FIELD_ID : randomUUID(), field.title, field.kind, field.required ? 1 : 0, field.choices ? JSON.stringify(field.choices) : null, field.lookupList ?? null, field.maxLength ?? null, field.dateOnly ? 1 : 0, field.description ?? "", position, settingsOf(field));
    if (!columnExists) this.db.exec(`ALTER TABLE ${quoteIdent(tableName)} ADD COLUMN ${quoteIdent(column)} ${storageOf(field)}`);
    // SELECT * statements prepared before the new column would not return it.
    this.statements.clear();
    if (field.indexed) this.setIndexed(listId, tableName, field.name, column, true);
  }

  updateField(list: StoredList, field: StoredField, changes: FieldChanges): void {
    if (changes.unique && !field.unique) {
      const duplicated = this.db.prepare(`SELECT 1 FROM ${quoteIdent(list.tableName)} WHERE ${quoteIdent(field.column)} IS NOT NULL GROUP BY ${quoteIdent(field.column)} HAVING COUNT(*) > 1 LIMIT 1`).get();
      if (duplicated) throw spErrors.existingDuplicates();
    }
    if (changes.indexed === false && (changes.unique ?? field.unique)) throw spErrors.uniqueNeedsIndex(field.name);
    const settings: FieldDeclaration = { ...field, ...(changes.fillIn !== undefined ? { fillIn: changes.fillIn } : {}), ...(changes.unique !== undefined ? { unique: changes.unique } : {}) };
    this.db.transaction(() => {
      this.db
        .prepare("UPDATE sp_fields SET title = COALESCE(?, title), required = COALESCE(?, required), description = COALESCE(?, description), choices = COALESCE(?, choices), settings = ? WHERE list_id = ? AND internal_name = ?")
        .run(changes.title ?? null, changes.required === undefined ? null : changes.required ? 1 : 0, changes.description ?? null, changes.choices ? JSON.stringify(changes.choices) : null, settingsOf(settings), list.id, field.name);
      if (changes.indexed !== undefined && changes.indexed !== Boolean(field.indexed)) {
        this.setIndexed(list.id, list.tableName, field.name, field.column, changes.indexed);
      }
    })();
    this.cache.delete(list.id);
  }

  /** Deletes a field and its column (its index first: SQLite keeps indexed columns). */
  deleteField(list: StoredList, field: StoredField): void {
    this.db.transaction(() => {
      this.db.exec(`DROP INDEX IF EXISTS ${quoteIdent(`ix_${list.tableName}_${field.column}`)}`);
      this.db.prepare("DELETE FROM sp_fields WHERE list_id = ? AND internal_name = ?").run(list.id, field.name);
      this.db.exec(`ALTER TABLE ${quoteIdent(list.tableName)} DROP COLUMN ${quoteIdent(field.column)}`);
    })();
    this.statements.clear();
    this.cache.delete(list.id);
  }

  private setIndexed(listId: string, tableName: string, name: string, column: string, indexed: boolean): void {
    const indexName = quoteIdent(`ix_${tableName}_${column}`);
    this.db.prepare("UPDATE sp_fields SET indexed = ? WHERE list_id = ? AND internal_name = ?").run(indexed ? 1 : 0, listId, name);
    this.db.exec(indexed ? `CREATE INDEX IF NOT EXISTS ${indexName} ON ${quoteIdent(tableName)} (${quoteIdent(column)}, Id)` : `DROP INDEX IF EXISTS ${indexName}`);
  }

  /** When an item of the list last changed, if it has any. */
  lastModified(list: StoredList): string | undefined {
    return (this.db.prepare(`SELECT MAX(Modified) AS m FROM ${quoteIdent(list.tableName)}`).get() as { m: string | null }).m ?? undefined;
  }

  itemCount(list: StoredList): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(list.tableName)}`).get() as { n: number }).n;
  }

  getItem(list: StoredList, id: number): ItemRow | undefined {
    return this.statement(`SELECT * FROM ${quoteIdent(list.tableName)} WHERE Id = ?`).get(id) as ItemRow | undefined;
  }

  private statements = new Map<string, Database.Statement>();
  /** Prepared statements are reused: lookups run once per row of a 5,000-item page. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * What SharePoint checks against the rest of the site before it stores values: people named in
   * person columns exist on the site, and columns that enforce unique values hold no duplicate.
   */
  private checkValues(list: StoredList, values: Record<string, unknown>, itemId: number | null): void {
    for (const field of list.fields) {
      const value = values[field.column];
      if (value === undefined || value === null) continue;
      if (field.kind === "User" && !this.statement("SELECT 1 FROM sp_users WHERE id = ?").get(value)) throw spErrors.userDoesNotExist();
    }
    const duplicates = list.fields.filter((field) => {
      const value = values[field.column];
      if (!field.unique || value === undefined || value === null) return false;
      return Boolean(this.statement(`SELECT 1 FROM ${quoteIdent(list.tableName)} WHERE ${quoteIdent(field.column)} = ? AND Id <> ? LIMIT 1`).get(value, itemId ?? -1));
    });
    if (duplicates.length) throw spErrors.duplicateValues(duplicates.map((f) => f.name));
  }

  /** Inserts an item; `values` are already converted to column values, and checked against the site here. */
  addItem(list: StoredList, values: Record<string, unknown>, userId: number): ItemRow {
    const now = nowIso();
    const columns = ["Created", "Modified", "AuthorId", "EditorId", ...Object.keys(values)];
    const params = [now, now, userId, userId, ...Object.values(values)];
    const sql = `INSERT INTO ${quoteIdent(list.tableName)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    return this.db.transaction(() => {
      this.checkValues(list, values, null);
      const info = this.statement(sql).run(...params);
      this.computeCalculated(list, Number(info.lastInsertRowid));
      const row = this.getItem(list, Number(info.lastInsertRowid))!;
      if (list.versioning) this.recordVersion(list, row);
      return row;
    })();
  }

  /**
   * Updates an item if `ifMatch` names its current version (or is `*`/absent).
   * Returns the new row; throws 412 on a stale ETag.
   */
  updateItem(list: StoredList, id: number, values: Record<string, unknown>, userId: number, ifMatch: string | undefined): ItemRow {
    return this.db.transaction(() => {
      const current = this.getItem(list, id);
      if (!current) throw spErrors.itemNotFound();
      checkEtag(current, ifMatch);
      this.checkValues(list, values, id);
      const columns = [...Object.keys(values), "Modified", "EditorId"];
      const params = [...Object.values(values), nowIso(), userId];
      this.db
        .prepare(`UPDATE ${quoteIdent(list.tableName)} SET ${columns.map((c) => `${quoteIdent(c)} = ?`).join(", ")}, Version = Version + 1 WHERE Id = ?`)
        .run(...params, id);
      this.computeCalculated(list, id);
      const row = this.getItem(list, id)!;
      if (list.versioning) this.recordVersion(list, row);
      return row;
    })();
  }

  deleteItem(list: StoredList, id: number, ifMatch: string | undefined): void {
    this.db.transaction(() => {
      const current = this.getItem(list, id);
      if (!current) throw spErrors.itemNotFound();
      checkEtag(current, ifMatch);
      this.db.prepare(`DELETE FROM ${quoteIdent(list.tableName)} WHERE Id = ?`).run(id);
    })();
  }

  versions(list: StoredList, id: number): { version: number; modified: string; editorId: number | null; data: Record<string, unknown> }[] {
    const rows = this.db.prepare("SELECT * FROM sp_item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC").all(list.id, id) as Record<string, unknown>[];
    return rows.map((r) => ({ version: r.version as number, modified: r.modified as string, editorId: r.editor_id as number | null, data: JSON.parse(r.data as string) as Record<string, unknown> }));
  }

  private recordVersion(list: StoredList, row: ItemRow): void {
    this.statement("INSERT OR REPLACE INTO sp_item_versions (list_id, item_id, version, modified, editor_id, data) VALUES (?, ?, ?, ?, ?, ?)").run(list.id, row.Id, row.Version, row.Modified as string, (row.EditorId as number | null) ?? null, JSON.stringify(row));
  }

  /** Runs a parameterised SELECT built by the query planner. */
  select(sql: string, params: unknown[]): ItemRow[] {
    return this.db.prepare(sql).all(...params) as ItemRow[];
  }

  count(sql: string, params: unknown[]): number {
    return (this.db.prepare(sql).get(...params) as { n: number }).n;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

export function etagOf(row: { Version: number }): string {
  return `"${row.Version}"`;
}

function checkEtag(current: ItemRow, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === "*") return;
  const wanted = ifMatch.trim().replace(/^W\//, "");
  if (wanted !== etagOf(current)) throw spErrors.etagMismatch(wanted, etagOf(current));
}
