import { spawn } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TdktError } from '@tdkt/core';
import { sqliteDriver, sqliteStorage } from '@tdkt/storage-sqlite';
import { main } from '../src/cli.js';
import { importSubjects } from '../src/import.js';
import { describeStore, openStore, parseStore } from '../src/store.js';

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

  describe('--store: import into any adapter', () => {
    const twelve = rows(12);
    /** A fresh folder with twelve subjects in `subjects.jsonl`. */
    const input = async (): Promise<{ dir: string; file: string }> => {
      const dir = await mkdtemp(join(tmpdir(), 'tdkt-store-'));
      const file = join(dir, 'subjects.jsonl');
      await writeFile(file, twelve);
      return { dir, file };
    };
    const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    it('reads sqlite:FILE, a plain path, postgres:// and postgresql:// URLs and pglite:DIR', () => {
      expect(parseStore('sqlite:out/tdkt.sqlite')).toEqual({ kind: 'sqlite', file: 'out/tdkt.sqlite' });
      expect(parseStore('out/tdkt.sqlite')).toEqual({ kind: 'sqlite', file: 'out/tdkt.sqlite' });
      expect(parseStore('C:\\data\\tdkt.sqlite')).toEqual({ kind: 'sqlite', file: 'C:\\data\\tdkt.sqlite' });
      expect(parseStore('postgres://tdkt:pw@127.0.0.1:5432/tdkt')).toEqual({ kind: 'postgres', url: 'postgres://tdkt:pw@127.0.0.1:5432/tdkt' });
      expect(parseStore('postgresql://db.example/tdkt')).toEqual({ kind: 'postgres', url: 'postgresql://db.example/tdkt' });
      expect(parseStore('pglite:./pg-data')).toEqual({ kind: 'pglite', dir: './pg-data' });
      expect(describeStore(parseStore('postgres://tdkt:secret@127.0.0.1:5432/tdkt'))).toBe('postgres://tdkt:***@127.0.0.1:5432/tdkt');
    });

    it('an unknown scheme or an empty target is a bilingual VALIDATION_FAILED naming --store', async () => {
      for (const bad of ['mysql://root@localhost/tdkt', 'mongodb+srv://x', 'pglite:', 'sqlite:', 'postgres:tdkt']) {
        const e = (() => {
          try {
            return parseStore(bad);
          } catch (x) {
            return x;
          }
        })();
        expect(e).toBeInstanceOf(TdktError);
        expect([(e as TdktError).code, (e as TdktError).path, (e as TdktError).value]).toEqual(['VALIDATION_FAILED', ['store'], bad]);
      }
      const unknown = (() => {
        try {
          return parseStore('mysql://root@localhost/tdkt');
        } catch (x) {
          return x as TdktError;
        }
      })() as TdktError;
      expect(unknown.messages.vi).toContain('không hỗ trợ kiểu lưu trữ "mysql:"');
      expect(unknown.messages.en).toContain('unknown storage scheme "mysql:"');
      const { file } = await input();
      const r = await run(['import', file, '--store', 'mysql://root@localhost/tdkt']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('unknown storage scheme');
      expect(r.err).not.toMatch(/\n\s+at /);
      const both = await run(['import', file, '--store', 'sqlite:x.sqlite', '--db', 'y.sqlite']);
      expect([both.code, both.err.includes('Use one of --db or --store')]).toEqual([2, true]);
    });

    it('sqlite:FILE writes the SQLite file, as --db does', async () => {
      const { dir, file } = await input();
      const db = join(dir, 'x.sqlite');
      const r = await run(['import', file, '--store', `sqlite:${db}`, '--batch', '5']);
      expect([r.code, r.out]).toEqual([0, `Đã nhập / imported 12/12 → ${db}`]);
      const s = sqliteStorage({ file: db });
      expect(await s.subjects.list()).toHaveLength(12);
      await s.close();
    });

    it('a bad or empty file, or an unknown award code, creates no store; a file that is not a database is a typed WRITE_FAILED', async () => {
      const { dir, file } = await input();
      const bad = join(dir, 'bad.jsonl');
      await writeFile(bad, `${twelve}\n{"kind":"individual","id":"X1","recruited":"2014-02-30"}\n`);
      const r1 = await run(['import', bad, '--store', `sqlite:${join(dir, 'bad.sqlite')}`]);
      expect([r1.code, r1.err]).toEqual([2, expect.stringContaining('VALIDATION_FAILED')]);
      expect(r1.err).toContain('recruited');
      const empty = join(dir, 'empty.json');
      await writeFile(empty, '[]');
      const r2 = await run(['import', empty, '--store', `sqlite:${join(dir, 'empty.sqlite')}`]);
      expect([r2.code, r2.err]).toEqual([2, expect.stringContaining('no row to import')]);
      const typo = join(dir, 'typo.jsonl');
      await writeFile(typo, `${twelve}\n{"kind":"individual","id":"X2","recruited":"2014-02-01","years":[{"year":2024,"rating":"HTXSNV","titles":["khong-co-danh-hieu"]}]}\n`);
      const r4 = await run(['import', typo, '--store', `sqlite:${join(dir, 'typo.sqlite')}`]);
      expect([r4.code, r4.err]).toEqual([2, expect.stringContaining('UNKNOWN_AWARD')]);
      expect(r4.err).toContain('subjects.X2.years[0].titles[0]');
      const notDb = join(dir, 'not-a-db.sqlite');
      await writeFile(notDb, 'this is a text file, not SQLite '.repeat(200));
      const r3 = await run(['import', file, '--store', `sqlite:${notDb}`]);
      expect(r3.code).toBe(2);
      expect(r3.err).toContain('WRITE_FAILED');
      expect(r3.err).toContain('Không mở được cơ sở dữ liệu SQLite');
      expect(r3.err).not.toMatch(/\n\s+at /);
      expect((await readdir(dir)).sort()).toEqual(['bad.jsonl', 'empty.json', 'not-a-db.sqlite', 'subjects.jsonl', 'typo.jsonl']);
    });

    it('pglite:DIR imports into an embedded PostgreSQL folder, in batches that resume', async () => {
      const { dir, file } = await input();
      const store = `pglite:${join(dir, 'pg')}`;
      const r = await run(['import', file, '--store', store, '--batch', '5', '--actor', "O'Brien; DROP TABLE tdkt_log"]);
      expect([r.code, r.out]).toEqual([0, `Đã nhập / imported 12/12 → ${store}`]);
      expect((await run(['import', file, '--store', store])).out).toContain('already imported: 12');
      const s = await openStore(store);
      const all = await s.subjects.list();
      expect(all.map((x) => x.data.name)).toEqual(Array.from({ length: 12 }, (_, i) => `Nguyễn Văn ${i} 🇻🇳`));
      expect((await s.audit.list({ entity: 'subjects', entityId: 'NV000003' })).map((e) => [e.action, e.actor])).toEqual([['create', "O'Brien; DROP TABLE tdkt_log"]]);
      expect((await s.imports.list()).map((p) => [p.data.done, p.data.total, p.version])).toEqual([[12, 12, 4]]);
      await s.close();
    }, 120000);

    // pg is CommonJS: the postgres:// cases run the real command in a child process (node + tsx),
    // as people do, rather than inside vitest's module loader
    const cli = (args: string[]): Promise<{ code: number | null; out: string; err: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', join(root, 'packages/cli/src/bin.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('exit', (code) => resolve({ code, out, err }));
      });

    it('postgres:// that cannot be reached: a bilingual error without the password, exit code 2', async () => {
      const { file } = await input();
      const r = await cli(['import', file, '--store', 'postgres://tdkt:secret-pw@127.0.0.1:9/tdkt']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Không kết nối được máy chủ PostgreSQL postgres://tdkt:***@127.0.0.1:9/tdkt');
      expect(r.err).toContain('Cannot connect to the PostgreSQL server');
      expect(r.err).not.toContain('secret-pw');
      expect(r.err).not.toMatch(/\n\s+at /);
    }, 60000);

    const url = process.env['DATABASE_URL'];
    if (url)
      it('postgres:// imports into the server (DATABASE_URL, a scratch schema)', async () => {
        const schema = `tdkt_cli_${process.pid}`;
        // the checks use pg in a plain node process too (see above)
        const sql = (query: string): Promise<unknown[]> =>
          new Promise((resolve, reject) => {
            const script = `const pg = require('module').createRequire(${JSON.stringify(join(root, 'packages/cli/package.json'))})('pg'); const c = new pg.Client(process.env.DATABASE_URL); c.connect().then(() => c.query(process.argv[1])).then((r) => { process.stdout.write(JSON.stringify([r].flat().at(-1).rows)); return c.end(); }).catch((e) => { console.error(e.message); process.exit(1); });`;
            const child = spawn(process.execPath, ['-e', script, query], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as unknown[]) : reject(new Error(`sql exited ${code}`))));
          });
        await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        try {
          const { file } = await input();
          const u = new URL(url);
          u.searchParams.set('options', `-c search_path=${schema}`);
          const r = await cli(['import', file, '--store', u.toString(), '--batch', '5']);
          expect([r.code, r.out.trim()]).toEqual([0, `Đã nhập / imported 12/12 → ${describeStore(parseStore(u.toString()))}`]);
          expect(await sql(`SELECT COUNT(*)::int AS n FROM ${schema}.tdkt_records WHERE collection = 'subjects'`)).toEqual([{ n: 12 }]);
          // one audit entry per subject, the progress record's create and its three updates
          expect(await sql(`SELECT COUNT(*)::int AS n FROM ${schema}.tdkt_log WHERE log = 'audit'`)).toEqual([{ n: 12 + 1 + 3 }]);
        } finally {
          await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        }
      }, 60000);
  });
});
