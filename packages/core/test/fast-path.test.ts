import { describe, expect, it } from 'vitest';
import { TdktError, allOf, anyOf, atLeast, createEngine, criterion, definePlugin, msg, nextDay, not, outcomeOf, plusMonths, withOutcome, type Citation, type Criterion, type Explanation, type Outcome, type PluginDefinition } from '../src/index.js';

// The outcome path (`Criterion.outcome`, `evaluate(x, { explain: false })`) against the explanation
// path, on the cases a hostile plugin author found (session 3): both must give the same outcome,
// and nothing but a TdktError may escape the engine.

const doc = { id: 'law', kind: 'law' as const, number: '1/2024/QH', titleVi: 'Luật', titleEn: 'Law' };
const cite: Citation = { doc: 'law', article: 1, confidence: 'official' };
const text = msg('Điều kiện', 'Condition');
const leaf = (outcome: Outcome, id = `leaf-${outcome}`): Criterion => criterion({ id, text, citations: [cite], test: () => ({ outcome, message: msg(id, id) }) });
const thrower = criterion({ id: 'thrower', text, citations: [cite], test: () => { throw new Error('boom'); } });
const meta = (id: string) => ({ id, text, citations: [cite] });

function engineWith(condition: Criterion, over: Record<string, unknown> = {}) {
  const plugin = definePlugin({
    id: 'nat',
    kind: 'national',
    name: msg('Quốc gia', 'National'),
    version: '1.0.0',
    documents: [doc],
    awards: [{ code: 'award-a', nameVi: 'A', nameEn: 'A', kind: 'emulation-title', form: 'emulation-title', subjectKinds: ['individual'], citations: [cite], validFrom: '2024-01-01' }],
    rules: [{ id: 'a', award: 'award-a', validFrom: '2024-01-01', criterion: condition }],
    ...over,
  } as PluginDefinition);
  return createEngine({ plugins: [plugin] });
}
const request = { asOf: '2024-12-15', award: 'award-a', period: 2024, subject: { kind: 'individual' } };
const both = (c: Criterion): [Outcome, Outcome] => {
  const e = engineWith(c);
  return [e.evaluate(request).outcome, e.evaluate(request, { explain: false }).outcome];
};

describe('the outcome path gives the explanation path’s outcome', () => {
  it('a part that throws after the deciding one (all of, any of, at least)', () => {
    for (const c of [
      allOf(meta('all'), [leaf('ineligible'), thrower]),
      anyOf(meta('any'), [leaf('eligible'), thrower]),
      atLeast(meta('k'), 1, [leaf('eligible'), thrower]),
      allOf(meta('all2'), [thrower, leaf('ineligible')]),
      not(meta('not'), thrower),
    ]) {
      const [on, off] = both(c);
      expect(off).toBe(on);
    }
    expect(both(allOf(meta('all'), [leaf('ineligible'), thrower]))[0]).toBe('ineligible');
    expect(both(allOf(meta('all'), [leaf('eligible'), thrower]))).toEqual(['needs-review', 'needs-review']);
  });

  it('message and evidence functions that throw or give nothing leave the outcome alone', () => {
    const bad = [
      criterion({ id: 'm', text, citations: [cite], test: () => ({ outcome: 'eligible', message: () => { throw new Error('no text'); } }) }),
      criterion({ id: 'e', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('x', 'x'), evidence: () => { throw new Error('no evidence'); } }) }),
      criterion({ id: 'u', text, citations: [cite], test: () => ({ outcome: 'ineligible', message: (() => undefined) as never }) }),
    ];
    for (const c of bad) {
      const [on, off] = both(allOf(meta('root'), [c]));
      expect(off).toBe(on);
    }
    const d = engineWith(bad[0]!).evaluate(request);
    expect(d.outcome).toBe('eligible');
  });

  it('at least n ≤ 0 is met', () => {
    for (const c of [atLeast(meta('k0'), 0, [leaf('ineligible')]), atLeast(meta('k00'), 0, []), atLeast(meta('kneg'), -1, [leaf('needs-review')])]) {
      expect(both(c)).toEqual(['eligible', 'eligible']);
    }
  });

  it('a hand-made parent may read its children’s nodes (outcomes, children, evidence; never messages): with explanations off they are all there', () => {
    const routes = anyOf(meta('routes'), [leaf('eligible', 'r1'), leaf('eligible', 'r2')]);
    const counting: Criterion = { ...meta('count'), children: [routes], evaluate(ctx) {
      const n = routes.evaluate(ctx);
      const outcome: Outcome = n.children.filter((k) => k.outcome === 'eligible').length >= 2 ? 'eligible' : 'ineligible';
      return { id: 'count', outcome, kind: 'leaf', text, message: msg('', ''), citations: [cite], evidence: [], children: [n] };
    } };
    expect(both(counting)).toEqual(['eligible', 'eligible']);
    const withEvidence = criterion({ id: 'ev', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), evidence: () => [{ kind: 'fact', ref: 'a' }, { kind: 'fact', ref: 'b' }] }) });
    const reading: Criterion = { ...meta('reads'), evaluate(ctx) {
      const n = withEvidence.evaluate(ctx);
      return { ...n, id: 'reads', outcome: n.evidence.length >= 2 ? 'eligible' : 'ineligible' };
    } };
    expect(both(reading)).toEqual(['eligible', 'eligible']);
  });

  it('wrappers made from a criterion fall back to their own evaluate', () => {
    const base = leaf('eligible', 'base');
    const flip = (n: Explanation): Explanation => ({ ...n, outcome: 'ineligible' });
    const fromCreate = Object.assign(Object.create(base) as Criterion, { evaluate: (ctx: never) => flip(base.evaluate(ctx)) });
    const proxied = new Proxy(base, { get: (t, k) => (k === 'evaluate' ? (ctx: never) => flip(t.evaluate(ctx)) : Reflect.get(t, k)) });
    const reassigned = leaf('eligible', 're');
    const original = reassigned.evaluate;
    (reassigned as { evaluate: Criterion['evaluate'] }).evaluate = (ctx) => flip(original.call(reassigned, ctx));
    const hand = { ...meta('hand'), evaluate: (ctx: never) => base.evaluate(ctx), outcome: () => 'eligible' as Outcome };
    const spreadHand: Criterion = { ...hand, evaluate: (ctx) => flip(base.evaluate(ctx)) };
    for (const c of [fromCreate, proxied, reassigned, spreadHand]) expect(both(allOf(meta('root'), [c]))).toEqual(['ineligible', 'ineligible']);
  });

  it('withOutcome may be applied again; outcomeOf never throws', () => {
    const c = withOutcome(leaf('eligible', 'twice'), () => 'eligible');
    expect(() => withOutcome(c, () => 'eligible')).not.toThrow();
    expect(outcomeOf(thrower, {} as never)).toBe('needs-review');
    const malformed = { ...meta('bad'), evaluate: () => ({ outcome: 'maybe' }) as unknown as Explanation };
    expect(both(allOf(meta('root'), [malformed]))).toEqual(['needs-review', 'needs-review']);
    const badLeaf = criterion({ id: 'maybe', text, citations: [cite], test: () => ({ outcome: 'maybe' as Outcome, message: msg('', '') }) });
    expect(both(badLeaf)).toEqual(['needs-review', 'needs-review']);
  });
});

describe('nothing but a TdktError escapes', () => {
  const e = engineWith(leaf('eligible'));
  const p = e.prepare(request);
  it('foreign, copied, proxied and revoked prepared handles', () => {
    const revocable = Proxy.revocable(p, {});
    revocable.revoke();
    const trap = new Proxy(p, { getPrototypeOf: () => { throw new Error('trap'); } });
    for (const h of [new Proxy(p, {}), Object.create(p), Object.setPrototypeOf({ request: p.request }, Object.getPrototypeOf(p)), revocable.proxy, trap, structuredClone({ request: p.request }), engineWith(leaf('eligible')).prepare(request)])
      expect(() => e.evaluatePrepared(h as never)).toThrow(TdktError);
    expect(e.evaluatePrepared(p).outcome).toBe('eligible');
  });
  it('evidence JSON cannot write (bigint, cycles) and a hand-made evaluate returning null', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const detail of [{ n: 1n }, cyclic]) {
      const c = criterion({ id: 'odd', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), evidence: [{ kind: 'fact', ref: 'x', detail }] }) });
      const d = engineWith(c).evaluate(request);
      expect(d.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const nullish = { ...meta('null'), evaluate: () => null as unknown as Explanation };
    expect(both(allOf(meta('root'), [nullish]))).toEqual(['needs-review', 'needs-review']);
  });
  it('a citation with a getter is not cached: the hash follows what the explanation shows', () => {
    let confidence: Citation['confidence'] = 'official';
    const tricky = { doc: 'law', article: 10, get confidence() { return confidence; } } as Citation;
    const c = criterion({ id: 'g', text, citations: [tricky], test: () => ({ outcome: 'eligible', message: msg('', '') }) });
    const en = engineWith(c);
    const first = en.evaluate(request).hash;
    confidence = 'secondary';
    expect(en.evaluate(request).hash).not.toBe(first);
  });
});

describe('plusMonths bounds', () => {
  it('refuses month counts that are not whole numbers within bounds, and results out of range', () => {
    for (const n of [Infinity, NaN, 1.5, 1e6]) expect(() => plusMonths('2024-01-31', n)).toThrow(TdktError);
    expect(() => plusMonths('9999-12-01', 1)).toThrow(TdktError);
    expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});

describe('second round: variants of the cases above', () => {
  it('a malformed result field (reliesOn, a throwing getter) gives needs-review on both paths, for that leaf only', () => {
    const bads = [
      criterion({ id: 'r1', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), reliesOn: [null as unknown as Citation] }) }),
      criterion({ id: 'r2', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), reliesOn: 'x' as unknown as Citation[] }) }),
      criterion({ id: 'r3', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), get notClaimed(): boolean { throw new Error('getter'); } }) }),
    ];
    for (const b of bads) {
      expect(both(allOf(meta('root'), [b, leaf('ineligible')]))).toEqual(['ineligible', 'ineligible']);
      expect(both(anyOf(meta('root'), [b, leaf('eligible')]))).toEqual(['eligible', 'eligible']);
    }
  });
  it('a custom summary that throws changes nothing', () => {
    expect(both(allOf(meta('s'), [leaf('eligible')], () => { throw new Error('summary'); }))).toEqual(['eligible', 'eligible']);
  });
  it('evaluate replaced after the parent was built', () => {
    const c = leaf('eligible', 'late');
    const root = allOf(meta('root'), [c]);
    const negated = not(meta('not'), c);
    const original = c.evaluate;
    (c as { evaluate: Criterion['evaluate'] }).evaluate = (ctx) => ({ ...original.call(c, ctx), outcome: 'ineligible' });
    expect(both(root)).toEqual(['ineligible', 'ineligible']);
    expect(both(negated)).toEqual(['eligible', 'eligible']);
  });
  it('hand-made nodes with parts missing or broken are repaired, not thrown on', () => {
    const nodes: unknown[] = [
      { id: 'h', outcome: 'eligible', kind: 'leaf', text, message: text, children: [] },
      { id: 'h', outcome: 'eligible', kind: 'leaf', text, message: text, citations: [null], evidence: [], children: [null] },
      { id: 'h', outcome: 'eligible', kind: 'leaf', text, message: text, citations: [], evidence: [], children: [{}] },
    ];
    for (const n of nodes) {
      const hand: Criterion = { ...meta('hand'), evaluate: () => n as Explanation };
      const [on, off] = both(allOf(meta('root'), [hand]));
      expect(off).toBe(on);
      const [rootOn, rootOff] = both(hand);
      expect(rootOff).toBe(rootOn);
    }
  });
  it('evidence that shares itself, throws when read or is a revoked proxy: hashed without hanging or throwing', () => {
    const dag: Record<string, unknown> = {};
    let x: Record<string, unknown> = { end: true };
    for (let i = 0; i < 40; i++) x = { l: x, r: x };
    dag['deep'] = x;
    const loop: Record<string, unknown> = {};
    loop['a'] = loop;
    loop['b'] = loop;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const details = [dag, loop, { get boom(): number { throw new Error('read'); } }, { p: revoked.proxy }, { when: new Date('2024-01-02T00:00:00Z') }];
    const hashes = details.map((detail) => engineWith(criterion({ id: 'odd', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), evidence: [{ kind: 'fact', ref: 'x', detail: detail as Record<string, unknown> }] }) })).evaluate(request).hash);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
    const other = engineWith(criterion({ id: 'odd', text, citations: [cite], test: () => ({ outcome: 'eligible', message: msg('', ''), evidence: [{ kind: 'fact', ref: 'x', detail: { when: new Date('2030-01-02T00:00:00Z') } }] }) })).evaluate(request).hash;
    expect(other).not.toBe(hashes[4]);
  });
  it('options that cannot be read, and a national ruleDate that throws or gives no date, are typed errors', () => {
    const e = engineWith(leaf('eligible'));
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => e.evaluate(request, revoked.proxy as never)).toThrow(TdktError);
    expect(() => e.evaluate(request, { get explain(): boolean { throw new Error('x'); } } as never)).toThrow(TdktError);
    expect(() => e.evaluatePrepared(e.prepare(request), revoked.proxy as never)).toThrow(TdktError);
    expect(() => engineWith(leaf('eligible'), { ruleDate: () => { throw new Error('no date'); } }).evaluate(request)).toThrow(TdktError);
    expect(() => engineWith(leaf('eligible'), { ruleDate: () => 42 }).evaluate(request)).toThrow(TdktError);
  });
  it('date arithmetic stays within the years 100–9999', () => {
    expect(() => plusMonths('0100-01-15', -2)).toThrow(TdktError);
    expect(() => plusMonths('0199-12-15', -1200)).toThrow(TdktError);
    expect(() => nextDay('9999-12-31')).toThrow(TdktError);
    expect(plusMonths('0100-03-15', -2)).toBe('0100-01-15');
  });
});
