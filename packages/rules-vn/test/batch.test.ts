import { describe, expect, it } from 'vitest';
import { evaluateBatch, reevaluateChanged, rosterRequests, type BatchResult, type PreviousEvaluation } from '@tdkt/core';
import { evaluateBatchInWorkers } from '@tdkt/core/node';
import { createVnEngine } from '../src/index.js';

const RATINGS = ['HTXSNV', 'HTTNV', 'HTXSNV', 'HTNV', 'HTTNV', 'HTXSNV', 'KHTNV'];
/** A deterministic roster: people over 2019–2025 with ratings, titles and an initiative now and then, and two units. */
function roster(n: number) {
  return [
    ...Array.from({ length: n }, (_, i) => ({
      kind: 'individual',
      id: `cb-${i}`,
      name: `Cán bộ ${i}`,
      recruited: `${2010 + (i % 12)}-0${1 + (i % 9)}-15`,
      years: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, k) => {
        const rating = RATINGS[(i * 3 + k) % RATINGS.length]!;
        return { year, rating, ...(rating === 'HTXSNV' || rating === 'HTTNV' ? { titles: ['lao-dong-tien-tien'] } : {}) };
      }),
      ...(i % 4 === 0 ? { initiatives: [{ id: `sk-${i}`, year: 2025, scope: 'co-so' }] } : {}),
    })),
    { kind: 'collective', id: 'dv-1', name: 'Phòng Nội vụ', rating: 'HTXSNV', members: { total: 10, ratings: { HTXSNV: 3, HTTNV: 7 }, titles: { 'lao-dong-tien-tien': 10 } } },
    { kind: 'collective', id: 'dv-2', name: 'Phòng Tài chính', rating: 'HTNV', members: { total: 8, ratings: { HTTNV: 8 } } },
  ];
}
const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong', 'tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'];

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const summary = (r: BatchResult) => (r.ok ? [r.index, r.decision.award, r.decision.outcome, r.decision.hash] : [r.index, r.error.code, r.error.path]);

describe('batch evaluation with the national rules', () => {
  const engine = createVnEngine();
  const requests = () => rosterRequests(roster(40), { engine, awards: AWARDS, periods: [2024, 2025], asOf: (y) => `${y}-12-15` });

  it('worker threads give the same outcomes and hashes as one thread', { timeout: 180_000 }, async () => {
    const single = await collect(evaluateBatch(engine, requests()));
    expect(single.length).toBe(2 * (40 + 2) * 4); // the two units get the four awards for collectives
    expect(new Set(single.map((r) => r.ok && r.decision.outcome))).toEqual(new Set(['eligible', 'ineligible', 'needs-review']));
    const multi = await collect(evaluateBatchInWorkers(requests(), { plugins: { module: new URL('../src/index.ts', import.meta.url), export: 'createVnEngine' }, workers: 2, chunkSize: 32 }));
    expect(multi.map(summary)).toEqual(single.map(summary));
  });

  it("re-evaluates only the subject whose record changed (the regimes' rule dates included)", async () => {
    const previous = new Map<string, PreviousEvaluation>();
    for await (const r of reevaluateChanged(engine, requests(), new Map())) if (r.ok) previous.set(r.key, { fingerprint: r.fingerprint, decision: r.decision });
    const changed = roster(40);
    (changed[7] as { years: { rating: string }[] }).years[6]!.rating = 'HTXSNV';
    const again = await collect(reevaluateChanged(engine, rosterRequests(changed, { engine, awards: AWARDS, periods: [2024, 2025], asOf: (y) => `${y}-12-15` }), previous));
    // cb-7's 2025 record is cut from its 2024 requests, so only its four 2025 requests change.
    expect(again.filter((r) => !r.reused).map((r) => r.key)).toEqual(['individual:cb-7|lao-dong-tien-tien|2025||', 'individual:cb-7|chien-si-thi-dua-co-so|2025||', 'individual:cb-7|bang-khen-bo-nganh-tinh|2025||', 'individual:cb-7|bang-khen-thu-tuong|2025||']);
  });
});
