/** The annual review: evaluate every person and unit, then who is due for a higher award. */
import { TdktError, matchKey, walk, type Decision, type Engine, type Message, type Rating, type SubjectInput } from '@tdkt/core';
import { inferInitiativeUse, type Person, type SkippedRow } from './build.js';
import type { RowProblem } from './roster.js';

/** Annual titles for individuals, in the order they are decided. */
export const INDIVIDUAL_TITLES = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] as const;
/** Higher awards checked once this year's titles are proposed. */
export const HIGHER_AWARDS = ['chien-si-thi-dua-bo-nganh-tinh', 'bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'] as const;
/** Annual titles for units. */
export const UNIT_TITLES = ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'] as const;

/** One evaluated line of a proposal list. */
export interface ReviewLine {
  award: string;
  name: string;
  unit: string;
  subjectId: string;
  decision: Decision;
}

/** The result of a review. */
export interface Review {
  year: number;
  asOf: string;
  lines: ReviewLine[];
  /** People whose record could not be evaluated at all (bad data), with the reason. */
  problems: RowProblem[];
  people: number;
  units: number;
}

/** Options of {@link runReview}. */
export interface ReviewOptions {
  engine: Engine;
  year: number;
  asOf: string;
  people: Person[];
  /** Collectives' own ratings for the year, by unit name. */
  unitRatings?: Map<string, Rating>;
  /** Rows skipped for bad data: their people still count in their unit's staff for the year. */
  skipped?: SkippedRow[];
  /** Sector or province plugin ids to apply. */
  province?: string;
  sector?: string;
}

function routeTaken(d: Decision): string | undefined {
  for (const n of walk(d.explanation)) if (n.route && n.outcome === 'eligible' && n.decisive) return n.route;
  return undefined;
}

/**
 * Runs the review. Annual titles first (LĐTT, then CSTĐCS); the titles proposed this year are
 * then counted, as if conferred, when checking the higher awards — the lists say so.
 */
export function runReview(o: ReviewOptions): Review {
  const lines: ReviewLine[] = [];
  const problems: RowProblem[] = [];
  const base = { asOf: o.asOf, period: o.year, ...(o.province ? { province: o.province } : {}), ...(o.sector ? { sector: o.sector } : {}) };
  const byUnit = new Map<string, { ratings: Record<Rating, number>; total: number; ldtt: number; cstdcs: number }>();

  for (const p of o.people) {
    if (!p.subject.years?.some((y) => y.year === o.year)) continue;
    const subject = structuredClone(p.subject) as SubjectInput;
    inferInitiativeUse(subject, o.year);
    const thisYear = subject.years!.find((y) => y.year === o.year)!;
    const proposed: string[] = [];
    try {
      for (const award of INDIVIDUAL_TITLES) {
        const d = o.engine.evaluate({ ...base, award, subject });
        lines.push({ award, name: p.name, unit: p.unit, subjectId: p.subject.id ?? p.key, decision: d });
        if (d.outcome === 'eligible') {
          proposed.push(award);
          if (award === 'chien-si-thi-dua-co-so' && routeTaken(d) !== '23.htxsnv') {
            // The initiative the explanation says it uses (evidence "uses <id>").
            const ids = [...walk(d.explanation)].flatMap((n) => (n.decisive ? n.evidence : [])).filter((e) => e.ref.startsWith('uses ')).map((e) => e.ref.slice(5));
            for (const i of subject.initiatives ?? []) if (ids.includes(i.id)) i.usedFor = { award, year: o.year };
          }
        }
      }
      thisYear.titles = [...new Set([...(thisYear.titles ?? []), ...proposed])];
      for (const award of HIGHER_AWARDS) {
        const d = o.engine.evaluate({ ...base, award, subject });
        lines.push({ award, name: p.name, unit: p.unit, subjectId: p.subject.id ?? p.key, decision: d });
      }
    } catch (e) {
      // Bad data of one person is reported and the review goes on; configuration errors stop it.
      if (!(e instanceof TdktError) || !['VALIDATION_FAILED', 'UNKNOWN_AWARD'].includes(e.code)) throw e;
      problems.push({ row: p.rows[0] ?? 0, column: e.path.join('.'), value: e.value, message: { vi: `${p.name}: ${e.messages.vi}`, en: `${p.name}: ${e.messages.en}` } satisfies Message });
      continue;
    }
    const u = byUnit.get(p.unit) ?? { ratings: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }, total: 0, ldtt: 0, cstdcs: 0 };
    u.total++;
    if (thisYear.rating) u.ratings[thisYear.rating]++;
    if (proposed.includes('lao-dong-tien-tien')) u.ldtt++;
    if (proposed.includes('chien-si-thi-dua-co-so')) u.cstdcs++;
    byUnit.set(p.unit, u);
  }

  const counted = new Set(o.people.filter((p) => p.subject.years?.some((y) => y.year === o.year)).map((p) => p.key));
  for (const sk of o.skipped ?? []) {
    if (sk.year !== o.year || counted.has(sk.key)) continue;
    counted.add(sk.key);
    const u = byUnit.get(sk.unit) ?? { ratings: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }, total: 0, ldtt: 0, cstdcs: 0 };
    u.total++;
    byUnit.set(sk.unit, u);
  }

  for (const [unit, u] of byUnit) {
    const rating = o.unitRatings ? [...o.unitRatings].find(([k]) => matchKey(k) === matchKey(unit))?.[1] : undefined;
    const subject = {
      kind: 'collective' as const,
      id: unit,
      name: unit,
      ...(rating ? { rating } : {}),
      members: { total: u.total, ratings: u.ratings, titles: { 'lao-dong-tien-tien': u.ldtt, 'chien-si-thi-dua-co-so': u.cstdcs } },
    };
    // Ratings of people whose row was skipped are unknown: the 100% check then needs review.
    for (const award of UNIT_TITLES) lines.push({ award, name: unit, unit, subjectId: unit, decision: o.engine.evaluate({ ...base, award, subject }) });
  }
  return { year: o.year, asOf: o.asOf, lines, problems, people: o.people.length, units: byUnit.size };
}
