import { StorageError, TdktError, walk, type Storage } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { memoryStorage } from '@tdkt/storage-memory';
import { pgliteConnector, postgresStorage, type PgConnector } from '@tdkt/storage-postgres';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { STAGES, exemplaryStore, proposalFromModel } from '../src/index.js';
import { MERGER, MODEL, MOVEMENT, PLAN, STAGE_DATES, UNITS } from './fixture.js';

const w = { actor: 'ban-tdkt' };

const open: Storage[] = [];
// One embedded PostgreSQL engine (PGlite) for the file; each test gets its own schema.
let pglite: Promise<PgConnector> | undefined;
let schemas = 0;
async function pgStorage(): Promise<Storage> {
  const base = await (pglite ??= import('@electric-sql/pglite').then(async ({ PGlite }) => pgliteConnector(await PGlite.create())));
  const schema = `dhtt_${++schemas}`;
  const c = await base.connect();
  await c.query(`CREATE SCHEMA ${schema}`).finally(() => c.release());
  const connector: PgConnector = { connect: async () => { const conn = await base.connect(); await conn.query(`SET search_path TO ${schema}`); return conn; } };
  return postgresStorage({ connector, ownsConnector: false });
}
const adapters: [string, () => Promise<Storage>][] = [
  ['memory', async () => memoryStorage()],
  ['sqlite', async () => sqliteStorage({ file: ':memory:' })],
  ['postgres (PGlite)', pgStorage],
];
afterAll(async () => {
  for (const s of open) await s.close();
  await (await pglite)?.end?.();
});

/** A storage with Đà Nẵng's tree around the 2025 merger, a movement, a plan and one discovered model. */
async function seeded(make: () => Promise<Storage>) {
  const storage = await make();
  open.push(storage);
  for (const u of UNITS) await storage.units.create(u, w);
  await storage.lineage.append({ ...MERGER, from: [...MERGER.from], to: [...MERGER.to] }, w);
  const store = exemplaryStore(storage);
  await store.edit((t) => {
    t.addMovement(MOVEMENT);
    t.addPlan(PLAN);
    t.addModel(MODEL);
  }, w);
  return { storage, store };
}

/** Every stored record with its version: what "nothing half-saved" compares. */
const state = async (s: Storage) => ({ records: await s.exemplary.list(), audit: (await s.audit.list({ entity: 'exemplary' })).length });

describe.each(adapters)('exemplary-model records on %s', (_, make) => {
  it('walks a stored model through every stage (one version per step, audited) into a proposal citing the movement', { timeout: 180_000 }, async () => {
    const { storage, store } = await seeded(make);
    for (const [i, s] of STAGES.slice(1).entries()) await store.advance('hop-tac-xa-rau', s, STAGE_DATES[i]!, w, { actor: 'Ban Thi đua – Khen thưởng' });
    const stored = await storage.exemplary.require('model:hop-tac-xa-rau');
    expect(stored.version).toBe(6);
    expect(stored.data.kind).toBe('model');
    const t = await store.load();
    expect(t.model('hop-tac-xa-rau')!.stages.map((s) => s.stage)).toEqual([...STAGES]);
    const history = await storage.audit.list({ entity: 'exemplary', entityId: 'model:hop-tac-xa-rau' });
    expect(history.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
    expect(history.every((e) => e.actor === 'ban-tdkt')).toBe(true);
    const p = proposalFromModel(t, 'hop-tac-xa-rau', createVnEngine(), { asOf: '2025-12-10' });
    expect(p.explanation.citations[0]!.note).toContain('2218/QĐ-UBND');
    expect([...walk(p.explanation)].some((n) => n.route === '74.1.a')).toBe(true);
  });

  it('keeps activities and replications; progress and the replication tree read back from storage', { timeout: 180_000 }, async () => {
    const { store } = await seeded(make);
    const r = await store.edit((t) => {
      t.advance('hop-tac-xa-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.advance('hop-tac-xa-rau', 'binh-chon-gioi-thieu', '2023-06-01');
      t.addReplication({ model: 'hop-tac-xa-rau', unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ' });
      t.addActivity({ id: 'bao-1', date: '2024-05-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['hop-tac-xa-rau'], reach: 12000 });
    }, w);
    expect(r.created.sort()).toEqual(['activity:bao-1', 'replication:hop-tac-xa-rau:xa-hoa-vang:2025-08-01']);
    expect(r.updated).toEqual(['model:hop-tac-xa-rau']);
    await store.addReplication({ model: 'hop-tac-xa-rau', unit: 'phuong-hai-chau', fromUnit: 'xa-hoa-vang', date: '2025-11-01' }, w);
    const t = await store.load();
    expect(t.replicationTree('hop-tac-xa-rau')).toEqual({ unit: 'hoi-an', children: [{ unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ', children: [{ unit: 'phuong-hai-chau', date: '2025-11-01', children: [] }] }] });
    expect(t.progress('da-nang')).toMatchObject({ replications: { target: 2, actual: 2 }, models: [{ field: 'agriculture', target: 2, actual: 1 }, { field: 'culture-society', target: 1, actual: 0 }] });
  });

  it('bad input names the record and leaves nothing half-saved', { timeout: 180_000 }, async () => {
    const { storage, store } = await seeded(make);
    const before = await state(storage);
    // a stage out of order
    await expect(store.advance('hop-tac-xa-rau', 'nhan-rong', '2023-01-01', w)).rejects.toThrow(/Model hop-tac-xa-rau: cannot move to "Replicated"/);
    // a batch whose last change fails: the stage moves before it are not kept either
    const outside = store.edit((t) => {
      t.advance('hop-tac-xa-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.addActivity({ id: 'x', date: '2026-02-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['hop-tac-xa-rau'], reach: 1 });
    }, w);
    await expect(outside).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['activity', 'date'], value: '2026-02-01' });
    await expect(outside).rejects.toThrow(/Activity x on 2026-02-01 is outside the plan/);
    // a replication into a unit that does not exist (the model was selected in the same batch)
    const nowhere = store.edit((t) => {
      t.advance('hop-tac-xa-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.advance('hop-tac-xa-rau', 'binh-chon-gioi-thieu', '2023-06-01');
      t.addReplication({ model: 'hop-tac-xa-rau', unit: 'xa-khong-co', date: '2025-08-01' });
    }, w);
    await expect(nowhere).rejects.toBeInstanceOf(TdktError);
    await expect(nowhere).rejects.toMatchObject({ path: ['replication', 'unit'], value: 'xa-khong-co', messages: { vi: expect.stringContaining('Đơn vị không tồn tại') } });
    expect(await state(storage)).toEqual(before);
    expect((await store.load()).stageOf('hop-tac-xa-rau')).toBe('phat-hien');
  });

  it('optimistic concurrency: a write at an outdated version fails with STALE_WRITE and writes nothing', { timeout: 180_000 }, async () => {
    const { storage, store } = await seeded(make);
    const read = await store.versions();
    expect(read['model:hop-tac-xa-rau']).toBe(1);
    await store.advance('hop-tac-xa-rau', 'xay-dung-boi-duong', '2022-09-01', w, { expectedVersions: { 'model:hop-tac-xa-rau': read['model:hop-tac-xa-rau']! } });
    const before = await state(storage);
    const stale = store.advance('hop-tac-xa-rau', 'binh-chon-gioi-thieu', '2023-06-01', w, { expectedVersions: { 'model:hop-tac-xa-rau': read['model:hop-tac-xa-rau']! } });
    await expect(stale).rejects.toBeInstanceOf(StorageError);
    await expect(stale).rejects.toMatchObject({ kind: 'STALE_WRITE', path: ['exemplary', 'model:hop-tac-xa-rau'] });
    expect(await state(storage)).toEqual(before);
  });
});
