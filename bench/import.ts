/**
 * `pnpm run bench:import [--size N] [--years 10] [--batch 1000] [--engine all|sqlite|postgres]`: imports N yearly records (default
 * 1,000,000: N / years subjects of `years` yearly records each) through `tdkt import`'s batches
 * (`storage.subjects.validate` once over all rows, then `importPrepared`: the bulk path
 * `subjects.putMany` — version check, one audit entry per record — and the progress record per
 * batch) into SQLite
 * and into PostgreSQL (the server at DATABASE_URL, else PGlite), and measures in the same run a
 * plain loop writing the same subjects' JSON into a bare table of the same shape — SQLite: one
 * prepared INSERT inside a single transaction; PostgreSQL: multi-row INSERTs (1,000 rows per
 * statement, parameterised) inside a single transaction. Reports yearly records per second and
 * the ratios tdkt / plain loop (with `--repeat R`, plain and tdkt alternate R times and the
 * fastest round of each is kept, to damp a shared machine's noise), for the write (rows validated beforehand, as `tdkt import` does
 * while reading the file) and for validation + write. A script, not a timed test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { importPrepared } from '@tdkt/cli';
import type { Storage, SubjectInput } from '@tdkt/core';
import { pgliteConnector, postgresStorage, type PgConnector } from '@tdkt/storage-postgres';
import { sqliteStorage } from '@tdkt/storage-sqlite';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' }, years: { type: 'string', default: '10' }, batch: { type: 'string', default: '1000' }, engine: { type: 'string', default: 'all' }, repeat: { type: 'string', default: '1' } } });
const size = Number(values.size);
const years = Number(values.years);
const batchSize = Number(values.batch);
const repeat = Number(values.repeat);
if (![size, years, batchSize, repeat].every((x) => Number.isInteger(x) && x >= 1)) {
  console.error('--size, --years, --batch and --repeat must be positive integers / phải là số nguyên dương');
  process.exit(2);
}
if (!['all', 'sqlite', 'postgres'].includes(values.engine)) {
  console.error('--engine: all, sqlite or postgres / chỉ nhận all, sqlite hoặc postgres');
  process.exit(2);
}

const n = Math.ceil(size / years);
const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV'] as const;
const subjects: (SubjectInput & { id: string })[] = Array.from({ length: n }, (_, i) => ({
  kind: 'individual',
  id: `NV${String(i).padStart(7, '0')}`,
  name: `Nguyễn Văn ${i}`,
  unit: `Đơn vị ${i % 97}`,
  recruited: '2010-09-01',
  years: Array.from({ length: Math.min(years, size - i * years) }, (_, k) => ({ year: 2025 - k, rating: RATINGS[(i + k) % 3]!, titles: [] })),
}));
const records = subjects.reduce((a, s) => a + (s.years?.length ?? 0), 0);
const now = new Date().toISOString();
const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

interface Row {
  engine: string;
  /** `storage.subjects.validate` over every row (s). */
  validate: number;
  /** `importPrepared` on the validated rows (s). */
  tdkt: number;
  plain: number;
}
const results: Row[] = [];
/** Keeps, per engine, the fastest of the `--repeat` rounds of each measure (plain and tdkt alternate). */
const keep = (row: Row): void => {
  const had = results.find((r) => r.engine === row.engine);
  if (!had) return void results.push(row);
  had.validate = Math.min(had.validate, row.validate);
  had.tdkt = Math.min(had.tdkt, row.tdkt);
  had.plain = Math.min(had.plain, row.plain);
};
const dir = await mkdtemp(join(tmpdir(), 'tdkt-bench-'));
const log = (s: string): void => void process.stderr.write(`${s}\n`);
/** Times `validate` over every row, then `importPrepared` on the validated rows (s). */
async function timeImport(storage: Storage, id: string): Promise<{ validate: number; tdkt: number }> {
  const tv = process.hrtime.bigint();
  const valid = storage.subjects.validate(subjects);
  const validate = seconds(tv);
  const t1 = process.hrtime.bigint();
  await importPrepared(storage, valid, id, 'bench', { batchSize });
  return { validate, tdkt: seconds(t1) };
}

// ---------- SQLite ----------
for (let round = 1; round <= repeat && values.engine !== 'postgres'; round++) {
  log(`SQLite: plain loop, ${n} subjects / ${records} yearly records (round ${round}/${repeat})…`);
  const db = new Database(join(dir, `plain-${round}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE records (collection TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (collection, id))');
  const insert = db.prepare('INSERT INTO records (collection, id, version, updated_at, data) VALUES (?, ?, ?, ?, ?)');
  const t0 = process.hrtime.bigint();
  db.transaction(() => {
    for (const s of subjects) insert.run('subjects', s.id, 1, now, JSON.stringify(s));
  })();
  const plain = seconds(t0);
  db.close();

  log('SQLite: tdkt import…');
  const storage = sqliteStorage({ file: join(dir, `tdkt-${round}.sqlite`) });
  keep({ engine: 'SQLite (better-sqlite3, WAL, file)', ...(await timeImport(storage, 'bench:sqlite')), plain });
  await storage.close();
}

// ---------- PostgreSQL ----------
if (values.engine !== 'sqlite') {
  const url = process.env['DATABASE_URL'];
  let engine: string;
  let open: (name: string) => Promise<{ connector: PgConnector; drop: () => Promise<void> }>;
  if (url) {
    const pg = (await import('pg')).default;
    engine = `PostgreSQL server (${new URL(url).host})`;
    open = async (name) => {
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
      const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${name}` });
      return { connector: pool, drop: async () => (await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`), await admin.end()) as unknown as void };
    };
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    engine = 'PGlite 0.5 (embedded, in memory)';
    open = async () => {
      const db = await PGlite.create();
      return { connector: pgliteConnector(db), drop: async () => undefined };
    };
  }
  for (let round = 1; round <= repeat; round++) {
    log(`PostgreSQL: plain loop (${engine}, round ${round}/${repeat})…`);
    const plainDb = await open('tdkt_bench_plain');
    const c = await plainDb.connector.connect();
    await c.query('CREATE TABLE records (collection TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (collection, id))');
    const t0 = process.hrtime.bigint();
    await c.query('BEGIN');
    for (let i = 0; i < subjects.length; i += 1000) {
      const chunk = subjects.slice(i, i + 1000);
      const params: unknown[] = [];
      const rows = chunk.map((s, k) => {
        params.push('subjects', s.id, 1, now, JSON.stringify(s));
        return `($${k * 5 + 1}, $${k * 5 + 2}, $${k * 5 + 3}, $${k * 5 + 4}, $${k * 5 + 5})`;
      });
      await c.query(`INSERT INTO records (collection, id, version, updated_at, data) VALUES ${rows.join(', ')}`, params);
    }
    await c.query('COMMIT');
    const plain = seconds(t0);
    c.release();
    await plainDb.connector.end?.();
    await plainDb.drop();

    log('PostgreSQL: tdkt import…');
    const tdktDb = await open('tdkt_bench_tdkt');
    const storage = postgresStorage({ connector: tdktDb.connector });
    await storage.ready();
    keep({ engine, ...(await timeImport(storage, 'bench:postgres')), plain });
    await storage.close();
    await tdktDb.drop();
  }
}
await rm(dir, { recursive: true, force: true });

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`tdkt import benchmark — ${records.toLocaleString('en-US')} yearly records (${n.toLocaleString('en-US')} subjects × ${years} years), batch ${batchSize}${repeat > 1 ? `, fastest of ${repeat} alternating rounds per measure` : ''}`);
console.log(`node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`);
console.log('');
console.log('| engine | validate (s) | tdkt write (s) | tdkt write records/s | plain loop (s) | plain records/s | ratio write / plain | ratio validate + write / plain |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results)
  console.log(`| ${r.engine} | ${r.validate.toFixed(2)} | ${r.tdkt.toFixed(2)} | ${fmt(records / r.tdkt)} | ${r.plain.toFixed(2)} | ${fmt(records / r.plain)} | ${(r.plain / r.tdkt).toFixed(2)} | ${(r.plain / (r.validate + r.tdkt)).toFixed(2)} |`);
