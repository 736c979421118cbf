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
