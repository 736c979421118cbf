import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPeople } from '../src/build.js';
import { generateSample, writeSample } from '../src/generate-sample.js';
import { readRoster } from '../src/roster.js';
import { reviewFile } from '../src/run.js';

const tmp = () => mkdtemp(join(tmpdir(), 'tdkt-review-'));

describe('roster reading', () => {
  it('reads headers with or without diacritics, NFD names, blank cells and junk rows; reports a bad row', async () => {
    const dir = await tmp();
    const file = join(dir, 'roster.csv');
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    await writeFile(
      file,
      [
        'DANH SACH CAN BO,,,,',
        'Ho va ten,Don vi,Nam,Xep loai,Danh hieu,Ngay tuyen dung',
        `${nfd},UBND Phường Hải Vân,2024,Hoàn thành tốt nhiệm vụ,LĐTT,01/09/2015`,
        `Nguyễn Thị Hòa,UBND Phường Hải Vân,2025,HTXSNV,,`,
        'Lê Văn A,UBND Phường Hải Vân,2025,Tốt lắm,,',
        ',,,,,',
        'Tổng cộng: 2 người,,,,,',
        ',,,Người lập biểu,,',
      ].join('\n'),
    );
    const sheet = await readRoster(file);
    expect(sheet.junk).toBe(3);
    const { people, problems } = buildPeople(sheet.rows);
    expect(people).toHaveLength(1);
    expect(people[0]!.subject.years).toHaveLength(2);
    expect(people[0]!.subject.recruited).toBe('2015-09-01');
    expect(problems).toEqual([expect.objectContaining({ row: 5, column: 'Xếp loại', value: 'Tốt lắm' })]);
    expect(problems[0]!.message.vi).toContain('không hiểu');
  });
});

describe('the annual review', () => {
  it('runs end to end on the seeded sample and answers the shared cases\u2019 situations right', async () => {
    const dir = await tmp();
    const sample = generateSample(7, { units: 12, perUnit: 3 });
    const files = await writeSample(dir, sample);
    const { review, files: out, summary } = await reviewFile({ file: files.xlsx, out: dir });
    const outcome = (name: string, award: string) => review.lines.find((l) => l.name === name && l.award === award)?.decision.outcome;
    expect(outcome('Trần Thị Hoà', 'lao-dong-tien-tien')).toBe('eligible');
    expect(outcome('Phạm Minh Khoa', 'lao-dong-tien-tien')).toBe('ineligible');
    expect(outcome('Huỳnh Thị Mỹ', 'lao-dong-tien-tien')).toBe('ineligible');
    expect(outcome('Ngô Văn Hùng', 'lao-dong-tien-tien')).toBe('eligible');
    expect(outcome('Đặng Quốc Bảo', 'chien-si-thi-dua-co-so')).toBe('eligible');
    expect(outcome('Bùi Thị Ngọc', 'lao-dong-tien-tien')).toBe('needs-review');
    expect(outcome('Nguyễn Thị Thu Hà', 'bang-khen-bo-nganh-tinh')).toBe('eligible');
    expect(outcome('Trương Văn Nam', 'bang-khen-thu-tuong')).toBe('eligible');
    expect(outcome('Phan Thị Thanh Thuỷ', 'huan-chuong-lao-dong-hang-ba')).toBe('eligible');
    expect(outcome('Đỗ Minh Tuấn', 'bang-khen-thu-tuong')).toBe('ineligible');
    expect(outcome('Lý Hoàng Yến', 'chien-si-thi-dua-bo-nganh-tinh')).toBe('eligible');
    expect(summary).toContain('1 dòng lỗi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[0]!);
    const ws = wb.getWorksheet('HCLĐ hạng Ba')!;
    expect(ws.getRow(3).getCell(2).value).toBe('Họ và tên / Tập thể');
    expect(ws.getRow(4).getCell(2).value).toBe('Phan Thị Thanh Thuỷ');
    const md = await readFile(out[1]!, 'utf8');
    expect(md).toContain('Nghị định 152/2025/NĐ-CP Điều 33 khoản 7');
  });

  it('the same seed makes the same roster, and the CSV variant reviews the same', async () => {
    expect(generateSample(3, { units: 2, perUnit: 4 })).toEqual(generateSample(3, { units: 2, perUnit: 4 }));
    const dir = await tmp();
    const sample = generateSample(11, { units: 12, perUnit: 2 });
    const f = await writeSample(dir, sample);
    const a = await reviewFile({ file: f.xlsx, out: join(dir, 'a') });
    const b = await reviewFile({ file: f.csv, unitsFile: f.unitsCsv, year: 2025, asOf: '2025-12-15', out: join(dir, 'b') });
    const key = (r: typeof a) => r.review.lines.map((l) => `${l.award}|${l.subjectId}|${l.decision.outcome}|${l.decision.hash}`).sort();
    expect(key(b)).toEqual(key(a));
  });

  it('a CSV without year and date is a typed error, not a crash', async () => {
    const dir = await tmp();
    const f = await writeSample(dir, generateSample(1, { units: 12, perUnit: 1 }));
    await expect(reviewFile({ file: f.csv, out: dir })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
