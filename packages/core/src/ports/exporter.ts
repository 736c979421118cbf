/**
 * The export port: an {@link Exporter} takes a typed document ({@link ExportDocument}) and returns
 * the bytes of a file; `writeFileAtomic` (from `@tdkt/core/node`) writes them so a crash leaves no partial file.
 * Adapters live in their own packages (`@tdkt/export-csv`, `-xlsx`, `-docx`, `-pdf`, `-html`).
 *
 * @packageDocumentation
 */
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import { exportDocumentSchema, type AwardRef, type ExportDocument, type ExportKind, type ValidDocument } from './documents.js';
import type { DossierDocument } from './dossier-documents.js';
import { parseWith } from '../errors.js';

export * from './documents.js';
export * from './layout.js';
export * from './from-decisions.js';
export * from './format.js';
export * from './dossier-documents.js';

/** File formats of the exporters. */
export type ExportFormat = 'csv' | 'xlsx' | 'docx' | 'pdf' | 'html';

/** Showing personal data for a stated purpose (privacy by purpose). */
export interface PersonalDataConsent {
  /** Must be `true`: showing national IDs and dates of birth is a deliberate choice. */
  include: true;
  /**
   * Why the data is needed, at least 10 characters, e.g. "Báo cáo thành tích cá nhân đề nghị
   * Huân chương (Nghị định 152/2025, Mẫu 05)". Printed on the document.
   */
  purpose: string;
}

/** A record of an export that showed personal data, for an audit log. */
export interface PersonalDataExport {
  kind: ExportKind;
  format: ExportFormat;
  award?: string;
  year: number;
  rows: number;
  purpose: string;
}

/** Options every exporter accepts. */
export interface ExportOptions {
  /**
   * The award catalog (e.g. `engine.catalog()`): when given, a document whose award code is not in
   * it is rejected with `UNKNOWN_AWARD`.
   */
  awards?: readonly AwardRef[];
  /** Show national IDs and dates of birth (masked otherwise). */
  personalData?: PersonalDataConsent;
  /** Called once per export that shows personal data (attach your store's audit log here). */
  audit?: (entry: PersonalDataExport) => void | Promise<void>;
}

/**
 * An exporter: renders a document to the bytes of one file format. Implementations validate the
 * document with {@link prepareExport} and never return a corrupt file: bad input throws a
 * {@link TdktError} before any byte is produced.
 */
export interface Exporter {
  /** Package-style id, e.g. `xlsx`. */
  readonly id: string;
  readonly format: ExportFormat;
  /** File extension without the dot. */
  readonly extension: string;
  /** IANA media type of the bytes. */
  readonly mediaType: string;
  /** The document kinds it renders. */
  readonly kinds: readonly ExportKind[];
  /**
   * Renders `doc`.
   *
   * @throws TdktError `VALIDATION_FAILED` for a malformed document or a kind it does not render,
   *   `UNKNOWN_AWARD` for an award code missing from `options.awards`.
   */
  export(doc: ExportDocument, options?: ExportOptions): Promise<Uint8Array>;
  /**
   * Renders one of the other documents of a dossier — an achievement report, the initiative
   * confirmation (Mẫu số 13) or a draft decision ({@link DossierDocument}) — when the format has a
   * page layout (DOCX, PDF, HTML; lists-only formats leave it out). Validates with
   * {@link prepareDossierDocument}.
   *
   * @throws TdktError `VALIDATION_FAILED` for a malformed document or a consent without a purpose.
   */
  exportDossierDocument?(doc: DossierDocument, options?: Pick<ExportOptions, 'personalData' | 'audit'>): Promise<Uint8Array>;
}

/**
 * Checks a personal-data consent: `include: true` and a purpose of at least 10 characters.
 *
 * @throws TdktError `VALIDATION_FAILED` at `personalData.purpose` otherwise.
 */
export function checkConsent(consent: PersonalDataConsent | undefined): void {
  if (consent !== undefined && (consent.include !== true || typeof consent.purpose !== 'string' || consent.purpose.trim().length < 10))
    throw new TdktError('VALIDATION_FAILED', msg('Muốn hiện số định danh và ngày sinh cần nêu rõ mục đích (ít nhất 10 ký tự)', 'Showing national IDs and dates of birth needs a stated purpose (at least 10 characters)'), { path: ['personalData', 'purpose'], value: consent.purpose });
}

/**
 * Validates a document for an exporter: shape (zod), text to NFC, the kind supported, the award
 * known (when a catalog is given) and the personal-data consent well formed. Records the export in
 * `options.audit` when personal data is shown.
 *
 * @returns the validated document and whether personal data may be shown.
 * @throws TdktError `VALIDATION_FAILED`, `UNKNOWN_AWARD`.
 */
export async function prepareExport(exporter: Pick<Exporter, 'kinds' | 'format'>, doc: ExportDocument, options: ExportOptions = {}): Promise<{ doc: ValidDocument; showPersonal: boolean }> {
  if (!doc || typeof doc !== 'object' || !exporter.kinds.includes((doc as { kind: ExportKind }).kind)) {
    const kind = (doc as { kind?: unknown } | null)?.kind;
    throw new TdktError('VALIDATION_FAILED', msg(`Bộ xuất ${exporter.format} không xuất được loại văn bản "${String(kind)}"; hỗ trợ: ${exporter.kinds.join(', ')}`, `The ${exporter.format} exporter cannot render a "${String(kind)}" document; it renders: ${exporter.kinds.join(', ')}`), { path: ['kind'], value: kind });
  }
  const valid = parseWith(exportDocumentSchema, doc);
  if (options.awards) {
    const codes = new Set(options.awards.map((a) => a.code));
    const used = valid.kind === 'explanation-report' ? valid.entries.map((e, i) => [['entries', i, 'award', 'code'], e.award.code] as const) : [[['award', 'code'], valid.award.code] as const];
    for (const [path, code] of used)
      if (!codes.has(code)) throw new TdktError('UNKNOWN_AWARD', msg(`Mã danh hiệu/hình thức khen thưởng không có trong danh mục: ${code}`, `Unknown award code: ${code}`), { path: [...path], value: code });
  }
  const consent = options.personalData;
  checkConsent(consent);
  if (consent !== undefined) {
    if (options.audit) {
      const rows = valid.kind === 'explanation-report' ? valid.entries.length : valid.rows.length;
      await options.audit({ kind: valid.kind, format: exporter.format, ...(valid.kind === 'explanation-report' ? {} : { award: valid.award.code }), year: valid.year, rows, purpose: consent.purpose.trim() });
    }
  }
  return { doc: valid, showPersonal: consent !== undefined };
}

