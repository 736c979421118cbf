import { citationSchema, isoDateSchema, ratingSchema, subjectKindSchema, type Message } from '@tdkt/core';
import { z } from 'zod';

const message = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const text = z.string().min(1).transform((s) => s.normalize('NFC'));

/**
 * The stages of an exemplary model (điển hình tiên tiến), in order: discovered → built and
 * nurtured → selected and presented → replicated → honoured → followed (Law 06/2022 Art 17: checking,
 * guiding and replicating typical examples is a step of every movement; the stages are those of the
 * provincial plans, e.g. Hội An 2022–2025).
 */
export const STAGES = ['phat-hien', 'xay-dung-boi-duong', 'binh-chon-gioi-thieu', 'nhan-rong', 'bieu-duong-ton-vinh', 'hoc-tap-lam-theo'] as const;
/** A stage code. */
export type Stage = (typeof STAGES)[number];
/** Vietnamese and English names of the stages. */
export const STAGE_NAMES: Record<Stage, Message> = {
  'phat-hien': { vi: 'Phát hiện', en: 'Discovered' },
  'xay-dung-boi-duong': { vi: 'Xây dựng, bồi dưỡng', en: 'Built and nurtured' },
  'binh-chon-gioi-thieu': { vi: 'Bình chọn, giới thiệu', en: 'Selected and presented' },
  'nhan-rong': { vi: 'Nhân rộng', en: 'Replicated' },
  'bieu-duong-ton-vinh': { vi: 'Biểu dương, tôn vinh, khen thưởng', en: 'Honoured and rewarded' },
  'hoc-tap-lam-theo': { vi: 'Học tập, làm theo', en: 'Followed' },
};

/** Fields of achievement (as plans count them). */
export const fieldSchema = z.enum(['economy', 'agriculture', 'culture-society', 'education', 'health', 'defence-security', 'political-system', 'environment', 'science-technology', 'other']);
/** See {@link fieldSchema}. */
export type Field = z.infer<typeof fieldSchema>;
/** Vietnamese and English names of the fields. */
export const FIELD_NAMES: Record<Field, Message> = {
  economy: { vi: 'Kinh tế', en: 'Economy' },
  agriculture: { vi: 'Nông nghiệp', en: 'Agriculture' },
  'culture-society': { vi: 'Văn hóa – xã hội', en: 'Culture and society' },
  education: { vi: 'Giáo dục', en: 'Education' },
  health: { vi: 'Y tế', en: 'Health' },
  'defence-security': { vi: 'Quốc phòng – an ninh', en: 'Defence and security' },
  'political-system': { vi: 'Hệ thống chính trị', en: 'Political system' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  'science-technology': { vi: 'Khoa học – công nghệ', en: 'Science and technology' },
  other: { vi: 'Khác', en: 'Other' },
};

/** A movement (phong trào thi đua) a model comes from. */
export const movementSchema = z.strictObject({
  id: z.string().min(1),
  name: message,
  /** Who launched it (Law Art 18). */
  launchedBy: text,
  kind: z.enum(['regular', 'thematic']),
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  /** The launching document, cited in the proposals the movement yields. */
  citation: citationSchema,
});
/** See {@link movementSchema}. */
export type Movement = z.infer<typeof movementSchema>;

/** An exemplary model: a collective, individual or household standing out in a movement. */
export const exemplarSchema = z.strictObject({
  id: z.string().min(1),
  name: text,
  subjectKind: subjectKindSchema,
  /** Discovering (and managing) unit id. */
  unit: z.string().min(1),
  movement: z.string().min(1),
  field: fieldSchema,
  scope: z.enum(['comprehensive', 'single-field']),
  /** Facts the general criteria read; attestations are presumed unless contradicted. */
  evidence: z
    .strictObject({
      rating: ratingSchema.optional(),
      initiatives: z.number().int().min(0).optional(),
      leading: z.boolean().optional(),
      socialActivities: z.number().int().min(0).optional(),
      disciplined: z.boolean().optional(),
    })
    .default({}),
  stages: z.array(z.strictObject({ stage: z.enum(STAGES), date: isoDateSchema, actor: text.optional(), note: text.optional() })).min(1),
});
/** See {@link exemplarSchema}. */
export type Exemplar = z.infer<typeof exemplarSchema>;

/** Forms of propagation named by the plans. */
export const activityFormSchema = z.enum(['mass-media', 'talk-exchange', 'field-visit', 'writing-contest', 'culture-arts']);
/** A form of propagation. */
export type ActivityForm = z.infer<typeof activityFormSchema>;
/** Vietnamese and English names of the forms of propagation. */
export const FORM_NAMES: Record<ActivityForm, Message> = {
  'mass-media': { vi: 'Thông tin đại chúng', en: 'Mass media' },
  'talk-exchange': { vi: 'Tọa đàm, giao lưu, chia sẻ kinh nghiệm', en: 'Talks and exchanges' },
  'field-visit': { vi: 'Tham quan học tập', en: 'Field visits' },
  'writing-contest': { vi: 'Cuộc thi viết về phong trào, điển hình', en: 'Writing contests' },
  'culture-arts': { vi: 'Văn hóa, văn nghệ, cổ động trực quan', en: 'Culture, arts and visual propaganda' },
};
/** Content categories of propagation. */
export const activityContentSchema = z.enum(['ho-chi-minh-thought-and-law', 'movements-and-results', 'sector-models']);
/** A content category of propagation. */
export type ActivityContent = z.infer<typeof activityContentSchema>;
/** Vietnamese and English names of the content categories. */
export const CONTENT_NAMES: Record<ActivityContent, Message> = {
  'ho-chi-minh-thought-and-law': { vi: 'Tư tưởng Hồ Chí Minh về thi đua ái quốc; chính sách, pháp luật về thi đua, khen thưởng', en: "Hồ Chí Minh's thought on patriotic emulation; the policy and law on emulation and commendation" },
  'movements-and-results': { vi: 'Các phong trào thi đua của Trung ương, tỉnh, địa phương và kết quả', en: 'The movements launched by the central, provincial and local levels and their results' },
  'sector-models': { vi: 'Điển hình tiên tiến trên các ngành, lĩnh vực', en: 'Exemplary models per sector' },
};

/** A propagation activity (tuyên truyền): date, unit, form, content, the models featured, its reach. */
export const activitySchema = z.strictObject({
  id: z.string().min(1),
  date: isoDateSchema,
  unit: z.string().min(1),
  form: activityFormSchema,
  content: activityContentSchema,
  models: z.array(z.string().min(1)),
  /** People reached (audience, readers, participants). */
  reach: z.number().int().min(0),
});
/** See {@link activitySchema}. */
export type Activity = z.infer<typeof activitySchema>;

/** A unit adopting a model (nhân rộng), with the result. */
export const replicationSchema = z.strictObject({ model: z.string().min(1), unit: z.string().min(1), date: isoDateSchema, fromUnit: z.string().min(1).optional(), result: text.optional() });
/** See {@link replicationSchema}. */
export type Replication = z.infer<typeof replicationSchema>;

/** A plan of a unit for a period, with its targets. */
export const planSchema = z.strictObject({
  unit: z.string().min(1),
  from: isoDateSchema,
  to: isoDateSchema,
  targets: z.strictObject({
    modelsByField: z.partialRecord(fieldSchema, z.number().int().min(0)).default({}),
    activitiesByForm: z.partialRecord(activityFormSchema, z.number().int().min(0)).default({}),
    replications: z.number().int().min(0).default(0),
  }),
});
/** See {@link planSchema}. */
export type Plan = z.infer<typeof planSchema>;
