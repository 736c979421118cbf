import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TdktError } from '@tdkt/core';
import { sqliteDriver, sqliteStorage } from '@tdkt/storage-sqlite';
import { main } from '../src/cli.js';
import { importSubjects } from '../src/import.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rows = (n: number): string =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ kind: 'individual', id: `NV${String(i).padStart(6, '0')}`, name: `Nguyễn Văn ${i} 🇻🇳`, years: [{ year: 2025, rating: 'HTXSNV' }] })).join('\n');

describe('tdkt import', () => {
  it('reports every bad row with its position and writes nothing', async () => {
    const storage = sqliteStorage({ file: ':memory:' });
    const text = [
      JSON.stringify({ kind: 'individual', id: 'A', name: 'Đúng' }),
      '{ not json',
      JSON.stringify({ kind: 'individual', id: 'B', years: [{ year: 2025, rating: 'GOOD' }] }),
      JSON.stringify({ kind: 'individual', name: 'no id' }),
      JSON.stringify({ kind: 'individual', id: 'A' }),
    ].join('\n');
    const e = await importSubjects(storage, text, 'x.jsonl').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TdktError);
    expect((e as TdktError).issues.map((i) => i.path)).toEqual([['rows', 2], ['rows', 3, 'years', 0, 'rating'], ['rows', 4, 'id'], ['rows', 5, 'id']]);
    expect((e as TdktError).messages.vi).toContain('chưa nhập gì');
    expect(await storage.subjects.list()).toEqual([]);
    await storage.close();
  });

  it('a SIGKILL mid-import leaves whole batches only; the next run resumes and finishes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-import-'));
    const file = join(dir, 'subjects.jsonl');
    const db = join(dir, 'tdkt.sqlite');
    const total = 40000;
    const batch = 200;
    await writeFile(file, rows(total));
    const watcher = sqliteDriver({ file: db });
    const doneNow = (): number => {
      const r = watcher.db.prepare("SELECT data FROM records WHERE collection = 'imports'").get() as { data: string } | undefined;
      return r ? (JSON.parse(r.data) as { done: number }).done : 0;
    };
    // node itself runs the import (tsx as a loader, not its CLI, which would fork a grandchild that SIGKILL misses)
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', join(root, 'packages/cli/src/bin.ts'), 'import', file, '--db', db, '--batch', String(batch)], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 3000 && doneNow() < 2 * batch; i++) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const atKill = doneNow();
    expect(atKill).toBeGreaterThanOrEqual(2 * batch);
    expect(atKill).toBeLessThan(total);
    expect(atKill % batch).toBe(0);
    expect(watcher.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = (watcher.db.prepare("SELECT COUNT(*) AS n FROM records WHERE collection = 'subjects'").get() as { n: number }).n;
    expect(count).toBe(atKill);
    await watcher.close();

    const out: string[] = [];
    const code = await main(['import', file, '--db', db, '--batch', '5000'], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(`resumed at row ${atKill + 1}`);
    const storage = sqliteStorage({ file: db });
    const all = await storage.subjects.list();
    expect(all).toHaveLength(total);
    expect(all.every((s) => s.version === 1)).toBe(true);
    expect(all[0]?.data.name).toBe('Nguyễn Văn 0 🇻🇳');
    await storage.close();
    const again: string[] = [];
    await main(['import', file, '--db', db], { out: (l) => again.push(l), err: () => undefined });
    expect(again.join('\n')).toContain('already imported');
  }, 120000);
});
