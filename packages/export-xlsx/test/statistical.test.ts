import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STAT_CODE_ROW, STAT_HEADER_ROW, STATISTICAL_FORMS, statisticalWorkbook, tallyAwards, valueColumns, type AwardGiven } from '../src/index.js';

const csv: Record<string, string>[] = parse(readFileSync(new URL('../../../fixtures/data/bnv-tdkt-statistical-forms-tt02-2023.csv', import.meta.url)), { columns: true });

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('statistical forms 0601–0605.N/BNV-TĐKT (Circular 02/2023/TT-BNV)', () => {
  it('have exactly the rows, columns and codes of the fixture CSV, in order', () => {
    const flat = STATISTICAL_FORMS.flatMap((f) => [...f.columns.map((c) => ({ bieu_so: f.number, ten_bieu: f.title, part: 'column', ma: c.code, nhan: c.label, don_vi_tinh: '' })), ...f.rows.map((r) => ({ bieu_so: f.number, ten_bieu: f.title, part: 'row', ma: r.code, nhan: r.label, don_vi_tinh: r.unit }))]);
    expect(flat).toEqual(csv);
  });

  it('writes every form with frozen Vietnamese headers and reads back the codes and labels', async () => {
    const wb = await read(await statisticalWorkbook(STATISTICAL_FORMS.map((f) => ({ form: f.number })), { year: 2025, unit: 'Ủy ban nhân dân thành phố Đà Nẵng' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['0601.N', '0602.N', '0603.N', '0604.N', '0605.N']);
    for (const f of STATISTICAL_FORMS) {
      const ws = wb.getWorksheet(f.number.split('/')[0]!)!;
      expect(String(ws.getCell(1, 1).value)).toContain(f.number);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: STAT_CODE_ROW });
      const cols = valueColumns(f);
      expect((ws.getRow(STAT_HEADER_ROW).values as unknown[]).slice(1)).toEqual(['Chỉ tiêu', 'Mã số', 'Đơn vị tính', ...cols.map((c) => c.label)]);
      expect((ws.getRow(STAT_CODE_ROW).values as unknown[]).slice(1)).toEqual(['A', 'B', 'C', ...cols.map((c) => c.code)]);
      f.rows.forEach((r, i) => {
        const row = ws.getRow(STAT_CODE_ROW + 1 + i);
        expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value ?? '']).toEqual([r.label, r.code, r.unit]);
      });
    }
  });

  it('fills 0602 and 0603 from awards: counts by award column and subject kind, totals in row 01 and column 1', async () => {
    const awards: AwardGiven[] = [
      { award: 'bang-khen-bo-nganh-tinh', subjectKind: 'individual', method: 'regular' },
      { award: 'bang-khen-bo-nganh-tinh', subjectKind: 'individual', method: 'extraordinary' },
      { award: 'bang-khen-bo-nganh-tinh', subjectKind: 'collective' },
      { award: 'bang-khen-bo-nganh-tinh', subjectKind: 'household' },
      { award: 'chien-si-thi-dua-bo-nganh-tinh', subjectKind: 'individual', method: 'regular' },
      { award: 'co-thi-dua-bo-nganh-tinh', subjectKind: 'collective' },
      { award: 'ky-niem-chuong-tinh', subjectKind: 'individual' },
      { award: 'lao-dong-tien-tien', subjectKind: 'individual' },
      { award: 'huan-chuong-lao-dong-hang-ba', subjectKind: 'individual' },
      { award: 'bang-khen-thu-tuong', subjectKind: 'collective' },
    ];
    const t3 = tallyAwards('0603.N/BNV-TĐKT', awards);
    expect(t3.skipped.map((a) => a.award)).toEqual(['lao-dong-tien-tien', 'huan-chuong-lao-dong-hang-ba', 'bang-khen-thu-tuong']);
    expect(t3.values['01']).toEqual({ '1': 7, '2': 4, '3': 1, '4': 1, '5': 1 });
    expect(t3.values['02']).toEqual({ '1': 2, '2': 1, '4': 1 });
    expect(t3.values['04']).toEqual({ '1': 1, '2': 1 });
    expect(t3.values['05']).toEqual({ '1': 4, '2': 2, '3': 1, '5': 1 });
    expect(t3.values['11']).toEqual({ '1': 2, '2': 1, '3': 1 });
    expect(t3.values['13']).toEqual({ '1': 1, '2': 1 });
    const t2 = tallyAwards('0602.N/BNV-TĐKT', awards);
    expect(t2.values['01']).toEqual({ '1': 2, '2': 1, '7': 1, '2/huan-chuong-lao-dong-hang-ba/ca-nhan': 1, '7/bang-khen-thu-tuong/tap-the': 1 });
    expect(t2.values['06']).toEqual({ '1': 1, '7': 1, '7/bang-khen-thu-tuong/tap-the': 1 });
    expect(t2.values['09']).toEqual({ '1': 1, '2': 1, '2/huan-chuong-lao-dong-hang-ba/ca-nhan': 1 });

    const wb = await read(await statisticalWorkbook([{ form: '0602.N/BNV-TĐKT', values: t2.values }, { form: '0603.N/BNV-TĐKT', values: t3.values }], { year: 2025 }));
    const ws = wb.getWorksheet('0603.N')!;
    const first = STAT_CODE_ROW + 1;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(first).getCell(c).value)).toEqual(['Tổng số', '01', '', 7, 4, 1, 1, 1]);
    expect(ws.getRow(first + 4).getCell(2).value).toBe('05');
    expect(ws.getRow(first + 4).getCell(4).value).toBe(4);
  });

  it('prints 0602 as the form does: a pair Tập thể/Cá nhân per order, medal or title, under its column code', async () => {
    const awards: AwardGiven[] = [
      { award: 'huan-chuong-lao-dong-hang-ba', subjectKind: 'individual' },
      { award: 'huan-chuong-lao-dong-hang-ba', subjectKind: 'collective' },
      { award: 'huan-chuong-lao-dong-hang-ba', subjectKind: 'individual' },
      { award: 'huan-chuong-lao-dong-hang-nhi', subjectKind: 'individual' },
      { award: 'bang-khen-thu-tuong', subjectKind: 'collective' },
      { award: 'bang-khen-thu-tuong', subjectKind: 'household' },
      { award: 'bang-khen-thu-tuong', subjectKind: 'individual' },
      { award: 'chien-si-thi-dua-toan-quoc', subjectKind: 'individual' },
    ];
    const { values } = tallyAwards('0602.N/BNV-TĐKT', awards);
    const names: Record<string, string> = { 'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba', 'huan-chuong-lao-dong-hang-nhi': 'Huân chương Lao động hạng Nhì', 'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ' };
    const wb = await read(await statisticalWorkbook([{ form: '0602.N/BNV-TĐKT', values }], { year: 2025, awardName: (c) => names[c] ?? c }));
    const ws = wb.getWorksheet('0602.N')!;
    const header = (ws.getRow(STAT_HEADER_ROW).values as unknown[]).slice(4);
    expect(header).toEqual([
      'Tổng số',
      'Huân chương Lao động hạng Ba — Tập thể',
      'Huân chương Lao động hạng Ba — Cá nhân',
      'Huân chương Lao động hạng Nhì — Cá nhân',
      'Giải thưởng Hồ Chí Minh (Cá nhân)',
      'Giải thưởng Nhà nước (Cá nhân)',
      'Danh hiệu vinh dự nhà nước (Tập thể/Cá nhân cho mỗi loại)',
      'Cờ thi đua của Chính phủ (Tập thể)',
      'Bằng khen của Thủ tướng Chính phủ — Tập thể',
      'Bằng khen của Thủ tướng Chính phủ — Cá nhân',
      'Chiến sĩ thi đua Toàn quốc (Cá nhân)',
      'Các hình thức khen thưởng khác (Tập thể/Cá nhân)',
    ]);
    expect((ws.getRow(STAT_CODE_ROW).values as unknown[]).slice(4)).toEqual(['1', '2', '2', '2', '3', '4', '5', '6', '7', '7', '8', '9']);
    // the split column's own label above its sub-columns, merged
    expect(ws.getCell(STAT_HEADER_ROW - 1, 5).value).toBe('Các loại huân chương, huy chương');
    expect(ws.getCell(STAT_HEADER_ROW - 1, 7).master.address).toBe(ws.getCell(STAT_HEADER_ROW - 1, 5).address);
    expect(ws.getCell(STAT_HEADER_ROW - 1, 12).value).toBe('Bằng khen của Thủ tướng Chính phủ');
    const total = ws.getRow(STAT_CODE_ROW + 1);
    expect([4, 5, 6, 7, 12, 13, 14].map((c) => total.getCell(c).value)).toEqual([8, 1, 2, 1, 2, 1, 1]);
    // a household counts on the Tập thể side, and in row 08 apart
    const household = ws.getRow(STAT_CODE_ROW + 1 + 5);
    expect(household.getCell(2).value).toBe('08');
    expect(household.getCell(12).value).toBe(1);
  });

  it('rejects an unknown form, row or column and bad counts with a typed error', async () => {
    await expect(statisticalWorkbook([{ form: '0602.N/BNV-TĐKT', values: { '01': { '3/giai-thuong-nha-nuoc/ca-nhan': 1 } } }], { year: 2025 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['sheets', 0, 'values', '01', '3/giai-thuong-nha-nuoc/ca-nhan'] });
    await expect(statisticalWorkbook([{ form: '0699.N/BNV-TĐKT' as never }], { year: 2025 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['form'] });
    await expect(statisticalWorkbook([{ form: '0602.N/BNV-TĐKT', values: { '04': { '1': 1 } } }], { year: 2025 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['sheets', 0, 'values', '04'] });
    await expect(statisticalWorkbook([{ form: '0605.N/BNV-TĐKT', values: { '01': { '3': 1 } } }], { year: 2025 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(statisticalWorkbook([{ form: '0605.N/BNV-TĐKT', values: { '01': { '1': -1 } } }], { year: 2025 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', value: -1 });
    expect(() => tallyAwards('0603.N/BNV-TĐKT', [{ award: 'x', subjectKind: 'individual' }], () => '9')).toThrow(/VALIDATION_FAILED/);
  });
});
