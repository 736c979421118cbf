import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import {
  awardCodeSchema,
  awardTypeSchema,
  disciplineFormSchema,
  initiativeKindSchema,
  initiativeScopeSchema,
  leaveKindSchema,
  pendingKindSchema,
  ratingSchema,
  subjectGroupSchema,
  subjectKindSchema,
  transferKindSchema,
} from './codes.js';

const year = z.number().int().min(1945).max(2100);
const text = z.string().transform((s) => s.normalize('NFC'));

/** One emulation year of a subject's history. */
export const yearRecordSchema = z.strictObject({
  /** The emulation year (for school years: the calendar year in which it ends). */
  year,
  /** The annual task-completion rating (absent: not known / not rated). */
  rating: ratingSchema.optional(),
  /** Emulation titles awarded for that year (facts, never re-judged). */
  titles: z.array(awardCodeSchema).optional(),
  /** Registered for emulation that year. */
  registered: z.boolean().optional(),
});
/** See {@link yearRecordSchema}. */
export type YearRecord = z.infer<typeof yearRecordSchema>;

/** A leadership or management post held (for career-contribution awards). */
export const positionSchema = z.strictObject({ title: text, from: isoDateSchema, to: isoDateSchema.optional() });

/** A leave period; which kinds count as working time is decided by the rule pack. */
export const leaveSchema = z.strictObject({ kind: leaveKindSchema, from: isoDateSchema, to: isoDateSchema });
/** See {@link leaveSchema}. */
export type Leave = z.infer<typeof leaveSchema>;

/** A transfer or secondment between units. */
export const transferSchema = z.strictObject({
  date: isoDateSchema,
  kind: transferKindSchema,
  fromUnit: text.optional(),
  toUnit: text.optional(),
  /** The other unit's written comments were given (absent = not given). */
  commentsFromOtherUnit: z.boolean().optional(),
});
/** See {@link transferSchema}. */
export type Transfer = z.infer<typeof transferSchema>;

/** A disciplinary decision. */
export const disciplineSchema = z.strictObject({
  form: disciplineFormSchema,
  decidedOn: isoDateSchema,
  /** End of the disciplinary period. */
  until: isoDateSchema.optional(),
  /** The year of the violation, when the decision came later. */
  forYear: year.optional(),
});
/** See {@link disciplineSchema}. */
export type Discipline = z.infer<typeof disciplineSchema>;

/** An open matter that blocks awards (Decree 98/2023 and 152/2025 Art 4 cl 4). */
export const pendingSchema = z.strictObject({ kind: pendingKindSchema, since: isoDateSchema });
/** See {@link pendingSchema}. */
export type Pending = z.infer<typeof pendingSchema>;

/** An administrative penalty (xử phạt vi phạm hành chính). */
export const penaltySchema = z.strictObject({ date: isoDateSchema });

/** A title or commendation already held (a fact: never re-validated). */
export const awardHeldSchema = z.strictObject({
  award: awardCodeSchema,
  /** Achievement period written in the decision, `[firstYear, lastYear]`; absent = none written. */
  period: z.tuple([year, year]).optional(),
  /** Type of commendation; absent = not known (needs-review where it decides). */
  type: awardTypeSchema.optional(),
  decidedOn: isoDateSchema.optional(),
  issuer: text.optional(),
  decisionNo: text.optional(),
  /** `cancelled`: decision cancelled under Law Art 93 cl 2; it then counts for nothing. */
  status: z.enum(['active', 'cancelled']).optional(),
});
/** See {@link awardHeldSchema}. */
export type AwardHeld = z.infer<typeof awardHeldSchema>;

/** An initiative, accepted research topic or combat ingenuity, with the level that recognised it. */
export const initiativeSchema = z.strictObject({
  id: z.string().min(1).transform((s) => s.normalize('NFC')),
  year,
  scope: initiativeScopeSchema,
  kind: initiativeKindSchema.optional(),
  /** What it was already counted for (one initiative, one use); absent = unused. */
  usedFor: z.strictObject({ award: awardCodeSchema, year }).optional(),
});
/** See {@link initiativeSchema}. */
export type Initiative = z.infer<typeof initiativeSchema>;

const count = z.number().int().min(0);

/** A collective's members' results for the period. Title counts are inclusive. */
export const membersSchema = z.strictObject({
  /** Everyone on the collective's staff list for the year. */
  total: z.number().int().positive(),
  ratings: z.strictObject({ HTXSNV: count.optional(), HTTNV: count.optional(), HTNV: count.optional(), KHTNV: count.optional() }).optional(),
  titles: z.record(awardCodeSchema, count).optional(),
  discipline: z.partialRecord(disciplineFormSchema, count).optional(),
});
/** See {@link membersSchema}. */
export type Members = z.infer<typeof membersSchema>;

/**
 * A subject of emulation and commendation: an individual, a collective or a household, with the
 * facts of its history. Every field but `kind` is optional; absent lists mean none.
 */
export const subjectSchema = z
  .strictObject({
    kind: subjectKindSchema,
    /** Optional identifier (roster code), NFC. */
    id: text.optional(),
    /** Optional name (họ tên / tên tập thể), NFC. */
    name: text.optional(),
    /** Optional unit name (đơn vị), NFC. */
    unit: text.optional(),
    group: subjectGroupSchema.optional(),
    sex: z.enum(['female', 'male']).optional(),
    ethnicMinority: z.boolean().optional(),
    directWorker: z.boolean().optional(),
    status: z.enum(['active', 'retired', 'deceased']).optional(),
    /** Start of continuous public service, any contract type. */
    recruited: isoDateSchema.optional(),
    /** Joined the current unit (default: recruited). */
    joined: isoDateSchema.optional(),
    positions: z.array(positionSchema).optional(),
    years: z.array(yearRecordSchema).optional(),
    leaves: z.array(leaveSchema).optional(),
    transfers: z.array(transferSchema).optional(),
    discipline: z.array(disciplineSchema).optional(),
    pending: z.array(pendingSchema).optional(),
    penalties: z.array(penaltySchema).optional(),
    awards: z.array(awardHeldSchema).optional(),
    initiatives: z.array(initiativeSchema).optional(),
    members: membersSchema.optional(),
    household: z.strictObject({ membersDisciplined: count.optional() }).optional(),
    /** A collective's own rating for the period. */
    rating: ratingSchema.optional(),
    /**
     * Collectives formed by a reorganisation: the units it succeeded and the date it took over
     * (years before that date belong to those units).
     */
    predecessors: z.array(z.strictObject({ unit: text, until: isoDateSchema, kind: z.enum(['merge', 'split', 'rename']) })).optional(),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<number>();
    s.years?.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: 'duplicate year', params: { vi: `Năm ${y.year} bị lặp`, en: `Year ${y.year} appears twice` } });
      seen.add(y.year);
    });
    s.leaves?.forEach((l, i) => {
      if (l.to < l.from) ctx.addIssue({ code: 'custom', path: ['leaves', i, 'to'], message: 'end before start', params: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'End date is before the start date' } });
    });
    s.awards?.forEach((a, i) => {
      if (a.period && a.period[1] < a.period[0]) ctx.addIssue({ code: 'custom', path: ['awards', i, 'period'], message: 'period reversed', params: { vi: 'Khoảng thời gian thành tích bị đảo ngược', en: 'Achievement period is reversed' } });
    });
    s.discipline?.forEach((d, i) => {
      if (d.until && d.until < d.decidedOn) ctx.addIssue({ code: 'custom', path: ['discipline', i, 'until'], message: 'end before decision', params: { vi: 'Thời hạn kỷ luật kết thúc trước ngày quyết định', en: 'The disciplinary period ends before the decision date' } });
    });
    s.positions?.forEach((p, i) => {
      if (p.to && p.to < p.from) ctx.addIssue({ code: 'custom', path: ['positions', i, 'to'], message: 'end before start', params: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'End date is before the start date' } });
    });
    const ids = new Set<string>();
    s.initiatives?.forEach((x, i) => {
      if (ids.has(x.id)) ctx.addIssue({ code: 'custom', path: ['initiatives', i, 'id'], message: 'duplicate id', params: { vi: `Mã sáng kiến ${x.id} bị lặp`, en: `Initiative id ${x.id} appears twice` } });
      ids.add(x.id);
    });
    if (s.members) {
      const r = s.members.ratings ?? {};
      const sum = (r.HTXSNV ?? 0) + (r.HTTNV ?? 0) + (r.HTNV ?? 0) + (r.KHTNV ?? 0);
      if (sum > s.members.total)
        ctx.addIssue({ code: 'custom', path: ['members', 'ratings'], message: 'more ratings than members', params: { vi: `Tổng số xếp loại (${sum}) vượt quá số thành viên (${s.members.total})`, en: `Ratings add up to ${sum}, more than the ${s.members.total} members` } });
      for (const [code, n] of Object.entries(s.members.titles ?? {})) {
        if (n > s.members.total)
          ctx.addIssue({ code: 'custom', path: ['members', 'titles', code], message: 'more titles than members', params: { vi: `Số danh hiệu ${code} (${n}) vượt quá số thành viên`, en: `Count for ${code} (${n}) exceeds the members` } });
      }
    }
  });
/** See {@link subjectSchema}. */
export type Subject = z.infer<typeof subjectSchema>;
/** Input shape of {@link subjectSchema} (before NFC normalisation). */
export type SubjectInput = z.input<typeof subjectSchema>;
