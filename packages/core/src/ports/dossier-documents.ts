/**
 * The other documents of a commendation dossier (hồ sơ khen thưởng), rendered by
 * `@tdkt/export-docx`: the achievement report of an individual or a collective (báo cáo thành
 * tích; Decree 152/2025/NĐ-CP Appendix, Mẫu số 05 for an individual), the confirmation of an
 * initiative's effect (văn bản xác nhận sáng kiến, Mẫu số 13, Decree 152/2025 Art 33 cl 6) and a
 * draft decision (dự thảo quyết định khen thưởng). Each has a zod schema and a layout in the
 * Decree 30/2020/NĐ-CP format ({@link dossierDocumentLayout}); none draws a seal or a signature.
 *
 * The Decree 152/2025 appendix of forms was not available when this was written (see
 * `docs/exports.md`): numbers and titles come from `fixtures/data/tdkt-dossier-form-catalogue.csv`;
 * the section headings follow the closest verified model, stated on each layout.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { parseWith, TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import { awardRefSchema, issuerSchema, personalDataSchema, proposalRowSchema } from './documents.js';
import { MASKED_NOTE, personalCells, viDate } from './format.js';
import { listTable, numberLine, placeDateLine, type Block, type LayoutSection } from './layout.js';
import { checkConsent, type ExportFormat, type ExportOptions, type PersonalDataConsent } from './exporter.js';

const nonEmpty = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .refine((s) => s.length > 0, { message: 'empty', params: { vi: 'Không được để trống', en: 'Must not be empty' } });
const text = z.string().transform((s) => s.normalize('NFC'));
const isoDate = isoDateSchema;
const year = z.number().int().min(1945).max(2100);
const symbol = z.string().refine((s) => /^[A-ZĐ0-9-]+$/.test(s), { message: 'The document symbol is upper case without spaces', params: { vi: 'Ký hiệu văn bản viết hoa, không dấu cách', en: 'The document symbol is upper case without spaces' } });
const signerSchema = z.object({
  /** e.g. "TM. ỦY BAN NHÂN DÂN", "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ" (Decree 30 box 7a). */
  authority: text.optional(),
  /** e.g. "CHỦ TỊCH", "NGƯỜI BÁO CÁO THÀNH TÍCH". */
  title: nonEmpty,
  name: text,
});

/**
 * An achievement report (báo cáo thành tích) proposing an award. `subject: 'individual'` is
 * Decree 152/2025 Mẫu số 05 (number and title confirmed); `'collective'` has no confirmed number
 * under Decree 152/2025 (the closest verified is Decree 98/2023 Mẫu 02). Paragraph texts are the
 * caller's; tdkt lays them out.
 */
export const achievementReportSchema = z.object({
  kind: z.literal('achievement-report'),
  subject: z.enum(['individual', 'collective']),
  award: awardRefSchema,
  year,
  /** Date printed on the report (YYYY-MM-DD). */
  asOf: isoDate,
  /** The unit the person works in or the collective belongs to (header, left). */
  issuer: issuerSchema,
  /** The person's full name, or the collective's name. */
  name: nonEmpty,
  /** Position (chức vụ) of a person. */
  position: text.optional(),
  /** Unit (đơn vị công tác) of a person, or the collective's parent body. */
  unit: text,
  /** Personal data of a person (masked unless the export states a purpose). */
  personal: personalDataSchema.optional(),
  /** I. Sơ lược lý lịch (individual) / Đặc điểm, tình hình (collective): paragraphs. */
  background: z.array(nonEmpty),
  /** II. Thành tích đạt được: paragraphs. */
  achievements: z.array(nonEmpty).min(1),
  /** III. Các hình thức khen thưởng đã được ghi nhận. */
  previousAwards: z.array(z.object({ year, award: nonEmpty, decision: text })),
  /** The person reporting and the head confirming (one or two; no signature image). */
  signers: z.array(signerSchema).min(1).max(2),
});
/** See {@link achievementReportSchema}. */
export type AchievementReport = z.input<typeof achievementReportSchema>;

/**
 * The confirmation of an initiative's effect and scope (văn bản xác nhận hiệu quả áp dụng, khả
 * năng nhân rộng của sáng kiến), Decree 152/2025 Art 33 cl 6, Mẫu số 13. The form's own layout was
 * not available: the words of Art 33 cl 6 in the Decree 30/2020 layout.
 */
export const initiativeConfirmationSchema = z.object({
  kind: z.literal('initiative-confirmation'),
  /** Date printed on the confirmation (YYYY-MM-DD). */
  asOf: isoDate,
  issuer: issuerSchema,
  /** Ký hiệu of the document type in the number line, chosen by the issuer (e.g. "XN"). */
  symbol,
  /** Document number; a draft leaves it out. */
  number: z.number().int().min(1).optional(),
  /** The initiative council (Hội đồng sáng kiến) and its meeting. */
  council: z.object({ name: nonEmpty, meetingDate: isoDate }),
  initiatives: z
    .array(
      z.object({
        title: nonEmpty,
        /** Author and co-authors (tác giả, đồng tác giả). */
        authors: z.array(nonEmpty).min(1),
        unit: text,
        /** Hiệu quả áp dụng. */
        effect: nonEmpty,
        /** Khả năng nhân rộng (phạm vi ảnh hưởng). */
        scope: nonEmpty,
      }),
    )
    .min(1),
  signer: signerSchema,
});
/** See {@link initiativeConfirmationSchema}. */
export type InitiativeConfirmation = z.input<typeof initiativeConfirmationSchema>;

/** A draft decision (dự thảo quyết định) granting one award to the listed people or collectives. */
export const decisionDraftSchema = z.object({
  kind: z.literal('decision-draft'),
  award: awardRefSchema,
  year,
  asOf: isoDate,
  issuer: issuerSchema,
  /** The deciding authority printed above the căn cứ, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG". */
  authority: nonEmpty,
  /** Căn cứ lines (without the final ";" or "."). */
  basis: z.array(nonEmpty).min(1),
  /** "Theo đề nghị của …" (without the final "."). */
  proposedBy: nonEmpty,
  /** Who carries the decision out (Điều 3), e.g. "Chánh Văn phòng Ủy ban nhân dân thành phố". */
  executors: z.array(nonEmpty).min(1),
  rows: z.array(proposalRowSchema).min(1),
  signer: signerSchema,
});
/** See {@link decisionDraftSchema}. */
export type DecisionDraft = z.input<typeof decisionDraftSchema>;

/** The dossier documents beyond the tờ trình, danh sách and biên bản. */
export const dossierDocumentSchema = z.discriminatedUnion('kind', [achievementReportSchema, initiativeConfirmationSchema, decisionDraftSchema]);
/** See {@link dossierDocumentSchema}. */
export type DossierDocument = z.input<typeof dossierDocumentSchema>;
/** A dossier document after validation (NFC, trimmed). */
export type ValidDossierDocument = z.output<typeof dossierDocumentSchema>;
/** The kinds of {@link DossierDocument}. */
export const DOSSIER_DOCUMENT_KINDS = ['achievement-report', 'initiative-confirmation', 'decision-draft'] as const;

/**
 * Validates a dossier document and the personal-data consent (as `prepareExport` does).
 *
 * @throws TdktError `VALIDATION_FAILED` for a malformed document or a consent without purpose.
 */
export function parseDossierDocument(doc: DossierDocument, personalData?: PersonalDataConsent): { doc: ValidDossierDocument; showPersonal: boolean } {
  const valid = parseWith(dossierDocumentSchema, doc);
  checkConsent(personalData);
  return { doc: valid, showPersonal: personalData !== undefined };
}

/**
 * What every renderer of a dossier document does first: validates the document and the consent
 * ({@link parseDossierDocument}), records an export that shows personal data in `options.audit`
 * (an initiative confirmation holds none), and lays the document out
 * ({@link dossierDocumentLayout}).
 *
 * @returns the validated document, whether personal data is shown, and its sections (the first
 *   section's `title` names the document).
 * @throws TdktError `VALIDATION_FAILED` for a malformed document or a consent without a purpose.
 */
export async function prepareDossierDocument(
  format: ExportFormat,
  input: DossierDocument,
  options: Pick<ExportOptions, 'personalData' | 'audit'> = {},
): Promise<{ doc: ValidDossierDocument; showPersonal: boolean; sections: LayoutSection[] }> {
  const { doc, showPersonal } = parseDossierDocument(input, options.personalData);
  if (options.personalData && options.audit && doc.kind !== 'initiative-confirmation') {
    await options.audit({ kind: 'dossier', format, award: doc.award.code, year: doc.year, rows: doc.kind === 'decision-draft' ? doc.rows.length : 1, purpose: options.personalData.purpose.trim() });
  }
  return { doc, showPersonal, sections: dossierDocumentLayout(doc, showPersonal) };
}

type V<K extends ValidDossierDocument['kind']> = Extract<ValidDossierDocument, { kind: K }>;
const lines = (xs: string[]): Block[] => xs.map((t) => ({ type: 'paragraph', text: t, indent: true, align: 'justify' }));
const header = (issuer: V<'decision-draft'>['issuer'], asOf: string, number?: string): Block => ({ type: 'header', ...(issuer.parent ? { parent: issuer.parent } : {}), issuer: issuer.name, ...(number ? { number } : {}), placeDate: placeDateLine(issuer.place, asOf) });
const signature = (signers: { authority?: string | undefined; title: string; name: string }[], recipients?: string[]): Block => ({ type: 'signature', ...(recipients ? { recipients } : {}), signers: signers.map((s) => ({ ...(s.authority ? { authority: s.authority } : {}), title: s.title, name: s.name })) });

/**
 * Layout of an achievement report: header, "BÁO CÁO THÀNH TÍCH" and what it proposes, then
 * I. Sơ lược lý lịch (individual: name, birth date, national ID masked unless `showPersonal`,
 * position, unit) or I. Đặc điểm, tình hình (collective), II. Thành tích đạt được, III. Các hình
 * thức khen thưởng đã được ghi nhận (table), signers. Headings follow the structure of the
 * achievement-report forms of Decree 98/2023 (Mẫu 02/03), the closest verified model.
 */
export function achievementReportLayout(doc: V<'achievement-report'>, showPersonal = false): LayoutSection[] {
  const individual = doc.subject === 'individual';
  const p = personalCells(doc.personal, showPersonal);
  const masked = !showPersonal && !!(doc.personal?.nationalId || doc.personal?.dateOfBirth);
  const who = individual ? 'cá nhân' : 'tập thể';
  const blocks: Block[] = [
    header(doc.issuer, doc.asOf),
    { type: 'title', text: 'BÁO CÁO THÀNH TÍCH', summary: `Đề nghị xét tặng ${doc.award.nameVi} năm ${doc.year}`, note: `(Báo cáo thành tích của ${who}${individual ? ' — Mẫu số 05, Nghị định 152/2025/NĐ-CP' : ''})` },
    { type: 'paragraph', text: individual ? 'I. SƠ LƯỢC LÝ LỊCH' : 'I. ĐẶC ĐIỂM, TÌNH HÌNH', bold: true },
    ...(individual
      ? lines([`Họ và tên: ${doc.name}.`, ...(p.dateOfBirth ? [`Ngày sinh: ${p.dateOfBirth}.`] : []), ...(p.nationalId ? [`Số định danh cá nhân: ${p.nationalId}.`] : []), ...(doc.position ? [`Chức vụ: ${doc.position}.`] : []), `Đơn vị công tác: ${doc.unit}.`])
      : lines([`Tên tập thể: ${doc.name}.`, ...(doc.unit ? [`Cơ quan, đơn vị cấp trên: ${doc.unit}.`] : [])])),
    ...(masked ? [{ type: 'paragraph', text: MASKED_NOTE.vi, italic: true } as Block] : []),
    ...lines(doc.background),
    { type: 'paragraph', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC', bold: true },
    ...lines(doc.achievements),
    { type: 'paragraph', text: 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', bold: true },
    doc.previousAwards.length
      ? { type: 'table', columns: [{ header: 'Năm', width: 10 }, { header: 'Danh hiệu thi đua, hình thức khen thưởng', width: 45 }, { header: 'Số, ngày quyết định; cơ quan ban hành', width: 45 }], rows: doc.previousAwards.map((a) => [String(a.year), a.award, a.decision]) }
      : { type: 'paragraph', text: 'Chưa có.', indent: true },
    signature(doc.signers),
  ];
  return [{ id: 'bao-cao-thanh-tich', title: `Báo cáo thành tích ${who}`, blocks }];
}

/**
 * Layout of the initiative confirmation (Mẫu số 13, Decree 152/2025 Art 33 cl 6): header with the
 * number, "XÁC NHẬN" and "Hiệu quả áp dụng, khả năng nhân rộng của sáng kiến", the council
 * meeting it rests on, a table of initiatives (title, authors, unit, effect, scope) and the signer.
 */
export function initiativeConfirmationLayout(doc: V<'initiative-confirmation'>): LayoutSection[] {
  const blocks: Block[] = [
    header(doc.issuer, doc.asOf, numberLine(doc.number, doc.symbol, doc.issuer.abbreviation)),
    { type: 'title', text: 'XÁC NHẬN', summary: 'Hiệu quả áp dụng, khả năng nhân rộng của sáng kiến' },
    { type: 'paragraph', text: 'Căn cứ khoản 6 Điều 33 Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;', italic: true, indent: true, align: 'justify' },
    { type: 'paragraph', text: `Căn cứ kết quả họp ${doc.council.name} ngày ${viDate(doc.council.meetingDate)}.`, italic: true, indent: true, align: 'justify' },
    { type: 'paragraph', text: `${doc.issuer.name} xác nhận hiệu quả áp dụng, khả năng nhân rộng của ${doc.initiatives.length} sáng kiến sau:`, indent: true, align: 'justify' },
    { type: 'table', columns: [{ header: 'STT', width: 6 }, { header: 'Tên sáng kiến', width: 22 }, { header: 'Tác giả, đồng tác giả', width: 18 }, { header: 'Đơn vị', width: 16 }, { header: 'Hiệu quả áp dụng', width: 20 }, { header: 'Khả năng nhân rộng', width: 18 }], rows: doc.initiatives.map((x, i) => [String(i + 1), x.title, x.authors.join(', '), x.unit, x.effect, x.scope]) },
    { type: 'paragraph', text: 'Văn bản này là căn cứ đề nghị xét tặng danh hiệu chiến sĩ thi đua hoặc hình thức khen thưởng cho cá nhân theo tiêu chuẩn có sáng kiến./.', indent: true, align: 'justify' },
    signature([doc.signer], ['Các tác giả có tên trên;', `Lưu: VT, ${doc.issuer.abbreviation}.`]),
  ];
  return [{ id: 'xac-nhan-sang-kien', title: 'Xác nhận sáng kiến', blocks }];
}

/**
 * Layout of a draft decision: header with a blank number ("Số:      /QĐ-<ký hiệu>"), "QUYẾT ĐỊNH"
 * and its summary, the authority, the căn cứ lines (italic, ";" then "."), "Theo đề nghị của …",
 * "QUYẾT ĐỊNH:", Điều 1–3, Nơi nhận and the signer; then the danh sách attached to the decision
 * (landscape). Decree 30/2020 Appendix I layout; no seal, no signature.
 */
export function decisionDraftLayout(doc: V<'decision-draft'>, showPersonal = false): LayoutSection[] {
  const title = doc.award.kind === 'emulation-title';
  const verb = title ? 'Công nhận danh hiệu' : 'Tặng';
  const who = doc.rows.every((r) => r.subjectKind === 'collective') ? 'tập thể' : doc.rows.every((r) => r.subjectKind !== 'collective') ? 'cá nhân' : 'cá nhân và tập thể';
  const number = numberLine(undefined, 'QĐ', doc.issuer.abbreviation);
  const main: Block[] = [
    header(doc.issuer, doc.asOf, number),
    { type: 'title', text: 'QUYẾT ĐỊNH', summary: `Về việc ${verb.toLowerCase()} ${doc.award.nameVi} năm ${doc.year}` },
    { type: 'paragraph', text: doc.authority.toUpperCase(), bold: true, align: 'center' },
    ...doc.basis.map((b): Block => ({ type: 'paragraph', text: `${b};`, italic: true, indent: true, align: 'justify' })),
    { type: 'paragraph', text: `Theo đề nghị của ${doc.proposedBy}.`, italic: true, indent: true, align: 'justify' },
    { type: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true, align: 'center' },
    { type: 'paragraph', text: `Điều 1. ${verb} ${doc.award.nameVi} năm ${doc.year} cho ${doc.rows.length} ${who} (có danh sách kèm theo).`, indent: true, align: 'justify' },
    { type: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', indent: true, align: 'justify' },
    { type: 'paragraph', text: `Điều 3. ${doc.executors.join(', ')} và các ${who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`, indent: true, align: 'justify' },
    signature([doc.signer], ['Như Điều 3;', `Lưu: VT, ${doc.issuer.abbreviation}.`]),
  ];
  const masked = !showPersonal && doc.rows.some((r) => r.personal?.nationalId || r.personal?.dateOfBirth);
  const list: Block[] = [
    { type: 'title', text: 'DANH SÁCH', summary: `${title ? 'Được công nhận danh hiệu' : 'Được tặng'} ${doc.award.nameVi} năm ${doc.year}`, note: `(Kèm theo Quyết định số ${number.slice(4)} ngày … tháng … năm ${doc.year} của ${doc.issuer.name})` },
    listTable(doc.rows, showPersonal),
    ...(masked ? [{ type: 'paragraph', text: MASKED_NOTE.vi, italic: true } as Block] : []),
  ];
  return [
    { id: 'quyet-dinh', title: 'Dự thảo quyết định', blocks: main },
    { id: 'danh-sach-kem-quyet-dinh', title: 'Danh sách kèm theo quyết định', landscape: true, blocks: list },
  ];
}

/** The layout of a validated dossier document. */
export function dossierDocumentLayout(doc: ValidDossierDocument, showPersonal = false): LayoutSection[] {
  switch (doc.kind) {
    case 'achievement-report':
      return achievementReportLayout(doc, showPersonal);
    case 'initiative-confirmation':
      return initiativeConfirmationLayout(doc);
    case 'decision-draft':
      return decisionDraftLayout(doc, showPersonal);
  }
}
