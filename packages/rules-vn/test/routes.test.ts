/**
 * Every named alternative route of every encoded award rule, in every regime where it exists, has
 * one request where the route is met and one where it is not — checked on the route's own
 * explanation node (`route` label), with the overall outcome where it is meaningful.
 *
 * Judgment routes (selected in a movement, extraordinary achievement, contribution…) can never be
 * `eligible` on the input: at a movement review they become `needs-review` for the council, at an
 * ordinary year-end review they are "not claimed" (`ineligible`). Route 44.1.g (career
 * contribution) gives `needs-review` under Decree 98 when leadership posts are given; under Decree
 * 152 it is decided from the posts and years of Art 21 cl 1 b.
 *
 * Regimes (docs/legal-coverage.md): `old` (rule date ≤ 2023-12-31), `d98` (2024-01-01 → 2025-06-30,
 * or a dossier sent before 2025-07-01), `d152` (from 2025-07-01). Every `asOf`/`submittedOn` stays
 * before 2026-10-01 (Law 06/2026/QH16 horizon).
 */
import { walk, type Criterion, type EvaluationRequestInput, type Explanation, type Outcome } from '@tdkt/core';
import { describe, expect, it } from 'vitest';
import { createVnEngine } from '../src/index.js';

type Regime = 'old' | 'd98' | 'd152';
type Req = EvaluationRequestInput;
type Subject = Req['subject'];
type YearRec = NonNullable<Subject['years']>[number];
type AwardRec = NonNullable<Subject['awards']>[number];
type InitiativeRec = NonNullable<Subject['initiatives']>[number];
type Rating = NonNullable<YearRec['rating']>;

/** One side of a route case: the request, why it meets (or misses) the route, and the decision. */
interface Side {
  why: string;
  req: Req;
  /** Overall outcome of the decision, where it is meaningful. */
  decision?: Outcome;
}

interface RouteCase {
  award: string;
  route: string;
  regime: Regime;
  /** Outcome of the route node when met: `eligible`, or `needs-review` for judgment routes (and 44.1.g under Decree 98). */
  metOutcome: Outcome;
  met: Side;
  unmet: Side;
}

const engine = createVnEngine();

// ---------------------------------------------------------------------------------------------
// Builders of realistic facts
// ---------------------------------------------------------------------------------------------

/** A civil servant (công chức) recruited long ago, so no new-recruit or working-time edge applies. */
function official(over: Partial<Subject> = {}): Subject {
  return { kind: 'individual', group: 'official', name: 'Nguyễn Thị Lan', unit: 'Sở Tài chính tỉnh Quảng Ngãi', recruited: '2008-09-01', ...over };
}

/** A soldier (quân nhân): Chiến sĩ tiên tiến stands in for the LĐTT standard. */
function soldier(over: Partial<Subject> = {}): Subject {
  return { kind: 'individual', group: 'armed-forces', name: 'Thượng úy Lê Văn Hùng', unit: 'Trung đoàn 101, Sư đoàn 325', recruited: '2012-02-15', ...over };
}

/** A worker (công nhân) of a state enterprise. */
function worker(over: Partial<Subject> = {}): Subject {
  return { kind: 'individual', group: 'worker', name: 'Phạm Văn Tài', unit: 'Công ty Than Hà Lầm', recruited: '2005-03-01', ...over };
}

function collective(over: Partial<Subject> = {}): Subject {
  return { kind: 'collective', name: 'Phòng Kế hoạch – Tài chính', unit: 'Sở Xây dựng tỉnh Nghệ An', ...over };
}

function household(over: Partial<Subject> = {}): Subject {
  return { kind: 'household', name: 'Hộ ông Đinh Văn Sáu', unit: 'Thôn Phú Hòa, xã Hòa Vang', ...over };
}

const y = (year: number, rating: Rating, ...titles: string[]): YearRec => ({ year, rating, titles });

/** Years `from`..`to`, each rated `rating` with `titles`, and per-year overrides. */
function run(from: number, to: number, rating: Rating, titles: string[], over: Record<number, Partial<YearRec>> = {}): YearRec[] {
  const out: YearRec[] = [];
  for (let year = from; year <= to; year++) out.push({ year, rating, titles: [...titles], ...over[year] });
  return out;
}

const sk = (id: string, year: number, scope: InitiativeRec['scope'], kind: NonNullable<InitiativeRec['kind']> = 'initiative', usedFor?: InitiativeRec['usedFor']): InitiativeRec => ({ id, year, scope, kind, ...(usedFor ? { usedFor } : {}) });

const merit = (award: string, period: [number, number], decidedOn: string, issuer: string, type: NonNullable<AwardRec['type']> = 'cong-trang'): AwardRec => ({ award, period, type, decidedOn, issuer });

const LDTT = 'lao-dong-tien-tien';
const CSTDCS = 'chien-si-thi-dua-co-so';
const CSTD_BT = 'chien-si-thi-dua-bo-nganh-tinh';

/** Dates of a request in each regime: annual titles (decided at year-end) and higher awards (decided the next spring). */
const ANNUAL: Record<Regime, { period: number; asOf: string }> = {
  old: { period: 2023, asOf: '2023-12-20' },
  d98: { period: 2024, asOf: '2024-12-20' },
  d152: { period: 2025, asOf: '2025-12-15' },
};
const HIGHER: Record<Regime, { period: number; asOf: string }> = {
  old: { period: 2022, asOf: '2023-06-15' },
  d98: { period: 2024, asOf: '2025-03-14' },
  d152: { period: 2025, asOf: '2026-03-16' },
};

function req(award: string, regime: Regime, subject: Subject, extra: Partial<Req> = {}, dates = HIGHER): Req {
  return { award, ...dates[regime], subject, ...extra };
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const cases: RouteCase[] = [];

/** A judgment route: needs review at a movement review, not claimed at an ordinary year-end review. */
function judgment(award: string, route: string, regime: Regime, subject: Subject, who: string, dates = HIGHER): void {
  cases.push({
    award,
    route,
    regime,
    metOutcome: 'needs-review',
    met: { why: `${who}, proposed at a movement review (sơ kết/tổng kết phong trào): for the council`, req: req(award, regime, subject, { occasion: 'movement-review' }, dates), decision: 'needs-review' },
    unmet: { why: `${who}, ordinary year-end review: not claimed`, req: req(award, regime, subject, { occasion: 'year-end' }, dates), decision: 'ineligible' },
  });
}

// --- Chiến sĩ thi đua cơ sở (Law Art 23; old regime: an initiative was required) -------------

for (const regime of ['old', 'd98', 'd152'] as const) {
  const { period: P } = ANNUAL[regime];
  const cstdcs = (subject: Subject, extra: Partial<Req> = {}) => req(CSTDCS, regime, subject, extra, ANNUAL);

  if (regime !== 'old')
    cases.push({
      award: CSTDCS,
      route: '23.htxsnv',
      regime,
      metOutcome: 'eligible',
      met: { why: `rated HTXSNV in ${P}, no initiative`, req: cstdcs(official({ years: [y(P - 1, 'HTTNV', LDTT), y(P, 'HTXSNV')] })), decision: 'eligible' },
      unmet: { why: `rated HTTNV in ${P}, no initiative, topic or ingenuity`, req: cstdcs(official({ years: [y(P, 'HTTNV')] })), decision: 'ineligible' },
    });

  cases.push({
    award: CSTDCS,
    route: '23.initiative',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `rated HTTNV, an initiative recognised by the unit's council in ${P}`,
      req: cstdcs(official({ name: 'Trần Văn Bình', years: [y(P, 'HTTNV')], initiatives: [sk('SK-2023-07', P, 'co-so')] })),
      decision: 'eligible',
    },
    unmet: {
      why: 'rated HTTNV, the only initiative already counted for a Bằng khen (one initiative, one use)',
      req: cstdcs(official({ name: 'Trần Văn Bình', years: [y(P, 'HTTNV')], initiatives: [sk('SK-2022-03', P - 1, 'co-so', 'initiative', { award: 'bang-khen-bo-nganh-tinh', year: P - 1 })] })),
      decision: 'ineligible',
    },
  });

  cases.push({
    award: CSTDCS,
    route: '23.research',
    regime,
    metOutcome: 'eligible',
    met: {
      why: 'rated HTTNV, a grassroots-level research topic accepted (nghiệm thu)',
      req: cstdcs(official({ name: 'Võ Thị Hạnh', unit: 'Trường THPT Lê Lợi', years: [y(P, 'HTTNV')], initiatives: [sk('ĐT-CS-12', P, 'co-so', 'research-topic')] })),
      decision: 'eligible',
    },
    unmet: {
      why: 'rated HTTNV, only an initiative (no accepted topic): the research route fails, the initiative route carries the title',
      req: cstdcs(official({ name: 'Võ Thị Hạnh', unit: 'Trường THPT Lê Lợi', years: [y(P, 'HTTNV')], initiatives: [sk('SK-41', P, 'co-so', 'initiative')] })),
      decision: 'eligible',
    },
  });

  cases.push({
    award: CSTDCS,
    route: '23.combat',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `Chiến sĩ tiên tiến ${P}, combat ingenuity recognised by the regiment`,
      req: cstdcs(soldier({ years: [y(P, 'HTTNV', 'chien-si-tien-tien')], initiatives: [sk('MT-05', P, 'co-so', 'combat-ingenuity')] })),
      decision: 'eligible',
    },
    unmet: {
      why: `Chiến sĩ tiên tiến ${P}, rated HTTNV, no combat ingenuity, initiative or topic`,
      req: cstdcs(soldier({ years: [y(P, 'HTTNV', 'chien-si-tien-tien')] })),
      decision: 'ineligible',
    },
  });
}

// --- Chiến sĩ thi đua bộ, ban, ngành, tỉnh (Law Art 22) --------------------------------------

for (const regime of ['d98', 'd152'] as const) {
  const { period: P } = HIGHER[regime];
  const chain = (rating: Rating = 'HTXSNV') => run(P - 2, P, rating, [LDTT, CSTDCS]);
  const bt = (subject: Subject) => req(CSTD_BT, regime, subject);

  cases.push({
    award: CSTD_BT,
    route: '22.b.initiative',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `3 consecutive CSTĐCS ${P - 2}–${P}, an initiative whose province-wide effect the provincial chair recognised`,
      req: bt(official({ years: chain(), initiatives: [sk('SK-T-2024-18', P - 1, 'bo-nganh-tinh')] })),
      decision: 'eligible',
    },
    unmet: {
      why: '3 consecutive CSTĐCS, but the initiative is recognised only at the grassroots unit (RC-21)',
      req: bt(official({ years: chain(), initiatives: [sk('SK-CS-09', P - 1, 'co-so')] })),
      decision: 'ineligible',
    },
  });

  cases.push({
    award: CSTD_BT,
    route: '22.b.research',
    regime,
    metOutcome: 'eligible',
    met: {
      why: '3 consecutive CSTĐCS, a provincial research topic accepted and applied province-wide',
      req: bt(official({ name: 'TS. Hoàng Minh Đức', unit: 'Sở Nông nghiệp và Môi trường', years: chain(), initiatives: [sk('ĐT-T-2023-04', P - 2, 'bo-nganh-tinh', 'research-topic')] })),
      decision: 'eligible',
    },
    unmet: {
      why: '3 consecutive CSTĐCS, a research topic accepted only at grassroots level',
      req: bt(official({ name: 'TS. Hoàng Minh Đức', unit: 'Sở Nông nghiệp và Môi trường', years: chain(), initiatives: [sk('ĐT-CS-2023-11', P - 2, 'co-so', 'research-topic')] })),
      decision: 'ineligible',
    },
  });

  cases.push({
    award: CSTD_BT,
    route: '22.b.combat',
    regime,
    metOutcome: 'eligible',
    met: {
      why: '3 consecutive CSTĐCS, combat ingenuity with army-wide influence recognised by the Minister of Defence',
      req: bt(soldier({ years: chain('HTXSNV'), initiatives: [sk('MT-BQP-02', P, 'bo-nganh-tinh', 'combat-ingenuity')] })),
      decision: 'eligible',
    },
    unmet: {
      why: '3 consecutive CSTĐCS, the army-wide combat ingenuity already counted for a Bằng khen',
      req: bt(soldier({ years: chain('HTXSNV'), initiatives: [sk('MT-BQP-02', P - 1, 'bo-nganh-tinh', 'combat-ingenuity', { award: 'bang-khen-bo-nganh-tinh', year: P - 1 })] })),
      decision: 'ineligible',
    },
  });
}

// --- Chiến sĩ thi đua toàn quốc (Law Art 21) ---------------------------------------------------

for (const regime of ['d98', 'd152'] as const) {
  const { period: P } = HIGHER[regime];
  // Two consecutive ministry/province fighter titles: the 3-year cycles ending P−3 and P (reading 9).
  const years = run(P - 5, P, 'HTXSNV', [LDTT, CSTDCS], { [P - 3]: { titles: [LDTT, CSTDCS, CSTD_BT] }, [P]: { titles: [LDTT, CSTDCS, CSTD_BT] } });
  // d98 also exercised through the transition: decided after 2025-07-01, dossier sent before it.
  const extra: Partial<Req> = regime === 'd98' ? { asOf: '2025-07-10', submittedOn: '2025-06-25' } : {};
  const tq = (subject: Subject) => req('chien-si-thi-dua-toan-quoc', regime, subject, extra);

  cases.push({
    award: 'chien-si-thi-dua-toan-quoc',
    route: '21.initiative',
    regime,
    metOutcome: 'eligible',
    met: { why: `CSTĐ tỉnh ${P - 3} and ${P}, an initiative with nationwide effect`, req: tq(official({ name: 'Lương Thị Mai', unit: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', years, initiatives: [sk('SK-TQ-01', P - 1, 'toan-quoc')] })), decision: 'eligible' },
    unmet: { why: 'CSTĐ tỉnh twice, the initiative is replicable only province-wide', req: tq(official({ name: 'Lương Thị Mai', unit: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', years, initiatives: [sk('SK-T-33', P - 1, 'bo-nganh-tinh')] })), decision: 'ineligible' },
  });
  cases.push({
    award: 'chien-si-thi-dua-toan-quoc',
    route: '21.research',
    regime,
    metOutcome: 'eligible',
    met: { why: 'CSTĐ tỉnh twice, a national-level research topic accepted', req: tq(official({ name: 'PGS.TS. Đặng Quốc Việt', years, initiatives: [sk('ĐT-QG-2022-07', P - 2, 'toan-quoc', 'research-topic')] })), decision: 'eligible' },
    unmet: { why: 'CSTĐ tỉnh twice, the research topic has provincial influence only', req: tq(official({ name: 'PGS.TS. Đặng Quốc Việt', years, initiatives: [sk('ĐT-T-2022-07', P - 2, 'bo-nganh-tinh', 'research-topic')] })), decision: 'ineligible' },
  });
  cases.push({
    award: 'chien-si-thi-dua-toan-quoc',
    route: '21.combat',
    regime,
    metOutcome: 'eligible',
    met: { why: 'CSTĐ (army) twice, combat ingenuity with nationwide influence', req: tq(soldier({ years, initiatives: [sk('MT-TQ-01', P, 'toan-quoc', 'combat-ingenuity')] })), decision: 'eligible' },
    unmet: { why: 'CSTĐ (army) twice, the combat ingenuity is army-wide only', req: tq(soldier({ years, initiatives: [sk('MT-BQP-07', P, 'bo-nganh-tinh', 'combat-ingenuity')] })), decision: 'ineligible' },
  });
}

// --- Bằng khen của bộ, ban, ngành, tỉnh (Law Art 74) -------------------------------------------

for (const regime of ['d98', 'd152'] as const) {
  const { period: P } = HIGHER[regime];
  const BK = 'bang-khen-bo-nganh-tinh';
  const bk = (subject: Subject, extra: Partial<Req> = {}) => req(BK, regime, subject, extra);
  const twoInitiatives = [sk('SK-01', P - 1, 'co-so'), sk('SK-02', P, 'co-so')];

  cases.push({
    award: BK,
    route: '74.1.d',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `CSTĐCS ${P - 1} and ${P} (on the HTXSNV route) and 2 grassroots initiatives not yet counted`,
      req: bk(official({ years: [y(P - 1, 'HTXSNV', LDTT, CSTDCS), y(P, 'HTXSNV', LDTT, CSTDCS)], initiatives: twoInitiatives })),
      decision: 'eligible',
    },
    unmet: {
      why: 'CSTĐCS twice, but only one initiative in those years',
      req: bk(official({ years: [y(P - 1, 'HTXSNV', LDTT, CSTDCS), y(P, 'HTXSNV', LDTT, CSTDCS)], initiatives: [sk('SK-02', P, 'co-so')] })),
      decision: 'ineligible',
    },
  });

  cases.push({
    award: BK,
    route: '74.1.d.cstdcs',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `CSTĐCS ${P - 1} and ${P} with HTTNV ratings, 2 unused initiatives`,
      req: bk(official({ years: [y(P - 1, 'HTTNV', LDTT, CSTDCS), y(P, 'HTTNV', LDTT, CSTDCS)], initiatives: [sk('SK-01', P - 1, 'co-so'), sk('ĐT-02', P, 'co-so', 'research-topic')] })),
      decision: 'eligible',
    },
    unmet: {
      why: `CSTĐCS only in ${P}; two HTXSNV years still carry point d through 74.1.d.htxsnv`,
      req: bk(official({ years: [y(P - 1, 'HTXSNV', LDTT), y(P, 'HTXSNV', LDTT, CSTDCS)], initiatives: twoInitiatives })),
      decision: 'eligible',
    },
  });

  cases.push({
    award: BK,
    route: '74.1.d.htxsnv',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `HTXSNV ${P - 1} and ${P}, no CSTĐCS title, one initiative each year (RC-14)`,
      req: bk(official({ years: [y(P - 1, 'HTXSNV'), y(P, 'HTXSNV', LDTT)], initiatives: twoInitiatives })),
      decision: 'eligible',
    },
    unmet: {
      why: `HTTNV in ${P - 1}, HTXSNV in ${P}, no CSTĐCS`,
      req: bk(official({ years: [y(P - 1, 'HTTNV', LDTT), y(P, 'HTXSNV', LDTT)], initiatives: twoInitiatives })),
      decision: 'ineligible',
    },
  });

  const movementOfficial = official({ name: 'Trần Văn Minh', unit: 'Sở Xây dựng', years: [y(P - 1, 'HTTNV', LDTT), y(P, 'HTTNV', LDTT)] });
  judgment(BK, '74.1.a', regime, movementOfficial, 'official selected as outstanding in the province’s movement');
  judgment(BK, '74.1.b', regime, movementOfficial, 'official with an extraordinary achievement in the province’s field');
  judgment(BK, '74.1.c', regime, movementOfficial, 'official with contributions to social work and charity');
  judgment(BK, '74.1.đ', regime, worker(), 'worker with many achievements at the enterprise');
  judgment(BK, '74.household', regime, household(), 'household that donated land for the commune road');

  cases.push({
    award: BK,
    route: '74.2',
    regime,
    metOutcome: 'eligible',
    met: {
      why: `collective rated HTXSNV in ${P - 1}, Tập thể lao động xuất sắc in ${P}`,
      req: bk(collective({ rating: 'HTXSNV', years: [y(P - 1, 'HTXSNV'), y(P, 'HTXSNV', 'tap-the-lao-dong-xuat-sac')] })),
      decision: 'eligible',
    },
    unmet: {
      why: `collective rated HTTNV in ${P - 1}, HTXSNV in ${P}`,
      req: bk(collective({ rating: 'HTXSNV', years: [y(P - 1, 'HTTNV'), y(P, 'HTXSNV')] })),
      decision: 'ineligible',
    },
  });
}

// --- Bằng khen của Thủ tướng Chính phủ (Law Art 73 cl 1; old: Decree 65/2014 Art 23 cl 1 c) ----

{
  const PM = 'bang-khen-thu-tuong';
  const P = HIGHER.old.period; // 2022, decided 2023-06-15
  const prior = [merit('bang-khen-bo-nganh-tinh', [2017, 2017], '2018-03-01', 'UBND tỉnh Quảng Nam')];
  const five = [2018, 2019, 2020, 2021, 2022].map((yr, i) => sk(`SK-${yr}`, yr, 'co-so', i === 4 ? 'research-topic' : 'initiative'));
  cases.push({
    award: PM,
    route: 'old.23.1.c',
    regime: 'old',
    metOutcome: 'eligible',
    met: { why: `Bằng khen tỉnh 2017, then HTXSNV 2018–${P} with 5 grassroots initiatives (RC-19c)`, req: req(PM, 'old', official({ years: run(2018, P, 'HTXSNV', [LDTT]), awards: prior, initiatives: five })), decision: 'eligible' },
    unmet: {
      why: 'Bằng khen tỉnh 2017, then 2020 rated only HTTNV: the 5 HTXSNV years are not consecutive',
      req: req(PM, 'old', official({ years: run(2018, P, 'HTXSNV', [LDTT], { 2020: { rating: 'HTTNV' } }), awards: prior, initiatives: five })),
      decision: 'ineligible',
    },
  });
  judgment(PM, 'old.other', 'old', official({ years: run(2018, P, 'HTTNV', [LDTT]) }), 'official with an extraordinary achievement (old regime)');
}

for (const regime of ['d98', 'd152'] as const) {
  const PM = 'bang-khen-thu-tuong';
  const { period: P } = HIGHER[regime];
  const years = run(P - 4, P, 'HTTNV', [LDTT], { [P - 4]: { titles: [LDTT, CSTDCS] }, [P - 2]: { rating: 'HTXSNV', titles: [LDTT, CSTDCS] }, [P]: { titles: [LDTT, CSTDCS] } });
  const priorBk = merit('bang-khen-bo-nganh-tinh', [P - 6, P - 5], `${P - 4}-04-20`, 'Bộ trưởng Bộ Tài chính');
  cases.push({
    award: PM,
    route: '73.1.b',
    regime,
    metOutcome: 'eligible',
    met: { why: `merit Bằng khen bộ ${P - 6}–${P - 5}, then ${P - 4}–${P} rated HTTNV or better with CSTĐCS ${P - 4}, ${P - 2}, ${P}`, req: req(PM, regime, official({ years, awards: [priorBk] })), decision: 'eligible' },
    unmet:
      regime === 'd98'
        ? { why: 'same years, but the only Bằng khen bộ was a thematic (phong trào) one (Decree 98 Art 4 cl 3)', req: req(PM, regime, official({ years, awards: [{ ...priorBk, type: 'phong-trao' }] })), decision: 'ineligible' }
        : { why: `merit Bằng khen bộ for ${P - 3}–${P - 2}: only ${P - 1}–${P} since it (Decree 152 Art 33 cl 7)`, req: req(PM, regime, official({ years, awards: [merit('bang-khen-bo-nganh-tinh', [P - 3, P - 2], `${P - 1}-03-10`, 'Bộ trưởng Bộ Tài chính')] })), decision: 'ineligible' },
  });
  const plain = official({ years: run(P - 1, P, 'HTTNV', [LDTT]) });
  judgment(PM, '73.1.a', regime, plain, 'official selected as outstanding in a national movement');
  judgment(PM, '73.1.c', regime, plain, 'official with an extraordinary achievement of provincial influence');
}

// --- Huân chương Lao động hạng Ba (Law Art 44) -------------------------------------------------

for (const regime of ['d98', 'd152'] as const) {
  const HCLD3 = 'huan-chuong-lao-dong-hang-ba';
  const { period: P } = HIGHER[regime];
  const pmPrior = merit('bang-khen-thu-tuong', [P - 6, P - 5], `${P - 4}-05-12`, 'Thủ tướng Chính phủ');
  const years = run(P - 4, P, 'HTTNV', [LDTT, CSTDCS], { [P - 3]: { titles: [LDTT] }, [P - 1]: { rating: 'HTXSNV', titles: [LDTT] } });
  cases.push({
    award: HCLD3,
    route: '44.1.e',
    regime,
    metOutcome: 'eligible',
    met: { why: `merit PM Bằng khen ${P - 6}–${P - 5}, then ${P - 4}–${P} good or better, 1 HTXSNV year, CSTĐCS ×3`, req: req(HCLD3, regime, official({ years, awards: [pmPrior] })), decision: 'eligible' },
    unmet:
      regime === 'd98'
        ? { why: 'PM Bằng khen, then 5 good years but CSTĐCS only twice', req: req(HCLD3, regime, official({ years: run(P - 4, P, 'HTTNV', [LDTT, CSTDCS], { [P - 3]: { titles: [LDTT] }, [P - 1]: { rating: 'HTXSNV', titles: [LDTT] }, [P]: { titles: [LDTT] } }), awards: [pmPrior] })), decision: 'ineligible' }
        : { why: 'the PM Bằng khen was for an extraordinary achievement (đột xuất): not a basis (Art 4 cl 3)', req: req(HCLD3, regime, official({ years, awards: [{ ...pmPrior, type: 'dot-xuat' }] })), decision: 'ineligible' },
  });

  if (regime === 'd98') {
    const positions = [
      { title: 'Phó Giám đốc Sở', from: '2010-01-01', to: '2017-12-31' },
      { title: 'Giám đốc Sở', from: '2018-01-01' },
    ];
    cases.push({
      award: HCLD3,
      route: '44.1.g',
      regime,
      // Decree 98: posts given → matching posts and years against the decree is for the council (legal-coverage.md).
      metOutcome: 'needs-review',
      met: { why: 'director of a provincial department since 2018, deputy before: career contribution for the council', req: req(HCLD3, regime, official({ name: 'Ông Bùi Quang Thắng', recruited: '1990-08-01', sex: 'male', positions, years: run(P - 1, P, 'HTTNV', [LDTT]) })), decision: 'needs-review' },
      unmet: { why: 'no leadership post given: not claimed', req: req(HCLD3, regime, official({ name: 'Ông Bùi Quang Thắng', recruited: '1990-08-01', years: run(P - 1, P, 'HTTNV', [LDTT]) })), decision: 'ineligible' },
    });
  } else {
    // Decree 152/2025 Art 21 cl 1 b: Vụ trưởng 6 to under 10 years for hạng Ba; proposed at retirement (Art 9 cl 2).
    const director = (from: string): Subject =>
      official({ name: 'Ông Bùi Quang Thắng', unit: 'Vụ Tổ chức cán bộ, Bộ Nội vụ', recruited: '1988-08-01', sex: 'male', status: 'retired', positions: [{ title: 'Vụ trưởng', from, to: '2025-06-30' }], years: run(P - 1, P, 'HTTNV', [LDTT]) });
    cases.push({
      award: HCLD3,
      route: '44.1.g',
      regime,
      metOutcome: 'eligible',
      met: { why: 'retired Vụ trưởng after 7 years (2018-07 → 2025-06)', req: req(HCLD3, regime, director('2018-07-01')), decision: 'eligible' },
      unmet: { why: 'retired Vụ trưởng after 11 years: that falls under a higher class', req: req(HCLD3, regime, director('2014-07-01')), decision: 'ineligible' },
    });
  }

  judgment(HCLD3, '44.1.a–d', regime, official({ years: run(P - 1, P, 'HTTNV', [LDTT]) }), 'official with an invention recognised at ministry level');
  judgment(HCLD3, '44.2', regime, worker({ years: run(P - 1, P, 'HTTNV', [LDTT]) }), 'miner selected at the review of a 5-year provincial movement');
}

// --- Huân chương Lao động hạng Nhì (Law Art 43 cl 1) -------------------------------------------

for (const regime of ['d98', 'd152'] as const) {
  const HCLD2 = 'huan-chuong-lao-dong-hang-nhi';
  const { period: P } = HIGHER[regime];
  const prior = merit('huan-chuong-lao-dong-hang-ba', [P - 9, P - 5], `${P - 4}-08-30`, 'Chủ tịch nước');
  const years = run(P - 4, P, 'HTTNV', [LDTT, CSTDCS], { [P - 3]: { rating: 'HTXSNV' }, [P - 1]: { rating: 'HTXSNV', titles: [LDTT, CSTDCS, CSTD_BT] } });
  cases.push({
    award: HCLD2,
    route: '43.1.chain',
    regime,
    metOutcome: 'eligible',
    met: { why: `HCLĐ hạng Ba for ${P - 9}–${P - 5}, then ${P - 4}–${P} good or better, HTXSNV twice, CSTĐ tỉnh ${P - 1}`, req: req(HCLD2, regime, official({ name: 'Bà Ngô Thị Thu', recruited: '1996-07-01', years, awards: [prior] })), decision: 'eligible' },
    unmet:
      regime === 'd98'
        ? { why: 'HCLĐ hạng Ba, then 5 good years but only one HTXSNV year', req: req(HCLD2, regime, official({ name: 'Bà Ngô Thị Thu', recruited: '1996-07-01', years: years.map((r) => (r.year === P - 3 ? { ...r, rating: 'HTTNV' as const } : r)), awards: [prior] })), decision: 'ineligible' }
        : { why: `HCLĐ hạng Ba, then ${P - 2} rated only HTNV: the 5 years are broken`, req: req(HCLD2, regime, official({ name: 'Bà Ngô Thị Thu', recruited: '1996-07-01', years: years.map((r) => (r.year === P - 2 ? { ...r, rating: 'HTNV' as const, titles: [] } : r)), awards: [prior] })), decision: 'ineligible' },
  });
  judgment(HCLD2, '43.1.other', regime, official({ years: run(P - 1, P, 'HTTNV', [LDTT]) }), 'official with a large contribution to the province’s development');
}

// --- Career contribution for the higher classes (Decree 152/2025 Art 19 cl 1 c, Art 20 cl 1 b) ---

{
  const regime = 'd152' as const;
  const { period: P } = HIGHER[regime];
  const retired = (title: string, from: string): Subject =>
    official({ name: 'Ông Trần Văn Minh', unit: 'Bộ Nội vụ', recruited: '1985-08-01', sex: 'male', status: 'retired', positions: [{ title, from, to: '2025-06-30' }], years: run(P - 1, P, 'HTTNV', [LDTT]) });
  cases.push({
    award: 'huan-chuong-lao-dong-hang-nhi',
    route: '43.1.e',
    regime,
    metOutcome: 'eligible',
    met: { why: 'retired Vụ trưởng after 12 years (10 to under 15 for the Second Class)', req: req('huan-chuong-lao-dong-hang-nhi', regime, retired('Vụ trưởng', '2013-07-01')), decision: 'eligible' },
    unmet: { why: 'retired Vụ trưởng after 7 years: that is the Third Class band', req: req('huan-chuong-lao-dong-hang-nhi', regime, retired('Vụ trưởng', '2018-07-01')), decision: 'ineligible' },
  });
  cases.push({
    award: 'huan-chuong-lao-dong-hang-nhat',
    route: '42.1.e',
    regime,
    metOutcome: 'eligible',
    met: { why: 'retired Thứ trưởng after 6 years (5 or more for the First Class)', req: req('huan-chuong-lao-dong-hang-nhat', regime, retired('Thứ trưởng', '2019-06-01')), decision: 'eligible' },
    unmet: { why: 'retired Thứ trưởng after 4 years: the Second Class band', req: req('huan-chuong-lao-dong-hang-nhat', regime, retired('Thứ trưởng', '2021-06-01')), decision: 'needs-review' },
  });
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/** The route's own explanation node: exactly one node carries the label. */
function routeNode(e: Explanation, route: string): Explanation | undefined {
  const found = [...walk(e)].filter((n) => n.route === route);
  expect(found.length, `nodes labelled ${route}`).toBe(1);
  return found[0];
}

function routesOf(c: Criterion): string[] {
  return [...(c.route ? [c.route] : []), ...(c.children ?? []).flatMap(routesOf)];
}

describe('route table', () => {
  it('covers every named route of every encoded national rule version, and only those', () => {
    const encoded = new Set<string>();
    for (const r of engine.rules()) {
      if (r.plugin !== 'vn') continue;
      const regime = r.id.split('.').pop();
      for (const route of routesOf(r.criterion)) encoded.add(`${r.award} ${route} ${regime}`);
    }
    const tabled = new Set(cases.map((c) => `${c.award} ${c.route} ${c.regime}`));
    expect([...encoded].filter((k) => !tabled.has(k))).toEqual([]);
    expect([...tabled].filter((k) => !encoded.has(k))).toEqual([]);
    expect(cases.length).toBe(encoded.size);
  });
});

describe.each(cases.map((c) => [`${c.award} [${c.route}] ${c.regime}`, c] as const))('%s', (_label, c) => {
  it(`met: ${c.met.why}`, () => {
    const d = engine.evaluate(c.met.req);
    expect(d.ruleId).toBe(`vn.${c.award}.${c.regime}`);
    const n = routeNode(d.explanation, c.route);
    expect(n, `no node for route ${c.route}`).toBeDefined();
    expect(n!.outcome, n!.message.en).toBe(c.metOutcome);
    expect(n!.notClaimed ?? false).toBe(false);
    expect(n!.message.vi).not.toBe('');
    if (c.met.decision) expect(d.outcome, d.explanation.message.en).toBe(c.met.decision);
  });

  it(`not met: ${c.unmet.why}`, () => {
    const d = engine.evaluate(c.unmet.req);
    expect(d.ruleId).toBe(`vn.${c.award}.${c.regime}`);
    const n = routeNode(d.explanation, c.route);
    expect(n, `no node for route ${c.route}`).toBeDefined();
    expect(n!.outcome, n!.message.en).toBe('ineligible');
    expect(n!.message.en).not.toBe('');
    if (c.unmet.decision) expect(d.outcome, d.explanation.message.en).toBe(c.unmet.decision);
  });
});
