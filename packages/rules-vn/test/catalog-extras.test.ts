import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createVnEngine, governmentFlagQuota, legalReference, rewardFor, rewardsAtOnce } from '../src/index.js';

describe('reward amounts (Decree 152/2025 Art 49–55)', () => {
  it('multiplies the base salary in force and rounds up to 10,000 VND', () => {
    const r = rewardFor('lao-dong-tien-tien', 'individual', '2025-12-20')!;
    expect(r.multiplier).toBe(0.3);
    expect(r.baseSalaryVnd).toBe(2_340_000);
    expect(r.amountVnd).toBe(710_000); // 702,000 rounded up
    expect(rewardFor('chien-si-thi-dua-co-so', 'individual', '2025-12-20')!.amountVnd).toBe(2_340_000);
  });
  it('collectives get twice the individual amount for orders and Bằng khen; households 1.5 times', () => {
    expect(rewardFor('bang-khen-bo-nganh-tinh', 'collective', '2025-12-20')!.amountVnd).toBe(7_020_000);
    expect(rewardFor('huan-chuong-lao-dong-hang-ba', 'collective', '2025-12-20')!.multiplier).toBe(9);
    expect(rewardFor('bang-khen-bo-nganh-tinh', 'household', '2025-12-20')!.multiplier).toBeCloseTo(2.25);
    expect(rewardFor('tap-the-lao-dong-xuat-sac', 'collective', '2025-12-20')!.multiplier).toBe(1.5);
  });
  it('unknown levels (Decree 98 values not confirmed) give no amount rather than a guess', () => {
    expect(rewardFor('huan-chuong-lao-dong-hang-ba', 'individual', '2025-03-01')).toBeUndefined();
    expect(rewardFor('lao-dong-tien-tien', 'individual', '2024-03-01')!.baseSalaryVnd).toBe(1_800_000);
  });
  it('only the highest title for the same period; commendations are paid on top', () => {
    const rs = rewardsAtOnce(
      [
        { award: 'lao-dong-tien-tien', period: [2025, 2025], kind: 'emulation-title' },
        { award: 'chien-si-thi-dua-co-so', period: [2025, 2025], kind: 'emulation-title' },
        { award: 'bang-khen-bo-nganh-tinh', period: [2024, 2025], kind: 'commendation' },
      ],
      'individual',
      '2025-12-20',
    );
    expect(rs.map((r) => r.award).sort()).toEqual(['bang-khen-bo-nganh-tinh', 'chien-si-thi-dua-co-so']);
  });
});

describe('quotas', () => {
  it('the Government flag: at most 20% of the cluster leaders, ordered by vote, then women', () => {
    const r = governmentFlagQuota(14, [
      { id: 'A', vote: { inFavour: 10, members: 11 } },
      { id: 'B', vote: { inFavour: 11, members: 11 } },
      { id: 'C', vote: { inFavour: 10, members: 11 }, womenShare: 75 },
      { id: 'D', vote: { inFavour: 9, members: 11 } },
    ]);
    expect(r.places).toBe(2); // floor(20% × 14) = 2
    expect(r.placements.map((p) => [p.id, p.selected])).toEqual([['B', true], ['C', true], ['A', false], ['D', false]]);
    expect(r.placements[2]!.message.en).toContain('quota full');
  });
  it('a plugin may only tighten the 20%', () => {
    expect(governmentFlagQuota(10, [], 30).places).toBe(2);
    expect(governmentFlagQuota(10, [], 10).places).toBe(1);
  });
});

describe('authority and consistency', () => {
  const engine = createVnEngine();
  it('who decides is versioned by date: district chair until 2025-06-30, commune chair after', () => {
    const a = engine.award('chien-si-thi-dua-co-so')!.decidedBy!;
    expect(a.find((x) => x.who.en.includes('district'))!.to).toBe('2025-06-30');
    expect(a.find((x) => x.from === '2025-07-01')!.who.vi).toContain('cấp xã');
  });
  it('a discipline decided in a year rated HTTNV is a flagged contradiction naming the fields', () => {
    const d = engine.evaluate({ asOf: '2025-12-15', award: 'lao-dong-tien-tien', period: 2025, subject: { kind: 'individual', recruited: '2010-01-01', years: [{ year: 2024, rating: 'HTTNV' }, { year: 2025, rating: 'HTTNV' }], discipline: [{ form: 'khien-trach', decidedOn: '2024-05-01', until: '2024-11-01' }] } });
    expect(d.outcome).toBe('needs-review');
    expect(JSON.stringify(d.explanation)).toContain('subject.discipline[0]');
  });
});

describe('legal reference', () => {
  it('docs/legal-reference.md is generated from the rules and up to date (pnpm run docs:legal)', () => {
    const file = fileURLToPath(new URL('../../../docs/legal-reference.md', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(`${legalReference(createVnEngine())}\n`);
  });
});

describe('administrative reorganisation', () => {
  const engine = createVnEngine();
  const collective = (predecessors?: unknown) => ({
    asOf: '2025-12-20',
    award: 'bang-khen-bo-nganh-tinh',
    period: 2025,
    subject: { kind: 'collective', name: 'UBND Phường Hải Châu', years: [{ year: 2024, rating: 'HTXSNV' }, { year: 2025, rating: 'HTXSNV' }], ...(predecessors ? { predecessors } : {}) },
  });
  it('a collective chain across a 2025 merger needs review (Decree 152 Art 60 cl 5)', () => {
    expect(engine.evaluate(collective()).outcome).toBe('eligible');
    const d = engine.evaluate(collective([{ unit: 'UBND phường Thạch Thang', until: '2025-07-01', kind: 'merge' }]));
    expect(d.outcome).toBe('needs-review');
    expect(JSON.stringify(d.explanation)).toContain('Bộ Nội vụ');
  });
});

describe('career contribution (Decree 152/2025 Art 21 cl 1 b, Art 9, Art 4 cl 7)', () => {
  const engine = createVnEngine();
  const hcld = (subject: Record<string, unknown>) =>
    engine.evaluate({ asOf: '2025-12-20', award: 'huan-chuong-lao-dong-hang-ba', period: 2025, subject: { kind: 'individual', recruited: '1990-01-01', years: [{ year: 2025, rating: 'HTTNV' }], ...subject } });
  const route = (d: ReturnType<typeof hcld>) => JSON.parse(JSON.stringify(d.explanation), (k, v) => v) as { route?: string; outcome: string; children: unknown[] };
  const find = (n: { route?: string; outcome: string; children: unknown[] }): { outcome: string; message: { vi: string } } | undefined =>
    n.route === '44.1.g' ? (n as never) : n.children.map((c) => find(c as never)).find(Boolean);
  it('a retired Vụ trưởng with 7 years qualifies; 11 years is a higher class', () => {
    expect(find(route(hcld({ status: 'retired', positions: [{ title: 'Vụ trưởng', from: '2018-01-01', to: '2024-12-31' }] })))!.outcome).toBe('eligible');
    expect(find(route(hcld({ status: 'retired', positions: [{ title: 'Vụ trưởng', from: '2014-01-01', to: '2024-12-31' }] })))!.outcome).toBe('ineligible');
  });
  it('women leaders need one third less time', () => {
    const p = { status: 'retired', positions: [{ title: 'Vụ trưởng', from: '2020-01-01', to: '2024-12-31' }] };
    expect(find(route(hcld(p)))!.outcome).toBe('ineligible');
    expect(find(route(hcld({ ...p, sex: 'female' })))!.outcome).toBe('eligible');
  });
  it('time too short for a post adds to the next lower post; not retired yet → needs review', () => {
    const positions = [{ title: 'Vụ trưởng', from: '2020-01-01', to: '2024-12-31' }, { title: 'Phó Vụ trưởng', from: '2014-01-01', to: '2019-12-31' }];
    expect(find(route(hcld({ status: 'retired', positions })))!.outcome).toBe('eligible');
    expect(find(route(hcld({ positions })))!.outcome).toBe('needs-review');
  });
  it('an unlisted post is for the council (equivalent titles, Art 10); discipline in post rules it out', () => {
    expect(find(route(hcld({ status: 'retired', positions: [{ title: 'Giám đốc Sở Nội vụ', from: '2015-01-01', to: '2024-12-31' }] })))!.outcome).toBe('needs-review');
    expect(find(route(hcld({ status: 'retired', positions: [{ title: 'Vụ trưởng', from: '2018-01-01', to: '2024-12-31' }], discipline: [{ form: 'khien-trach', decidedOn: '2019-05-01', until: '2019-11-01' }] })))!.outcome).toBe('ineligible');
  });
});

describe('deadlines (Decree 152/2025 Art 35 cl 1)', () => {
  const engine = createVnEngine();
  const cstdtq = (submittedOn: string) => ({
    asOf: '2026-06-01',
    submittedOn,
    award: 'chien-si-thi-dua-toan-quoc',
    period: 2025,
    subject: {
      kind: 'individual',
      recruited: '2005-01-01',
      years: [2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({ year, rating: 'HTXSNV', titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] })),
      awards: [
        { award: 'chien-si-thi-dua-bo-nganh-tinh', period: [2020, 2022], type: 'cong-trang', decidedOn: '2023-04-01' },
        { award: 'chien-si-thi-dua-bo-nganh-tinh', period: [2023, 2025], type: 'cong-trang', decidedOn: '2025-12-01' },
      ],
      initiatives: [{ id: 'sk-tq', year: 2025, scope: 'toan-quoc', kind: 'initiative' }],
    },
  });
  const node = (d: ReturnType<typeof engine.evaluate>) => JSON.stringify(d.explanation);
  it('the national fighter dossier is due by 31 December of the year after the ministry/province decision', () => {
    const ok = engine.evaluate(cstdtq('2026-05-20'));
    expect(ok.outcome).toBe('eligible');
    expect(node(ok)).toContain('2026-12-31');
  });
  it('the Government flag dossier is due by 30 June, or 31 December for school-year sectors', async () => {
    const { governmentFlagDeadline } = await import('../src/index.js');
    expect(governmentFlagDeadline(2025).date).toBe('2026-06-30');
    expect(governmentFlagDeadline(2025, true).date).toBe('2025-12-31');
  });
});
