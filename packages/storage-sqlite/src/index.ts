/**
 * `@tdkt/storage-sqlite` — the embedded default storage of tdkt: SQLite through better-sqlite3
 * 12, in WAL mode, with versioned migrations that apply all-or-nothing.
 *
 * @packageDocumentation
 */
import Database from 'better-sqlite3';
import { TdktError, migrationFailed, msg, storageFrom, type RawLogEntry, type RawRecord, type Storage, type StorageDriver, type StorageDriverTx, type StorageOptions } from '@tdkt/core';

/** A versioned schema change: `sql` runs once, in order of `version`, inside a transaction. */
export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

/** The adapter's migrations, in order. Never edit one that shipped: add a new version. */
export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'records, logs, append-only triggers',
    sql: `
      CREATE TABLE records (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (collection, id)
      ) WITHOUT ROWID;
      CREATE TABLE log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        log TEXT NOT NULL,
        ref TEXT NOT NULL,
        at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX log_by_ref ON log (log, ref, seq);
      CREATE TRIGGER decisions_no_update BEFORE UPDATE ON records WHEN OLD.collection = 'decisions'
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
      CREATE TRIGGER decisions_no_delete BEFORE DELETE ON records WHEN OLD.collection = 'decisions'
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
      CREATE TRIGGER log_no_update BEFORE UPDATE ON log BEGIN SELECT RAISE(ABORT, 'logs are append-only'); END;
      CREATE TRIGGER log_no_delete BEFORE DELETE ON log BEGIN SELECT RAISE(ABORT, 'logs are append-only'); END;
    `,
  },
];

/** Options of {@link sqliteStorage} and {@link sqliteDriver}. */
export interface SqliteOptions extends StorageOptions {
  /** Database file (created when missing); `:memory:` for a private in-memory database. Default `tdkt.sqlite`. */
  file?: string;
  /** An open better-sqlite3 database to use instead of `file` (closed by `close()`). */
  database?: Database.Database;
  /** Migrations to apply after the adapter's own (for apps that add tables). */
  extraMigrations?: readonly SqliteMigration[];
  /** How long a writer waits for another connection's lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/** The schema version of a database (0 when empty). */
export function sqliteSchemaVersion(db: Database.Database): number {
  const t = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tdkt_migrations'`).get();
  if (!t) return 0;
  const r = db.prepare('SELECT MAX(version) AS v FROM tdkt_migrations').get() as { v: number | null };
  return r.v ?? 0;
}

/**
 * Applies the pending migrations in one transaction: every pending migration applies, or — when
 * one fails — none does and the database is left unchanged.
 *
 * @returns the versions applied.
 * @throws StorageError `MIGRATION_FAILED`.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly SqliteMigration[] = sqliteMigrations): number[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  const applied: number[] = [];
  let current: SqliteMigration | undefined;
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('CREATE TABLE IF NOT EXISTS tdkt_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const have = sqliteSchemaVersion(db);
    const insert = db.prepare('INSERT INTO tdkt_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of sorted) {
      if (m.version <= have) continue;
      current = m;
      db.exec(m.sql);
      insert.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
    db.exec('COMMIT');
    return applied;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw migrationFailed('sqlite', current?.version ?? 0, current?.name ?? 'tdkt_migrations', e);
  }
}

/**
 * The SQLite {@link StorageDriver}: every statement is prepared with parameters; transactions
 * are `BEGIN IMMEDIATE … COMMIT` and run one at a time on the connection. It has the bulk
 * operations (`getMany`, `insertMany`, `updateMany`, `appendMany`): the prepared statements run
 * in a synchronous loop inside the transaction.
 *
 * @throws StorageError `MIGRATION_FAILED` when the schema cannot be brought up to date.
 */
export function sqliteDriver(options: SqliteOptions = {}): StorageDriver & { readonly db: Database.Database } {
  let db: Database.Database;
  try {
    db = options.database ?? new Database(options.file ?? 'tdkt.sqlite');
  } catch (e) {
    throw new TdktError('WRITE_FAILED', msg(`Không mở được tệp cơ sở dữ liệu ${options.file ?? 'tdkt.sqlite'}: ${(e as Error).message}`, `Cannot open the database file ${options.file ?? 'tdkt.sqlite'}: ${(e as Error).message}`), { path: ['file'], value: options.file, cause: e });
  }
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  if (db.name !== ':memory:' && !db.memory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    migrateSqlite(db, [...sqliteMigrations, ...(options.extraMigrations ?? [])]);
  } catch (e) {
    if (!options.database) db.close();
    throw e;
  }
  const q = {
    get: db.prepare('SELECT id, version, updated_at AS updatedAt, data FROM records WHERE collection = ? AND id = ?'),
    list: db.prepare('SELECT id, version, updated_at AS updatedAt, data FROM records WHERE collection = ?'),
    insert: db.prepare('INSERT INTO records (collection, id, version, updated_at, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT (collection, id) DO NOTHING'),
    update: db.prepare('UPDATE records SET version = version + 1, updated_at = ?, data = ? WHERE collection = ? AND id = ? AND version = ?'),
    append: db.prepare('INSERT INTO log (log, ref, at, data) VALUES (?, ?, ?, ?)'),
    read: db.prepare('SELECT seq, ref, at, data FROM log WHERE log = ? ORDER BY seq'),
    readRef: db.prepare('SELECT seq, ref, at, data FROM log WHERE log = ? AND ref = ? ORDER BY seq'),
  };
  const tx: StorageDriverTx = {
    get: async (c, id) => q.get.get(c, id) as RawRecord | undefined,
    list: async (c) => q.list.all(c) as RawRecord[],
    insert: async (c, r) => q.insert.run(c, r.id, r.version, r.updatedAt, r.data).changes === 1,
    update: async (c, id, expected, data, at) => q.update.run(at, data, c, id, expected).changes === 1,
    append: async (l, e) => Number(q.append.run(l, e.ref, e.at, e.data).lastInsertRowid),
    read: async (l, ref) => (ref === undefined ? q.read.all(l) : q.readRef.all(l, ref)) as RawLogEntry[],
    // bulk: the same prepared statements, run in a loop inside the transaction (no promise per row)
    getMany: async (c, ids) => {
      const out: RawRecord[] = [];
      for (const id of ids) {
        const r = q.get.get(c, id) as RawRecord | undefined;
        if (r) out.push(r);
      }
      return out;
    },
    insertMany: async (c, records) => records.filter((r) => q.insert.run(c, r.id, r.version, r.updatedAt, r.data).changes !== 1).map((r) => r.id),
    updateMany: async (c, updates, at) => updates.filter((u) => q.update.run(at, u.data, c, u.id, u.expectedVersion).changes !== 1).map((u) => u.id),
    appendMany: async (l, entries) => {
      for (const e of entries) q.append.run(l, e.ref, e.at, e.data);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'sqlite',
    db,
    transaction<T>(fn: (t: StorageDriverTx) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(tx);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      };
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
    close: async () => {
      await queue;
      if (db.open) db.close();
    },
  };
}

/**
 * A {@link Storage} on a SQLite file: the embedded default, no set-up.
 *
 * @example
 * const storage = sqliteStorage({ file: 'out/tdkt.sqlite' });
 * await storage.units.create({ id: 'dn', name: 'Đà Nẵng', level: 'province' }, { actor: 'admin' });
 * await storage.close();
 */
export function sqliteStorage(options: SqliteOptions = {}): Storage {
  return storageFrom(sqliteDriver(options), options);
}
