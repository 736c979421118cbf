/**
 * The five rules written by hand: plain TypeScript over a validated request, the way a developer
 * would code them for one office — the same criteria as the engine's national rules for the facts
 * the generator produces (generate.ts), no explanation, no citation. `facts` computes the chain
 * facts once (years in a row, the window after a Certificate of Merit, initiatives still free);
 * `decide` combines them; json-rules-engine gets the same facts (jre.ts).
 */
import type { EvaluationRequest, Outcome } from '@tdkt/core';
import type { RuleCode } from './generate.js';

type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | 'none';

/** The facts the five rules read, flat (what json-rules-engine receives). */
export interface Facts {
  rule: RuleCode;
  pending: boolean;
  // individuals
  rating: Rating;
  registered: boolean;
  ldttTitle: boolean;
  /** Initiatives of each kind usable for the award / usable only if reuse between titles is allowed. */
  initFree: number;
  initReuse: number;
  researchFree: number;
  researchReuse: number;
  combatFree: number;
  combatReuse: number;
  /** Bằng khen bộ: the two years up to the period. */
  khtnv2: boolean;
  cstdcs2: boolean;
  htxsnv2: boolean;
  freeInitiatives2: number;
  bkOverlap: boolean;
  /** Bằng khen Thủ tướng: the five years up to the period and the window after the prior Bằng khen. */
  khtnv5: boolean;
  prior: 'none' | 'unknown-type' | 'other-type' | 'ok';
  windowYears: number;
  windowAllGood: boolean;
  windowCstdcs: number;
  ttgOverlap: boolean;
  // collectives
  membersRated: boolean;
  membersKhtnv: number;
  membersDone: number;
  membersTotal: number;
  ldttPercent: number;
  /** -1: not given. */
  membersCstdcs: number;
}

const EMULATION_TITLES = new Set(['lao-dong-tien-tien', 'chien-si-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh', 'chien-si-thi-dua-toan-quoc']);
const good = (r: Rating | undefined) => r === 'HTXSNV' || r === 'HTTNV';

/** The chain facts of one validated subject-year. */
export function facts(req: EvaluationRequest): Facts {
  const s = req.subject;
  const P = req.period;
  const byYear = new Map((s.years ?? []).map((y) => [y.year, y]));
  const ratingOf = (y: number): Rating => byYear.get(y)?.rating ?? (y === P && s.rating ? s.rating : 'none');
  const title = (code: string, y: number) => byYear.get(y)?.titles?.includes(code) ?? false;
  const awards = s.awards ?? [];
  const overlaps = (code: string, from: number) => awards.some((a) => a.award === code && a.period !== undefined && a.period[0] <= P && a.period[1] >= from);
  const f: Facts = {
    rule: req.award as RuleCode,
    pending: (s.pending ?? []).some((p) => p.since <= req.asOf),
    rating: ratingOf(P),
    registered: byYear.get(P)?.registered !== false,
    ldttTitle: title('lao-dong-tien-tien', P) || title('chien-si-tien-tien', P),
    initFree: 0, initReuse: 0, researchFree: 0, researchReuse: 0, combatFree: 0, combatReuse: 0,
    khtnv2: ratingOf(P - 1) === 'KHTNV' || ratingOf(P) === 'KHTNV',
    cstdcs2: title('chien-si-thi-dua-co-so', P - 1) && title('chien-si-thi-dua-co-so', P),
    htxsnv2: ratingOf(P - 1) === 'HTXSNV' && ratingOf(P) === 'HTXSNV',
    freeInitiatives2: 0,
    bkOverlap: overlaps('bang-khen-bo-nganh-tinh', P - 1),
    khtnv5: false,
    prior: 'none',
    windowYears: 0,
    windowAllGood: true,
    windowCstdcs: 0,
    ttgOverlap: overlaps('bang-khen-thu-tuong', P - 4),
    membersRated: s.members?.ratings !== undefined,
    membersKhtnv: s.members?.ratings?.KHTNV ?? 0,
    membersDone: (s.members?.ratings?.HTXSNV ?? 0) + (s.members?.ratings?.HTTNV ?? 0) + (s.members?.ratings?.HTNV ?? 0),
    membersTotal: s.members?.total ?? 0,
    ldttPercent: s.members ? ((s.members.titles?.['lao-dong-tien-tien'] ?? 0) / s.members.total) * 100 : 0,
    membersCstdcs: s.members?.titles?.['chien-si-thi-dua-co-so'] ?? -1,
  };
  for (let y = P - 4; y <= P; y++) if (ratingOf(y) === 'KHTNV') f.khtnv5 = true;
  // One initiative, one use (CV 5007): free, reused between emulation titles (needs review), used.
  const title_ = EMULATION_TITLES.has(req.award);
  for (const i of s.initiatives ?? []) {
    const u = i.usedFor;
    const use = !u || (u.award === req.award && u.year === P) ? 'free' : title_ && EMULATION_TITLES.has(u.award) ? 'reuse' : 'used';
    const kind = i.kind ?? 'initiative';
    if (use !== 'used') {
      const free = use === 'free' ? 1 : 0;
      if (kind === 'initiative') (f.initFree += free), (f.initReuse += 1 - free);
      else if (kind === 'research-topic') (f.researchFree += free), (f.researchReuse += 1 - free);
      else (f.combatFree += free), (f.combatReuse += 1 - free);
    }
    if (use === 'free' && kind !== 'combat-ingenuity' && i.year >= P - 1 && i.year <= P) f.freeInitiatives2++;
  }
  // The prior ministry/province Certificate of Merit and the window after it.
  const bk = awards.filter((a) => a.award === 'bang-khen-bo-nganh-tinh' && a.status !== 'cancelled' && (!a.decidedOn || a.decidedOn <= req.asOf));
  const end = (a: (typeof bk)[number]) => a.period?.[1] ?? (a.decidedOn ? Number(a.decidedOn.slice(0, 4)) : 0);
  const merit = bk.filter((a) => a.type === 'cong-trang').sort((a, b) => end(b) - end(a))[0];
  const laterUnknown = bk.some((a) => a.type === undefined && (!merit || end(a) > end(merit)));
  if (merit && !laterUnknown) f.prior = 'ok';
  else if (bk.some((a) => a.type === undefined)) f.prior = 'unknown-type';
  else if (bk.length) f.prior = 'other-type';
  if (f.prior === 'ok') {
    let start: number;
    if (req.asOf >= '2025-07-01') start = merit!.period ? merit!.period[1] + 1 : Number(merit!.decidedOn!.slice(0, 4));
    else {
      start = P + 1;
      while (good(ratingOf(start - 1))) start--;
    }
    f.windowYears = Math.max(0, P - start + 1);
    for (let y = start; y <= P; y++) {
      if (!good(ratingOf(y))) f.windowAllGood = false;
      if (title('chien-si-thi-dua-co-so', y)) f.windowCstdcs++;
    }
  }
  return f;
}

const all = (...os: Outcome[]): Outcome => (os.includes('ineligible') ? 'ineligible' : os.includes('needs-review') ? 'needs-review' : 'eligible');
const any = (...os: Outcome[]): Outcome => (os.includes('eligible') ? 'eligible' : os.includes('needs-review') ? 'needs-review' : 'ineligible');
const is = (ok: boolean): Outcome => (ok ? 'eligible' : 'ineligible');
const atLeast = (r: Rating, min: 'HTXSNV' | 'HTTNV'): Outcome => (r === 'none' ? 'needs-review' : is(r === 'HTXSNV' || (min === 'HTTNV' && r === 'HTTNV')));
const route = (free: number, reuse: number): Outcome => (free >= 1 ? 'eligible' : free + reuse >= 1 ? 'needs-review' : 'ineligible');

/** The outcome of one subject-year from its facts. */
export function decide(f: Facts): Outcome {
  const open = is(!f.pending);
  switch (f.rule) {
    case 'lao-dong-tien-tien':
      return all(atLeast(f.rating, 'HTTNV'), is(f.registered), open);
    case 'chien-si-thi-dua-co-so':
      return all(
        f.ldttTitle ? 'eligible' : all(atLeast(f.rating, 'HTTNV'), is(f.registered)),
        any(atLeast(f.rating, 'HTXSNV'), route(f.initFree, f.initReuse), route(f.researchFree, f.researchReuse), route(f.combatFree, f.combatReuse)),
        open,
      );
    case 'bang-khen-bo-nganh-tinh':
      return all(is(!f.khtnv2), is((f.cstdcs2 || f.htxsnv2) && f.freeInitiatives2 >= 2), is(!f.bkOverlap), open);
    case 'bang-khen-thu-tuong': {
      const prior: Outcome = f.prior === 'ok' ? 'eligible' : f.prior === 'unknown-type' ? 'needs-review' : 'ineligible';
      const window = prior === 'eligible' ? is(f.windowYears >= 5 && f.windowAllGood && f.windowCstdcs >= 3) : prior;
      return all(is(!f.khtnv5), window, is(!f.ttgOverlap), open);
    }
    case 'tap-the-lao-dong-xuat-sac':
      return all(
        f.rating === 'none' ? 'needs-review' : is(f.rating === 'HTXSNV'),
        !f.membersRated ? 'needs-review' : f.membersKhtnv > 0 ? 'ineligible' : f.membersDone < f.membersTotal ? 'needs-review' : 'eligible',
        is(f.ldttPercent >= 70),
        f.membersCstdcs < 0 ? 'needs-review' : is(f.membersCstdcs >= 1),
        open,
      );
  }
}

/** The hand-written evaluation of one validated subject-year. */
export function handwritten(req: EvaluationRequest): Outcome {
  return decide(facts(req));
}
