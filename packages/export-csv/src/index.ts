/**
 * `@tdkt/export-csv` — UTF-8 CSV (with a byte-order mark, so Excel reads Vietnamese right) of a
 * proposal list, a dossier's list or an explanation report, written with csv-stringify.
 *
 * @packageDocumentation
 */
import { EMPTY_NOTE, MASKED_NOTE, outcomeLabel, personalCells, prepareExport, type ExportDocument, type Exporter, type ExportOptions, type ReportNode, type ValidDocument } from '@tdkt/core';
import { stringify } from 'csv-stringify/sync';

/** Options of {@link csvExporter}. */
export interface CsvExporterOptions {
  /** Field delimiter (default `,`; offices on a Vietnamese locale may prefer `;`). */
  delimiter?: string;
  /** Start with a UTF-8 byte-order mark (default `true`: Excel then decodes diacritics). */
  bom?: boolean;
}

function rowsOf(doc: ValidDocument, show: boolean): (string | number)[][] {
  if (doc.kind === 'explanation-report') {
    const out: (string | number)[][] = [['Danh hiệu / hình thức', 'Họ và tên / Tập thể', 'Đơn vị', 'Kết quả', 'Cấp', 'Nội dung', 'Căn cứ', 'Mã đối chiếu']];
    const visit = (e: (typeof doc.entries)[number], n: ReportNode, depth: number): void => {
      out.push([e.award.nameVi, e.name, e.unit, outcomeLabel(n.outcome), depth, `${n.route ? `(${n.route}) ` : ''}${n.text.vi}`, n.citations.join('; '), e.hash.slice(0, 12)]);
      n.children.forEach((c) => visit(e, c, depth + 1));
    };
    for (const e of doc.entries) visit(e, e.explanation, 0);
    if (!doc.entries.length) out.push([EMPTY_NOTE.vi, '', '', '', '', '', '', '']);
    return out;
  }
  const personal = doc.rows.some((r) => r.personal?.nationalId || r.personal?.dateOfBirth);
  const out: (string | number)[][] = [['STT', 'Họ và tên / Tập thể', 'Chức vụ', 'Đơn vị công tác', ...(personal ? ['Ngày sinh', 'Số định danh cá nhân'] : []), 'Danh hiệu thi đua/Hình thức khen thưởng', 'Kết quả', 'Căn cứ đề nghị', 'Mã đối chiếu']];
  doc.rows.forEach((r, i) => {
    const p = personalCells(r.personal, show);
    out.push([i + 1, r.name, r.position ?? '', r.unit, ...(personal ? [p.dateOfBirth, p.nationalId] : []), doc.award.nameVi, outcomeLabel(r.outcome), r.reasons.vi, r.hash.slice(0, 12)]);
  });
  if (!doc.rows.length) out.push(['', EMPTY_NOTE.vi]);
  else if (personal && !show) out.push(['', MASKED_NOTE.vi]);
  return out;
}

/**
 * A CSV exporter. Proposal lists and dossiers give one line per proposal (STT, name, position,
 * unit, masked date of birth and national ID when present, award, outcome, reasons, hash); an
 * explanation report gives one line per explanation node with its depth. An empty list gives the
 * header and a line with the note.
 *
 * @example
 * const bytes = await csvExporter().export(list); // Uint8Array, UTF-8 with BOM
 * @throws TdktError (from `export`) `VALIDATION_FAILED`, `UNKNOWN_AWARD`.
 */
export function csvExporter(options: CsvExporterOptions = {}): Exporter {
  const self: Exporter = {
    id: 'csv',
    format: 'csv',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    kinds: ['proposal-list', 'dossier', 'explanation-report'],
    async export(input: ExportDocument, opts?: ExportOptions): Promise<Uint8Array> {
      const { doc, showPersonal } = await prepareExport(self, input, opts);
      const text = stringify(rowsOf(doc, showPersonal), { delimiter: options.delimiter ?? ',', record_delimiter: 'windows', quoted_string: false });
      return new TextEncoder().encode(`${options.bom === false ? '' : '\ufeff'}${text}`);
    },
  };
  return self;
}
