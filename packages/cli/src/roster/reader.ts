/**
 * Reading a roster: one row per person per year, from CSV or XLSX, with Vietnamese headers typed
 * with or without diacritics, blank cells, and the junk rows real office files have (totals,
 * signatures). Malformed rows are reported with their row and column and skipped.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { TdktError, asciiFold, isIsoDate, msg, nfc, type Message } from '@tdkt/core';
import { nationalAwards } from '@tdkt/rules-vn';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** The columns of the roster, with the header spellings accepted (compared after {@link asciiFold}). */
export const COLUMNS = {
  id: ['ma can bo', 'ma cb', 'ma', 'ma nhan vien', 'id'],
  name: ['ho va ten', 'ho ten', 'ten'],
  sex: ['gioi tinh', 'phai'],
  unit: ['don vi', 'don vi cong tac', 'co quan don vi'],
  recruited: ['ngay tuyen dung', 'ngay vao co quan', 'tuyen dung'],
  joined: ['ngay ve don vi', 'ngay chuyen den'],
  year: ['nam', 'nam danh gia', 'nam thi dua'],
  rating: ['xep loai', 'xep loai chat luong', 'danh gia xep loai', 'muc xep loai'],
  titles: ['danh hieu', 'danh hieu thi dua', 'danh hieu dat duoc'],
  initiatives: ['sang kien', 'sang kien de tai', 'sang kien da cong nhan'],
  discipline: ['ky luat', 'hinh thuc ky luat'],
  disciplineDate: ['ngay ky luat', 'ngay quyet dinh ky luat'],
  disciplineUntil: ['ky luat den', 'thoi han ky luat den'],
  award: ['khen thuong', 'hinh thuc khen thuong'],
  awardType: ['loai hinh khen thuong', 'loai hinh'],
  awardDecision: ['so quyet dinh', 'so qd'],
  awardDate: ['ngay quyet dinh', 'ngay qd'],
  awardPeriod: ['thoi gian thanh tich', 'thanh tich nam'],
  leave: ['loai nghi', 'nghi'],
  leaveFrom: ['nghi tu', 'tu ngay'],
  leaveTo: ['nghi den', 'den ngay'],
  transferDate: ['ngay dieu dong', 'ngay chuyen cong tac'],
  transferFrom: ['don vi cu', 'chuyen tu'],
  transferComments: ['y kien don vi cu', 'co y kien don vi cu'],
  pending: ['dang xem xet', 'dang xu ly'],
  pendingSince: ['xem xet tu ngay', 'tu ngay xem xet'],
  note: ['ghi chu'],
} as const;

/** A column key. */
export type Column = keyof typeof COLUMNS;

/** A roster problem: where, what, why. */
export interface RowProblem {
  /** 1-based row number in the file (the header is row 1 in CSV; its own row in XLSX). */
  row: number;
  column: string;
  value: unknown;
  message: Message;
}

/** Cells of one data row keyed by column, with the file row number. */
export interface RawRow {
  row: number;
  cells: Partial<Record<Column, string>>;
}

/** What was read from a file. */
export interface RawSheet {
  rows: RawRow[];
  /** Rows with no name and no year (blank lines, totals, signatures). */
  junk: number;
  /** Headers not recognised (ignored). */
  unknownHeaders: string[];
}

function headerKey(h: string): Column | undefined {
  const f = asciiFold(h);
  for (const [k, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) if (aliases.includes(f)) return k;
  return undefined;
}

function cellTextOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${String(v.getUTCDate()).padStart(2, '0')}`;
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellTextOf(o.result);
    if (o.text !== undefined) return cellTextOf(o.text);
  }
  return nfc(String(v)).trim();
}

function toRows(matrix: { row: number; values: unknown[] }[], where: string, required: Column[] = ['name', 'year']): RawSheet {
  const headerIndex = matrix.findIndex((r) => r.values.filter((v) => headerKey(cellText(v)) !== undefined).length >= 2);
  if (headerIndex < 0) throw new TdktError('INPUT_UNREADABLE', msg(`Không tìm thấy dòng tiêu đề (Họ và tên, Năm, Xếp loại, ...) trong ${where}`, `No header row (Họ và tên, Năm, Xếp loại, …) found in ${where}`), { value: where });
  const header = matrix[headerIndex]!.values.map((v) => cellText(v));
  const keys = header.map(headerKey);
  const unknownHeaders = header.filter((h, i) => h && !keys[i]);
  const missing = required.filter((k) => !keys.includes(k));
  if (missing.length)
    throw new TdktError('INPUT_UNREADABLE', msg(`Thiếu cột bắt buộc (${missing.join(', ')}) trong ${where}`, `Missing required column(s) (${missing.join(', ')}) in ${where}`), { value: header });
  const rows: RawRow[] = [];
  let junk = 0;
  for (const r of matrix.slice(headerIndex + 1)) {
    const cells: Partial<Record<Column, string>> = {};
    r.values.forEach((v, i) => {
      const k = keys[i];
      const t = cellText(v);
      if (k && t) cells[k] = t;
    });
    // Junk: blank lines, totals and signature lines carry no year and no unit.
    if (required.every((k) => !cells[k]) || (!cells.year && !cells.unit && required.includes('year'))) {
      junk++;
      continue;
    }
    rows.push({ row: r.row, cells });
  }
  return { rows, junk, unknownHeaders };
}

/**
 * Reads the roster sheet of a CSV or XLSX file. For XLSX the sheet named "Danh sách" (any
 * spelling) is used, else the first one.
 *
 * @throws TdktError `INPUT_UNREADABLE` when the file cannot be read or has no header row.
 */
export async function readRoster(file: string, required: Column[] = ['name', 'year']): Promise<RawSheet> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return toRows(await readCsvMatrix(file), file, required);
  if (ext === '.xlsx') {
    const wb = await loadWorkbook(file);
    const ws = wb.worksheets.find((w) => asciiFold(w.name) === 'danh sach') ?? wb.worksheets[0];
    if (!ws) throw new TdktError('INPUT_UNREADABLE', msg(`Tệp ${file} không có trang tính`, `${file} has no worksheet`), { value: file });
    return toRows(sheetMatrix(ws), `${file}#${ws.name}`, required);
  }
  throw new TdktError('INPUT_UNREADABLE', msg(`Chỉ đọc được tệp .csv hoặc .xlsx: ${file}`, `Only .csv and .xlsx files are read: ${file}`), { value: file });
}

/**
 * Reads a CSV file (UTF-8, with or without BOM; `;`, tab or `,` as found in its first lines) as
 * rows of cells with their 1-based row numbers.
 *
 * @throws TdktError `INPUT_UNREADABLE`
 */
export async function readCsvMatrix(file: string): Promise<{ row: number; values: unknown[] }[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp ${file}`, `Cannot read ${file}`), { value: file });
  });
  const body = text.replace(/^\uFEFF/, '');
  const firstLines = body.split(/\r?\n/).slice(0, 5).join('\n');
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLines.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: string[][];
  try {
    records = parseCsv(body, { relax_column_count: true, skip_empty_lines: false, delimiter }) as string[][];
  } catch (e) {
    throw new TdktError('INPUT_UNREADABLE', msg(`Tệp CSV ${file} bị lỗi định dạng: ${(e as Error).message}`, `The CSV file ${file} is malformed: ${(e as Error).message}`), { value: file });
  }
  return records.map((values, i) => ({ row: i + 1, values }));
}

/** The text of a cell (dates as YYYY-MM-DD, formulas as their result, rich text joined), NFC and trimmed. */
export function cellText(v: unknown): string {
  return cellTextOf(v);
}

/** Loads a workbook. @throws TdktError `INPUT_UNREADABLE` */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp Excel ${file}: ${(e as Error).message}`, `Cannot read the Excel file ${file}: ${(e as Error).message}`), { value: file });
  }
  return wb;
}

/** The cell values of a worksheet as rows (1-based row numbers). */
export function sheetMatrix(ws: ExcelJS.Worksheet): { row: number; values: unknown[] }[] {
  const out: { row: number; values: unknown[] }[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    out.push({ row: n, values });
  });
  return out;
}

// ---------- cell parsers ----------

/** Parses a date typed as DD/MM/YYYY, D/M/YYYY or YYYY-MM-DD. */
export function parseDate(s: string): string | undefined {
  const t = s.trim();
  let iso: string | undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}/.test(t)) iso = t.slice(0, 10);
  return iso && isIsoDate(iso) ? iso : undefined;
}

const RATINGS: Record<string, 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV'> = {
  htxsnv: 'HTXSNV',
  httnv: 'HTTNV',
  htnv: 'HTNV',
  khtnv: 'KHTNV',
  'hoan thanh xuat sac nhiem vu': 'HTXSNV',
  'hoan thanh tot nhiem vu': 'HTTNV',
  'hoan thanh nhiem vu': 'HTNV',
  'khong hoan thanh nhiem vu': 'KHTNV',
  'xuat sac': 'HTXSNV',
  tot: 'HTTNV',
};

/** Parses a rating written as a code or in words. */
export function parseRating(s: string): 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | undefined {
  return RATINGS[asciiFold(s)];
}

const TITLE_ALIASES: Record<string, string> = {
  ldtt: 'lao-dong-tien-tien',
  cstt: 'chien-si-tien-tien',
  cstdcs: 'chien-si-thi-dua-co-so',
  'cstd co so': 'chien-si-thi-dua-co-so',
  'cstd cap tinh': 'chien-si-thi-dua-bo-nganh-tinh',
  'cstd cap bo': 'chien-si-thi-dua-bo-nganh-tinh',
  'chien si thi dua cap tinh': 'chien-si-thi-dua-bo-nganh-tinh',
  'chien si thi dua thanh pho': 'chien-si-thi-dua-bo-nganh-tinh',
  cstdtq: 'chien-si-thi-dua-toan-quoc',
  'bang khen ubnd tinh': 'bang-khen-bo-nganh-tinh',
  'bang khen ubnd thanh pho': 'bang-khen-bo-nganh-tinh',
  'bang khen cua chu tich ubnd thanh pho': 'bang-khen-bo-nganh-tinh',
  'bang khen thu tuong': 'bang-khen-thu-tuong',
  'hcld hang ba': 'huan-chuong-lao-dong-hang-ba',
};

/** Parses an award written as a catalog code, its Vietnamese name (any diacritics) or a common abbreviation. */
export function parseAward(s: string): string | undefined {
  const t = s.trim();
  if (nationalAwards.some((a) => a.code === t)) return t;
  const f = asciiFold(t);
  if (TITLE_ALIASES[f]) return TITLE_ALIASES[f];
  return nationalAwards.find((a) => asciiFold(a.nameVi) === f || (a.abbreviation && asciiFold(a.abbreviation) === f))?.code;
}

/** Splits a list cell on ";" or "," (not inside parentheses). */
export function splitList(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if ((ch === ';' || ch === ',' || ch === '\n') && depth === 0) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Parses an initiative item such as `SK-12 (cơ sở)`, `đề tài ĐT-3 (tỉnh)`; the scope defaults to cơ sở. */
export function parseInitiative(s: string): { id?: string; scope: 'co-so' | 'bo-nganh-tinh' | 'toan-quoc'; kind: 'initiative' | 'research-topic' | 'combat-ingenuity' } {
  const f = asciiFold(s);
  const scope = /toan quoc/.test(f) ? 'toan-quoc' : /\b(tinh|thanh pho|bo|nganh)\b/.test(f) ? 'bo-nganh-tinh' : 'co-so';
  const kind = /de tai|de an|cong trinh/.test(f) ? 'research-topic' : /muu tri|chien dau/.test(f) ? 'combat-ingenuity' : 'initiative';
  const id = /([A-Za-zĐđ]{1,4}[-_ ]?\d[\w-]*)/.exec(s.replace(/\(.*\)/, ''))?.[1];
  return { ...(id ? { id } : {}), scope, kind };
}

const DISCIPLINE: Record<string, string> = { 'khien trach': 'khien-trach', 'canh cao': 'canh-cao', 'ha bac luong': 'ha-bac-luong', 'giang chuc': 'giang-chuc', 'cach chuc': 'cach-chuc', 'buoc thoi viec': 'buoc-thoi-viec' };
/** Parses a discipline form in words or as a code. */
export function parseDiscipline(s: string): string | undefined {
  const f = asciiFold(s);
  return DISCIPLINE[f] ?? (Object.values(DISCIPLINE).includes(s.trim()) ? s.trim() : undefined);
}

const LEAVES: Record<string, string> = { 'thai san': 'maternity', 'nghi thai san': 'maternity', om: 'sick', 'nghi om': 'sick', 'di hoc': 'training', 'dao tao': 'training', 'boi duong': 'training', 'khong luong': 'unpaid', 'nghi khong luong': 'unpaid', 'bi thuong': 'injury-rescue', khac: 'other' };
/** Parses a leave kind in words or as a code. */
export function parseLeave(s: string): string | undefined {
  const f = asciiFold(s);
  return LEAVES[f] ?? (['maternity', 'sick', 'injury-rescue', 'training', 'unpaid', 'other'].includes(s.trim()) ? s.trim() : undefined);
}

const PENDING: Record<string, string> = { 'xem xet ky luat': 'discipline-review', 'thanh tra': 'inspection', 'kiem tra': 'inspection', 'dieu tra': 'inspection', 'khieu nai': 'complaint', 'to cao': 'complaint', 'khieu nai to cao': 'complaint' };
/** Parses a pending matter in words or as a code. */
export function parsePending(s: string): string | undefined {
  const f = asciiFold(s);
  return PENDING[f] ?? (['discipline-review', 'inspection', 'complaint'].includes(s.trim()) ? s.trim() : undefined);
}

const TYPES: Record<string, string> = { 'cong trang': 'cong-trang', 'thuong xuyen': 'cong-trang', 'chuyen de': 'phong-trao', 'phong trao': 'phong-trao', 'theo dot': 'phong-trao', 'dot xuat': 'dot-xuat', 'cong hien': 'cong-hien', 'nien han': 'nien-han', 'doi ngoai': 'doi-ngoai' };
/** Parses a type of commendation in words or as a code. */
export function parseAwardType(s: string): string | undefined {
  return TYPES[asciiFold(s)] ?? (Object.values(TYPES).includes(s.trim()) ? s.trim() : undefined);
}

/** Parses an achievement period "2022-2023", "2022–2023" or "2023". */
export function parsePeriod(s: string): [number, number] | undefined {
  const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(s.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : undefined;
}

/** Yes/no in Vietnamese or English. */
export function parseYesNo(s: string): boolean | undefined {
  const f = asciiFold(s);
  if (['co', 'x', 'yes', 'true', '1', 'da co'].includes(f)) return true;
  if (['khong', 'no', 'false', '0', 'chua co'].includes(f)) return false;
  return undefined;
}
