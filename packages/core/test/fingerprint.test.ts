import { describe, expect, it } from 'vitest';
import { createEngine, fingerprintRequest, reevaluateChanged, requestKey, type BatchProgress, type PreviousEvaluation, type ReevaluationResult } from '../src/index.js';
import { batchPlugins } from './fixtures/batch-plugins.js';

const people = (ratings: Record<string, string>) =>
  Object.entries(ratings).map(([id, rating]) => ({ asOf: '2024-12-15', award: 'award-a', period: 2024, subject: { kind: 'individual', id, name: `Nguyễn Văn ${id}`, years: [{ year: 2023, rating: 'HTXSNV' }, { year: 2024, rating }] } }));
const base = { a: 'HTXSNV', b: 'HTTNV', c: 'HTXSNV', d: 'HTNV' };

async function run(engine: ReturnType<typeof createEngine>, requests: unknown[], previous: Map<string, PreviousEvaluation>, onProgress?: (p: BatchProgress) => void) {
  const results: ReevaluationResult[] = [];
  const next = new Map<string, PreviousEvaluation>();
  for await (const r of reevaluateChanged(engine, requests, previous, onProgress ? { onProgress } : {})) {
    results.push(r);
    if (r.ok) next.set(r.key, { fingerprint: r.fingerprint, decision: r.decision });
  }
  return { results, next, evaluated: results.filter((r) => !r.reused).map((r) => r.key ?? r.index), reused: results.filter((r) => r.reused).map((r) => r.key) };
}

describe('fingerprintRequest', () => {
  const engine = createEngine({ plugins: batchPlugins() });
  const [r] = people({ a: 'HTXSNV' });

  it('is stable: same request → same 64-hex fingerprint, whatever the key order or Unicode form', () => {
    const f = fingerprintRequest(engine, r).fingerprint;
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { subject: { years: r!.subject.years, name: r!.subject.name.normalize('NFD'), id: 'a', kind: 'individual' }, period: 2024, award: 'award-a', asOf: '2024-12-15' };
    expect(fingerprintRequest(engine, reordered).fingerprint).toBe(f);
    expect(fingerprintRequest(createEngine({ plugins: batchPlugins() }), r).fingerprint).toBe(f);
  });

  it('changes with a record, the date, the award, a plugin version, a plugin added', () => {
    const f = fingerprintRequest(engine, r).fingerprint;
    const other = [
      { ...r, subject: { ...r!.subject, years: [{ year: 2024, rating: 'HTXSNV' }] } },
      { ...r, asOf: '2024-12-16' },
      { ...r, award: 'award-u' },
    ].map((x) => fingerprintRequest(engine, x).fingerprint);
    other.push(fingerprintRequest(createEngine({ plugins: batchPlugins('1.1.0') }), r).fingerprint);
    other.push(fingerprintRequest(createEngine({ plugins: batchPlugins('1.0.0', true) }), r).fingerprint);
    expect(new Set([f, ...other]).size).toBe(6);
  });

  it('rejects a malformed request with the typed validation error', () => {
    expect(() => fingerprintRequest(engine, { ...r, period: 'x' })).toThrowError(expect.objectContaining({ code: 'VALIDATION_FAILED', path: ['period'], value: 'x' }));
  });

  it('keys by subject, award, period and plugins', () => {
    const { request, fingerprint } = fingerprintRequest(engine, r);
    expect(requestKey(request, fingerprint)).toBe('individual:a|award-a|2024||');
    const anonymous = fingerprintRequest(engine, { ...r, subject: { kind: 'individual' } });
    expect(requestKey(anonymous.request, anonymous.fingerprint)).toBe(`#${anonymous.fingerprint}|award-a|2024||`);
  });
});

describe('reevaluateChanged', () => {
  it('first run evaluates everything; unchanged → nothing re-evaluated, the decisions reused', async () => {
    const engine = createEngine({ plugins: batchPlugins() });
    const first = await run(engine, people(base), new Map());
    expect(first.results.every((r) => r.change === 'new' && !r.reused)).toBe(true);
    expect(first.evaluated).toHaveLength(4);
    const progress: BatchProgress[] = [];
    const second = await run(engine, people(base), first.next, (p) => progress.push(p));
    expect(second.evaluated).toEqual([]);
    expect(second.reused).toHaveLength(4);
    expect(second.results.map((r) => (r.ok ? r.decision : undefined))).toEqual(first.results.map((r) => (r.ok ? r.decision : undefined)));
    expect(progress.at(-1)).toEqual({ done: 4, failed: 0, reused: 4 });
  });

  it("one subject's record changed → only that subject re-evaluated, with the new outcome", async () => {
    const engine = createEngine({ plugins: batchPlugins() });
    const first = await run(engine, people(base), new Map());
    const second = await run(engine, people({ ...base, b: 'HTXSNV' }), first.next);
    expect(second.evaluated).toEqual(['individual:b|award-a|2024||']);
    const b = second.results[1]!;
    expect(b.change).toBe('changed');
    expect(b.ok && b.decision.outcome).toBe('eligible');
    expect(first.results[1]!.ok && first.results[1]!.decision.outcome).toBe('ineligible');
    expect(second.results.filter((r) => r.change === 'none')).toHaveLength(3);
  });

  it('a rule pack version bumped, or a plugin added → everything re-evaluated', async () => {
    const first = await run(createEngine({ plugins: batchPlugins('1.0.0') }), people(base), new Map());
    const bumped = await run(createEngine({ plugins: batchPlugins('1.0.1') }), people(base), first.next);
    expect(bumped.evaluated).toHaveLength(4);
    expect(bumped.results.every((r) => r.change === 'changed')).toBe(true);
    expect(bumped.results.map((r) => r.ok && r.decision.rulePacks)).toEqual(Array(4).fill([{ id: 'nat', version: '1.0.1' }]));
    const added = await run(createEngine({ plugins: batchPlugins('1.0.1', true) }), people(base), bumped.next);
    expect(added.evaluated).toHaveLength(4);
    const removed = await run(createEngine({ plugins: batchPlugins('1.0.1') }), people(base), added.next);
    expect(removed.evaluated).toHaveLength(4);
  });

  it('a new subject is new; a bad request is a typed error result and is evaluated again next time', async () => {
    const engine = createEngine({ plugins: batchPlugins() });
    const first = await run(engine, people(base), new Map());
    const requests = [...people({ ...base, e: 'HTXSNV' }), { ...people({ f: 'HTXSNV' })[0], period: 3000 }];
    const second = await run(engine, requests, first.next);
    expect(second.results.map((r) => r.change)).toEqual(['none', 'none', 'none', 'none', 'new', 'new']);
    const bad = second.results[5]!;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'VALIDATION_FAILED', path: ['period'], value: 3000 });
  });
});
