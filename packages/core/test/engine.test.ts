import { describe, expect, it } from 'vitest';
import {
  TdktError,
  allOf,
  anyOf,
  atLeast,
  combineAll,
  combineAny,
  createEngine,
  criterion,
  definePlugin,
  explanationHash,
  markDecisive,
  msg,
  not,
  type Citation,
  type Criterion,
  type Outcome,
} from '../src/index.js';

const doc = { id: 'test-law', kind: 'law' as const, number: '1/2024/QH', titleVi: 'Luật thử', titleEn: 'Test law' };
const c = (confidence: Citation['confidence'] = 'official'): Citation => ({ doc: 'test-law', article: 1, confidence });
const leaf = (id: string, outcome: Outcome, confidence: Citation['confidence'] = 'official'): Criterion =>
  criterion({ id, text: msg(`Điều kiện ${id}`, `Condition ${id}`), citations: [c(confidence)], test: () => ({ outcome, message: msg(`kết quả ${id}`, `result ${id}`) }) });

const national = definePlugin({
  id: 'nat',
  kind: 'national',
  name: msg('Quốc gia', 'National'),
  version: '1.0.0',
  documents: [doc],
  awards: [
    { code: 'award-a', nameVi: 'Danh hiệu A', nameEn: 'Award A', kind: 'emulation-title', form: 'emulation-title', subjectKinds: ['individual'], citations: [c()], validFrom: '2024-01-01' },
    { code: 'award-d', nameVi: 'Danh hiệu D', nameEn: 'Award D', kind: 'commendation', form: 'certificate-of-commendation', subjectKinds: ['individual'], citations: [c()], validFrom: '2024-01-01', delegated: { to: msg('tỉnh', 'the province'), citation: c() } },
  ],
  parameters: [{ id: 'p.threshold', text: msg('Ngưỡng', 'Threshold'), unit: 'percent', delegable: true, tighten: 'higher', bounds: { min: 50, max: 100 }, versions: [{ validFrom: '2024-01-01', value: 70, citation: c() }] }],
  rules: [
    {
      id: 'a.2024',
      award: 'award-a',
      validFrom: '2024-01-01',
      criterion: criterion({
        id: 'a.rating',
        text: msg('Xếp loại', 'Rating'),
        citations: [c()],
        test: (ctx) => {
          const p = ctx.param<number>('p.threshold');
          return ctx.history.rating(ctx.period) === 'HTXSNV' ? { outcome: 'eligible', reliesOn: [p.citation], message: msg(`đạt ${p.value}`, `met ${p.value}`) } : { outcome: 'ineligible', message: msg('không đạt', 'not met') };
        },
      }),
    },
  ],
  horizons: [{ id: 'h', from: '2030-01-01', keyOn: 'asOf', message: msg('Chưa biết quy định', 'Rules unknown'), citations: [c()] }],
});

const request = (over: Record<string, unknown> = {}) => ({ asOf: '2024-12-15', award: 'award-a', period: 2024, subject: { kind: 'individual', years: [{ year: 2024, rating: 'HTXSNV' }] }, ...over });

describe('combination semantics (FORMAT.md Semantics 6)', () => {
  it('all of', () => {
    expect(combineAll(['eligible', 'needs-review', 'ineligible'])).toBe('ineligible');
    expect(combineAll(['eligible', 'needs-review'])).toBe('needs-review');
    expect(combineAll(['eligible', 'eligible'])).toBe('eligible');
  });
  it('any of', () => {
    expect(combineAny(['ineligible', 'needs-review', 'eligible'])).toBe('eligible');
    expect(combineAny(['ineligible', 'needs-review'])).toBe('needs-review');
    expect(combineAny(['ineligible', 'ineligible'])).toBe('ineligible');
  });
  it('not and at-least', () => {
    const ctx = {} as never;
    expect(not({ id: 'n', text: msg('không', 'not') }, leaf('x', 'eligible')).evaluate(ctx).outcome).toBe('ineligible');
    expect(not({ id: 'n', text: msg('không', 'not') }, leaf('x', 'needs-review')).evaluate(ctx).outcome).toBe('needs-review');
    const two = atLeast({ id: 'k', text: msg('ít nhất', 'at least') }, 2, [leaf('a', 'eligible'), leaf('b', 'needs-review'), leaf('c', 'ineligible')]);
    expect(two.evaluate(ctx).outcome).toBe('needs-review');
  });
  it('an unverified deciding citation gives needs-review', () => {
    const n = leaf('u', 'ineligible', 'unverified').evaluate({} as never);
    expect(n.outcome).toBe('needs-review');
    expect(n.message.en).toContain('not verified');
  });
  it('marks the deciding path', () => {
    const tree = allOf({ id: 'root', text: msg('gốc', 'root') }, [leaf('ok', 'eligible'), anyOf({ id: 'any', text: msg('một trong', 'any') }, [leaf('r1', 'ineligible'), leaf('r2', 'ineligible')])]).evaluate({} as never);
    markDecisive(tree);
    expect(tree.children[0]!.decisive).toBeUndefined();
    expect(tree.children[1]!.decisive).toBe(true);
    expect(tree.children[1]!.children.every((x) => x.decisive)).toBe(true);
  });
});

describe('engine', () => {
  const engine = createEngine({ plugins: [national] });
  it('evaluates with rules and parameters in force on asOf', () => {
    const d = engine.evaluate(request());
    expect(d.outcome).toBe('eligible');
    expect(d.explanation.children.some((n) => n.message.vi.includes('70'))).toBe(true);
    expect(d.hash).toMatch(/^[0-9a-f]{64}$/);
  });
  it('before the rules cover an award: needs-review, not a guess', () => {
    expect(engine.evaluate(request({ asOf: '2023-06-01', period: 2023, subject: { kind: 'individual' } })).outcome).toBe('needs-review');
  });
  it('a delegated award without a plugin rule needs review naming the delegation', () => {
    const d = engine.evaluate(request({ award: 'award-d' }));
    expect(d.outcome).toBe('needs-review');
    expect(JSON.stringify(d.explanation)).toContain('the province');
  });
  it('past a horizon: needs-review with the provisional outcome', () => {
    const d = engine.evaluate(request({ asOf: '2030-02-01', period: 2029, subject: { kind: 'individual', years: [{ year: 2029, rating: 'HTXSNV' }] } }));
    expect(d.outcome).toBe('needs-review');
    expect(d.explanation.message.en).toContain('Provisional outcome under the previous rules: eligible');
  });
  it('the hash ignores message text', () => {
    const d = engine.evaluate(request());
    const copy = structuredClone(d.explanation);
    copy.message = msg('khác', 'other');
    expect(explanationHash(copy, d.rulePacks)).toBe(d.hash);
    expect(explanationHash(d.explanation, [{ id: 'nat', version: '9.9.9' }])).not.toBe(d.hash);
  });
  it('bad input is a typed error with path, value and a bilingual message', () => {
    try {
      engine.evaluate(request({ subject: { kind: 'individual', years: [{ year: 2024, rating: 'GOOD' }] } }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      const t = e as TdktError;
      expect(t.code).toBe('VALIDATION_FAILED');
      expect(t.path).toEqual(['subject', 'years', 0, 'rating']);
      expect(t.value).toBe('GOOD');
      expect(t.messages.vi.length).toBeGreaterThan(0);
    }
  });
  it('rejects facts after asOf and unknown keys', () => {
    expect(() => engine.evaluate(request({ subject: { kind: 'individual', years: [{ year: 2025 }] } }))).toThrow(/after asOf/);
    expect(() => engine.evaluate(request({ subject: { kind: 'individual', nickname: 'x' } }))).toThrow(TdktError);
  });
  it('unknown award and unknown plugin are typed errors', () => {
    expect(() => engine.evaluate(request({ award: 'no-such-award' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_AWARD' }));
    expect(() => engine.evaluate(request({ province: 'atlantis' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_PLUGIN' }));
  });
});

describe('plugins at load time', () => {
  const province = (over: Record<string, unknown>) => definePlugin({ id: 'prov', kind: 'province', name: msg('Tỉnh', 'Province'), version: '1.0.0', validFrom: '2024-01-01', ...over });
  it('refuses a plugin that relaxes a parameter', () => {
    expect(() => createEngine({ plugins: [national, province({ parameterValues: [{ id: 'p.threshold', value: 60, citation: c() }] })] })).toThrow(expect.objectContaining({ code: 'PLUGIN_RELAXES_NATIONAL_RULE' }));
  });
  it('accepts a tightening and applies it', () => {
    const e = createEngine({ plugins: [national, province({ parameterValues: [{ id: 'p.threshold', value: 80, citation: c() }] })] });
    const d = e.evaluate(request({ province: 'prov' }));
    expect(JSON.stringify(d.explanation)).toContain('80');
  });
  it('refuses routes on a national award that is not delegated', () => {
    expect(() => createEngine({ plugins: [national, province({ rules: [{ id: 'x', award: 'award-a', validFrom: '2024-01-01', criterion: leaf('x', 'eligible') }] })] })).toThrow(expect.objectContaining({ code: 'PLUGIN_RELAXES_NATIONAL_RULE' }));
  });
  it('a plugin rule fills a delegated award', () => {
    const e = createEngine({ plugins: [national, province({ rules: [{ id: 'x', award: 'award-d', validFrom: '2024-01-01', criterion: leaf('x', 'eligible') }] })] });
    expect(e.evaluate(request({ award: 'award-d', province: 'prov' })).outcome).toBe('eligible');
  });
  it('a malformed plugin is refused with its path', () => {
    expect(() => definePlugin({ id: 'Bad Id', kind: 'province', name: msg('x', 'x'), version: '1' } as never)).toThrow(expect.objectContaining({ code: 'PLUGIN_INVALID' }));
  });
  it('a plugin condition that throws becomes needs-review naming the plugin', () => {
    const boom: Criterion = { id: 'boom', text: msg('nổ', 'boom'), citations: [c()], evaluate: () => { throw new Error('kaput'); } };
    const e = createEngine({ plugins: [national, province({ conditions: [{ award: 'award-a', criterion: boom }] })] });
    const d = e.evaluate(request({ province: 'prov' }));
    expect(d.outcome).toBe('needs-review');
    expect(JSON.stringify(d.explanation)).toContain('Plugin prov failed');
  });
});
