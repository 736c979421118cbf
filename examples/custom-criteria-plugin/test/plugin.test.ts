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

describe('the Đà Nẵng template calendar', () => {
  it('resolves with the national entries, and a date checked against it needs review (a template, not law)', async () => {
    const { advanceProposal, checkProposalDates, draftProposal, yearCalendar } = await import('@tdkt/core');
    const { vnNational } = await import('@tdkt/rules-vn');
    const cal = yearCalendar([vnNational, daNangPlugin], 2025);
    const dated = cal.entries.filter((e) => e.plugin === 'da-nang').map((e) => [e.id, e.date]);
    // the city's plugin starts on 2025-07-01: its January launch and February registration fall before it
    expect(dated).toEqual([
      ['da-nang.review.mid-year', '2025-07-15'],
      ['da-nang.rating.year-end', '2025-12-15'],
      ['da-nang.review.unit', '2025-12-15'],
      ['da-nang.dossier.city', '2026-01-31'],
    ]);
    expect(yearCalendar([vnNational, daNangPlugin], 2026).entries.filter((e) => e.kind === 'launch' || e.kind === 'registration').map((e) => [e.id, e.date])).toEqual([
      ['da-nang.emulation.launch', '2026-01-31'],
      ['da-nang.emulation.registration', '2026-02-20'],
    ]);
    expect(cal.entries.filter((e) => e.plugin === 'da-nang').every((e) => e.template && e.citation.confidence === 'unverified')).toBe(true);
    const engine = createVnEngine([daNangPlugin, quangNamPlugin]);
    let p = draftProposal({ id: 'BK-DN-1', subjectId: 'NV001', award: 'bang-khen-bo-nganh-tinh', period: 2025, level: 'ministry-province', postingRequired: false }, { date: '2025-12-01', actor: 'Phòng Nội vụ phường' });
    p = advanceProposal(p, { to: 'council-reviewed', date: '2025-12-10', actor: 'Hội đồng TĐKT phường', documents: [{ kind: 'minutes', title: 'Biên bản' }], vote: { members: 7, inFavour: 7 } });
    p = advanceProposal(p, { to: 'submitted', date: '2026-02-03', actor: 'UBND phường', documents: [{ kind: 'dossier', title: 'Tờ trình' }] });
    const found = checkProposalDates(p, cal, engine.award('bang-khen-bo-nganh-tinh')!).filter((f) => f.status !== 'ok');
    expect(found.map((f) => [f.entry, f.status, f.severity])).toEqual([
      ['da-nang.review.unit', 'early', 'needs-review'],
      ['da-nang.dossier.city', 'late', 'needs-review'],
    ]);
  });
});
