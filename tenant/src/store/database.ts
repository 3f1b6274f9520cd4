import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export type Db = Database.Database;

/**
 * Opens the tenant's embedded database. WAL with synchronous=FULL: every acknowledged write is
 * on disk before the HTTP response goes out, so a kill -9 loses nothing that was answered.
 */
export function openDatabase(dataDir: string | null): Db {
  let db: Db;
  if (dataDir) {
    // The database holds the token signing secret: the folder and its files are the owner's alone.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dataDir, 0o700);
    const file = path.join(dataDir, "tenant.sqlite");
    fs.closeSync(fs.openSync(file, "a", 0o600));
    fs.chmodSync(file, 0o600);
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    // SQLite gives its -wal and -shm files the database file's permissions; older folders are tightened here.
    for (const companion of ["-wal", "-shm", "-journal"]) if (fs.existsSync(file + companion)) fs.chmodSync(file + companion, 0o600);
  } else {
    db = new Database(":memory:");
  }
  db.pragma("foreign_keys = ON");
  db.exec(`
    CREATE TABLE IF NOT EXISTS sp_lists (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL UNIQUE COLLATE NOCASE,
      url TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      base_template INTEGER NOT NULL DEFAULT 100,
      versioning INTEGER NOT NULL DEFAULT 0,
      created TEXT NOT NULL,
      table_name TEXT NOT NULL UNIQUE,
      permissions TEXT
    );
    CREATE TABLE IF NOT EXISTS sp_fields (
      list_id TEXT NOT NULL REFERENCES sp_lists(id) ON DELETE CASCADE,
      internal_name TEXT NOT NULL COLLATE NOCASE,
      id TEXT NOT NULL,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      required INTEGER NOT NULL DEFAULT 0,
      indexed INTEGER NOT NULL DEFAULT 0,
      choices TEXT,
      lookup_list TEXT,
      max_length INTEGER,
      date_only INTEGER NOT NULL DEFAULT 0,
      description TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      settings TEXT,
      PRIMARY KEY (list_id, internal_name)
    );
    CREATE TABLE IF NOT EXISTS sp_users (
      id INTEGER PRIMARY KEY,
      login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      title TEXT NOT NULL,
      email TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
      persona TEXT
    );
    CREATE TABLE IF NOT EXISTS sp_item_versions (
      list_id TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      modified TEXT NOT NULL,
      editor_id INTEGER,
      data TEXT NOT NULL,
      PRIMARY KEY (list_id, item_id, version)
    );
    CREATE TABLE IF NOT EXISTS graph_channel_messages (
      id TEXT PRIMARY KEY,
      team_id TEXT NOT NULL,
      channel_id TEXT NOT NULL,
      created TEXT NOT NULL,
      from_user TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS graph_activity_feed (
      id TEXT PRIMARY KEY,
      recipient TEXT NOT NULL,
      created TEXT NOT NULL,
      from_user TEXT NOT NULL,
      activity_type TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS tenant_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  // Data folders from before field settings (unique, fill-in, ranges, formulas) gain the column.
  const fieldColumns = db.prepare("PRAGMA table_info(sp_fields)").all() as { name: string }[];
  if (!fieldColumns.some((c) => c.name === "settings")) db.exec("ALTER TABLE sp_fields ADD COLUMN settings TEXT");
  return db;
}

/** A stable per-database setting, created on first use (the token signing secret, for one). */
export function setting(db: Db, key: string, create: () => string): string {
  const row = db.prepare("SELECT value FROM tenant_settings WHERE key = ?").get(key) as { value: string } | undefined;
  if (row) return row.value;
  const value = create();
  db.prepare("INSERT INTO tenant_settings (key, value) VALUES (?, ?)").run(key, value);
  return value;
}

export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid identifier: ${name}`);
  return `"${name}"`;
}
