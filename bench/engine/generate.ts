/**
 * Seeded subject-years for the engine benchmark. One subject-year is one request: a subject
 * evaluated for one emulation year (2024, under Decree 98/2023, or 2025, under Decree 152/2025),
 * with up to eight years of history before it. The five rules take turns; the facts cover what
 * the five rules read (ratings, titles, registration, initiatives and their earlier use, prior
 * Certificates of Merit, open matters, a collective's members) and leave out the rest (discipline,
 * leave, transfers, council votes), so that the hand-written functions and the JSON rules can be
 * exact (see README.md).
 */

/** The five rules of issue 8, by catalog code. */
export const RULES = [
  { code: 'lao-dong-tien-tien', name: 'Lao động tiên tiến', cite: 'Law Art 24 cl 1' },
  { code: 'chien-si-thi-dua-co-so', name: 'Chiến sĩ thi đua cơ sở', cite: 'Law Art 23' },
  { code: 'bang-khen-bo-nganh-tinh', name: 'Bằng khen bộ/ngành/tỉnh', cite: 'Law Art 74 cl 1 point d' },
  { code: 'bang-khen-thu-tuong', name: 'Bằng khen Thủ tướng', cite: 'Law Art 73 cl 1 point b' },
  { code: 'tap-the-lao-dong-xuat-sac', name: 'Tập thể lao động xuất sắc', cite: 'Law Art 27 cl 1' },
] as const;

/** Catalog code of one of the five rules. */
export type RuleCode = (typeof RULES)[number]['code'];

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The `i`-th subject-year of the stream seeded with `seed` (a plain JSON request, not yet validated). */
export function subjectYear(i: number, seed: number): Record<string, unknown> {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const rule = RULES[i % RULES.length]!.code;
  const period = chance(0.5) ? 2024 : 2025;
  const asOf = iso(period, 12, 15);
  const pending = chance(0.03) ? { pending: [{ kind: pick(['complaint', 'inspection', 'discipline-review'] as const), since: iso(period, 1 + Math.floor(r() * 11), 10) }] } : {};
  if (rule === 'tap-the-lao-dong-xuat-sac') {
    const total = 5 + Math.floor(r() * 56);
    const khtnv = chance(0.05) ? 1 : 0;
    const rated = chance(0.1) ? total - 1 - khtnv : total - khtnv;
    const htxsnv = Math.floor(r() * rated * 0.5);
    const ratings = chance(0.05) ? {} : { ratings: { HTXSNV: htxsnv, HTTNV: rated - htxsnv, ...(khtnv ? { KHTNV: khtnv } : {}) } };
    const ldtt = Math.min(total, Math.floor(total * (0.55 + r() * 0.45)));
    const titles: Record<string, number> = { 'lao-dong-tien-tien': ldtt };
    if (!chance(0.05)) titles['chien-si-thi-dua-co-so'] = Math.floor(r() * 3);
    const rating = chance(0.05) ? {} : { rating: chance(0.6) ? 'HTXSNV' : pick(RATINGS) };
    return { asOf, award: rule, period, subject: { kind: 'collective', id: `tt-${i}`, ...rating, members: { total, ...ratings, titles }, ...pending } };
  }
  // An individual: eight years up to the period, ratings skewed to the good ones.
  const years: Record<string, unknown>[] = [];
  for (let y = period - 7; y <= period; y++) {
    const x = r();
    const rating = x < 0.04 ? undefined : x < 0.42 ? 'HTXSNV' : x < 0.88 ? 'HTTNV' : x < 0.97 ? 'HTNV' : 'KHTNV';
    const titles: string[] = [];
    if ((rating === 'HTXSNV' || rating === 'HTTNV') && chance(0.9)) titles.push('lao-dong-tien-tien');
    if (rating === 'HTXSNV' && titles.length && chance(0.7)) titles.push('chien-si-thi-dua-co-so');
    years.push({ year: y, ...(rating ? { rating } : {}), titles, ...(y === period && chance(0.02) ? { registered: false } : {}) });
  }
  const initiatives = Array.from({ length: Math.floor(r() * 5) }, (_, k) => {
    const year = period - Math.floor(r() * r() * 5);
    const used = chance(0.12) ? { usedFor: { award: pick(['chien-si-thi-dua-co-so', 'lao-dong-tien-tien', 'bang-khen-bo-nganh-tinh'] as const), year } } : {};
    return { id: `sk-${k}`, year, scope: chance(0.8) ? 'co-so' : 'bo-nganh-tinh', ...(chance(0.2) ? { kind: pick(['research-topic', 'combat-ingenuity'] as const) } : {}), ...used };
  });
  const awards: Record<string, unknown>[] = [];
  if (chance(0.45)) {
    const end = period - 1 - Math.floor(r() * 8);
    const type = chance(0.9) ? { type: 'cong-trang' } : chance(0.5) ? { type: 'phong-trao' } : {};
    awards.push({ award: 'bang-khen-bo-nganh-tinh', ...(chance(0.9) ? { period: [end - 1, end] } : {}), decidedOn: iso(end + 1, 4, 20), ...type });
  }
  if (chance(0.05)) awards.push({ award: 'bang-khen-thu-tuong', period: [period - 6, period - 2], decidedOn: iso(period - 1, 5, 5), type: 'cong-trang' });
  return {
    asOf,
    award: rule,
    period,
    subject: { kind: 'individual', id: `cn-${i}`, recruited: iso(1995 + Math.floor(r() * (period - 1996)), 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)), years, ...(initiatives.length ? { initiatives } : {}), ...(awards.length ? { awards } : {}), ...pending },
  };
}

/**
 * The `i`-th input of the robustness run: a subject-year, one in two damaged the way rosters are
 * (a typo in a code, a wrong type, an impossible date, a missing field, a stray value, a number out
 * of range), or an arbitrary JSON value.
 */
export function malformedInput(i: number, seed: number): unknown {
  const r = rng(seed * 7_919 + i);
  const base = subjectYear(i, seed) as { subject: Record<string, unknown> } & Record<string, unknown>;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const years = (base.subject['years'] as Record<string, unknown>[] | undefined) ?? [];
  const damage: (() => unknown)[] = [
    () => base,
    () => ({ ...base, award: pick(['lao-dong-tien-tein', '', 42, null]) }),
    () => ({ ...base, asOf: pick(['2025-02-30', '15/12/2025', '', 20251215, '2025-13-01']) }),
    () => ({ ...base, period: pick([1900, 2200, '2025', 2025.5, NaN, -1]) }),
    () => ({ ...base, subject: { ...base.subject, kind: pick(['person', 'Individual', null]) } }),
    () => ({ ...base, subject: { ...base.subject, years: years.map((y, k) => (k === 0 ? { ...y, rating: pick(['HTTTNV', 'htxsnv', 3, null]) } : y)) } }),
    () => ({ ...base, subject: { ...base.subject, years: [...years, ...years.slice(0, 1)] } }),
    () => ({ ...base, subject: { ...base.subject, recruited: pick(['2031-01-01', 'yesterday', '2020-02-31']) } }),
    () => ({ ...base, subject: { ...base.subject, initiatives: [{ id: 'x', year: 2024, scope: 'quoc-te' }] } }),
    () => ({ ...base, subject: { ...base.subject, members: { total: 0, titles: { 'lao-dong-tien-tien': 5 } } } }),
    () => ({ ...base, subject: { ...base.subject, awards: [{ award: 'bang-khen-bo-nganh-tinh', period: [2025, 2020] }] } }),
    () => ({ ...base, extra: true }),
    () => ({ ...base, subject: pick([undefined, [], 'x', { kind: 'individual', years: 'all' }]) }),
    () => pick([null, undefined, 0, 'request', [], [base], { asOf: {} }, true]),
  ];
  return r() < 0.5 ? base : damage[Math.floor(r() * damage.length)]!();
}
