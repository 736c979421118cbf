import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { TdktError, explanationHash, type Explanation } from '@tdkt/core';
import { describe, expect, it } from 'vitest';
import { VN_AWARD_CODES, createVnEngine } from '../src/index.js';

const engine = createVnEngine();
const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
const TITLES = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh'] as const;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const date = (from: number, to: number) => fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => iso(y, m, d));

/** Requests shaped like real ones (valid or not): the engine must answer or raise a TdktError. */
const request = fc
  .record({
    asOfYear: fc.integer({ min: 2018, max: 2028 }),
    award: fc.constantFrom(...VN_AWARD_CODES),
    kind: fc.constantFrom('individual', 'collective', 'household'),
    years: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2012, max: 2028 }), rating: fc.option(fc.constantFrom(...RATINGS), { nil: undefined }), titles: fc.subarray([...TITLES]) }), { selector: (y) => y.year, maxLength: 10 }),
    recruited: fc.option(date(1990, 2027), { nil: undefined }),
    awards: fc.array(fc.record({ award: fc.constantFrom('bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'), from: fc.integer({ min: 2010, max: 2026 }), len: fc.integer({ min: 0, max: 3 }), type: fc.option(fc.constantFrom('cong-trang', 'phong-trao', 'dot-xuat'), { nil: undefined }) }), { maxLength: 3 }),
    initiatives: fc.array(fc.record({ year: fc.integer({ min: 2012, max: 2028 }), scope: fc.constantFrom('co-so', 'bo-nganh-tinh', 'toan-quoc') }), { maxLength: 4 }),
    leaves: fc.array(fc.record({ kind: fc.constantFrom('maternity', 'sick', 'training', 'unpaid'), from: date(2015, 2027), days: fc.integer({ min: 0, max: 400 }) }), { maxLength: 3 }),
    pending: fc.option(date(2015, 2027), { nil: undefined }),
    council: fc.option(fc.record({ members: fc.integer({ min: 1, max: 20 }), inFavour: fc.integer({ min: 0, max: 20 }) }), { nil: undefined }),
    occasion: fc.option(fc.constantFrom('year-end', 'congress', 'movement-review', 'extraordinary'), { nil: undefined }),
  })
  .map((r) => {
    const asOf = iso(r.asOfYear, 12, 15);
    return {
      asOf,
      award: r.award,
      period: r.asOfYear,
      ...(r.occasion ? { occasion: r.occasion } : {}),
      ...(r.council ? { council: r.council } : {}),
      subject: {
        kind: r.kind,
        ...(r.recruited ? { recruited: r.recruited } : {}),
        years: r.years,
        awards: r.awards.map((a) => ({ award: a.award, period: [a.from, a.from + a.len], decidedOn: iso(a.from + a.len + 1, 3, 1), ...(a.type ? { type: a.type } : {}) })),
        initiatives: r.initiatives.map((x, i) => ({ id: `sk-${i}`, year: x.year, scope: x.scope })),
        leaves: r.leaves.map((l) => {
          const to = new Date(Date.UTC(Number(l.from.slice(0, 4)), Number(l.from.slice(5, 7)) - 1, Number(l.from.slice(8, 10)) + l.days));
          return { kind: l.kind, from: l.from, to: to.toISOString().slice(0, 10) };
        }),
        ...(r.pending ? { pending: [{ kind: 'complaint', since: r.pending }] } : {}),
      },
    };
  });

describe('robustness (fast-check)', () => {
  it('any request either evaluates or raises the typed error — never another exception', () => {
    fc.assert(
      fc.property(request, (req) => {
        try {
          const d = engine.evaluate(req);
          expect(['eligible', 'ineligible', 'needs-review']).toContain(d.outcome);
        } catch (e) {
          if (!(e instanceof TdktError)) throw e;
        }
      }),
      { numRuns: 400, seed: 20251215 },
    );
  });

  it('any JSON value as input gives a decision or a TdktError', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (x) => {
        try {
          engine.evaluate(x);
        } catch (e) {
          if (!(e instanceof TdktError)) throw e;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('the same input always gives the same outcome and explanation hash', () => {
    fc.assert(
      fc.property(request, (req) => {
        let a: ReturnType<typeof engine.evaluate>;
        try {
          a = engine.evaluate(req);
        } catch {
          return;
        }
        const b = engine.evaluate(structuredClone(req));
        expect(b.outcome).toBe(a.outcome);
        expect(b.hash).toBe(a.hash);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('completing a fact never turns a definite outcome into needs-review: a missing rating filled in, an earlier rated year added', () => {
    /** Valid individual requests for the yearly titles and Certificates of Merit, some ratings missing. */
    const valid = fc
      .record({
        period: fc.integer({ min: 2019, max: 2025 }),
        award: fc.constantFrom('lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong'),
        years: fc.array(fc.record({ rating: fc.option(fc.constantFrom(...RATINGS), { nil: undefined, freq: 4 }), titles: fc.subarray(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']) }), { minLength: 1, maxLength: 7 }),
      })
      .map((r) => ({
        asOf: iso(r.period, 12, 15),
        award: r.award,
        period: r.period,
        subject: { kind: 'individual' as const, recruited: '2010-09-01', years: r.years.map((y, i) => ({ year: r.period - i, ...(y.rating ? { rating: y.rating } : {}), titles: y.rating === 'HTXSNV' || y.rating === 'HTTNV' ? y.titles : [] })) },
      }));
    let checked = 0;
    fc.assert(
      fc.property(valid, fc.constantFrom(...RATINGS), fc.nat(), (req, rating, pick) => {
        const before = engine.evaluate(req);
        if (before.outcome === 'needs-review') return;
        const unrated = req.subject.years.filter((y) => !('rating' in y));
        const more = [];
        if (unrated.length) {
          const filled = structuredClone(req);
          (filled.subject.years.find((y) => y.year === unrated[pick % unrated.length]!.year) as { rating?: string }).rating = rating;
          more.push(filled);
        }
        const earlier = structuredClone(req);
        const first = Math.min(...req.subject.years.map((y) => y.year)) - 1;
        if (first >= 2011) {
          earlier.subject.years.push({ year: first, rating, titles: [] });
          more.push(earlier);
        }
        for (const m of more) {
          checked++;
          expect(engine.evaluate(m).outcome, JSON.stringify(m)).not.toBe('needs-review');
        }
      }),
      { numRuns: 400, seed: 17 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('explanations off give exactly the outcome of explanations on (evaluate and prepared)', () => {
    fc.assert(
      fc.property(request, (req) => {
        let full: ReturnType<typeof engine.evaluate>;
        try {
          full = engine.evaluate(req);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
          expect(() => engine.evaluate(req, { explain: false })).toThrow(TdktError);
          expect(() => engine.prepare(req)).toThrow(TdktError);
          return;
        }
        const { explanation, hash, ...rest } = full;
        const brief = engine.evaluate(req, { explain: false });
        expect(brief).toEqual(rest);
        expect(brief).not.toHaveProperty('explanation');
        expect(brief).not.toHaveProperty('hash');
        const prepared = engine.prepare(req);
        expect(engine.evaluatePrepared(prepared, { explain: false })).toEqual(rest);
        const again = engine.evaluatePrepared(prepared);
        expect(again.hash).toBe(hash);
        expect(again.explanation).toEqual(explanation);
      }),
      { numRuns: 400, seed: 20260801 },
    );
  });
});

/** The definition of the explanation hash, written independently of hash.ts: sorted keys, no undefined. */
function referenceHash(root: Explanation, rulePacks: { id: string; version: string }[]): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
  const structure = (n: Explanation): unknown => ({ id: n.id, outcome: n.outcome, kind: n.kind, route: n.route, notClaimed: n.notClaimed, procedural: n.procedural, citations: n.citations.map((c) => ({ doc: c.doc, article: c.article, clause: c.clause, point: c.point, confidence: c.confidence })), evidence: n.evidence, children: n.children.map(structure) });
  return createHash('sha256').update(JSON.stringify(sorted({ rulePacks, tree: structure(root) }))).digest('hex');
}

describe('explanation hash', () => {
  it('is SHA-256 of the sorted-key JSON of the structure and the rule packs', () => {
    fc.assert(
      fc.property(request, (req) => {
        let d: ReturnType<typeof engine.evaluate>;
        try {
          d = engine.evaluate(req);
        } catch {
          return;
        }
        expect(d.hash).toBe(referenceHash(d.explanation, d.rulePacks));
        expect(explanationHash(d.explanation, d.rulePacks)).toBe(d.hash);
      }),
      { numRuns: 200, seed: 93 },
    );
  });
});

describe('prepared requests', () => {
  const req = { asOf: '2025-12-15', award: 'chien-si-thi-dua-co-so', period: 2025, subject: { kind: 'individual', recruited: '2014-08-18', years: [{ year: 2025, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }] } };

  it('are frozen copies of the validated request', () => {
    const p = engine.prepare(req);
    expect(Object.isFrozen(p.request.subject.years![0])).toBe(true);
    expect(p.request).not.toBe(req);
    expect(engine.evaluatePrepared(p, { explain: false }).outcome).toBe('eligible');
  });

  it('only the engine that prepared one accepts it', () => {
    const other = createVnEngine();
    const p = engine.prepare(req);
    for (const bad of [other.prepare(req), { request: p.request }, null, 'x'])
      expect(() => engine.evaluatePrepared(bad as never)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('bad input fails at prepare with the same typed error as evaluate', () => {
    const bad = { ...req, subject: { ...req.subject, years: [{ year: 2025, rating: 'HTTTNV' }] } };
    const caught = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as TdktError;
      }
      throw new Error('no error');
    };
    const a = caught(() => engine.prepare(bad));
    const b = caught(() => engine.evaluate(bad));
    expect(a).toBeInstanceOf(TdktError);
    expect([a.code, a.path]).toEqual([b.code, b.path]);
  });
});
