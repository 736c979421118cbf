/** The storage the service runs on: PostgreSQL at DATABASE_URL, else an embedded PGlite. */
import { pgliteConnector, postgresStorage } from '@tdkt/storage-postgres';
import type { Storage } from '@tdkt/core';

/** The storage and a label saying which engine it is. */
export interface OpenedStorage {
  storage: Storage;
  engine: string;
}

/**
 * Opens the PostgreSQL adapter: a `pg.Pool` on `url` (default `DATABASE_URL`), else PGlite in
 * memory (or in the directory `TDKT_PGLITE_DIR`). Migrations are applied before it returns.
 */
export async function openStorage(url: string | undefined = process.env['DATABASE_URL']): Promise<OpenedStorage> {
  if (url) {
    const pg = (await import('pg')).default;
    const storage = postgresStorage({ connector: new pg.Pool({ connectionString: url, max: 4 }) });
    await storage.ready();
    return { storage, engine: `PostgreSQL (${new URL(url).host})` };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = process.env['TDKT_PGLITE_DIR'];
  const db = await PGlite.create(dir ? { dataDir: dir } : {});
  const storage = postgresStorage({ connector: pgliteConnector(db) });
  await storage.ready();
  return { storage, engine: dir ? `PGlite (${dir})` : 'PGlite (in memory)' };
}
