import { allocateQuota, evaluationRequestShape, isoDateSchema, msg, subjectSchema, type Engine, type QuotaCap, type QuotaResult } from '@tdkt/core';
import { cite, governmentFlagQuota } from '@tdkt/rules-vn';
import { z } from 'zod';

/**
 * A unit-review case (`kind: unit-review`): several candidates of one unit or cluster for a capped
 * award, with the cap, the council's votes and the expected selection. Candidates with a `subject`
 * are evaluated first (only eligible ones are ranked); without one, eligibility was settled by the
 * cluster's own assessment. Documented in docs/case-format.md.
 */
export const unitReviewCaseSchema = z.strictObject({
  kind: z.literal('unit-review'),
  id: z.string().min(1),
  title: z.string().min(1),
  source: z.array(z.string().min(1)).min(1),
  basis: z.array(z.string()).optional(),
  note: z.string().optional(),
  asOf: isoDateSchema,
  award: evaluationRequestShape.award,
  period: evaluationRequestShape.period,
  /** The cap: the Government flag rule over N cluster leaders, a share of a count, or a count. */
  quota: z.union([
    z.strictObject({ rule: z.literal('government-flag'), leaders: z.number().int().min(0), percent: z.number().positive().max(20).optional() }),
    z.strictObject({ percent: z.number().positive().max(100), of: z.number().int().min(0), rounding: z.enum(['floor', 'ceil', 'round']) }),
    z.strictObject({ count: z.number().int().min(0) }),
  ]),
  candidates: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        vote: z.strictObject({ inFavour: z.number().int().min(0), members: z.number().int().positive() }).optional(),
        female: z.boolean().optional(),
        womenShare: z.number().min(0).max(100).optional(),
        directWorker: z.boolean().optional(),
        subject: subjectSchema.optional(),
      }),
    )
    .min(1),
  expect: z.strictObject({ selected: z.array(z.string().min(1)), places: z.number().int().min(0).optional() }),
});
/** See {@link unitReviewCaseSchema}. */
export type UnitReviewCase = z.infer<typeof unitReviewCaseSchema>;

/** Evaluates and allocates a unit-review case. */
export function runUnitReview(engine: Engine, c: UnitReviewCase): { result: QuotaResult; ineligible: string[] } {
  const ineligible: string[] = [];
  const eligible = c.candidates.filter((cand) => {
    if (!cand.subject) return true;
    const d = engine.evaluate({ asOf: c.asOf, award: c.award, period: c.period, subject: cand.subject });
    if (d.outcome !== 'eligible') ineligible.push(cand.id);
    return d.outcome === 'eligible';
  });
  const q = c.quota;
  const candidates = eligible.map(({ subject: _s, ...rest }) => rest);
  if ('rule' in q) return { result: governmentFlagQuota(q.leaders, candidates, q.percent), ineligible };
  const note = msg('Chỉ tiêu theo quy định của đơn vị/tỉnh nêu trong hồ sơ', 'Cap set by the unit or province rule cited in the case');
  const citation = { ...cite.law('quoted', { article: 5, clause: 2, note: note.vi }) };
  const cap: QuotaCap = 'count' in q ? { kind: 'count', count: q.count, citation } : { kind: 'share', percent: q.percent, of: q.of, rounding: q.rounding, citation };
  return { result: allocateQuota(candidates, cap), ineligible };
}
