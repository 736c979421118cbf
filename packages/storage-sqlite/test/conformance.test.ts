import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StorageError } from '@tdkt/core';
import { describeStorageConformance } from '@tdkt/testkit';
import { sqliteDriver, sqliteSchemaVersion, sqliteStorage } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tdkt-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const files = new WeakMap<object, string>();

describeStorageConformance(
  'sqlite',
  () => {
    const file = join(dir, `db-${++n}.sqlite`);
    const s = sqliteStorage({ file });
    files.set(s, file);
    return s;
  },
  { reopen: (first) => sqliteStorage({ file: files.get(first)! }) },
);

describeStorageConformance('sqlite :memory:', () => sqliteStorage({ file: ':memory:' }));

describe('sqlite specifics', () => {
  it('uses WAL and records the schema version', async () => {
    const file = join(dir, 'wal.sqlite');
    const d = sqliteDriver({ file });
    expect(d.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqliteSchemaVersion(d.db)).toBe(1);
    await d.close();
    const again = sqliteDriver({ file });
    expect(sqliteSchemaVersion(again.db)).toBe(1);
    await again.close();
  });

  it('a migration that fails leaves the database unchanged', async () => {
    const file = join(dir, 'mig.sqlite');
    const s = sqliteStorage({ file });
    await s.units.create({ id: 'u1', name: 'Đơn vị', level: 'unit' }, { actor: 'a' });
    await s.close();
    let err: unknown;
    try {
      sqliteDriver({ file, extraMigrations: [
        { version: 2, name: 'good', sql: 'CREATE TABLE extra (x TEXT)' },
        { version: 3, name: 'broken', sql: "ALTER TABLE records ADD COLUMN note TEXT; INSERT INTO nowhere VALUES (1);" },
      ] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('MIGRATION_FAILED');
    expect((err as StorageError).path).toEqual(['migrations', 3]);
    expect((err as StorageError).messages.vi).toMatch(/giữ nguyên/);
    const db = new Database(file, { readonly: true });
    expect(sqliteSchemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    expect((db.prepare('PRAGMA table_info(records)').all() as { name: string }[]).map((c) => c.name)).not.toContain('note');
    expect(db.prepare("SELECT COUNT(*) AS n FROM records").get()).toEqual({ n: 1 });
    db.close();
  });

  it('bulk operations: prepared statements in the transaction, conflicts and stale versions reported by id', async () => {
    const d = sqliteDriver({ file: ':memory:' });
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `NV${i}'; --`, version: 1, updatedAt: 't0', data: JSON.stringify({ i }) }));
    await d.transaction(async (tx) => {
      expect(await tx.insertMany!('subjects', rows)).toEqual([]);
      expect(await tx.insertMany!('subjects', [rows[7]!, { ...rows[0]!, id: 'new' }])).toEqual([rows[7]!.id]);
      expect((await tx.getMany!('subjects', [...rows.map((r) => r.id), 'missing'])).length).toBe(3000);
      const updates = rows.map((r, i) => ({ id: r.id, expectedVersion: i === 1500 ? 5 : 1, data: '{"v":2}' }));
      expect(await tx.updateMany!('subjects', updates, 't1')).toEqual([rows[1500]!.id]);
      await tx.appendMany!('audit', rows.map((r) => ({ ref: r.id, at: 't1', data: '{}' })));
    });
    await d.transaction(async (tx) => {
      expect(await tx.get('subjects', rows[1500]!.id)).toEqual({ ...rows[1500]!, version: 1 });
      expect(await tx.get('subjects', rows[2999]!.id)).toEqual({ id: rows[2999]!.id, version: 2, updatedAt: 't1', data: '{"v":2}' });
      expect((await tx.read('audit')).map((e) => e.ref)).toEqual(rows.map((r) => r.id));
    });
    await d.close();
  });

  it('the database itself refuses to change a decision or a log entry', async () => {
    const d = sqliteDriver({ file: ':memory:' });
    await d.transaction((tx) => tx.insert('decisions', { id: 'QD', version: 1, updatedAt: 'now', data: '{}' }));
    expect(() => d.db.prepare("UPDATE records SET data = '{\"x\":1}' WHERE collection = 'decisions'").run()).toThrow(/append-only/);
    expect(() => d.db.prepare("DELETE FROM records WHERE collection = 'decisions'").run()).toThrow(/append-only/);
    await d.transaction((tx) => tx.append('audit', { ref: 'r', at: 'now', data: '{}' }));
    expect(() => d.db.prepare('DELETE FROM log').run()).toThrow(/append-only/);
    await d.close();
  });
});
