/** The review's inputs besides the roster: the units' own ratings and the review's year and date. */
import { extname } from 'node:path';
import { TdktError, asciiFold, isIsoDate, msg, type Rating } from '@tdkt/core';
import { loadWorkbook, parseDate, parseRating, readRoster, sheetMatrix, type RawSheet, type RowProblem } from './roster.js';

/** Everything the review reads from files. */
export interface ReviewInputs {
  roster: RawSheet;
  unitRatings: Map<string, Rating>;
  year?: number;
  asOf?: string;
  problems: RowProblem[];
}

function cell(v: unknown): string {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  return v === null || v === undefined ? '' : String(typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v).trim();
}

/**
 * Reads a roster file; from an XLSX also the "Tập thể" sheet (Đơn vị, Năm, Xếp loại) and the
 * "Thông tin" sheet (Năm xét, Ngày xét). A CSV roster can take the units' ratings from `unitsFile`.
 */
export async function readInputs(file: string, unitsFile?: string): Promise<ReviewInputs> {
  const roster = await readRoster(file);
  const unitRatings = new Map<string, Rating>();
  const problems: RowProblem[] = [];
  let year: number | undefined;
  let asOf: string | undefined;
  const addUnits = (rows: { row: number; cells: Record<string, string> }[]) => {
    for (const r of rows) {
      const unit = r.cells['unit'];
      const rating = r.cells['rating'];
      if (!unit || !rating) continue;
      const parsed = parseRating(rating);
      if (!parsed) problems.push({ row: r.row, column: 'Tập thể / Xếp loại', value: rating, message: msg(`Không hiểu xếp loại tập thể "${rating}"`, `Cannot read the collective rating "${rating}"`) });
      else unitRatings.set(unit, parsed);
    }
  };
  if (extname(file).toLowerCase() === '.xlsx') {
    const wb = await loadWorkbook(file);
    const units = wb.worksheets.find((w) => asciiFold(w.name) === 'tap the');
    if (units) {
      const m = sheetMatrix(units);
      const head = (m[0]?.values ?? []).map((v) => asciiFold(cell(v)));
      const iu = head.indexOf('don vi');
      const ir = head.findIndex((h) => h.startsWith('xep loai'));
      addUnits(m.slice(1).map((r) => ({ row: r.row, cells: { unit: cell(r.values[iu]), rating: cell(r.values[ir]) } })));
    }
    const info = wb.worksheets.find((w) => asciiFold(w.name) === 'thong tin');
    if (info)
      for (const r of sheetMatrix(info)) {
        const k = asciiFold(cell(r.values[0]));
        const v = cell(r.values[1]);
        if (k === 'nam xet' || k === 'nam thi dua') year = Number(v);
        if (k === 'ngay xet') asOf = parseDate(v) ?? (isIsoDate(v) ? v : undefined);
      }
  }
  if (unitsFile) {
    const u = await readRoster(unitsFile, ['unit', 'rating']).catch((e: unknown) => {
      throw e instanceof TdktError ? e : new TdktError('INPUT_UNREADABLE', msg(`Không đọc được ${unitsFile}`, `Cannot read ${unitsFile}`));
    });
    addUnits(u.rows.map((r) => ({ row: r.row, cells: { unit: r.cells.unit ?? r.cells.name ?? '', rating: r.cells.rating ?? '' } })));
  }
  return { roster, unitRatings, ...(year ? { year } : {}), ...(asOf ? { asOf } : {}), problems };
}
