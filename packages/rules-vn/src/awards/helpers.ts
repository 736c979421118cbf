import { allOf, criterion, msg, outcomeFunction, withOutcome, type AwardRule, type Citation, type Criterion, type EvalContext, type Message, type SubjectKind } from '@tdkt/core';
import { cite } from '../cite.js';
import { REGIMES, type Regime } from '../regimes.js';

/** Dated windows of the three regimes (the last one open-ended). */
export function regimeWindow(r: Regime): { validFrom: string; validTo?: string } {
  const w = REGIMES[r];
  return r === 'old' ? { validFrom: '2017-07-31', validTo: w.to } : w.to ? { validFrom: w.from, validTo: w.to } : { validFrom: w.from };
}

/** Builds the rule versions of one award, one per regime that `build` returns a criterion for. */
export function versions(award: string, build: (r: Regime) => Criterion | undefined, regimes: Regime[] = ['old', 'd98', 'd152']): AwardRule[] {
  return regimes.flatMap((r) => {
    const c = build(r);
    return c ? [{ id: `vn.${award}.${r}`, award, ...regimeWindow(r), criterion: c }] : [];
  });
}

/** Decree 98/2023 or 152/2025 Art 4 clause `clause` (the principles), or the old regime's equivalent (not verified). */
export function art4(r: Regime, clause: number): Citation {
  if (r === 'd152') return cite.d152('official', { article: 4, clause });
  if (r === 'd98') return cite.d98('quoted', { article: 4, clause });
  return cite.d91('unverified', { note: 'Nguyên tắc tương ứng của chế độ trước 2024 chưa được đối chiếu' });
}

/** The next-award clock, counted from the achievement period written in the previous decision: Decree 152 Art 33 cl 7 (official), Decree 98 Art 30 cl 9 (quoted). */
export function clock(r: Regime): Citation {
  if (r === 'd152') return cite.d152('official', { article: 33, clause: 7 });
  if (r === 'd98') return cite.d98('quoted', { article: 30, clause: 9 });
  return cite.d91('secondary', { note: 'Thời gian đề nghị lần sau tính từ thời gian lập thành tích ghi trong quyết định trước (thực tiễn chế độ cũ)' });
}

/** The clock's fallback when the previous decision states no achievement period: verified only for Decree 152. */
export function clockFallback(r: Regime): Citation {
  if (r === 'd152') return cite.d152('official', { article: 33, clause: 7 });
  if (r === 'd98') return cite.d98('unverified', { article: 30, clause: 9, note: 'Cách tính khi quyết định không ghi thời gian lập thành tích chưa được đối chiếu' });
  return cite.d91('unverified', { note: 'Cách tính khi quyết định không ghi thời gian chưa được đối chiếu' });
}

/** Decree 90/2020 Art 2 cl 5 a (as supplemented by Decree 48/2023): disciplined in the year → KHTNV. */
export const RATING_DISCIPLINE = cite.d90('quoted', { article: 2, clause: 5, point: 'a' });

/** The route `c` as not claimed: it applies only to `label`. */
function notApplicable(c: Criterion, label: Message): Criterion {
  return criterion({ id: c.id, route: c.route, text: c.text, citations: [...c.citations], test: () => ({ outcome: 'ineligible', notClaimed: true, message: () => msg(`Chỉ áp dụng cho ${label.vi}`, `Applies only to ${label.en}`) }) });
}

/** Wraps a route so that it only applies to some subject kinds (others: not claimed). */
export function forKinds(kinds: SubjectKind[], c: Criterion, label: Message): Criterion {
  const other = notApplicable(c, label);
  const w: Criterion = {
    ...c,
    evaluate(ctx) {
      return kinds.includes(ctx.request.subject.kind) ? c.evaluate(ctx) : other.evaluate(ctx);
    },
  };
  // Not claimed counts as not met (ineligible).
  const inner = outcomeFunction(c);
  return withOutcome(w, (ctx) => (kinds.includes(ctx.request.subject.kind) ? inner(ctx) : 'ineligible'));
}

/** Applies a criterion only to individuals of some groups (others: not claimed). */
export function forGroups(groups: string[], c: Criterion, label: Message): Criterion {
  const applies = (ctx: EvalContext) => ctx.request.subject.kind === 'individual' && groups.includes(ctx.request.subject.group ?? 'official');
  const other = notApplicable(c, label);
  const w: Criterion = {
    ...c,
    evaluate(ctx) {
      return applies(ctx) ? c.evaluate(ctx) : other.evaluate(ctx);
    },
  };
  const inner = outcomeFunction(c);
  return withOutcome(w, (ctx) => (applies(ctx) ? inner(ctx) : 'ineligible'));
}

/** An "all of" for an award rule. */
export function rule(id: string, text: Message, citations: Citation[], children: Criterion[], route?: string): Criterion {
  return allOf({ id, text, citations, ...(route ? { route } : {}) }, children);
}

/** A leaf that always needs review (criteria not verified or delegated), with its reason. */
export function review(id: string, text: Message, citations: Citation[], why: Message, missing: string): Criterion {
  return criterion({ id, text, citations, test: () => ({ outcome: 'needs-review', missing: [missing], message: why }) });
}
