import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TdktError, createEngine, type Outcome } from '@tdkt/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createVnEngine } from '../src/index.js';

const engine = createVnEngine();
const load = (rel: string) => {
  const doc = parse(readFileSync(fileURLToPath(new URL(`../../../fixtures/cases/${rel}`, import.meta.url)), 'utf8')) as Record<string, unknown>;
  const { id: _i, title: _t, source: _s, basis: _b, note: _n, expect: _e, ...req } = doc;
  return req as { subject: Record<string, unknown> } & Record<string, unknown>;
};
const outcome = (req: unknown): Outcome => engine.evaluate(req).outcome;
const withSubject = (req: ReturnType<typeof load>, extra: Record<string, unknown>) => ({ ...req, subject: { ...req.subject, ...extra } });

describe('found by the tester (regressions)', () => {
  it('a missing rating leaves Chiến sĩ thi đua cơ sở to review, as it does Lao động tiên tiến (a real roster row without a rating)', () => {
    const req = { asOf: '2025-12-15', period: 2025, subject: { kind: 'individual', recruited: '2015-02-01', years: [{ year: 2025 }] } };
    for (const award of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']) {
      const d = engine.evaluate({ ...req, award });
      expect(d.outcome).toBe('needs-review');
      expect(JSON.stringify(d.explanation)).toContain('"rating 2025"');
    }
    const withInitiative = { ...req, award: 'chien-si-thi-dua-co-so', subject: { ...req.subject, years: [{ year: 2025, rating: 'HTTNV', titles: ['lao-dong-tien-tien'] }] } };
    expect(outcome(withInitiative)).toBe('ineligible');
  });
  it('a disciplinary period inside the years counted rules out the higher award (Art 4 cl 4)', () => {
    const rc14 = load('bang-khen/RC-14-two-excellent-years-two-initiatives.yaml');
    expect(outcome(rc14)).toBe('eligible');
    expect(outcome(withSubject(rc14, { discipline: [{ form: 'canh-cao', decidedOn: '2022-06-01', until: '2024-06-01' }] }))).toBe('ineligible');
  });
  it('one achievement, one award for the Labour Order and the PM Bằng khen too', () => {
    const rc33 = load('huan-chuong/RC-33-labour-order-period-in-decision.yaml');
    const awards = [...(rc33.subject['awards'] as unknown[]), { award: 'huan-chuong-lao-dong-hang-ba', period: [2021, 2025], type: 'cong-trang', decidedOn: '2026-01-10' }];
    expect(outcome(withSubject(rc33, { awards }))).toBe('ineligible');
  });
  it('a later prior award of unknown type gives needs-review', () => {
    const rc33 = load('huan-chuong/RC-33-labour-order-period-in-decision.yaml');
    const awards = [...(rc33.subject['awards'] as unknown[]), { award: 'bang-khen-thu-tuong', period: [2022, 2023] }];
    expect(outcome(withSubject(rc33, { awards }))).toBe('needs-review');
  });
  it('the 6-month dossier age is exact (Decree 152 Art 33 cl 9)', () => {
    const rc33 = load('huan-chuong/RC-33-labour-order-period-in-decision.yaml');
    expect(outcome({ ...rc33, asOf: '2026-07-10', submittedOn: '2026-06-30' })).toBe('eligible');
    expect(outcome({ ...rc33, asOf: '2026-07-10', submittedOn: '2026-07-01' })).toBe('ineligible');
  });
  it('overlapping leave periods are counted once', () => {
    const rc01 = load('lao-dong-tien-tien/RC-01-maternity-leave.yaml');
    const sick = { kind: 'sick', from: '2024-01-01', to: '2024-04-30' };
    expect(outcome(withSubject(rc01, { leaves: [sick] }))).toBe('eligible');
    expect(outcome(withSubject(rc01, { leaves: [sick, sick] }))).toBe('eligible');
  });
  it('a cancelled title counts for nothing even when listed among the year\u2019s titles', () => {
    const rc16 = load('bang-khen/RC-16-pm-certificate-non-consecutive.yaml');
    expect(outcome(rc16)).toBe('eligible');
    expect(outcome(withSubject(rc16, { awards: [...(rc16.subject['awards'] as unknown[]), { award: 'chien-si-thi-dua-co-so', period: [2021, 2021], status: 'cancelled' }] }))).toBe('ineligible');
  });
  it('unknown codes among the facts and facts after asOf are typed errors naming the field', () => {
    const rc14 = load('bang-khen/RC-14-two-excellent-years-two-initiatives.yaml');
    const years = [{ year: 2023, rating: 'HTXSNV', titles: ['chien-si-thi-dua-coso'] }, { year: 2024, rating: 'HTXSNV' }];
    expect(() => engine.evaluate(withSubject(rc14, { years }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_AWARD', path: ['subject', 'years', 0, 'titles', 0] }));
    expect(() => engine.evaluate(withSubject(rc14, { pending: [{ kind: 'complaint', since: '2025-12-01' }] }))).toThrow(expect.objectContaining({ path: ['subject', 'pending', 0, 'since'] }));
    expect(() => engine.evaluate({ ...rc14, submittedOn: '2025-04-01' })).toThrow(TdktError);
  });
  it('public entry points validate their input', () => {
    expect(() => createEngine({} as never)).toThrow(expect.objectContaining({ code: 'PLUGIN_INVALID' }));
    expect(() => createVnEngine([{ __checked: true, id: 'x' } as never])).toThrow(expect.objectContaining({ code: 'PLUGIN_INVALID' }));
    expect(() => engine.catalog('garbage')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
