import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TdktError } from '@tdkt/core';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { main } from '../src/cli.js';
import { importPrepared } from '../src/import.js';
import { PROVINCIAL_LAYOUTS, readSheetSubjects } from '../src/sheets.js';

const tmp = () => mkdtemp(join(tmpdir(), 'tdkt-sheets-'));
const quiet = { out: () => undefined, err: () => undefined };

/** A provincial XLSX: sheet DANHSACH, a title row, the exact headers, then the rows. */
async function lpXlsx(file: string, title: string, headers: readonly string[], rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DANHSACH');
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

const headersOf = (l: keyof typeof PROVINCIAL_LAYOUTS) => PROVINCIAL_LAYOUTS[l].map(([h]) => h);

describe('tdkt import of spreadsheets', () => {
  it('imports the example roster layout (CSV) and reports bad rows with their position, writing nothing', async () => {
    const dir = await tmp();
    const good = join(dir, 'roster.csv');
    await writeFile(good, ['Mã cán bộ,Họ và tên,Đơn vị,Năm,Xếp loại,Danh hiệu', "CB1,Nguyễn Thị O'Hoa; DROP TABLE,UBND Phường Hải Vân,2024,HTTNV,LĐTT", 'CB1,Nguyễn Thị O\'Hoa; DROP TABLE,UBND Phường Hải Vân,2025,HTXSNV,', 'CB2,Trần Văn 🇻🇳,UBND Phường Hải Vân,2025,HTNV,'].join('\n'));
    const db = join(dir, 'tdkt.sqlite');
    const out: string[] = [];
    expect(await main(['import', good, '--db', db], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect(out.join('\n')).toContain('imported 2/2');
    const storage = sqliteStorage({ file: db });
    const cb1 = await storage.subjects.require('CB1');
    expect(cb1.data.name).toBe("Nguyễn Thị O'Hoa; DROP TABLE");
    expect(cb1.data.years?.map((y) => [y.year, y.rating, y.titles])).toEqual([[2024, 'HTTNV', ['lao-dong-tien-tien']], [2025, 'HTXSNV', []]]);
    await storage.close();

    const bad = join(dir, 'bad.csv');
    await writeFile(bad, ['Mã cán bộ,Họ và tên,Đơn vị,Năm,Xếp loại', 'CB3,Lê Văn A,UBND,2025,HTXSNV', 'CB4,Lê Văn B,UBND,2025,Tốt lắm'].join('\n'));
    const e = await readSheetSubjects(bad).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TdktError);
    expect((e as TdktError).issues).toEqual([expect.objectContaining({ path: ['rows', 3, 'Xếp loại'], value: 'Tốt lắm' })]);
    const errs: string[] = [];
    expect(await main(['import', bad, '--db', db], { out: () => undefined, err: (l) => errs.push(l) })).not.toBe(0);
    const again = sqliteStorage({ file: db });
    expect(await again.subjects.get('CB3')).toBeUndefined();
    await again.close();
  });

  it('imports the roster XLSX the annual-review example reads', async () => {
    const dir = await tmp();
    const file = join(dir, 'roster.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Đơn vị', 'Năm', 'Xếp loại']);
    ws.addRow(['Phạm Thị Lan', 'Sở Nội vụ', 2025, 'Hoàn thành xuất sắc nhiệm vụ']);
    await wb.xlsx.writeFile(file);
    const r = await readSheetSubjects(file);
    expect(r.layout).toBe('roster');
    expect(r.subjects).toEqual([expect.objectContaining({ name: 'Phạm Thị Lan', unit: 'Sở Nội vụ', years: [{ year: 2025, rating: 'HTXSNV', titles: [] }] })]);
  });

  it('maps the provincial sheets: CANHAN, TAPTHE, DETAI, NHANDULIEU, MauTDKT, uploads and quyetdinh variants', async () => {
    const dir = await tmp();
    const f = (n: string) => join(dir, n);
    await lpXlsx(f('CANHAN.xlsx'), 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-canhan'), [
      [1, 'Nguyễn Văn An', 'NAM', '01/01/1980', 'Trưởng phòng', 'Phòng TCCB', 'Sở Nội vụ', 'Hải Châu', 'CB01', 'BK', 'CSTDCS'],
      [2, 'Lê Thị Bình', 'NU', '', '', '', 'Sở Nội vụ', '', '', 'BK', ''],
      [],
      ['Tổng cộng: 2'],
    ]);
    await lpXlsx(f('TAPTHE.xlsx'), 'DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-tapthe'), [[1, 'Phòng Thi đua - Khen thưởng', 'TT01', 'BK', 'TTLDTT']]);
    await lpXlsx(f('DETAI.xlsx'), 'DANH SÁCH ĐỀ TÀI SÁNG KIẾN', headersOf('lp-detai'), [[1, 'Số hoá hồ sơ thi đua', '15/11/2025', 'Hội đồng sáng kiến cấp tỉnh', 'Tiết kiệm 30% thời gian', 'Nguyễn Văn An', 'Phòng TCCB', 'Sở Nội vụ']]);
    await lpXlsx(f('NHANDULIEU.xlsx'), 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-nhandulieu'), [[1, 'HOGIADINH', 'Hộ ông Trần Văn Cường', '', 'Xã Hoà Vang', 'BK', 'HGD', 'KT']]);
    await lpXlsx(f('MauTDKT.xlsx'), 'DANH SÁCH', headersOf('lp-mautdkt'), [[1, 'Thượng tá', 'Đỗ Văn Dũng', 'Đội trưởng', 'Công an tỉnh', 'Khen thưởng cá nhân', 'Bằng khen', 'CB', 'AN', 'CANHAN', 'BK', 'CB', 'AN']]);
    await lpXlsx(f('uploads.xlsx'), 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-uploads'), [[1, 'Khen thưởng tập thể', 'TAPTHE', 'Trường THCS Lê Lợi', '', 'Sở GD&ĐT', 'Bằng khen', 'BK', 'Tập thể', 'TT']]);
    await lpXlsx(f('quyetdinh.xlsx'), 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-quyetdinh'), [[1, 'Võ Thị Em', 'Nữ', '02/02/1990', 'CB', 'Chuyên viên', 'Chiến sĩ thi đua cơ sở']]);

    const canhan = await readSheetSubjects(f('CANHAN.xlsx'));
    expect(canhan.layout).toBe('lp-canhan');
    expect(canhan.subjects).toEqual([
      { kind: 'individual', id: expect.stringMatching(/^lp:individual:/), name: 'Nguyễn Văn An', unit: 'Sở Nội vụ', sex: 'male' },
      expect.objectContaining({ name: 'Lê Thị Bình', sex: 'female' }),
    ]);
    expect((await readSheetSubjects(f('TAPTHE.xlsx'))).subjects).toEqual([expect.objectContaining({ kind: 'collective', name: 'Phòng Thi đua - Khen thưởng' })]);
    const detai = await readSheetSubjects(f('DETAI.xlsx'));
    expect(detai.layout).toBe('lp-detai');
    expect(detai.subjects[0]).toMatchObject({ kind: 'individual', name: 'Nguyễn Văn An', unit: 'Sở Nội vụ', initiatives: [{ year: 2025, scope: 'bo-nganh-tinh' }] });
    expect(detai.subjects[0]!.id).toBe(canhan.subjects[0]!.id);
    expect((await readSheetSubjects(f('NHANDULIEU.xlsx'))).subjects[0]).toMatchObject({ kind: 'household', name: 'Hộ ông Trần Văn Cường' });
    const mau = await readSheetSubjects(f('MauTDKT.xlsx'));
    expect(mau.layout).toBe('lp-mautdkt');
    expect(mau.subjects[0]).toMatchObject({ kind: 'individual', name: 'Đỗ Văn Dũng', unit: 'Công an tỉnh' });
    const up = await readSheetSubjects(f('uploads.xlsx'));
    expect([up.layout, up.subjects[0]?.kind]).toEqual(['lp-uploads', 'collective']);
    const qd = await readSheetSubjects(f('quyetdinh.xlsx'));
    expect(qd.subjects[0]).toMatchObject({ sex: 'female', awards: [{ award: 'chien-si-thi-dua-co-so' }] });

    // Into one database: CANHAN then DETAI; the import goes through the resumable batches.
    const db = f('lp.sqlite');
    expect(await main(['import', f('CANHAN.xlsx'), '--db', db, '--batch', '1'], quiet)).toBe(0);
    expect(await main(['import', f('DETAI.xlsx'), '--db', db], quiet)).toBe(0);
    const storage = sqliteStorage({ file: db });
    const an = await storage.subjects.require(canhan.subjects[0]!.id);
    expect(an.data.initiatives).toHaveLength(1);
    expect(an.data.sex).toBe('male'); // DETAI adds to the CANHAN subject, it does not replace it
    expect((await storage.subjects.list()).length).toBe(2);
    const progress = (await storage.imports.list()).map((p) => [p.data.done, p.data.total]);
    expect(progress).toEqual(expect.arrayContaining([[2, 2], [1, 1]]));
    await storage.close();
  });

  it('a provincial sheet with bad rows is refused whole, each problem with its row and column', async () => {
    const dir = await tmp();
    const file = join(dir, 'NHANDULIEU.xlsx');
    await lpXlsx(file, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', headersOf('lp-nhandulieu'), [
      [1, 'CANHAN', 'Nguyễn Văn An', '', 'Sở Nội vụ', 'BK', 'CB', 'KT'],
      [2, 'NHOM', 'Tổ công tác', '', 'Sở Nội vụ', 'BK', 'CB', 'KT'],
      [3, 'CANHAN', '', '', 'Sở Nội vụ', 'BK', 'CB', 'KT'],
    ]);
    const e = (await readSheetSubjects(file).catch((x: unknown) => x)) as TdktError;
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues.map((i) => [i.path, i.value])).toEqual([[['rows', 5, 'Phân loại khen thưởng'], 'NHOM'], [['rows', 6, 'Tên tập thể/cá nhân/hộ gia đình'], '']]);
    expect(e.messages.en).toContain('nothing imported');
    const storage = sqliteStorage({ file: ':memory:' });
    await expect(readSheetSubjects(file).then((r) => importPrepared(storage, r.subjects, r.importId, file))).rejects.toBeInstanceOf(TdktError);
    expect(await storage.subjects.list()).toEqual([]);
    await storage.close();
  });
});
