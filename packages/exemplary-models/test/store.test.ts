import { StorageError, TdktError, walk, type Storage } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { memoryStorage } from '@tdkt/storage-memory';
import { pgliteConnector, postgresStorage, type PgConnector } from '@tdkt/storage-postgres';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { STAGES, exemplaryStore, proposalFromModel } from '../src/index.js';

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
  for (const u of [
    { id: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'province' },
    { id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province', validTo: '2025-06-30' },
    { id: 'hoi-an', name: 'Thành phố Hội An (cũ)', level: 'district', parent: 'quang-nam', validTo: '2025-06-30' },
    { id: 'xa-hoa-vang', name: 'Xã Hòa Vang', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
    { id: 'phuong-hai-chau', name: 'Phường Hải Châu', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
  ] as const)
    await storage.units.create(u, w);
  await storage.lineage.append({ kind: 'merge', date: '2025-07-01', from: ['quang-nam'], to: ['da-nang'] }, w);
  const store = exemplaryStore(storage);
  await store.edit((t) => {
    t.addMovement({ id: 'nong-thon-moi', name: { vi: 'Chung sức xây dựng nông thôn mới', en: 'Building new rural areas together' }, launchedBy: 'Chủ tịch UBND tỉnh Quảng Nam', kind: 'thematic', from: '2021-01-01', to: '2025-12-31', citation: { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'QĐ 2218/QĐ-UBND ngày 25/08/2022 (Quảng Nam)' } });
    t.addPlan({ unit: 'da-nang', from: '2022-01-01', to: '2025-12-31', targets: { modelsByField: { agriculture: 2 }, activitiesByForm: { 'mass-media': 2 }, replications: 2 } });
    t.addModel({ id: 'htx-rau', name: 'Hợp tác xã rau hữu cơ Trà Quế', subjectKind: 'collective', unit: 'hoi-an', movement: 'nong-thon-moi', field: 'agriculture', scope: 'single-field', evidence: { rating: 'HTXSNV', initiatives: 2, socialActivities: 3 }, stages: [{ stage: 'phat-hien', date: '2022-03-01' }] });
  }, w);
  return { storage, store };
}

/** Every stored record with its version: what "nothing half-saved" compares. */
const state = async (s: Storage) => ({ records: await s.exemplary.list(), audit: (await s.audit.list({ entity: 'exemplary' })).length });

describe.each(adapters)('exemplary-model records on %s', (_, make) => {
  it('walks a stored model through every stage (one version per step, audited) into a proposal citing the movement', { timeout: 60_000 }, async () => {
    const { storage, store } = await seeded(make);
    const dates = ['2022-09-01', '2023-06-01', '2024-03-01', '2025-05-01', '2025-10-01'];
    for (const [i, s] of STAGES.slice(1).entries()) await store.advance('htx-rau', s, dates[i]!, w, { actor: 'Ban Thi đua – Khen thưởng' });
    const stored = await storage.exemplary.require('model:htx-rau');
    expect(stored.version).toBe(6);
    expect(stored.data.kind).toBe('model');
    const t = await store.load();
    expect(t.model('htx-rau')!.stages.map((s) => s.stage)).toEqual([...STAGES]);
    const history = await storage.audit.list({ entity: 'exemplary', entityId: 'model:htx-rau' });
    expect(history.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
    expect(history.every((e) => e.actor === 'ban-tdkt')).toBe(true);
    const p = proposalFromModel(t, 'htx-rau', createVnEngine(), { asOf: '2025-12-10' });
    expect(p.explanation.citations[0]!.note).toContain('2218/QĐ-UBND');
    expect([...walk(p.explanation)].some((n) => n.route === '74.1.a')).toBe(true);
  });

  it('keeps activities and replications; progress and the replication tree read back from storage', { timeout: 60_000 }, async () => {
    const { store } = await seeded(make);
    const r = await store.edit((t) => {
      t.advance('htx-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.advance('htx-rau', 'binh-chon-gioi-thieu', '2023-06-01');
      t.addReplication({ model: 'htx-rau', unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ' });
      t.addActivity({ id: 'bao-1', date: '2024-05-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['htx-rau'], reach: 12000 });
    }, w);
    expect(r.created.sort()).toEqual(['activity:bao-1', 'replication:htx-rau:xa-hoa-vang:2025-08-01']);
    expect(r.updated).toEqual(['model:htx-rau']);
    await store.addReplication({ model: 'htx-rau', unit: 'phuong-hai-chau', fromUnit: 'xa-hoa-vang', date: '2025-11-01' }, w);
    const t = await store.load();
    expect(t.replicationTree('htx-rau')).toEqual({ unit: 'hoi-an', children: [{ unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ', children: [{ unit: 'phuong-hai-chau', date: '2025-11-01', children: [] }] }] });
    expect(t.progress('da-nang')).toMatchObject({ replications: { target: 2, actual: 2 }, models: [{ field: 'agriculture', target: 2, actual: 1 }] });
  });

  it('bad input names the record and leaves nothing half-saved', { timeout: 60_000 }, async () => {
    const { storage, store } = await seeded(make);
    const before = await state(storage);
    // a stage out of order
    await expect(store.advance('htx-rau', 'nhan-rong', '2023-01-01', w)).rejects.toThrow(/Model htx-rau: cannot move to "Replicated"/);
    // a batch whose last change fails: the stage moves before it are not kept either
    const outside = store.edit((t) => {
      t.advance('htx-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.addActivity({ id: 'x', date: '2026-02-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['htx-rau'], reach: 1 });
    }, w);
    await expect(outside).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['activity', 'date'], value: '2026-02-01' });
    await expect(outside).rejects.toThrow(/Activity x on 2026-02-01 is outside the plan/);
    // a replication into a unit that does not exist (the model was selected in the same batch)
    const nowhere = store.edit((t) => {
      t.advance('htx-rau', 'xay-dung-boi-duong', '2022-09-01');
      t.advance('htx-rau', 'binh-chon-gioi-thieu', '2023-06-01');
      t.addReplication({ model: 'htx-rau', unit: 'xa-khong-co', date: '2025-08-01' });
    }, w);
    await expect(nowhere).rejects.toBeInstanceOf(TdktError);
    await expect(nowhere).rejects.toMatchObject({ path: ['replication', 'unit'], value: 'xa-khong-co', messages: { vi: expect.stringContaining('Đơn vị không tồn tại') } });
    expect(await state(storage)).toEqual(before);
    expect((await store.load()).stageOf('htx-rau')).toBe('phat-hien');
  });

  it('optimistic concurrency: a write at an outdated version fails with STALE_WRITE and writes nothing', { timeout: 60_000 }, async () => {
    const { storage, store } = await seeded(make);
    const read = await store.versions();
    expect(read['model:htx-rau']).toBe(1);
    await store.advance('htx-rau', 'xay-dung-boi-duong', '2022-09-01', w, { expectedVersions: { 'model:htx-rau': read['model:htx-rau']! } });
    const before = await state(storage);
    const stale = store.advance('htx-rau', 'binh-chon-gioi-thieu', '2023-06-01', w, { expectedVersions: { 'model:htx-rau': read['model:htx-rau']! } });
    await expect(stale).rejects.toBeInstanceOf(StorageError);
    await expect(stale).rejects.toMatchObject({ kind: 'STALE_WRITE', path: ['exemplary', 'model:htx-rau'] });
    expect(await state(storage)).toEqual(before);
  });
});
