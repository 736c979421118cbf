import { describe, expect, it } from 'vitest';
import { TdktError, createEngine, evaluateBatch, type BatchProgress, type BatchResult } from '../src/index.js';
import { evaluateBatchInWorkers } from '../src/node/index.js';
import { batchPlugins } from './fixtures/batch-plugins.js';

const fixture = new URL('./fixtures/batch-plugins.ts', import.meta.url);
const plugins = { module: fixture, export: 'batchPlugins', args: ['1.0.0'] };
const ratings = ['HTXSNV', 'HTTNV', 'HTNV', 'HTXSNV', 'KHTNV'];
const request = (i: number) => ({ asOf: '2024-12-15', award: i % 7 === 0 ? 'award-u' : 'award-a', period: 2024, subject: { kind: 'individual', id: `p${i}`, years: [{ year: 2024, rating: ratings[i % 5] }] } });
/** Requests with a bad one every 50: a typo in a rating. */
function* requests(n: number) {
  for (let i = 0; i < n; i++) yield i % 50 === 49 ? { ...request(i), subject: { kind: 'individual', years: [{ year: 2024, rating: 'HTTTNV' }] } } : request(i);
}
const summary = (r: BatchResult) => (r.ok ? { index: r.index, outcome: r.decision.outcome, hash: r.decision.hash } : { index: r.index, code: r.error.code, path: r.error.path, value: r.error.value, messages: r.error.messages });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

// Workers start by loading the TypeScript sources through tsx: allow a loaded machine some time.
describe('evaluateBatchInWorkers', { timeout: 120_000 }, () => {
  it('gives the single-thread results (outcomes, hashes, typed errors), in input order', async () => {
    const engine = createEngine({ plugins: batchPlugins('1.0.0') });
    const single = await collect(evaluateBatch(engine, requests(1000)));
    const progress: BatchProgress[] = [];
    const multi = await collect(evaluateBatchInWorkers(requests(1000), { plugins, workers: 2, chunkSize: 64, onProgress: (p) => progress.push(p), progressEvery: 500 }));
    expect(multi.map(summary)).toEqual(single.map(summary));
    expect(multi.map((r) => r.ok && r.decision)).toEqual(single.map((r) => r.ok && r.decision));
    const bad = multi[49]!;
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toBeInstanceOf(TdktError);
      expect(bad.error).toMatchObject({ code: 'VALIDATION_FAILED', path: ['subject', 'years', 0, 'rating'], value: 'HTTTNV' });
      expect(bad.error.describe()).toContain('subject.years[0].rating');
    }
    expect(multi.filter((r) => !r.ok)).toHaveLength(20);
    expect(progress).toEqual([{ done: 500, failed: 10, reused: 0 }, { done: 1000, failed: 20, reused: 0 }]);
  });

  it('a requested rule-pack version reaches every worker (the export is called with args)', async () => {
    const [r] = await collect(evaluateBatchInWorkers([request(1)], { plugins: { ...plugins, args: ['2.3.4'] }, workers: 1 }));
    expect(r!.ok && r!.decision.rulePacks).toEqual([{ id: 'nat', version: '2.3.4' }]);
  });

  it('a request that cannot be copied to a worker is a typed error result; the others go on', async () => {
    const odd = { ...request(2), subject: { ...request(2).subject, note: () => 'x' } };
    const out = await collect(evaluateBatchInWorkers([request(1), odd, request(3)], { plugins, workers: 1 }));
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(out[1]!.ok === false && out[1]!.error.code).toBe('VALIDATION_FAILED');
  });

  it('stops early: break and abort close the workers; the input is not read further', async () => {
    let produced = 0;
    function* counted() {
      for (const r of requests(100_000)) {
        produced++;
        yield r;
      }
    }
    for await (const r of evaluateBatchInWorkers(counted(), { plugins, workers: 2, chunkSize: 10 })) if (r.index === 25) break;
    // Read ahead at most: the chunk being consumed (the third) and two chunks per worker.
    expect(produced).toBeLessThanOrEqual(70);
    const ac = new AbortController();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of evaluateBatchInWorkers(requests(100_000), { plugins, workers: 2, chunkSize: 10, signal: ac.signal })) {
          seen.push(r.index);
          if (r.index === 12) ac.abort(new Error('enough'));
        }
      })(),
    ).rejects.toThrow('enough');
    expect(seen).toHaveLength(13);
  });

  it('typed errors for bad options and for a module or export that does not exist', async () => {
    await expect(collect(evaluateBatchInWorkers([request(1)], { plugins: { module: '' } }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['plugins', 'module'] });
    await expect(collect(evaluateBatchInWorkers([request(1)], { plugins, workers: 0 }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['workers'], value: 0 });
    await expect(collect(evaluateBatchInWorkers([request(1)], { plugins: { ...plugins, export: 'nothing' }, workers: 1 }))).rejects.toMatchObject({ code: 'PLUGIN_INVALID', path: ['plugins', 'export'], value: 'nothing' });
    await expect(collect(evaluateBatchInWorkers([request(1)], { plugins: { module: new URL('./fixtures/no-such-file.ts', import.meta.url) }, workers: 1 }))).rejects.toMatchObject({ code: 'PLUGIN_INVALID', path: ['plugins', 'module'] });
  });
});
