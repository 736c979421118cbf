import { TdktError, criterion, msg, pluginFromData } from '@tdkt/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createVnEngine, defineVnPlugin, giaoDucPlugin } from '../src/index.js';

const cite = { doc: 'nd-152-2025', article: 4, confidence: 'official' as const };

describe('typed plugins (compile-time checks)', () => {
  it('award codes and parameter ids are checked by tsc', () => {
    const ok = defineVnPlugin({ id: 'thu', kind: 'province', name: msg('Thử', 'Test'), version: '1.0.0', conditions: [{ award: 'lao-dong-tien-tien', criterion: criterion({ id: 'x', text: msg('x', 'x'), citations: [cite], test: () => ({ outcome: 'eligible', message: msg('x', 'x') }) }) }] });
    expect(ok.id).toBe('thu');
    const neverCalled = () => {
      // @ts-expect-error — a typo in a national award code fails to compile
      defineVnPlugin({ id: 'thu2', kind: 'province', name: msg('Thử', 'Test'), version: '1.0.0', conditions: [{ award: 'lao-dong-tien-tienn', criterion: ok as never }] });
      // @ts-expect-error — an undeclared parameter id fails to compile
      defineVnPlugin({ id: 'thu3', kind: 'province', name: msg('Thử', 'Test'), version: '1.0.0', parameterValues: [{ id: 'vn.no-such-parameter', value: 1, citation: cite }] });
    };
    expect(typeof neverCalled).toBe('function');
  });
});

describe('rules as data', () => {
  const yaml = (extra = '') => `
id: tinh-thu
kind: province
name: { vi: Tỉnh thử, en: Test province }
version: 1.0.0
conditions:
  - award: lao-dong-tien-tien
    criterion:
      id: thu.no-penalty
      text: { vi: Không bị xử phạt hành chính trong năm, en: No administrative penalty in the year }
      citations: [{ doc: nd-152-2025, article: 4, confidence: official }]
      test: { noPenalty: { years: [0, 0] } }
${extra}`;
  const req = { asOf: '2025-12-15', award: 'lao-dong-tien-tien', period: 2025, province: 'tinh-thu', subject: { kind: 'individual', recruited: '2010-01-01', years: [{ year: 2025, rating: 'HTTNV' }], penalties: [{ date: '2025-05-01' }] } };
  it('a YAML rule loads into the same engine with explanations and citations', () => {
    const p = pluginFromData(parse(yaml()), 'tinh-thu.yaml');
    const d = createVnEngine([p]).evaluate(req);
    expect(d.outcome).toBe('ineligible');
    expect(JSON.stringify(d.explanation)).toContain('Không bị xử phạt hành chính trong năm');
  });
  it('refuses prototype pollution and unknown keys with the file, path and reason', () => {
    expect(() => pluginFromData(parse(`__proto__: { polluted: true }\n${yaml()}`), 'x.yaml')).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    try {
      pluginFromData(parse(yaml().replace('noPenalty:', 'constructor:')), 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      expect((e as TdktError).messages.en).toContain('bad.yaml');
      expect((e as TdktError).path.slice(0, 3)).toEqual(['conditions', 0, 'criterion']);
    }
  });
  it('a relaxing plugin is refused; a province and a sector changing the same thing are reported as a conflict naming both', () => {
    const relax = pluginFromData(parse(yaml('parameterValues: [{ id: vn.lao-dong-tien-tien.new-recruit-min-months, value: 3, citation: { doc: nd-152-2025, confidence: official }, validFrom: 2025-07-01 }]')), 'relax.yaml');
    expect(() => createVnEngine([relax])).toThrow(expect.objectContaining({ code: 'PLUGIN_RELAXES_NATIONAL_RULE' }));
    const tighter = pluginFromData(parse(yaml('parameterValues: [{ id: vn.lao-dong-tien-tien.new-recruit-min-months, value: 8, citation: { doc: nd-152-2025, confidence: official }, validFrom: 2025-07-01 }]')), 'tighter.yaml');
    try {
      createVnEngine([tighter]);
      expect.unreachable();
    } catch (e) {
      expect((e as TdktError).code).toBe('PLUGIN_CONFLICT');
      expect((e as TdktError).messages.en).toMatch(/tinh-thu and kiem-sat/);
    }
  });
});

describe('the education sector plugin', () => {
  it('counts months over the school year (1 September – 31 August)', () => {
    const engine = createVnEngine();
    const req = (sector?: string) => ({ asOf: '2025-06-20', award: 'lao-dong-tien-tien', period: 2025, ...(sector ? { sector } : {}), subject: { kind: 'individual', recruited: '2025-03-10', years: [{ year: 2025, rating: 'HTTNV' }] } });
    // Recruited on 10 March: 5 months to the end of the school year 2024–25 (31 August), 9 to the end of the calendar year.
    expect(engine.evaluate(req('giao-duc')).outcome).toBe('ineligible');
    expect(engine.evaluate(req()).outcome).toBe('eligible');
    expect(giaoDucPlugin.emulationYear).toEqual({ startMonth: 9, startDay: 1 });
  });
});
