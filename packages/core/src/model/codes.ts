import { z } from 'zod';

/**
 * Annual task-completion rating (xếp loại chất lượng), best first:
 * HTXSNV (completed tasks excellently) > HTTNV (well) > HTNV (completed) > KHTNV (did not complete).
 * Source: Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP.
 */
export const ratingSchema = z.enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
/** See {@link ratingSchema}. */
export type Rating = z.infer<typeof ratingSchema>;

const RATING_RANK: Record<Rating, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 };

/** True when rating `r` is at least `min` (e.g. "good or better" is `atLeastRating(r, 'HTTNV')`). */
export function atLeastRating(r: Rating | undefined, min: Rating): boolean {
  return r !== undefined && RATING_RANK[r] >= RATING_RANK[min];
}

/** Kinds of subject (Law Art 2): cá nhân, tập thể, hộ gia đình. */
export const subjectKindSchema = z.enum(['individual', 'collective', 'household']);
/** See {@link subjectKindSchema}. */
export type SubjectKind = z.infer<typeof subjectKindSchema>;

/** Groups of individuals the Law treats separately (officials by default). */
export const subjectGroupSchema = z.enum(['official', 'worker', 'armed-forces', 'entrepreneur', 'foreigner']);
/** See {@link subjectGroupSchema}. */
export type SubjectGroup = z.infer<typeof subjectGroupSchema>;

/** Discipline forms, lightest first (khiển trách … buộc thôi việc). */
export const disciplineFormSchema = z.enum(['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec']);
/** See {@link disciplineFormSchema}. */
export type DisciplineForm = z.infer<typeof disciplineFormSchema>;

/** True when discipline form `f` is `from` or heavier ("từ hình thức X trở lên"). */
export function atLeastDiscipline(f: DisciplineForm, from: DisciplineForm): boolean {
  const order = disciplineFormSchema.options;
  return order.indexOf(f) >= order.indexOf(from);
}

/** Types of commendation (loại hình khen thưởng, Law Art 8). Only `cong-trang` feeds merit chains. */
export const awardTypeSchema = z.enum(['cong-trang', 'phong-trao', 'dot-xuat', 'cong-hien', 'nien-han', 'doi-ngoai']);
/** See {@link awardTypeSchema}. */
export type AwardType = z.infer<typeof awardTypeSchema>;

/** Scope at which an initiative's effect was recognised: grassroots, ministry/sector/province, nationwide. */
export const initiativeScopeSchema = z.enum(['co-so', 'bo-nganh-tinh', 'toan-quoc']);
/** See {@link initiativeScopeSchema}. */
export type InitiativeScope = z.infer<typeof initiativeScopeSchema>;

/** True when scope `s` is at least `min`. */
export function atLeastScope(s: InitiativeScope, min: InitiativeScope): boolean {
  const order = initiativeScopeSchema.options;
  return order.indexOf(s) >= order.indexOf(min);
}

/** Initiative (sáng kiến), accepted research topic, or combat ingenuity. */
export const initiativeKindSchema = z.enum(['initiative', 'research-topic', 'combat-ingenuity']);
/** Kinds of leave; which count as working time is a rule-pack matter. */
export const leaveKindSchema = z.enum(['maternity', 'sick', 'injury-rescue', 'training', 'unpaid', 'other']);
/** See {@link leaveKindSchema}. */
export type LeaveKind = z.infer<typeof leaveKindSchema>;
/** Transfer (điều động) or secondment (biệt phái). */
export const transferKindSchema = z.enum(['transfer', 'secondment']);
/** Open matters that block awards: discipline review, inspection/investigation, complaint being verified. */
export const pendingKindSchema = z.enum(['discipline-review', 'inspection', 'complaint']);
/** See {@link pendingKindSchema}. */
export type PendingKind = z.infer<typeof pendingKindSchema>;
/** The three outcomes of an evaluation. */
export const outcomeSchema = z.enum(['eligible', 'ineligible', 'needs-review']);
/** See {@link outcomeSchema}. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** When a proposal is made: year-end review (default), emulation congress, movement review, extraordinary. */
export const occasionSchema = z.enum(['year-end', 'congress', 'movement-review', 'extraordinary']);
/** See {@link occasionSchema}. */
export type Occasion = z.infer<typeof occasionSchema>;

/** An award code: ASCII kebab-case slug from the catalog (e.g. `chien-si-thi-dua-co-so`). */
export const awardCodeSchema = z
  .string()
  .refine((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), {
    message: 'Award codes are kebab-case',
    params: { vi: 'Mã danh hiệu/hình thức phải viết dạng kebab-case (vd. lao-dong-tien-tien)', en: 'Award codes are ASCII kebab-case (e.g. lao-dong-tien-tien)' },
  });

/** A plugin id (province or sector), kebab-case. */
export const pluginIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
