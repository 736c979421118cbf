import { createRequire } from 'node:module';
import { TdktError, msg, type Message, type Storage } from '@tdkt/core';
import { sqliteStorage } from '@tdkt/storage-sqlite';

/**
 * Where `tdkt import --store` writes: a SQLite file (the default), a PostgreSQL server, or an
 * embedded PGlite database kept in a folder.
 */
export type StoreSpec =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dir: string };

/** The forms `--store` accepts, for messages. */
const FORMS = { vi: 'sqlite:TỆP, postgres://USER:PASSWORD@HOST:PORT/DB (postgresql://…), pglite:THƯ_MỤC, hoặc đường dẫn tệp (SQLite)', en: 'sqlite:FILE, postgres://USER:PASSWORD@HOST:PORT/DB (postgresql://…), pglite:DIR, or a file path (SQLite)' };

/**
 * Reads a `--store` value: `sqlite:FILE`, `postgres://…` or `postgresql://…` (a connection URL),
 * `pglite:DIR` (an embedded PostgreSQL in a folder, created when missing), or a path without a
 * scheme (a SQLite file, as `--db`). A one-letter scheme is a Windows drive (`C:\…`), so a path.
 *
 * @throws TdktError `VALIDATION_FAILED` (path `['store']`) for an unknown scheme or an empty file, folder or URL.
 */
export function parseStore(spec: string): StoreSpec {
  const m = /^([A-Za-z][A-Za-z0-9+.-]+):(.*)$/s.exec(spec);
  const empty = (what: Message): TdktError =>
    new TdktError('VALIDATION_FAILED', msg(`--store ${spec}: thiếu ${what.vi}`, `--store ${spec}: the ${what.en} is missing`), { path: ['store'], value: spec });
  if (!m) {
    if (!spec.trim()) throw empty({ vi: 'tệp cơ sở dữ liệu', en: 'database file' });
    return { kind: 'sqlite', file: spec };
  }
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!;
  switch (scheme) {
    case 'sqlite':
      if (!rest) throw empty({ vi: 'tệp cơ sở dữ liệu', en: 'database file' });
      return { kind: 'sqlite', file: rest };
    case 'postgres':
    case 'postgresql':
      if (!rest.startsWith('//') || rest.length <= 2) throw empty({ vi: 'địa chỉ máy chủ (postgres://…)', en: 'server address (postgres://…)' });
      return { kind: 'postgres', url: spec };
    case 'pglite':
      if (!rest) throw empty({ vi: 'thư mục dữ liệu', en: 'data folder' });
      return { kind: 'pglite', dir: rest };
    default:
      throw new TdktError(
        'VALIDATION_FAILED',
        msg(`--store: không hỗ trợ kiểu lưu trữ "${scheme}:"; dùng ${FORMS.vi}`, `--store: unknown storage scheme "${scheme}:"; use ${FORMS.en}`),
        { path: ['store'], value: spec },
      );
  }
}

/** The store for people: a PostgreSQL URL without its password. */
export function describeStore(spec: StoreSpec): string {
  if (spec.kind === 'sqlite') return spec.file;
  if (spec.kind === 'pglite') return `pglite:${spec.dir}`;
  try {
    const u = new URL(spec.url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return spec.url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** A driver's error as text (some throw values without a message). */
function reason(e: unknown): string {
  const m = e instanceof Error ? e.message : undefined;
  return m && m !== 'undefined' ? m : String((e as { code?: unknown })?.code ?? e ?? 'unknown error');
}

/** Loads a module the PostgreSQL stores need, only when one is asked for (the CLI does not load them otherwise). */
async function load<T>(name: string, from: () => Promise<T>): Promise<T> {
  try {
    return await from();
  } catch (e) {
    throw new TdktError('INPUT_UNREADABLE', msg(`Cần gói ${name} để dùng kho này; cài bằng: npm install ${name}`, `The package ${name} is needed for this store; install it: npm install ${name}`), { path: ['store'], value: name, cause: e });
  }
}

/**
 * Opens the storage a {@link StoreSpec} (or a `--store` value) names, migrated and ready. The
 * PostgreSQL adapter and its driver (`pg` or `@electric-sql/pglite`) are loaded only here, when
 * asked for. Close it with `close()`.
 *
 * @throws TdktError `VALIDATION_FAILED` for a bad `--store` value; `INPUT_UNREADABLE` when the
 *   driver package is missing; `WRITE_FAILED` when the server cannot be reached; StorageError
 *   `MIGRATION_FAILED`.
 */
export async function openStore(store: string | StoreSpec): Promise<Storage> {
  const spec = typeof store === 'string' ? parseStore(store) : store;
  if (spec.kind === 'sqlite') {
    try {
      return sqliteStorage({ file: spec.file });
    } catch (e) {
      if (e instanceof TdktError) throw e;
      throw new TdktError('WRITE_FAILED', msg(`Không mở được cơ sở dữ liệu SQLite ${spec.file}: ${reason(e)}`, `Cannot open the SQLite database ${spec.file}: ${reason(e)}`), { path: ['store'], value: spec.file, cause: e });
    }
  }
  const { pgliteConnector, postgresStorage } = await load('@tdkt/storage-postgres', () => import('@tdkt/storage-postgres'));
  if (spec.kind === 'pglite') {
    const { PGlite } = await load('@electric-sql/pglite', () => import('@electric-sql/pglite'));
    let db: InstanceType<typeof PGlite>;
    try {
      db = await PGlite.create(spec.dir);
    } catch (e) {
      throw new TdktError('WRITE_FAILED', msg(`Không mở được PGlite ở thư mục ${spec.dir}: ${reason(e)}`, `Cannot open PGlite in ${spec.dir}: ${reason(e)}`), { path: ['store'], value: describeStore(spec), cause: e });
    }
    const storage = postgresStorage({ connector: pgliteConnector(db) });
    await storage.ready();
    return storage;
  }
  // pg is CommonJS: required, as the package's own docs do (its ESM wrapper trips some bundlers and test runners)
  const pg = await load('pg', async () => createRequire(import.meta.url)('pg') as typeof import('pg'));
  const pool = new pg.Pool({ connectionString: spec.url, max: 2 });
  pool.on('error', () => undefined); // an idle client's error surfaces on the next query instead of crashing
  try {
    (await pool.connect()).release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    const where = describeStore(spec);
    throw new TdktError('WRITE_FAILED', msg(`Không kết nối được máy chủ PostgreSQL ${where}: ${(e as Error).message}`, `Cannot connect to the PostgreSQL server ${where}: ${(e as Error).message}`), { path: ['store'], value: where, cause: e });
  }
  const storage = postgresStorage({ connector: pool });
  await storage.ready();
  return storage;
}
