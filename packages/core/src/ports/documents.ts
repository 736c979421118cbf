/**
 * The typed document models the exporters render: a proposal list (danh sách đề nghị) for one
 * award and year, an explanation report (báo cáo giải trình) and a dossier (hồ sơ đề nghị: tờ
 * trình, danh sách, biên bản họp Hội đồng). Each has a zod schema; exporters validate with it.
 *
 * @packageDocumentation
 */
import { isoDateSchema } from '../dates.js';
import { z } from 'zod';
import { outcomeSchema, subjectKindSchema } from '../model/codes.js';

const text = z.string().transform((s) => s.normalize('NFC'));
const nonEmpty = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .refine((s) => s.length > 0, { message: 'empty', params: { vi: 'Không được để trống', en: 'Must not be empty' } });
/** A string matching `re`, with a bilingual message on failure. */
const matching = (re: RegExp, vi: string, en: string) => z.string().refine((s) => re.test(s), { message: en, params: { vi, en } });
const message = z.object({ vi: text, en: text });
const isoDate = isoDateSchema;
const year = z.number().int().min(1945).max(2100);
const code = matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã danh hiệu/hình thức phải viết dạng kebab-case (vd. lao-dong-tien-tien)', 'Award codes are ASCII kebab-case (e.g. lao-dong-tien-tien)');

/** The award a document is about: its catalog code and names (a {@link CatalogEntry} fits). */
export const awardRefSchema = z.object({
  code,
  nameVi: nonEmpty,
  nameEn: nonEmpty,
  /** `emulation-title` (danh hiệu thi đua) or `commendation` (hình thức khen thưởng). */
  kind: z.enum(['emulation-title', 'commendation']).optional(),
});
/** See {@link awardRefSchema}. */
export type AwardRef = z.input<typeof awardRefSchema>;

/**
 * Personal data of a listed person. Masked by default in every export (privacy by purpose); an
 * export shows it only with `ExportOptions.personalData` and a stated purpose.
 */
export const personalDataSchema = z.object({
  /** National ID (số định danh cá nhân / CCCD), 9 or 12 digits. */
  nationalId: matching(/^\d{9}(\d{3})?$/, 'Số định danh cá nhân gồm 12 (hoặc 9) chữ số', 'A national ID has 12 (or 9) digits').optional(),
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth: isoDate.optional(),
  /** Sex as the LP templates code it. */
  gender: z.enum(['NAM', 'NU']).optional(),
});
/** See {@link personalDataSchema}. */
export type PersonalData = z.input<typeof personalDataSchema>;

/** A decision's explanation hash as documents print it: 12 to 64 lowercase hex digits. */
const explanationHashRef = matching(/^[0-9a-f]{12,64}$/, 'Mã đối chiếu phải là chuỗi hex', 'The hash must be lowercase hex');

/** One line of a proposal list. */
export const proposalRowSchema = z.object({
  /** Full name of the person, or the collective's name. */
  name: nonEmpty,
  /** Unit (đơn vị công tác). */
  unit: text,
  outcome: outcomeSchema,
  /** Why: the deciding criteria, Vietnamese and English. */
  reasons: message,
  /** The decision's explanation hash (64 hex; lists print the first 12). */
  hash: explanationHashRef,
  position: text.optional(),
  subjectKind: subjectKindSchema.optional(),
  personal: personalDataSchema.optional(),
});
/** See {@link proposalRowSchema}. */
export type ProposalRow = z.input<typeof proposalRowSchema>;

/** The body issuing a document (Decree 30/2020 boxes 2–4). */
export const issuerSchema = z.object({
  /** Tên cơ quan chủ quản trực tiếp (upper-cased when printed), optional. */
  parent: text.optional(),
  /** Tên cơ quan ban hành, e.g. "Ủy ban nhân dân phường Hải Vân". */
  name: nonEmpty,
  /** Ký hiệu of the body in document numbers, e.g. "UBND". */
  abbreviation: matching(/^[A-ZĐ0-9-]+$/, 'Ký hiệu cơ quan viết hoa, không dấu cách', 'The body abbreviation is upper case without spaces'),
  /** Địa danh for the date line, e.g. "Đà Nẵng". */
  place: nonEmpty,
});
/** See {@link issuerSchema}. */
export type Issuer = z.input<typeof issuerSchema>;

/** A proposal list (danh sách đề nghị) for one award and one year. */
export const proposalListSchema = z.object({
  kind: z.literal('proposal-list'),
  award: awardRefSchema,
  year,
  /** Date of the review (YYYY-MM-DD); also the date printed on the list. */
  asOf: isoDate,
  issuer: issuerSchema.optional(),
  rows: z.array(proposalRowSchema),
  /** A note printed under the title. */
  note: message.optional(),
});
/** See {@link proposalListSchema}. */
export type ProposalList = z.input<typeof proposalListSchema>;

/** One node of an explanation in a report: texts and citations already formatted. */
export interface ReportNode {
  outcome: z.infer<typeof outcomeSchema>;
  /** What was found (leaves) or what is required (groups). */
  text: { vi: string; en: string };
  /** Citations formatted for people, e.g. "Luật 06/2022/QH15 Điều 24 khoản 1". */
  citations: string[];
  /** Route label of an alternative, e.g. "74.1.d". */
  route?: string;
  /** A step still to be done (e.g. the council vote). */
  procedural?: boolean;
  /** On the path that decided the outcome. */
  decisive?: boolean;
  children: ReportNode[];
}
const reportNodeSchema: z.ZodType<ReportNode> = z.lazy(() =>
  z.object({
    outcome: outcomeSchema,
    text: z.object({ vi: z.string(), en: z.string() }),
    citations: z.array(z.string()),
    route: z.string().optional(),
    procedural: z.boolean().optional(),
    decisive: z.boolean().optional(),
    children: z.array(reportNodeSchema),
  }),
);

/** One explained decision in a report. */
export const reportEntrySchema = z.object({
  award: awardRefSchema,
  name: nonEmpty,
  unit: text,
  outcome: outcomeSchema,
  hash: explanationHashRef,
  explanation: reportNodeSchema,
});
/** See {@link reportEntrySchema}. */
export type ReportEntry = z.input<typeof reportEntrySchema>;

/** The explanation report (báo cáo giải trình): every decision with its cited tree. */
export const explanationReportSchema = z.object({
  kind: z.literal('explanation-report'),
  year,
  asOf: isoDate,
  /** Rule packs applied, e.g. `["vn@0.1.0"]`. */
  rulePacks: z.array(z.string()),
  entries: z.array(reportEntrySchema),
  note: message.optional(),
});
/** See {@link explanationReportSchema}. */
export type ExplanationReport = z.input<typeof explanationReportSchema>;

/** The council meeting (họp Hội đồng Thi đua - Khen thưởng) that voted on the list. */
export const councilSchema = z.object({
  /** Council name, e.g. "Hội đồng Thi đua - Khen thưởng phường Hải Vân". */
  name: nonEmpty,
  meetingDate: isoDate,
  /** Total membership (the base of the vote share). */
  members: z.number().int().min(1),
  present: z.number().int().min(0),
  chair: text.optional(),
  secretary: text.optional(),
  /**
   * Share of the total membership required, in (0, 1]: 0.8 for Chiến sĩ thi đua cơ sở (Decree
   * 98/2023 Art 30 cl 7), 0.9 for higher fighter titles.
   */
  threshold: z.number().gt(0).max(1),
  /** Votes in favour per listed name, in list order (missing: not yet voted). */
  votes: z.array(z.object({ name: nonEmpty, inFavour: z.number().int().min(0) })),
});
/** See {@link councilSchema}. */
export type Council = z.input<typeof councilSchema>;

/** The dossier (hồ sơ đề nghị) of one award: tờ trình, danh sách đề nghị, biên bản họp Hội đồng. */
export const dossierSchema = z.object({
  kind: z.literal('dossier'),
  award: awardRefSchema,
  year,
  /** Date printed on the documents (YYYY-MM-DD). */
  asOf: isoDate,
  issuer: issuerSchema,
  /** Kính gửi: the body the tờ trình goes to. */
  recipient: nonEmpty,
  /** Document number; a draft leaves it out and prints "Số:      /TTr-<ký hiệu>". */
  number: z.number().int().min(1).optional(),
  rows: z.array(proposalRowSchema),
  /** "Căn cứ" lines of the tờ trình; by default the Law and the decree in force on `asOf`. */
  basis: z.array(nonEmpty).optional(),
  council: councilSchema,
  /** The signer (no signature or seal image is ever drawn). */
  signer: z.object({
    /** e.g. "TM. ỦY BAN NHÂN DÂN" (Decree 30 box 7a). */
    authority: text.optional(),
    /** e.g. "CHỦ TỊCH". */
    title: nonEmpty,
    name: text,
  }),
  note: message.optional(),
});
/** See {@link dossierSchema}. */
export type Dossier = z.input<typeof dossierSchema>;

/** Any document an exporter takes. */
export const exportDocumentSchema = z.discriminatedUnion('kind', [proposalListSchema, explanationReportSchema, dossierSchema]);
/** See {@link exportDocumentSchema}. */
export type ExportDocument = z.input<typeof exportDocumentSchema>;
/** A document after validation: strings in NFC, trimmed where it matters. */
export type ValidDocument = z.output<typeof exportDocumentSchema>;
/** The kinds of document. */
export type ExportKind = ExportDocument['kind'];
/** Every document kind, in a stable order. */
export const EXPORT_KINDS: readonly ExportKind[] = ['proposal-list', 'explanation-report', 'dossier'];
