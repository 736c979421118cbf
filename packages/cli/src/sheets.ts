/**
 * Reading subjects from spreadsheets for `tdkt import`: the example roster layout (one row per
 * person per year) and the import sheets of a provincial emulation system (proposal, decision
 * and initiative lists, headers as in `lp-import-template-columns.csv`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { TdktError, asciiFold, matchKey, msg, subjectSchema, type Issue, type Message, type SubjectInput } from '@tdkt/core';
import { buildPeople, cellText, loadWorkbook, parseAward, parseDate, parseInitiative, readCsvMatrix, readRoster, sheetMatrix } from './roster/index.js';

/** The spreadsheet layouts `tdkt import` reads. `lp-*` are the provincial system's import sheets. */
export const SHEET_LAYOUTS = ['roster', 'lp-canhan', 'lp-tapthe', 'lp-detai', 'lp-nhandulieu', 'lp-mautdkt', 'lp-uploads', 'lp-quyetdinh'] as const;
/** See {@link SHEET_LAYOUTS}. */
export type SheetLayout = (typeof SHEET_LAYOUTS)[number];

/** What a provincial column becomes: a subject field, or nothing (the model has no place for it). */
type Field = 'name' | 'sex' | 'unit' | 'kind' | 'kindLabel' | 'award' | 'author' | 'topic' | 'recognised' | 'recognisedBy' | 'agency' | null;

/**
 * The provincial layouts: each exact header (in file order) and the field it fills; `null` = read
 * but not carried (see docs/storage.md for why).
 */
export const PROVINCIAL_LAYOUTS: Readonly<Record<Exclude<SheetLayout, 'roster'>, readonly (readonly [header: string, field: Field])[]>> = {
  'lp-canhan': [['STT', null], ['Họ và tên', 'name'], ['Giới tính', 'sex'], ['Ngày sinh', null], ['Chức vụ', null], ['Tên phòng ban/ khối, tổ công tác', null], ['Tên đơn vị/tập thể công tác', 'unit'], ['Địa chỉ Nơi ở', null], ['Mã phân loại cán bộ', null], ['Mã hình thức khen thưởng', null], ['Mã danh hiệu thi đua (nếu có)', null]],
  'lp-tapthe': [['STT', null], ['Tên đơn vị tập thể', 'name'], ['Mã phân loại tập thể', null], ['Mã hình thức khen thưởng', null], ['Mã danh hiệu thi đua (nếu có)', null]],
  'lp-detai': [['STT', null], ['Tên đề tài', 'topic'], ['Ngày công nhân', 'recognised'], ['Đơn vị công nhận', 'recognisedBy'], ['Tóm tắt thành tích đạt được', null], ['Tên tác giả', 'author'], ['Phòng ban làm việc', null], ['Tên cơ quan làm việc', 'agency']],
  'lp-nhandulieu': [['STT', null], ['Phân loại khen thưởng', 'kind'], ['Tên tập thể/cá nhân/hộ gia đình', 'name'], ['Chức vụ', null], ['Đơn vị công tác', 'unit'], ['Danh hiệu thi đua/Hình thức khen thưởng', null], ['Phân loại đối tượng', null], ['Lĩnh vực hoạt động', null]],
  'lp-mautdkt': [['STT', null], ['Tên gọi (Ông/Bà/Chức danh)', null], ['Tên tập thể/cá nhân/hộ gia đình', 'name'], ['Chức vụ', null], ['Đơn vị công tác', 'unit'], ['Phân loại khen thưởng', 'kindLabel'], ['Danh hiệu thi đua/Hình thức khen thưởng', null], ['Phân loại đối tượng', null], ['Lĩnh vực hoạt động', null], ['Mã Phân loại khen thưởng', 'kind'], ['Mã Danh hiệu thi đua', null], ['Mã phân loại loại tượng', null], ['Mã Lĩnh vực hoạt động', null]],
  'lp-uploads': [['STT', null], ['Lựa chọn phân loại khen thưởng', 'kindLabel'], ['Phân loại khen thưởng', 'kind'], ['Tên tập thể/cá nhân/hộ gia đình', 'name'], ['Chức vụ', null], ['Đơn vị công tác', 'unit'], ['Lựa chọn Danh hiệu thi đua/Hình thức khen thưởng', null], ['Danh hiệu thi đua/Hình thức khen thưởng', null], ['Lựa chọn Phân loại đối tượng', null], ['Phân loại đối tượng', null]],
  'lp-quyetdinh': [['STT', null], ['Họ và tên', 'name'], ['Giới tính', 'sex'], ['Ngày sinh', null], ['Phân loại cán bộ', null], ['Chức vụ', null], ['Hình thức khen thưởng', 'award']],
};

/** Subjects read from a sheet, ready for {@link importPrepared}. */
export interface SheetSubjects {
  layout: SheetLayout;
  subjects: (SubjectInput & { id: string })[];
  /** The import's id: layout and SHA-256 of the file's bytes, so the same file resumes. */
  importId: string;
  /** For provincial layouts, {@link mergeProvincial}: rows add to stored subjects rather than replace them. */
  merge?: typeof mergeProvincial;
}

const fold = (h: string): string => asciiFold(h.replace(/\s*\[sic[^\]]*\]/i, ''));

function detect(header: string[]): Exclude<SheetLayout, 'roster'> | undefined {
  const have = new Set(header.map(fold).filter(Boolean));
  // The most specific layouts first: several share headers.
  const order: Exclude<SheetLayout, 'roster'>[] = ['lp-mautdkt', 'lp-uploads', 'lp-detai', 'lp-tapthe', 'lp-canhan', 'lp-quyetdinh', 'lp-nhandulieu'];
  return order.find((l) => PROVINCIAL_LAYOUTS[l].every(([h]) => have.has(fold(h))));
}

async function matrixOf(file: string): Promise<{ row: number; values: unknown[] }[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return readCsvMatrix(file);
  const wb = await loadWorkbook(file);
  const ws = wb.worksheets.find((w) => ['danhsach', 'danh sach', 'file nhan'].includes(asciiFold(w.name))) ?? wb.worksheets[0];
  if (!ws) throw new TdktError('INPUT_UNREADABLE', msg(`Tệp ${file} không có trang tính`, `${file} has no worksheet`), { path: [file], value: file });
  return sheetMatrix(ws);
}

const KINDS: Record<string, 'individual' | 'collective' | 'household'> = {
  canhan: 'individual',
  tapthe: 'collective',
  hogiadinh: 'household',
  'khen thuong ca nhan': 'individual',
  'khen thuong tap the': 'collective',
  'khen thuong ho gia dinh': 'household',
  'ca nhan': 'individual',
  'tap the': 'collective',
  'ho gia dinh': 'household',
};

function sexOf(s: string): 'female' | 'male' | undefined {
  const f = asciiFold(s);
  return f === 'nu' || f === 'female' ? 'female' : f === 'nam' || f === 'male' ? 'male' : undefined;
}

const short = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * How a provincial row meets a subject already stored: the stored one is kept, with the row's
 * initiatives and awards added (by id / award code) and its sex filled in when unknown, so the
 * sheets of a province (CANHAN, DETAI, quyết định …) build one subject each.
 */
export function mergeProvincial(current: SubjectInput & { id: string }, row: SubjectInput & { id: string }): SubjectInput & { id: string } {
  const out: SubjectInput & { id: string } = structuredClone(current);
  mergeInto(out, row);
  if (row.unit && !out.unit) out.unit = row.unit;
  return out;
}

function mergeInto(target: SubjectInput & { id: string }, add: SubjectInput): void {
  if (add.initiatives?.length) target.initiatives = [...(target.initiatives ?? []), ...add.initiatives.filter((i) => !target.initiatives?.some((t) => t.id === i.id))];
  if (add.awards?.length) target.awards = [...(target.awards ?? []), ...add.awards.filter((a) => !target.awards?.some((t) => t.award === a.award))];
  if (add.sex && !target.sex) target.sex = add.sex;
}

/**
 * Subjects from a provincial sheet. Ids are `lp:<kind>:<name>|<unit>` (compared with
 * {@link matchKey}), so the same person in several rows or files is one subject.
 */
function provincial(layout: Exclude<SheetLayout, 'roster'>, header: string[], rows: { row: number; values: unknown[] }[], issues: Issue[]): (SubjectInput & { id: string })[] {
  const cols = PROVINCIAL_LAYOUTS[layout];
  const index = new Map<Exclude<Field, null>, number>();
  const folded = header.map(fold);
  for (const [h, f] of cols) if (f) index.set(f, folded.indexOf(fold(h)));
  const out = new Map<string, SubjectInput & { id: string }>();
  const bad = (row: number, header: string, value: unknown, message: Message): void => {
    issues.push({ path: ['rows', row, header], value, message });
  };
  for (const r of rows) {
    const get = (f: Exclude<Field, null>): string => {
      const i = index.get(f);
      return i === undefined || i < 0 ? '' : cellText(r.values[i]);
    };
    const headerOf = (f: Exclude<Field, null>): string => cols.find(([, x]) => x === f)![0];
    const nameField = layout === 'lp-detai' ? 'author' : 'name';
    const name = get(nameField);
    // Blank lines, and totals or signature lines written outside the layout's columns (STT aside).
    if (!name && cols.every(([h], k) => k === 0 || cellText(r.values[folded.indexOf(fold(h))]) === '')) continue;
    if (!name) {
      bad(r.row, headerOf(nameField), '', msg('Thiếu tên', 'The name is missing'));
      continue;
    }
    let kind: 'individual' | 'collective' | 'household' = layout === 'lp-tapthe' ? 'collective' : 'individual';
    if (index.has('kind') || index.has('kindLabel')) {
      const raw = get('kind') || get('kindLabel');
      const k = KINDS[asciiFold(raw)];
      if (!k) {
        bad(r.row, headerOf(get('kind') ? 'kind' : index.has('kind') ? 'kind' : 'kindLabel'), raw, msg(`Không hiểu phân loại khen thưởng "${raw}" (CANHAN, TAPTHE, HOGIADINH)`, `Cannot read the kind "${raw}" (CANHAN, TAPTHE, HOGIADINH)`));
        continue;
      }
      kind = k;
    }
    const unit = layout === 'lp-detai' ? get('agency') : get('unit');
    const s: SubjectInput & { id: string } = { kind, id: `lp:${kind}:${matchKey(name)}|${matchKey(unit)}`, name, ...(unit ? { unit } : {}) };
    if (index.has('sex') && get('sex')) {
      const sex = sexOf(get('sex'));
      if (!sex) {
        bad(r.row, headerOf('sex'), get('sex'), msg(`Không hiểu giới tính "${get('sex')}" (NAM, NU)`, `Cannot read the sex "${get('sex')}" (NAM, NU)`));
        continue;
      }
      s.sex = sex;
    }
    if (layout === 'lp-quyetdinh' && get('award')) {
      const award = parseAward(get('award'));
      if (!award) {
        bad(r.row, headerOf('award'), get('award'), msg(`Hình thức khen thưởng "${get('award')}" không có trong danh mục`, `The award "${get('award')}" is not in the catalog`));
        continue;
      }
      s.awards = [{ award }];
    }
    if (layout === 'lp-detai') {
      const topic = get('topic');
      const date = parseDate(get('recognised'));
      if (!topic) {
        bad(r.row, headerOf('topic'), '', msg('Thiếu tên đề tài', 'The topic title is missing'));
        continue;
      }
      if (!date) {
        bad(r.row, headerOf('recognised'), get('recognised'), msg('Ngày công nhận cần dạng DD/MM/YYYY', 'The recognition date must be DD/MM/YYYY'));
        continue;
      }
      const it = parseInitiative(`${topic} (${get('recognisedBy')})`);
      s.initiatives = [{ id: `lp:${short(`${matchKey(topic)}|${date}`)}`, year: Number(date.slice(0, 4)), scope: it.scope, kind: it.kind }];
    }
    const seen = out.get(s.id);
    if (seen) mergeInto(seen, s);
    else out.set(s.id, s);
  }
  return [...out.values()];
}

/**
 * Reads the subjects of a CSV or XLSX file in the example roster layout or one of the provincial
 * layouts (detected from the headers unless `layout` is given). Every row is checked before
 * anything is returned: problems are reported together, each with its row, column and value.
 *
 * @throws TdktError `VALIDATION_FAILED` (every issue, path `['rows', row, column]`) or `INPUT_UNREADABLE`.
 */
export async function readSheetSubjects(file: string, layout: SheetLayout | 'auto' = 'auto'): Promise<SheetSubjects> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new TdktError('INPUT_UNREADABLE', msg(`Chỉ đọc được tệp .csv hoặc .xlsx: ${file}`, `Only .csv and .xlsx files are read: ${file}`), { path: [file], value: file });
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp ${file}`, `Cannot read ${file}`), { path: [file], value: file, cause: e });
  });
  const issues: Issue[] = [];
  let used: SheetLayout = 'roster';
  let subjects: (SubjectInput & { id: string })[] = [];
  let rowOf = new Map<string, number>();
  const matrix = layout === 'roster' ? [] : await matrixOf(file);
  const headerAt = matrix.findIndex((r) => r.values.some((v) => fold(cellText(v)) === 'stt') && r.values.filter((v) => cellText(v)).length >= 3);
  const header = headerAt >= 0 ? matrix[headerAt]!.values.map((v) => cellText(v)) : [];
  const found = layout === 'auto' ? detect(header) : layout === 'roster' ? undefined : layout;
  if (layout !== 'auto' && layout !== 'roster') {
    const have = header.map(fold);
    const missing = PROVINCIAL_LAYOUTS[layout].map(([h]) => h).filter((h) => !have.includes(fold(h)));
    if (missing.length) throw new TdktError('INPUT_UNREADABLE', msg(`Thiếu cột của mẫu ${layout}: ${missing.join(', ')}`, `Columns of the ${layout} layout are missing: ${missing.join(', ')}`), { path: [file], value: missing });
  }
  if (found) {
    used = found;
    subjects = provincial(found, header, matrix.slice(headerAt + 1), issues);
  } else {
    const sheet = await readRoster(file);
    const built = buildPeople(sheet.rows);
    for (const p of built.problems) issues.push({ path: ['rows', p.row, p.column], value: p.value, message: p.message });
    subjects = built.people.map((p) => ({ ...p.subject, id: p.id ?? p.subject.id ?? p.key }));
    rowOf = new Map(built.people.map((p) => [p.subject.id ?? p.key, p.rows[0] ?? 0]));
  }
  // The storage validates again on write; checking here keeps a bad row from failing mid-import.
  subjects.forEach((s, i) => {
    const r = subjectSchema.safeParse(s);
    if (!r.success)
      for (const issue of r.error.issues) issues.push({ path: ['rows', rowOf.get(s.id) ?? i + 1, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))], value: s.id, message: msg(`Dữ liệu không hợp lệ: ${issue.message}`, `Invalid data: ${issue.message}`) });
  });
  if (issues.length) {
    const first = issues[0]!;
    throw new TdktError('VALIDATION_FAILED', msg(`${issues.length} lỗi trong ${file}; chưa nhập gì`, `${issues.length} problem(s) in ${file}; nothing imported`), { path: first.path, value: first.value, issues });
  }
  return { layout: used, subjects, ...(used === 'roster' ? {} : { merge: mergeProvincial }), importId: `sheet:${used}:${createHash('sha256').update(bytes).digest('hex')}` };
}
