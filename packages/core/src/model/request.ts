import { z } from 'zod';
import { isoDateSchema, yearOf } from '../dates.js';
import { awardCodeSchema, occasionSchema, pluginIdSchema } from './codes.js';
import { subjectSchema } from './subject.js';

/** The emulation council's vote on a proposal. Its share is `inFavour / members`. */
export const councilVoteSchema = z
  .strictObject({
    level: z.enum(['unit', 'ministry-province', 'central']).optional(),
    /** Total membership: the denominator of every council share. */
    members: z.number().int().positive(),
    /** Votes in favour, favourable written opinions included. */
    inFavour: z.number().int().min(0),
    /** Of which: absent members' written opinions. */
    writtenOpinions: z.number().int().min(0).optional(),
  })
  .refine((c) => c.inFavour <= c.members, { message: 'more votes than members', path: ['inFavour'], params: { vi: 'Số phiếu đồng ý lớn hơn số thành viên hội đồng', en: 'More votes in favour than council members' } })
  .refine((c) => (c.writtenOpinions ?? 0) <= c.inFavour, { message: 'more written opinions than votes', path: ['writtenOpinions'], params: { vi: 'Số ý kiến bằng văn bản lớn hơn số phiếu đồng ý', en: 'More written opinions than votes in favour' } });
/** See {@link councilVoteSchema}. */
export type CouncilVote = z.infer<typeof councilVoteSchema>;

/** A community meeting vote (households, villages). */
export const meetingVoteSchema = z
  .strictObject({ invited: z.number().int().positive(), present: z.number().int().min(0), inFavour: z.number().int().min(0) })
  .refine((m) => m.present <= m.invited && m.inFavour <= m.present, { message: 'inconsistent meeting counts', params: { vi: 'Số có mặt/đồng ý không khớp với số được mời', en: 'Present/in-favour counts exceed the invited/present counts' } });
/** See {@link meetingVoteSchema}. */
export type MeetingVote = z.infer<typeof meetingVoteSchema>;

/** The fields of an evaluation request, as an object shape (reused by the case-file format). */
export const evaluationRequestShape = {
  /** The date the case is decided: selects the rules in force. Never the wall clock. */
  asOf: isoDateSchema,
  /** When the dossier was sent (default `asOf`); transition clauses key on it. */
  submittedOn: isoDateSchema.optional(),
  /** Catalog code of the award proposed. */
  award: awardCodeSchema,
  /** The emulation year the proposal is for (last year of a window). */
  period: z.number().int().min(1945).max(2100),
  subject: subjectSchema,
  council: councilVoteSchema.optional(),
  meeting: meetingVoteSchema.optional(),
  occasion: occasionSchema.optional(),
  /** Id of a provincial plugin to apply on top of the national rules. */
  province: pluginIdSchema.optional(),
  /** Id of a sector plugin (ministry/branch). */
  sector: pluginIdSchema.optional(),
};

/** Cross-field checks shared by requests and case files: no fact after `asOf`, period not after it. */
export function checkRequestConsistency(r: { asOf: string; period: number; submittedOn?: string | undefined; subject: z.infer<typeof subjectSchema> }, ctx: z.core.$RefinementCtx): void {
  if (!r.subject) return;
  const asOfYear = yearOf(r.asOf);
  if (r.period > asOfYear)
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'period after asOf', params: { vi: `Năm đề nghị ${r.period} sau ngày xét ${r.asOf}`, en: `Period ${r.period} is after asOf ${r.asOf}` } });
  r.subject.years?.forEach((y, i) => {
    if (y.year > asOfYear)
      ctx.addIssue({ code: 'custom', path: ['subject', 'years', i, 'year'], message: 'year after asOf', params: { vi: `Năm ${y.year} sau ngày xét ${r.asOf}`, en: `Year ${y.year} is after asOf ${r.asOf}` } });
  });
  r.subject.awards?.forEach((a, i) => {
    if (a.decidedOn && a.decidedOn > r.asOf)
      ctx.addIssue({ code: 'custom', path: ['subject', 'awards', i, 'decidedOn'], message: 'decision after asOf', params: { vi: `Quyết định ngày ${a.decidedOn} sau ngày xét`, en: `Decision dated ${a.decidedOn} is after asOf` } });
  });
  const after = (path: (string | number)[], date: string | undefined, what: string, whatEn: string) => {
    if (date && date > r.asOf) ctx.addIssue({ code: 'custom', path, message: `${whatEn} after asOf`, params: { vi: `${what} (${date}) sau ngày xét ${r.asOf}`, en: `${whatEn} (${date}) is after asOf ${r.asOf}` } });
  };
  after(['submittedOn'], r.submittedOn, 'Ngày gửi hồ sơ', 'The dossier date');
  r.subject.discipline?.forEach((d, i) => after(['subject', 'discipline', i, 'decidedOn'], d.decidedOn, 'Quyết định kỷ luật', 'A disciplinary decision'));
  r.subject.pending?.forEach((p, i) => after(['subject', 'pending', i, 'since'], p.since, 'Vụ việc đang xem xét', 'An open matter'));
  r.subject.penalties?.forEach((p, i) => after(['subject', 'penalties', i, 'date'], p.date, 'Xử phạt hành chính', 'An administrative penalty'));
  r.subject.transfers?.forEach((t, i) => after(['subject', 'transfers', i, 'date'], t.date, 'Điều động', 'A transfer'));
  r.subject.positions?.forEach((p, i) => after(['subject', 'positions', i, 'from'], p.from, 'Chức vụ', 'A post'));
  r.subject.leaves?.forEach((l, i) => after(['subject', 'leaves', i, 'from'], l.from, 'Kỳ nghỉ', 'A leave'));
  r.subject.initiatives?.forEach((x, i) => {
    if (x.year > asOfYear) ctx.addIssue({ code: 'custom', path: ['subject', 'initiatives', i, 'year'], message: 'initiative after asOf', params: { vi: `Sáng kiến năm ${x.year} sau ngày xét ${r.asOf}`, en: `Initiative of ${x.year} is after asOf ${r.asOf}` } });
  });
  if (r.subject.recruited && r.subject.recruited > r.asOf)
    ctx.addIssue({ code: 'custom', path: ['subject', 'recruited'], message: 'recruited after asOf', params: { vi: 'Ngày tuyển dụng sau ngày xét', en: 'Recruitment date is after asOf' } });
}

/**
 * What the engine evaluates: one subject, one award, one period, decided on `asOf`.
 */
export const evaluationRequestSchema = z.strictObject(evaluationRequestShape).superRefine(checkRequestConsistency);
/** See {@link evaluationRequestSchema}. */
export type EvaluationRequest = z.infer<typeof evaluationRequestSchema>;
/** Input shape of {@link evaluationRequestSchema}. */
export type EvaluationRequestInput = z.input<typeof evaluationRequestSchema>;
