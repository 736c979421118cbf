import { describe, expect, it } from 'vitest';
import { TdktError, createEngine, evaluateBatch, rosterRequests, subjectAsOf, type BatchProgress, type BatchResult, type Engine } from '../src/index.js';
import { batchPlugins } from './fixtures/batch-plugins.js';

const engine = createEngine({ plugins: batchPlugins() });
const person = (id: string, rating: string, year = 2024) => ({ kind: 'individual', id, years: [{ year, rating }] });
const request = (id: string, rating = 'HTXSNV') => ({ asOf: '2024-12-15', award: 'award-a', period: 2024, subject: person(id, rating) });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('evaluateBatch', () => {
  it('yields one result per request, in input order, equal to engine.evaluate', async () => {
    const requests = Array.from({ length: 250 }, (_, i) => request(`p${i}`, i % 3 === 0 ? 'HTTNV' : 'HTXSNV'));
    const results = await collect(evaluateBatch(engine, requests));
    expect(results.map((r) => r.index)).toEqual(requests.map((_, i) => i));
    results.forEach((r, i) => {
      expect(r.ok).toBe(true);
      expect(r.request).toBe(requests[i]);
      const d = engine.evaluate(requests[i]);
      if (r.ok) expect({ outcome: r.decision.outcome, hash: r.decision.hash, id: r.decision.subject.id }).toEqual({ outcome: d.outcome, hash: d.hash, id: `p${i}` });
    });
    expect(results.filter((r) => r.ok && r.decision.outcome === 'ineligible')).toHaveLength(84);
  });

  it('a bad request gives a typed error result with path and value; the stream goes on', async () => {
    const bad = { ...request('bad'), subject: { kind: 'individual', years: [{ year: 2024, rating: 'HTTTNV' }] } };
    const results = await collect(evaluateBatch(engine, [request('a'), bad, null, { ...request('x'), award: 'no-such-award' }, request('b')]));
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    const e = results[1] as Extract<BatchResult, { ok: false }>;
    expect(e.error).toBeInstanceOf(TdktError);
    expect(e.error.code).toBe('VALIDATION_FAILED');
    expect(e.error.path).toEqual(['subject', 'years', 0, 'rating']);
    expect(e.error.value).toBe('HTTTNV');
    expect(e.error.messages.vi).toBeTruthy();
    expect(e.error.messages.en).toBeTruthy();
    expect((results[3] as Extract<BatchResult, { ok: false }>).error.code).toBe('UNKNOWN_AWARD');
    expect(results[4]!.index).toBe(4);
  });

  it('pulls the input lazily: never more than one request ahead of the consumer', async () => {
    let produced = 0;
    function* requests() {
      for (let i = 0; i < 1_000_000; i++) {
        produced++;
        yield request(`p${i}`);
      }
    }
    let consumed = 0;
    for await (const r of evaluateBatch(engine, requests())) {
      consumed++;
      expect(produced).toBe(r.index + 1);
      if (consumed === 300) break;
    }
    expect(produced).toBe(300);
  });

  it('takes async iterables and reports progress', async () => {
    async function* requests() {
      for (let i = 0; i < 25; i++) yield i === 7 ? { bad: true } : request(`p${i}`);
    }
    const seen: BatchProgress[] = [];
    const results = await collect(evaluateBatch(engine, requests(), { onProgress: (p) => seen.push(p), progressEvery: 10 }));
    expect(results).toHaveLength(25);
    expect(seen).toEqual([
      { done: 10, failed: 1, reused: 0 },
      { done: 20, failed: 1, reused: 0 },
      { done: 25, failed: 1, reused: 0 },
    ]);
  });

  it('stops on abort with the signal reason', async () => {
    const ac = new AbortController();
    const requests = Array.from({ length: 1000 }, (_, i) => request(`p${i}`));
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const r of evaluateBatch(engine, requests, { signal: ac.signal })) {
          got.push(r.index);
          if (r.index === 41) ac.abort(new Error('stop here'));
        }
      })(),
    ).rejects.toThrow('stop here');
    expect(got).toHaveLength(42);
    const pre = new AbortController();
    pre.abort();
    await expect(collect(evaluateBatch(engine, requests, { signal: pre.signal }))).rejects.toThrow();
  });

  it('rejects a non-iterable input and bad options with typed errors', async () => {
    await expect(collect(evaluateBatch(engine, 42 as never))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['requests'] });
    await expect(collect(evaluateBatch(engine, [], { progressEvery: 0 }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['progressEvery'], value: 0 });
  });

  it('passes evaluateOptions through as the second argument of evaluate', async () => {
    const calls: unknown[][] = [];
    const spy = { ...engine, evaluate: (...args: unknown[]) => (calls.push(args), engine.evaluate(args[0])) } as Engine;
    await collect(evaluateBatch(spy, [request('a')], { evaluateOptions: { explain: false } }));
    await collect(evaluateBatch(spy, [request('b')]));
    expect(calls.map((c) => c.length)).toEqual([2, 1]);
    expect(calls[0]![1]).toEqual({ explain: false });
  });

  it('an exception that is not a TdktError (a bug) rejects the stream', async () => {
    const broken = { ...engine, evaluate: () => { throw new RangeError('bug'); } } as Engine;
    await expect(collect(evaluateBatch(broken, [request('a')]))).rejects.toThrow(RangeError);
  });
});

describe('rosterRequests', () => {
  const history = { kind: 'individual', id: 'nv-1', recruited: '2019-03-01', years: [2021, 2022, 2023, 2024].map((year) => ({ year, rating: year === 2022 ? 'HTTNV' : 'HTXSNV' })), awards: [{ award: 'award-a', decidedOn: '2024-01-10' }] };
  const unit = { kind: 'collective', id: 'dv-1', name: 'Phòng A' };

  it('expands subjects × periods × awards, cutting each history at asOf', async () => {
    const reqs = await collect(rosterRequests([history, unit], { engine, awards: ['award-a', 'award-u'], periods: [2021, 2022, 2023], asOf: (y) => `${y}-12-15` }));
    expect(reqs.map((r) => `${(r['subject'] as { id: string }).id} ${r['award']} ${r['period']}`)).toEqual([
      'nv-1 award-a 2021', 'nv-1 award-a 2022', 'nv-1 award-a 2023',
      'dv-1 award-u 2021', 'dv-1 award-u 2022', 'dv-1 award-u 2023',
    ]);
    const first = reqs[0]!['subject'] as typeof history;
    expect(first.years.map((y) => y.year)).toEqual([2021]);
    expect(first.awards).toEqual([]);
    expect(history.years).toHaveLength(4);
    const outcomes = (await collect(evaluateBatch(engine, reqs))).map((r) => (r.ok ? r.decision.outcome : r.error.code));
    expect(outcomes).toEqual(['eligible', 'ineligible', 'eligible', 'needs-review', 'needs-review', 'needs-review']);
  });

  it('skips periods before recruitment; without the cut, later facts are reported', async () => {
    const reqs = await collect(rosterRequests([history], { awards: ['award-a'], periods: [2018, 2021], asOf: (y) => `${y}-12-15` }));
    expect(reqs.map((r) => r['period'])).toEqual([2021]);
    const raw = await collect(evaluateBatch(engine, rosterRequests([history], { awards: ['award-a'], periods: 2021, asOf: '2021-12-15', snapshot: false })));
    expect(raw[0]!.ok).toBe(false);
    if (!raw[0]!.ok) expect(raw[0]!.error.path).toEqual(['subject', 'years', 1, 'year']);
  });

  it('subjectAsOf keeps malformed records for validation and leaves non-objects alone', () => {
    expect(subjectAsOf({ kind: 'individual', years: [{ year: 'x' }, { year: 2030 }] }, '2025-01-01')).toEqual({ kind: 'individual', years: [{ year: 'x' }] });
    expect(subjectAsOf(null, '2025-01-01')).toBeNull();
  });
});
