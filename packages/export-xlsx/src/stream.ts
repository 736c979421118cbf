/**
 * A proposal list of any length written with exceljs' streaming `WorkbookWriter`: rows are
 * validated, written and committed one at a time from an (async) iterable, so memory stays bounded
 * whatever the row count (see `docs/performance.md` for 100,000 rows). Node only.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { awardRefSchema, EMPTY_NOTE, MASKED_NOTE, msg, parseWith, personalCells, proposalRowSchema, TdktError, viDate, type AwardRef, type PersonalDataConsent, type PersonalDataExport, type ProposalRow } from '@tdkt/core';
import ExcelJS from 'exceljs';
import { COLLECTIVE_COLUMNS, HEADER_ROW, INDIVIDUAL_COLUMNS } from './index.js';

/** What a streamed list is about (the rows come separately). */
export interface StreamedListHead {
  award: AwardRef;
  year: number;
  /** Date of the review (YYYY-MM-DD), printed on row 2. */
  asOf: string;
  /** Collectives (TAPTHE columns) instead of individuals (CANHAN columns); decided up front, since rows are not held. */
  collective?: boolean;
  /** A note printed on row 2. */
  note?: string;
}

/** Options of {@link writeProposalListStream}. */
export interface StreamOptions {
  /** Show national IDs and dates of birth (masked otherwise). */
  personalData?: PersonalDataConsent;
  /** Called once when personal data is shown, after the file is written (`rows`: the count written). */
  audit?: (entry: PersonalDataExport) => void | Promise<void>;
}

const FONT = 'Times New Roman';

/**
 * Writes a proposal list to `path` as XLSX, streaming: the sheet `DANHSACH` in the CANHAN or TAPTHE
 * column order of {@link xlsxExporter}, header frozen on row {@link HEADER_ROW}, national IDs and
 * dates of birth masked unless `options.personalData` states a purpose. The file is written under a
 * temporary name and renamed, so a crash or a bad row leaves no partial file at `path`. An empty
 * list gives a valid workbook with the empty note.
 *
 * @param rows any (async) iterable of rows; it is read once and never held in memory.
 * @returns the number of rows written.
 * @throws TdktError `VALIDATION_FAILED` for a malformed head, row (path `['rows', i, …]`) or consent;
 *   `WRITE_FAILED` when the file cannot be written.
 */
export async function writeProposalListStream(head: StreamedListHead, rows: Iterable<ProposalRow> | AsyncIterable<ProposalRow>, path: string, options: StreamOptions = {}): Promise<number> {
  const award = parseWith(awardRefSchema, head.award, ['award']);
  if (!Number.isInteger(head.year) || head.year < 1945 || head.year > 2100) throw new TdktError('VALIDATION_FAILED', msg('Năm không hợp lệ', 'Invalid year'), { path: ['year'], value: head.year });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(head.asOf)) throw new TdktError('VALIDATION_FAILED', msg('Ngày cần dạng YYYY-MM-DD', 'Dates are written YYYY-MM-DD'), { path: ['asOf'], value: head.asOf });
  const consent = options.personalData;
  if (consent !== undefined && (consent.include !== true || typeof consent.purpose !== 'string' || consent.purpose.trim().length < 10))
    throw new TdktError('VALIDATION_FAILED', msg('Muốn hiện số định danh và ngày sinh cần nêu rõ mục đích (ít nhất 10 ký tự)', 'Showing national IDs and dates of birth needs a stated purpose (at least 10 characters)'), { path: ['personalData', 'purpose'], value: consent.purpose });
  const show = consent !== undefined;
  const cols = head.collective ? COLLECTIVE_COLUMNS : INDIVIDUAL_COLUMNS;
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  let n = 0;
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    wb.creator = 'tdkt';
    wb.created = new Date(`${head.asOf}T00:00:00+07:00`);
    const ws = wb.addWorksheet('DANHSACH', { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = cols.map((c) => ({ width: c.width }));
    const title = ws.getRow(1);
    title.getCell(1).value = `${head.collective ? 'DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG' : 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG'}: ${award.nameVi.toUpperCase()} NĂM ${head.year}`;
    title.getCell(1).font = { name: FONT, bold: true, size: 13 };
    ws.mergeCells(1, 1, 1, cols.length);
    title.commit();
    const note = ws.getRow(2);
    // Rows are not held, so the masking note is printed whenever data is masked (it says "when present").
    note.getCell(1).value = [`Ngày xét ${viDate(head.asOf)}.`, head.note?.normalize('NFC'), show ? undefined : MASKED_NOTE.vi].filter(Boolean).join(' ');
    note.getCell(1).font = { name: FONT, italic: true };
    ws.mergeCells(2, 1, 2, cols.length);
    note.commit();
    const h = ws.getRow(HEADER_ROW);
    h.values = cols.map((c) => c.header);
    h.font = { name: FONT, bold: true };
    h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    h.commit();
    const isTitle = award.kind === 'emulation-title';
    for await (const input of rows) {
      const r = parseWith(proposalRowSchema, input, ['rows', n]);
      n += 1;
      const values = head.collective
        ? [n, r.name, '', isTitle ? '' : award.code, isTitle ? award.code : '', r.reasons.vi, r.hash.slice(0, 12)]
        : (() => {
            const p = personalCells(r.personal, show);
            return [n, r.name, r.personal?.gender ?? '', p.dateOfBirth, r.position ?? '', '', r.unit, '', '', isTitle ? '' : award.code, isTitle ? award.code : '', p.nationalId, r.reasons.vi, r.hash.slice(0, 12)];
          })();
      const row = ws.addRow(values);
      row.font = { name: FONT };
      row.commit();
    }
    if (n === 0) ws.addRow([EMPTY_NOTE.vi]).commit();
    ws.commit();
    await wb.commit();
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof TdktError) throw e;
    throw new TdktError('WRITE_FAILED', msg(`Không ghi được tệp ${path}: ${(e as Error)?.message ?? String(e)}`, `Cannot write ${path}: ${(e as Error)?.message ?? String(e)}`), { path: [path], cause: e });
  }
  if (consent && options.audit) await options.audit({ kind: 'proposal-list', format: 'xlsx', award: award.code, year: head.year, rows: n, purpose: consent.purpose.trim() });
  return n;
}
