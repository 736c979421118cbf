/**
 * The statistical report forms of the emulation and commendation sector, 0601–0605.N/BNV-TĐKT,
 * of Circular 02/2023/TT-BNV (Bộ Nội vụ): rows, columns and codes exactly as in
 * `fixtures/data/bnv-tdkt-statistical-forms-tt02-2023.csv` (copied from the statistical module of
 * a provincial TĐKT system). A workbook has one sheet per form with frozen Vietnamese headers;
 * forms 0602 and 0603 can be filled from a list of awards (counts by award and subject kind).
 *
 * @packageDocumentation
 */
import { msg, TdktError, type SubjectKind } from '@tdkt/core';
import ExcelJS from 'exceljs';

/** One column of a statistical form: its code (printed in the code row) and its label. */
export interface StatisticalColumn {
  code: string;
  label: string;
  /**
   * For a sub-column of a split form column (0602: one column per award form and subject side):
   * the form column's code, printed in the code row and above the sub-column's label.
   */
  group?: string;
}
/** One row of a statistical form: its code ("mã số"), label ("chỉ tiêu") and unit ("đơn vị tính", may be empty). */
export interface StatisticalRow {
  code: string;
  label: string;
  unit: string;
}
/** A statistical form of Circular 02/2023/TT-BNV. */
export interface StatisticalForm {
  /** Form number, e.g. `0602.N/BNV-TĐKT` ("N": yearly). */
  number: StatisticalFormNumber;
  /** The form's title, upper case as printed. */
  title: string;
  /** Data columns. Empty for 0604 and 0605, whose source lists none (see {@link valueColumns}). */
  columns: StatisticalColumn[];
  rows: StatisticalRow[];
}

/** Numbers of the five forms. */
export type StatisticalFormNumber = '0601.N/BNV-TĐKT' | '0602.N/BNV-TĐKT' | '0603.N/BNV-TĐKT' | '0604.N/BNV-TĐKT' | '0605.N/BNV-TĐKT';

/**
 * The five forms, rows and columns in the source's order and with its codes (0602 skips row codes
 * 04–05, as the source does). Source: Circular 02/2023/TT-BNV as implemented in
 * `fixtures/data/bnv-tdkt-statistical-forms-tt02-2023.csv`.
 */
export const STATISTICAL_FORMS: readonly StatisticalForm[] = [
  {
    number: "0601.N/BNV-TĐKT",
    title: "SỐ PHONG TRÀO THI ĐUA (đơn vị tính: phong trào)",
    columns: [
      { code: "1", label: "Tổng số (=2+3+4)" },
      { code: "2", label: "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)" },
      { code: "3", label: "Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương" },
      { code: "4", label: "Cơ quan, tổ chức, đơn vị" },
    ],
    rows: [
      { code: "01", label: "Tổng số", unit: "phong trào" },
      { code: "02", label: "1. Chia theo phạm vi tổ chức thi đua: Toàn quốc", unit: "phong trào" },
      { code: "03", label: "Bộ, ban, ngành, đoàn thể, địa phương", unit: "phong trào" },
      { code: "04", label: "Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", unit: "phong trào" },
      { code: "05", label: "Cơ quan, tổ chức, đơn vị", unit: "phong trào" },
      { code: "06", label: "2. Chia theo thời hạn thi đua: Dưới 1 năm", unit: "phong trào" },
      { code: "07", label: "1 năm", unit: "phong trào" },
      { code: "08", label: "Từ 1 năm đến dưới 3 năm", unit: "phong trào" },
      { code: "09", label: "Từ 3 năm đến dưới 5 năm", unit: "phong trào" },
      { code: "10", label: "Từ 5 năm trở lên", unit: "phong trào" },
      { code: "11", label: "3. Chia theo phương thức tổ chức: Thi đua theo chuyên đề", unit: "phong trào" },
      { code: "12", label: "Thi đua thường xuyên hàng năm", unit: "phong trào" },
    ],
  },
  {
    number: "0602.N/BNV-TĐKT",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
    columns: [
      { code: "1", label: "Tổng số" },
      { code: "2", label: "Các loại huân chương, huy chương (một cặp cột Tập thể/Cá nhân cho mỗi loại)" },
      { code: "3", label: "Giải thưởng Hồ Chí Minh (Cá nhân)" },
      { code: "4", label: "Giải thưởng Nhà nước (Cá nhân)" },
      { code: "5", label: "Danh hiệu vinh dự nhà nước (Tập thể/Cá nhân cho mỗi loại)" },
      { code: "6", label: "Cờ thi đua của Chính phủ (Tập thể)" },
      { code: "7", label: "Bằng khen của Thủ tướng Chính phủ (Tập thể/Cá nhân)" },
      { code: "8", label: "Chiến sĩ thi đua Toàn quốc (Cá nhân)" },
      { code: "9", label: "Các hình thức khen thưởng khác (Tập thể/Cá nhân)" },
    ],
    rows: [
      { code: "01", label: "Tổng số", unit: "" },
      { code: "02", label: "1. Chia theo đơn vị ban hành tờ trình Thủ tướng: Bộ, ban, ngành, đoàn thể Trung ương", unit: "Bộ, ngành" },
      { code: "03", label: "Tỉnh, thành phố trực thuộc Trung ương", unit: "Tỉnh, TP" },
      { code: "06", label: "2. Chia theo đối tượng: Tập thể", unit: "Tập thể" },
      { code: "07", label: "Trong đó: Doanh nghiệp", unit: "Doanh nghiệp" },
      { code: "08", label: "Hộ gia đình", unit: "Hộ" },
      { code: "09", label: "Cá nhân", unit: "Người" },
      { code: "10", label: "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", unit: "Người" },
      { code: "11", label: "Lãnh đạo cấp vụ, sở, ngành và tương đương", unit: "Người" },
      { code: "12", label: "Doanh nhân", unit: "Người" },
      { code: "13", label: "Các cấp lãnh đạo khác từ phó phòng trở lên", unit: "Người" },
      { code: "14", label: "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)", unit: "Người" },
      { code: "15", label: "3. Chia theo phương thức: Thường xuyên", unit: "" },
      { code: "16", label: "Chuyên đề", unit: "" },
      { code: "17", label: "Đột xuất", unit: "" },
      { code: "18", label: "Đối ngoại", unit: "" },
      { code: "19", label: "Cống hiến", unit: "" },
      { code: "20", label: "Niên hạn", unit: "" },
      { code: "21", label: "Kháng chiến", unit: "" },
    ],
  },
  {
    number: "0603.N/BNV-TĐKT",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    columns: [
      { code: "1", label: "Tổng số" },
      { code: "2", label: "Bằng khen" },
      { code: "3", label: "Chiến sĩ thi đua cấp bộ, cấp tỉnh" },
      { code: "4", label: "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố" },
      { code: "5", label: "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố" },
    ],
    rows: [
      { code: "01", label: "Tổng số", unit: "" },
      { code: "02", label: "1. Chia theo đối tượng: Tập thể", unit: "Tập thể" },
      { code: "03", label: "Trong đó: Doanh nghiệp", unit: "Doanh nghiệp" },
      { code: "04", label: "Hộ gia đình", unit: "Hộ" },
      { code: "05", label: "Cá nhân", unit: "Người" },
      { code: "06", label: "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", unit: "Người" },
      { code: "07", label: "Lãnh đạo cấp vụ, sở, ngành và tương đương", unit: "Người" },
      { code: "08", label: "Doanh nhân", unit: "Người" },
      { code: "09", label: "Các cấp lãnh đạo khác từ phó phòng trở lên", unit: "Người" },
      { code: "10", label: "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu", unit: "Người" },
      { code: "11", label: "2. Chia theo phương thức: Thường xuyên", unit: "" },
      { code: "12", label: "Chuyên đề", unit: "" },
      { code: "13", label: "Đột xuất", unit: "" },
      { code: "14", label: "Đối ngoại", unit: "" },
      { code: "15", label: "Cống hiến", unit: "" },
      { code: "16", label: "Niên hạn", unit: "" },
      { code: "17", label: "Kháng chiến", unit: "" },
    ],
  },
  {
    number: "0604.N/BNV-TĐKT",
    title: "SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    columns: [],
    rows: [
      { code: "01", label: "Tổng số", unit: "Tổ chức" },
      { code: "02", label: "Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương", unit: "Vụ" },
      { code: "03", label: "Cấp phòng, ban hoặc bộ phận thuộc Vụ", unit: "Phòng" },
      { code: "04", label: "Cấp ban thuộc Sở Nội vụ", unit: "Ban" },
      { code: "05", label: "Cấp phòng thuộc Sở Nội vụ", unit: "Phòng" },
    ],
  },
  {
    number: "0605.N/BNV-TĐKT",
    title: "SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG (cột 1 Tổng số, cột 2 Trong đó nữ)",
    columns: [],
    rows: [
      { code: "01", label: "Tổng số", unit: "Người" },
      { code: "02", label: "Tuổi: từ 30 trở xuống", unit: "Người" },
      { code: "03", label: "31-40", unit: "Người" },
      { code: "04", label: "41-50", unit: "Người" },
      { code: "05", label: "51-55", unit: "Người" },
      { code: "06", label: "56-60", unit: "Người" },
      { code: "07", label: "trên 60", unit: "Người" },
      { code: "08", label: "Trình độ: Sơ cấp", unit: "Người" },
      { code: "09", label: "Trung cấp", unit: "Người" },
      { code: "10", label: "Cao đẳng", unit: "Người" },
      { code: "11", label: "Đại học", unit: "Người" },
      { code: "12", label: "Trên đại học", unit: "Người" },
      { code: "13", label: "Thâm niên TĐKT: dưới 5 năm", unit: "Người" },
      { code: "14", label: "từ 5 đến 10 năm", unit: "Người" },
      { code: "15", label: "từ 10 năm trở lên (mã lặp 14 trong bản cài đặt của LP)", unit: "Người" },
    ],
  },
];

/**
 * The value columns printed for a form: its own columns — with 0602's split columns expanded into
 * the sub-columns that `values` uses (see {@link SPLIT_COLUMNS_0602}); for 0605 the two its title names
 * ("cột 1 Tổng số, cột 2 Trong đó nữ"); for 0604, whose source names no column, one column
 * "Số lượng" coded 1.
 */
export function valueColumns(form: StatisticalForm, values?: StatisticalValues): StatisticalColumn[] {
  if (form.columns.length) return values ? splitColumns(form, values) : form.columns;
  if (form.number === '0605.N/BNV-TĐKT') return [{ code: '1', label: 'Tổng số' }, { code: '2', label: 'Trong đó nữ' }];
  return [{ code: '1', label: 'Số lượng' }];
}

/** How an award was given, for the "chia theo phương thức" rows of 0602 and 0603. */
export type AwardMethod = 'regular' | 'thematic' | 'extraordinary' | 'foreign-affairs' | 'dedication' | 'seniority' | 'resistance';
const METHOD_LABEL: Record<AwardMethod, string> = { regular: 'Thường xuyên', thematic: 'Chuyên đề', 'extraordinary': 'Đột xuất', 'foreign-affairs': 'Đối ngoại', dedication: 'Cống hiến', seniority: 'Niên hạn', resistance: 'Kháng chiến' };

/** One award given (from a decision): the award's catalog code and who received it. */
export interface AwardGiven {
  /** Catalog code, e.g. `bang-khen-bo-nganh-tinh`. */
  award: string;
  subjectKind: SubjectKind;
  /** How it was given; rows "chia theo phương thức" count only awards that say. */
  method?: AwardMethod;
}

/**
 * The form column an award counts in, by catalog code: 0602 (state level) — orders and medals 2,
 * Giải thưởng Hồ Chí Minh 3, Giải thưởng Nhà nước 4, state honorary titles 5, Cờ thi đua của Chính
 * phủ 6, Bằng khen của Thủ tướng 7, Chiến sĩ thi đua toàn quốc 8; 0603 (ministry/province level) —
 * Bằng khen 2, Chiến sĩ thi đua 3, Cờ thi đua 4, Kỷ niệm chương 5. `undefined`: not counted in
 * that form.
 */
export function defaultColumnOf(form: '0602.N/BNV-TĐKT' | '0603.N/BNV-TĐKT', award: string): string | undefined {
  if (form === '0603.N/BNV-TĐKT') {
    if (award === 'bang-khen-bo-nganh-tinh') return '2';
    if (award === 'chien-si-thi-dua-bo-nganh-tinh') return '3';
    if (award === 'co-thi-dua-bo-nganh-tinh') return '4';
    if (award.startsWith('ky-niem-chuong-')) return '5';
    return undefined;
  }
  if (award.startsWith('huan-chuong-') || award.startsWith('huy-chuong-')) return '2';
  if (award === 'giai-thuong-ho-chi-minh') return '3';
  if (award === 'giai-thuong-nha-nuoc') return '4';
  if (/anh-hung|nhan-dan$|uu-tu$/.test(award)) return '5';
  if (award === 'co-thi-dua-chinh-phu') return '6';
  if (award === 'bang-khen-thu-tuong') return '7';
  if (award === 'chien-si-thi-dua-toan-quoc') return '8';
  return undefined;
}

/**
 * The columns of form 0602 that the form splits: "Các loại huân chương, huy chương" (2) and
 * "Danh hiệu vinh dự nhà nước" (5) and "Các hình thức khen thưởng khác" (9) have one column per
 * award form ("mỗi hình thức khen thưởng ghi riêng một cột"), each a pair Tập thể/Cá nhân, and
 * "Bằng khen của Thủ tướng Chính phủ" (7) is a pair Tập thể/Cá nhân. Source: the form's header as
 * implemented by a provincial TĐKT system (`Mau0602.blade.php`, see
 * `fixtures/data/bnv-tdkt-statistical-forms-tt02-2023.csv`); the official printed circular was not seen.
 */
export const SPLIT_COLUMNS_0602: Readonly<Record<string, string>> = {
  '2': 'Các loại huân chương, huy chương',
  '5': 'Danh hiệu vinh dự nhà nước',
  '7': 'Bằng khen của Thủ tướng Chính phủ',
  '9': 'Các hình thức khen thưởng khác',
};

/** The side of a pair of columns: Tập thể (collectives, and households: the form has no household column) or Cá nhân. */
export type ColumnSide = 'tap-the' | 'ca-nhan';
const SIDE_LABEL: Record<ColumnSide, string> = { 'tap-the': 'Tập thể', 'ca-nhan': 'Cá nhân' };

/**
 * The key of a 0602 sub-column in {@link StatisticalValues}: `<form column>/<award code>/<side>`,
 * e.g. `2/huan-chuong-lao-dong-hang-ba/ca-nhan`. A household counts on the Tập thể side (a reading:
 * the form's pairs have no household column; row 08 still counts households apart).
 */
export function subColumnKey(column: string, award: string, subjectKind: SubjectKind): string {
  return `${column}/${award}/${subjectKind === 'individual' ? 'ca-nhan' : 'tap-the'}`;
}

const SUB_KEY = /^(\d+)\/([a-z0-9-]+)\/(tap-the|ca-nhan)$/;

/** 0602's columns with each split column replaced by the sub-columns `values` uses (in code order, Tập thể before Cá nhân); a split column without any stays one column. */
function splitColumns(form: StatisticalForm, values: StatisticalValues): StatisticalColumn[] {
  if (form.number !== '0602.N/BNV-TĐKT') return form.columns;
  const subs = new Set<string>();
  for (const byCol of Object.values(values)) for (const k of Object.keys(byCol)) if (SUB_KEY.test(k) && k.split('/')[0]! in SPLIT_COLUMNS_0602) subs.add(k);
  const order = (k: string) => k.replace(/\/tap-the$/, '/0').replace(/\/ca-nhan$/, '/1');
  return form.columns.flatMap((c) => {
    const mine = [...subs].filter((k) => k.startsWith(`${c.code}/`)).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    return mine.length ? mine.map((k) => ({ code: k, label: c.label, group: c.code })) : [c];
  });
}

function subColumnLabel(c: StatisticalColumn, awardName: (code: string) => string = (x) => x): string {
  const [, , award, side] = SUB_KEY.exec(c.code)!;
  return `${awardName(award!)} — ${SIDE_LABEL[side as ColumnSide]}`;
}

/** Row 3 of a sheet: the split column's label merged over its sub-columns. */
function printGroups(ws: ExcelJS.Worksheet, form: StatisticalForm, cols: readonly StatisticalColumn[]): void {
  let i = 0;
  while (i < cols.length) {
    const g = cols[i]!.group;
    let j = i;
    while (g !== undefined && j + 1 < cols.length && cols[j + 1]!.group === g) j++;
    if (g !== undefined) {
      if (j > i) ws.mergeCells(STAT_HEADER_ROW - 1, 4 + i, STAT_HEADER_ROW - 1, 4 + j);
      const cell = ws.getCell(STAT_HEADER_ROW - 1, 4 + i);
      cell.value = SPLIT_COLUMNS_0602[g] ?? form.columns.find((x) => x.code === g)?.label ?? g;
      cell.font = { name: FONT, bold: true };
      cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    }
    i = j + 1;
  }
}

/** Counts of a form: `values[rowCode][columnCode]`. Missing cells print empty. */
export type StatisticalValues = Record<string, Record<string, number>>;

const SUBJECT_ROWS: Record<'0602.N/BNV-TĐKT' | '0603.N/BNV-TĐKT', Record<SubjectKind, string>> = {
  '0602.N/BNV-TĐKT': { collective: '06', household: '08', individual: '09' },
  '0603.N/BNV-TĐKT': { collective: '02', household: '04', individual: '05' },
};

/** The form with the given number. @throws TdktError `VALIDATION_FAILED` for another number. */
export function statisticalForm(number: string): StatisticalForm {
  const f = STATISTICAL_FORMS.find((x) => x.number === number);
  if (!f) throw new TdktError('VALIDATION_FAILED', msg(`Không có biểu thống kê số ${number}; có: ${STATISTICAL_FORMS.map((x) => x.number).join(', ')}`, `No statistical form ${number}; the forms are: ${STATISTICAL_FORMS.map((x) => x.number).join(', ')}`), { path: ['form'], value: number });
  return f;
}

/**
 * Counts awards into form 0602 or 0603: row 01 (Tổng số), the subject rows (Tập thể, Hộ gia đình,
 * Cá nhân) and the method rows; column 1 (Tổng số) is the sum of the award columns. For 0602 the
 * split columns (2, 5, 7, 9) are also counted per award form and side, under the keys of
 * {@link subColumnKey}, which {@link statisticalWorkbook} prints as the form's pairs of columns. Subject
 * sub-rows the decisions cannot tell (enterprises, leaders, ...) stay empty. Awards that count in
 * no column of the form are left out and returned in `skipped`.
 *
 * @param columnOf maps a catalog code to a column code (default {@link defaultColumnOf}).
 * @throws TdktError `VALIDATION_FAILED` when `columnOf` names a column the form does not have.
 */
export function tallyAwards(number: '0602.N/BNV-TĐKT' | '0603.N/BNV-TĐKT', awards: readonly AwardGiven[], columnOf: (award: string) => string | undefined = (a) => defaultColumnOf(number, a)): { values: StatisticalValues; skipped: AwardGiven[] } {
  const form = statisticalForm(number);
  const values: StatisticalValues = {};
  const skipped: AwardGiven[] = [];
  const add = (row: string, col: string) => {
    const r = (values[row] ??= {});
    r[col] = (r[col] ?? 0) + 1;
  };
  awards.forEach((a, i) => {
    const col = columnOf(a.award);
    if (col === undefined) return void skipped.push(a);
    if (col === '1' || !form.columns.some((c) => c.code === col))
      throw new TdktError('VALIDATION_FAILED', msg(`Biểu ${number} không có cột ${col} cho ${a.award}`, `Form ${number} has no column ${col} for ${a.award}`), { path: ['awards', i, 'award'], value: col });
    const rows = ['01', SUBJECT_ROWS[number][a.subjectKind]];
    if (a.method) {
      const row = form.rows.find((r) => r.label.endsWith(METHOD_LABEL[a.method!]));
      if (row) rows.push(row.code);
    }
    const sub = number === '0602.N/BNV-TĐKT' && col in SPLIT_COLUMNS_0602 ? subColumnKey(col, a.award, a.subjectKind) : undefined;
    for (const row of rows) {
      add(row, col);
      add(row, '1');
      if (sub) add(row, sub);
    }
  });
  return { values, skipped };
}

const FONT = 'Times New Roman';
/** Row of the column header in a form sheet (title on row 1, period on row 2). */
export const STAT_HEADER_ROW = 4;
/** Row of the column codes (A, B, C, 1, 2, …) under the header. */
export const STAT_CODE_ROW = 5;

/** One sheet of a statistical workbook. */
export interface StatisticalSheet {
  form: StatisticalFormNumber;
  values?: StatisticalValues;
}

/** Options of {@link statisticalWorkbook}. */
export interface StatisticalOptions {
  /** Reporting year (kỳ báo cáo: năm). */
  year: number;
  /** Reporting unit (đơn vị báo cáo), printed under the title. */
  unit?: string;
  /**
   * The printed name of an award code, for 0602's sub-column headers, e.g.
   * `(code) => engine.award(code)?.nameVi ?? code` (default: the code itself).
   */
  awardName?: (code: string) => string;
}

/**
 * Writes the given forms as one workbook, one sheet per form (named e.g. `0602.N`): title, year
 * and unit, a header row "Chỉ tiêu | Mã số | Đơn vị tính | <columns>" and a code row
 * "A | B | C | 1 | 2 …" frozen above the rows, in the form's order.
 *
 * @throws TdktError `VALIDATION_FAILED` for an unknown form, a value for a row or column the form
 *   does not have, or a count that is not a non-negative integer.
 */
export async function statisticalWorkbook(sheets: readonly StatisticalSheet[], options: StatisticalOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  wb.created = new Date(`${options.year}-12-31T00:00:00+07:00`);
  wb.modified = wb.created;
  sheets.forEach((s, si) => {
    const form = statisticalForm(s.form);
    const cols = valueColumns(form, s.values ?? {});
    const accepted = new Set([...valueColumns(form), ...cols].map((c) => c.code));
    for (const [row, byCol] of Object.entries(s.values ?? {})) {
      if (!form.rows.some((r) => r.code === row)) throw new TdktError('VALIDATION_FAILED', msg(`Biểu ${form.number} không có dòng mã ${row}`, `Form ${form.number} has no row ${row}`), { path: ['sheets', si, 'values', row], value: row });
      for (const [col, v] of Object.entries(byCol)) {
        if (!accepted.has(col)) throw new TdktError('VALIDATION_FAILED', msg(`Biểu ${form.number} không có cột ${col}`, `Form ${form.number} has no column ${col}`), { path: ['sheets', si, 'values', row, col], value: col });
        if (!Number.isInteger(v) || v < 0) throw new TdktError('VALIDATION_FAILED', msg('Số liệu thống kê phải là số nguyên không âm', 'Statistical counts are non-negative integers'), { path: ['sheets', si, 'values', row, col], value: v });
      }
    }
    const ws = wb.addWorksheet(form.number.split('/')[0]!, { views: [{ state: 'frozen', ySplit: STAT_CODE_ROW, xSplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const width = 3 + cols.length;
    ws.columns = [{ width: 60 }, { width: 8 }, { width: 14 }, ...cols.map(() => ({ width: 16 }))];
    ws.mergeCells(1, 1, 1, width);
    ws.getCell(1, 1).value = `Biểu số ${form.number} — ${form.title}`;
    ws.getCell(1, 1).font = { name: FONT, bold: true, size: 13 };
    ws.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
    ws.mergeCells(2, 1, 2, width);
    ws.getCell(2, 1).value = `Kỳ báo cáo: năm ${options.year}${options.unit ? ` — Đơn vị báo cáo: ${options.unit}` : ''} (Thông tư 02/2023/TT-BNV)`;
    ws.getCell(2, 1).font = { name: FONT, italic: true };
    ws.getCell(2, 1).alignment = { horizontal: 'center' };
    const h = ws.getRow(STAT_HEADER_ROW);
    h.values = ['Chỉ tiêu', 'Mã số', 'Đơn vị tính', ...cols.map((c) => (c.group ? subColumnLabel(c, options.awardName) : c.label))];
    h.font = { name: FONT, bold: true };
    h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    printGroups(ws, form, cols);
    const c = ws.getRow(STAT_CODE_ROW);
    c.values = ['A', 'B', 'C', ...cols.map((x) => x.group ?? x.code)];
    c.font = { name: FONT, italic: true };
    c.alignment = { horizontal: 'center' };
    for (const r of form.rows) {
      const v = s.values?.[r.code] ?? {};
      const row = ws.addRow([r.label, r.code, r.unit, ...cols.map((x) => v[x.code] ?? null)]);
      row.font = { name: FONT, bold: r.code === '01' };
      row.getCell(2).alignment = { horizontal: 'center' };
      row.getCell(1).alignment = { wrapText: true };
      row.getCell(2).numFmt = '@';
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
