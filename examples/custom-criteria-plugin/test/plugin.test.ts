import { fileURLToPath } from 'node:url';
import { createVnEngine } from '@tdkt/rules-vn';
import { runCases } from '@tdkt/testkit';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/index.js';
import { daNangPlugin, quangNamPlugin } from '../src/index.js';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

describe('the Đà Nẵng template plugin', () => {
  it('its cases pass with the TypeScript plugins', async () => {
    const run = await runCases(createVnEngine([daNangPlugin, quangNamPlugin]), here('cases'));
    expect(run.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.reason.en}`)).toEqual([]);
  });
  it('and through `tdkt cases --plugin` with the YAML rules', async () => {
    const out: string[] = [];
    const code = await main(['cases', here('cases'), '--plugin', here('rules/da-nang.yaml'), '--plugin', here('rules/quang-nam.yaml')], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(out.at(-1)).toMatch(/^8 passed, 0 failed$/);
    expect(code).toBe(0);
  });
  it('after the merger a Quảng Nam case is decided under Đà Nẵng', () => {
    const d = createVnEngine([daNangPlugin, quangNamPlugin]).evaluate({ asOf: '2025-12-15', award: 'lao-dong-tien-tien', period: 2025, province: 'quang-nam', subject: { kind: 'individual', recruited: '2010-01-01', years: [{ year: 2025, rating: 'HTTNV' }] } });
    expect(d.rulePacks.map((p) => p.id)).toContain('da-nang');
  });
});
