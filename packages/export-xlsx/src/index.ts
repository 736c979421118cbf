/**
 * `@tdkt/export-xlsx` — proposal lists as Excel workbooks in the columns offices import
 * (the CANHAN / TAPTHE sheets "DANHSACH" of provincial TĐKT systems, see
 * `fixtures/data/lp-import-template-columns.csv`), with frozen Vietnamese headers and column
 * widths; a dossier adds the council's votes; an explanation report is one indented sheet.
 *
 * @packageDocumentation
 */
import { councilVotes, EMPTY_NOTE, MASKED_NOTE, outcomeLabel, personalCells, prepareExport, viDate, type ExportDocument, type Exporter, type ExportOptions, type ReportNode, type ValidDocument } from '@tdkt/core';
import ExcelJS from 'exceljs';

type ListDoc = Extract<ValidDocument, { kind: 'proposal-list' | 'dossier' }>;

/** Columns of the individual proposal sheet (CANHAN.xlsx order), then tdkt's own columns. */
export const INDIVIDUAL_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Giới tính', width: 9 },
  { header: 'Ngày sinh', width: 12 },
  { header: 'Chức vụ', width: 20 },
  { header: 'Tên phòng ban/ khối, tổ công tác', width: 22 },
  { header: 'Tên đơn vị/tập thể công tác', width: 32 },
  { header: 'Địa chỉ Nơi ở', width: 20 },
  { header: 'Mã phân loại cán bộ', width: 12 },
  { header: 'Mã hình thức khen thưởng', width: 24 },
  { header: 'Mã danh hiệu thi đua (nếu có)', width: 24 },
  { header: 'Số định danh cá nhân', width: 16 },
  { header: 'Căn cứ đề nghị', width: 70 },
  { header: 'Mã đối chiếu', width: 14 },
] as const;

/** Columns of the collective proposal sheet (TAPTHE.xlsx order), then tdkt's own columns. */
export const COLLECTIVE_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Tên đơn vị tập thể', width: 40 },
  { header: 'Mã phân loại tập thể', width: 14 },
  { header: 'Mã hình thức khen thưởng', width: 24 },
  { header: 'Mã danh hiệu thi đua (nếu có)', width: 24 },
  { header: 'Căn cứ đề nghị', width: 70 },
  { header: 'Mã đối chiếu', width: 14 },
] as const;

/** The row of the header in the list sheets (title on row 1, note on row 2). */
export const HEADER_ROW = 3;

const FONT = 'Times New Roman';

function listSheet(wb: ExcelJS.Workbook, doc: ListDoc, show: boolean): void {
  const collective = doc.rows.length > 0 && doc.rows.every((r) => r.subjectKind === 'collective');
  const cols = collective ? COLLECTIVE_COLUMNS : INDIVIDUAL_COLUMNS;
  const ws = wb.addWorksheet('DANHSACH', { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = cols.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, cols.length);
  ws.getCell(1, 1).value = `${collective ? 'DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG' : 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG'}: ${doc.award.nameVi.toUpperCase()} NĂM ${doc.year}`;
  ws.getCell(1, 1).font = { name: FONT, bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, cols.length);
  const personal = doc.rows.some((r) => r.personal?.nationalId || r.personal?.dateOfBirth);
  const notes = [`Ngày xét ${viDate(doc.asOf)}.`, doc.note?.vi, doc.rows.length === 0 ? EMPTY_NOTE.vi : undefined, personal && !show ? MASKED_NOTE.vi : undefined].filter(Boolean);
  ws.getCell(2, 1).value = notes.join(' ');
  ws.getCell(2, 1).font = { name: FONT, italic: true };
  const h = ws.getRow(HEADER_ROW);
  h.values = cols.map((c) => c.header);
  h.font = { name: FONT, bold: true };
  h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const title = doc.award.kind === 'emulation-title';
  doc.rows.forEach((r, i) => {
    const p = personalCells(r.personal, show);
    const values = collective
      ? [i + 1, r.name, '', title ? '' : doc.award.code, title ? doc.award.code : '', r.reasons.vi, r.hash.slice(0, 12)]
      : [i + 1, r.name, r.personal?.gender ?? '', p.dateOfBirth, r.position ?? '', '', r.unit, '', '', title ? '' : doc.award.code, title ? doc.award.code : '', p.nationalId, r.reasons.vi, r.hash.slice(0, 12)];
    const row = ws.addRow(values);
    row.font = { name: FONT };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: cols.length } };
}

function votesSheet(wb: ExcelJS.Workbook, doc: Extract<ValidDocument, { kind: 'dossier' }>): void {
  const ws = wb.addWorksheet('BIEN BAN', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 6 }, { width: 28 }, { width: 32 }, { width: 14 }, { width: 16 }, { width: 12 }];
  ws.getRow(1).values = ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ trên tổng số thành viên', 'Kết quả'];
  ws.getRow(1).font = { name: FONT, bold: true };
  councilVotes(doc).forEach((v, i) => {
    const r = ws.addRow([i + 1, v.name, doc.rows[i]!.unit, v.inFavour ?? '', v.share ?? '', v.inFavour === undefined ? 'Chưa biểu quyết' : v.passed ? 'Đạt' : 'Không đạt']);
    r.getCell(5).numFmt = '0.0%';
    r.font = { name: FONT };
  });
}

function reportSheet(wb: ExcelJS.Workbook, doc: Extract<ValidDocument, { kind: 'explanation-report' }>): void {
  const ws = wb.addWorksheet('GIAI TRINH', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 26 }, { width: 28 }, { width: 28 }, { width: 18 }, { width: 90 }, { width: 50 }, { width: 14 }];
  ws.getRow(1).values = ['Danh hiệu / hình thức', 'Họ và tên / Tập thể', 'Đơn vị', 'Kết quả', 'Nội dung', 'Căn cứ', 'Mã đối chiếu'];
  ws.getRow(1).font = { name: FONT, bold: true };
  const visit = (e: (typeof doc.entries)[number], n: ReportNode, depth: number): void => {
    const r = ws.addRow([e.award.nameVi, e.name, e.unit, outcomeLabel(n.outcome), `${n.route ? `(${n.route}) ` : ''}${n.text.vi}`, n.citations.join('; '), e.hash.slice(0, 12)]);
    r.getCell(5).alignment = { indent: depth, wrapText: true };
    r.font = { name: FONT, bold: depth === 0 };
    n.children.forEach((c) => visit(e, c, depth + 1));
  };
  for (const e of doc.entries) visit(e, e.explanation, 0);
  if (!doc.entries.length) ws.addRow([EMPTY_NOTE.vi]);
}

/**
 * An XLSX exporter (exceljs). A proposal list or a dossier gives a sheet `DANHSACH` in the
 * CANHAN (individuals) or TAPTHE (collectives) column order, header frozen on row
 * {@link HEADER_ROW}; national IDs and dates of birth are masked unless
 * `options.personalData` states a purpose. A dossier adds the sheet `BIEN BAN` with the vote
 * shares. An explanation report gives the sheet `GIAI TRINH`. Workbook dates are the document's
 * date, never the clock, so the same input gives the same cells.
 *
 * @example
 * await exportToFile(xlsxExporter(), list, 'danh-sach.xlsx');
 * @throws TdktError (from `export`) `VALIDATION_FAILED`, `UNKNOWN_AWARD`.
 */
export function xlsxExporter(): Exporter {
  const self: Exporter = {
    id: 'xlsx',
    format: 'xlsx',
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kinds: ['proposal-list', 'dossier', 'explanation-report'],
    async export(input: ExportDocument, opts?: ExportOptions): Promise<Uint8Array> {
      const { doc, showPersonal } = await prepareExport(self, input, opts);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'tdkt';
      wb.created = new Date(`${doc.asOf}T00:00:00+07:00`);
      wb.modified = wb.created;
      if (doc.kind === 'explanation-report') reportSheet(wb, doc);
      else {
        listSheet(wb, doc, showPersonal);
        if (doc.kind === 'dossier') votesSheet(wb, doc);
      }
      return new Uint8Array(await wb.xlsx.writeBuffer());
    },
  };
  return self;
}
export * from './statistical.js';
export * from './stream.js';
