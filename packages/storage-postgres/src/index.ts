/**
 * `@tdkt/storage-postgres` — the PostgreSQL storage of tdkt, with versioned migrations. The
 * driver is passed in, like kysely's `Dialect`: a `pg` `Pool` as is, or PGlite (the embedded
 * PostgreSQL engine) through {@link pgliteConnector}.
 *
 * @packageDocumentation
 */
import { migrationFailed, storageFrom, type RawLogEntry, type RawRecord, type Storage, type StorageDriver, type StorageDriverTx, type StorageOptions } from '@tdkt/core';

/** The result of a query: the few fields the adapter reads. */
export interface PgQueryResult {
  rows: Record<string, unknown>[];
  rowCount?: number | null;
}

/** One connection: `query` with `$1`-style parameters, and `release` to give it back. */
export interface PgConnection {
  query(sql: string, params?: unknown[]): Promise<PgQueryResult>;
  release(): void;
}

/**
 * What the adapter needs from a driver: a way to get a dedicated connection for a transaction.
 * A `pg.Pool` has exactly this shape; {@link pgliteConnector} adapts PGlite.
 */
export interface PgConnector {
  connect(): Promise<PgConnection>;
  /** Closes the pool (called by `close()` when `ownsConnector` is set). */
  end?(): Promise<void>;
}

/** The subset of PGlite (`@electric-sql/pglite`) the adapter uses. */
export interface PgliteLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Adapts a PGlite database (one session) to {@link PgConnector}: connections are handed out one at
 * a time, so transactions never interleave on its single session.
 */
export function pgliteConnector(db: PgliteLike): PgConnector {
  let queue: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PgConnection> {
      let release!: () => void;
      const turn = new Promise<void>((r) => (release = r));
      const prev = queue;
      queue = prev.then(() => turn);
      await prev;
      let released = false;
      return {
        query: async (sql, params) => {
          if (!params || params.length === 0) {
            // scripts (migrations) may hold several statements: the simple protocol runs them
            const all = (await db.exec(sql)) as { rows: unknown[]; affectedRows?: number }[];
            const last = all[all.length - 1];
            return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
          }
          const r = await db.query(sql, params);
          return { rows: r.rows as Record<string, unknown>[], rowCount: r.affectedRows ?? r.rows.length };
        },
        release: () => {
          if (!released) (released = true), release();
        },
      };
    },
    end: () => db.close(),
  };
}

/** A versioned schema change, applied once, in order, inside the migration transaction. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** The adapter's migrations, in order. Never edit one that shipped: add a new version. */
export const postgresMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'records, logs, append-only triggers',
    sql: `
      CREATE TABLE tdkt_records (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (collection, id)
      );
      CREATE TABLE tdkt_log (
        seq BIGSERIAL PRIMARY KEY,
        log TEXT NOT NULL,
        ref TEXT NOT NULL,
        at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX tdkt_log_by_ref ON tdkt_log (log, ref, seq);
      CREATE FUNCTION tdkt_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN RAISE EXCEPTION 'append-only: % on %', TG_OP, TG_TABLE_NAME; END;
      $fn$;
      CREATE TRIGGER tdkt_decisions_append_only BEFORE UPDATE OR DELETE ON tdkt_records
        FOR EACH ROW WHEN (OLD.collection = 'decisions') EXECUTE FUNCTION tdkt_append_only();
      CREATE TRIGGER tdkt_log_append_only BEFORE UPDATE OR DELETE ON tdkt_log
        FOR EACH ROW EXECUTE FUNCTION tdkt_append_only();
    `,
  },
];

/** Options of {@link postgresStorage}. */
export interface PostgresOptions extends StorageOptions {
  /** The driver: a `pg.Pool`, or `pgliteConnector(new PGlite())`. */
  connector: PgConnector;
  /** Call `connector.end()` on `close()` (default true). */
  ownsConnector?: boolean;
  /** Migrations to apply after the adapter's own. */
  extraMigrations?: readonly PgMigration[];
}

async function inTransaction<T>(connector: PgConnector, fn: (c: PgConnection) => Promise<T>): Promise<T> {
  const c = await connector.connect();
  try {
    await c.query('BEGIN');
    try {
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    c.release();
  }
}

/** The schema version of the database (0 when empty). */
export async function postgresSchemaVersion(connector: PgConnector): Promise<number> {
  const c = await connector.connect();
  try {
    const t = await c.query(`SELECT to_regclass('tdkt_migrations') IS NOT NULL AS present`);
    if (!t.rows[0]?.['present']) return 0;
    const r = await c.query('SELECT COALESCE(MAX(version), 0) AS v FROM tdkt_migrations');
    return Number(r.rows[0]?.['v'] ?? 0);
  } finally {
    c.release();
  }
}

/**
 * Applies the pending migrations in one transaction (under an advisory lock, so two processes do
 * not race): all apply, or none and the database is unchanged.
 *
 * @returns the versions applied.
 * @throws StorageError `MIGRATION_FAILED`.
 */
export async function migratePostgres(connector: PgConnector, migrations: readonly PgMigration[] = postgresMigrations): Promise<number[]> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  let current: PgMigration | undefined;
  try {
    return await inTransaction(connector, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [7_206_003]);
      await c.query('CREATE TABLE IF NOT EXISTS tdkt_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const have = Number((await c.query('SELECT COALESCE(MAX(version), 0) AS v FROM tdkt_migrations')).rows[0]?.['v'] ?? 0);
      const applied: number[] = [];
      for (const m of sorted) {
        if (m.version <= have) continue;
        current = m;
        await c.query(m.sql);
        await c.query('INSERT INTO tdkt_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        applied.push(m.version);
      }
      return applied;
    });
  } catch (e) {
    throw migrationFailed('postgres', current?.version ?? 0, current?.name ?? 'tdkt_migrations', e);
  }
}

/** PostgreSQL's limit on the parameters of one statement. */
const MAX_PARAMS = 65535;
/** Ids per `getMany` statement (one array parameter). */
const MAX_ARRAY = 10000;
/**
 * Runs `run` once per chunk of `rows` with a multi-row VALUES list of typed placeholders
 * (`($2::text, $3::int, …), …`) after the `fixed` parameters ($1…): chunks stay under
 * {@link MAX_PARAMS}.
 */
async function valuesInChunks<R>(rows: readonly R[], fixed: unknown[], types: readonly string[], cols: (r: R) => unknown[], run: (values: string, params: unknown[], part: readonly R[]) => Promise<void>): Promise<void> {
  const per = Math.floor((MAX_PARAMS - fixed.length) / types.length);
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const params = [...fixed];
    const tuples = part.map((r) => {
      const at = params.length;
      params.push(...cols(r));
      return `(${types.map((t, k) => `$${at + k + 1}::${t}`).join(', ')})`;
    });
    await run(tuples.join(', '), params, part);
  }
}
/** The ids of `asked` that the statement did not return. */
const missing = (asked: readonly { id: string }[], returned: Record<string, unknown>[]): string[] => {
  const got = new Set(returned.map((r) => String(r['id'])));
  return asked.filter((x) => !got.has(x.id)).map((x) => x.id);
};
const rec = (r: Record<string, unknown>): RawRecord => ({ id: String(r['id']), version: Number(r['version']), updatedAt: String(r['updated_at']), data: String(r['data']) });
const entry = (r: Record<string, unknown>): RawLogEntry => ({ seq: Number(r['seq']), ref: String(r['ref']), at: String(r['at']), data: String(r['data']) });

/**
 * The PostgreSQL {@link StorageDriver}: parameterised SQL only; each transaction on its own
 * connection; migrations run before the first transaction. Its bulk operations (`getMany`,
 * `insertMany`, `updateMany` with the version check, `appendMany`) send one parameterised
 * statement per chunk (a multi-row VALUES list, chunks under PostgreSQL's 65,535 parameters).
 */
export function postgresDriver(options: PostgresOptions): StorageDriver & { ready(): Promise<void> } {
  const { connector } = options;
  let migrated: Promise<unknown> | undefined;
  const ready = (): Promise<void> => (migrated ??= migratePostgres(connector, [...postgresMigrations, ...(options.extraMigrations ?? [])])).then(() => undefined);
  const tx = (c: PgConnection): StorageDriverTx => ({
    get: async (coll, id) => {
      const r = await c.query('SELECT id, version, updated_at, data FROM tdkt_records WHERE collection = $1 AND id = $2', [coll, id]);
      return r.rows[0] && rec(r.rows[0]);
    },
    list: async (coll) => (await c.query('SELECT id, version, updated_at, data FROM tdkt_records WHERE collection = $1', [coll])).rows.map(rec),
    insert: async (coll, r) =>
      ((await c.query('INSERT INTO tdkt_records (collection, id, version, updated_at, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (collection, id) DO NOTHING', [coll, r.id, r.version, r.updatedAt, r.data])).rowCount ?? 0) === 1,
    update: async (coll, id, expected, data, at) =>
      ((await c.query('UPDATE tdkt_records SET version = version + 1, updated_at = $1, data = $2 WHERE collection = $3 AND id = $4 AND version = $5', [at, data, coll, id, expected])).rowCount ?? 0) === 1,
    append: async (log, e) => Number((await c.query('INSERT INTO tdkt_log (log, ref, at, data) VALUES ($1, $2, $3, $4) RETURNING seq', [log, e.ref, e.at, e.data])).rows[0]?.['seq']),
    read: async (log, ref) =>
      (ref === undefined
        ? await c.query('SELECT seq, ref, at, data FROM tdkt_log WHERE log = $1 ORDER BY seq', [log])
        : await c.query('SELECT seq, ref, at, data FROM tdkt_log WHERE log = $1 AND ref = $2 ORDER BY seq', [log, ref])
      ).rows.map(entry),
    // bulk: one statement per chunk of rows, each value its own parameter (multi-row VALUES, as
    // fast as a plain INSERT loop: no array literal to escape and parse); the ids of getMany as
    // one text[] parameter
    getMany: async (coll, ids) => {
      const out: RawRecord[] = [];
      for (let i = 0; i < ids.length; i += MAX_ARRAY)
        out.push(...(await c.query('SELECT id, version, updated_at, data FROM tdkt_records WHERE collection = $1 AND id = ANY($2::text[])', [coll, ids.slice(i, i + MAX_ARRAY)])).rows.map(rec));
      return out;
    },
    insertMany: async (coll, records) => {
      const taken: string[] = [];
      await valuesInChunks(records, [coll], ['text', 'int', 'text', 'text'], (x) => [x.id, x.version, x.updatedAt, x.data], async (values, params, part) => {
        // a plain INSERT first (ON CONFLICT's speculative insertion costs about twice as much, and
        // the port has just read these ids as free); on a unique violation — a concurrent writer —
        // back to the savepoint and again with ON CONFLICT, to learn which ids were taken
        const insert = `INSERT INTO tdkt_records (collection, id, version, updated_at, data) SELECT $1, * FROM (VALUES ${values}) AS u`;
        await c.query('SAVEPOINT tdkt_insert_many');
        try {
          await c.query(insert, params);
          await c.query('RELEASE SAVEPOINT tdkt_insert_many');
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== '23505') throw e;
          await c.query('ROLLBACK TO SAVEPOINT tdkt_insert_many');
        }
        const r = await c.query(`${insert} ON CONFLICT (collection, id) DO NOTHING RETURNING id`, params);
        taken.push(...missing(part, r.rows));
      });
      return taken;
    },
    updateMany: async (coll, updates, at) => {
      const stale: string[] = [];
      await valuesInChunks(updates, [coll, at], ['text', 'int', 'text'], (x) => [x.id, x.expectedVersion, x.data], async (values, params, part) => {
        const r = await c.query(
          `UPDATE tdkt_records AS r SET version = r.version + 1, updated_at = $2, data = u.data FROM (VALUES ${values}) AS u(id, expected, data)
           WHERE r.collection = $1 AND r.id = u.id AND r.version = u.expected RETURNING r.id`,
          params,
        );
        stale.push(...missing(part, r.rows));
      });
      return stale;
    },
    appendMany: (log, entries) =>
      valuesInChunks(entries, [log], ['text', 'text', 'text'], (x) => [x.ref, x.at, x.data], async (values, params) => {
        // VALUES keeps its order in the INSERT, so sequence numbers follow the entries
        await c.query(`INSERT INTO tdkt_log (log, ref, at, data) SELECT $1, * FROM (VALUES ${values}) AS u`, params);
      }),
  });
  return {
    name: 'postgres',
    ready,
    async transaction<T>(fn: (t: StorageDriverTx) => Promise<T>): Promise<T> {
      await ready();
      return inTransaction(connector, (c) => fn(tx(c)));
    },
    close: async () => {
      await migrated?.catch(() => undefined);
      if (options.ownsConnector !== false) await connector.end?.();
    },
  };
}

/**
 * A {@link Storage} on PostgreSQL. Migrations apply on first use (or `await storage.ready()`).
 *
 * @example
 * import pg from 'pg';
 * const storage = postgresStorage({ connector: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * await storage.ready();
 */
export function postgresStorage(options: PostgresOptions): Storage & { ready(): Promise<void> } {
  const driver = postgresDriver(options);
  return Object.assign(storageFrom(driver, options), { ready: driver.ready });
}
