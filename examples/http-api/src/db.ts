/** The storage the service runs on: PostgreSQL at DATABASE_URL, else an embedded PGlite. */
import { pgliteConnector, postgresStorage } from '@tdkt/storage-postgres';
import type { Storage } from '@tdkt/core';

/** The storage, a label saying which engine it is, and how to close it (dropping a scratch schema). */
export interface OpenedStorage {
  storage: Storage;
  engine: string;
  close(): Promise<void>;
}

/**
 * Opens the PostgreSQL adapter: a `pg.Pool` on `url` (default `DATABASE_URL`), else PGlite in
 * memory (or in the directory `TDKT_PGLITE_DIR`). Migrations are applied before it returns.
 * With `scratch`, a server database gets a fresh schema of its own, dropped on `close()` (the
 * scripted client and the test start from an empty database that way).
 */
export async function openStorage(url: string | undefined = process.env['DATABASE_URL'], options: { scratch?: boolean } = {}): Promise<OpenedStorage> {
  if (url) {
    const pg = (await import('pg')).default;
    const schema = options.scratch ? `tdkt_http_api_${process.pid}_${Date.now()}` : undefined;
    const admin = schema ? new pg.Pool({ connectionString: url, max: 1 }) : undefined;
    // The schema name is made here from digits and letters only, never from input.
    if (admin && schema) await admin.query(`CREATE SCHEMA ${schema}`);
    const storage = postgresStorage({ connector: new pg.Pool({ connectionString: url, max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) }) });
    await storage.ready();
    return {
      storage,
      engine: `PostgreSQL (${new URL(url).host}${schema ? `, schema ${schema}` : ''})`,
      close: async () => {
        await storage.close();
        if (admin && schema) {
          await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await admin.end();
        }
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = process.env['TDKT_PGLITE_DIR'];
  const db = await PGlite.create(dir ? { dataDir: dir } : {});
  const storage = postgresStorage({ connector: pgliteConnector(db) });
  await storage.ready();
  return { storage, engine: dir ? `PGlite (${dir})` : 'PGlite (in memory)', close: () => storage.close() };
}
