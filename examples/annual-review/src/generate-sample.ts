/**
 * A seeded generator of a realistic roster for the 2025 review (decided in December 2025): a few
 * hundred people over 10 years in units named after Đà Nẵng's commune-level units, with the
 * situations of the shared acceptance cases mixed in, and the blank cells, junk rows and one typo
 * that real office files have. Same seed, same file.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Faker, vi, base } from '@faker-js/faker';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { writeAtomic } from './report.js';

/** The columns of the generated roster (Vietnamese headers, as offices type them). */
export const HEADERS = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Ngày tuyển dụng', 'Năm', 'Xếp loại', 'Danh hiệu', 'Sáng kiến', 'Kỷ luật', 'Ngày kỷ luật', 'Kỷ luật đến', 'Khen thưởng', 'Loại hình khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Thời gian thành tích', 'Loại nghỉ', 'Nghỉ từ', 'Nghỉ đến', 'Ngày điều động', 'Đơn vị cũ', 'Ý kiến đơn vị cũ', 'Đang xem xét', 'Xem xét từ ngày', 'Ghi chú'] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, string | number>>;

/** What the generator makes. */
export interface Sample {
  year: number;
  asOf: string;
  rows: Row[];
  units: { unit: string; rating: string }[];
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** Generates the sample (pure: no file written). */
export function generateSample(seed = 2025, opts: { units?: number; perUnit?: number } = {}): Sample {
  const f = new Faker({ locale: [vi, base] });
  f.seed(seed);
  const year = 2025;
  const asOf = '2025-12-15';
  const csv = readFileSync(fileURLToPath(new URL('../data/danang-2025-commune-level-units.csv', import.meta.url)), 'utf8');
  const communes = csv.trim().split('\n').slice(1).map((l) => l.split(',')[1]!);
  const chosen = f.helpers.arrayElements(communes, opts.units ?? 12);
  const unitNames = chosen.map((c) => `UBND ${c}`);
  const rows: Row[] = [];
  let seq = 0;
  const pickRating = (strong: boolean) => f.helpers.weightedArrayElement(strong ? [{ value: 'HTXSNV', weight: 45 }, { value: 'HTTNV', weight: 50 }, { value: 'HTNV', weight: 5 }] : [{ value: 'HTXSNV', weight: 12 }, { value: 'HTTNV', weight: 70 }, { value: 'HTNV', weight: 14 }, { value: 'KHTNV', weight: 4 }]);
  const date = (from: string, to: string) => f.date.between({ from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` }).toISOString().slice(0, 10);

  for (const unit of unitNames) {
    const n = opts.perUnit ?? f.number.int({ min: 20, max: 30 });
    for (let k = 0; k < n; k++) {
      const id = `DN${String(++seq).padStart(4, '0')}`;
      const female = f.datatype.boolean({ probability: 0.55 });
      const name = `${f.person.lastName()} ${f.person.firstName(female ? 'female' : 'male')}`;
      const recruited = f.datatype.boolean({ probability: 0.04 }) ? date('2025-01-01', '2025-09-30') : date('1998-01-01', '2024-06-30');
      const strong = f.datatype.boolean({ probability: 0.25 });
      const first = Math.max(2016, Number(recruited.slice(0, 4)));
      const cstdcs: number[] = [];
      let awarded = 0;
      for (let y = first; y <= year; y++) {
        const row: Row = { 'Mã cán bộ': id, 'Họ và tên': name, 'Giới tính': female ? 'Nữ' : 'Nam', 'Đơn vị': unit, 'Năm': y };
        if (y === first) row['Ngày tuyển dụng'] = dmy(recruited);
        const monthsIn = y === Number(recruited.slice(0, 4)) ? 12 - Number(recruited.slice(5, 7)) : 12;
        const rating = monthsIn < 6 ? undefined : pickRating(strong);
        if (rating) row['Xếp loại'] = rating;
        const init = f.datatype.boolean({ probability: strong ? 0.45 : 0.12 }) ? [`SK-${y}-${id.slice(2)} (${f.datatype.boolean({ probability: 0.1 }) ? 'tỉnh' : 'cơ sở'})`] : [];
        if (init.length) row['Sáng kiến'] = init.join('; ');
        if (y < year && rating) {
          const titles: string[] = [];
          if (rating === 'HTXSNV' || rating === 'HTTNV') titles.push('Lao động tiên tiến');
          if (titles.length && (rating === 'HTXSNV' || init.length) && f.datatype.boolean({ probability: 0.7 })) {
            titles.push('Chiến sĩ thi đua cơ sở');
            cstdcs.push(y);
          }
          if (cstdcs.includes(y) && cstdcs.includes(y - 1) && cstdcs.includes(y - 2) && init.some((i) => i.includes('tỉnh'))) titles.push('Chiến sĩ thi đua cấp tỉnh');
          if (titles.length) row['Danh hiệu'] = titles.join(', ');
        }
        if (y < year && y - awarded >= 3 && cstdcs.includes(y - 1) && cstdcs.includes(y - 2) && f.datatype.boolean({ probability: 0.5 })) {
          Object.assign(row, { 'Khen thưởng': 'Bằng khen của Chủ tịch UBND thành phố', 'Loại hình khen thưởng': 'Công trạng', 'Số quyết định': `${f.number.int({ min: 100, max: 3999 })}/QĐ-UBND`, 'Ngày quyết định': dmy(`${y}-03-${String(f.number.int({ min: 10, max: 28 }))}`), 'Thời gian thành tích': `${y - 2}-${y - 1}` });
          awarded = y;
        }
        if (y === year) {
          if (female && f.datatype.boolean({ probability: 0.06 })) Object.assign(row, { 'Loại nghỉ': 'Thai sản', 'Nghỉ từ': dmy('2025-02-01'), 'Nghỉ đến': dmy('2025-07-31') });
          else if (f.datatype.boolean({ probability: 0.05 })) Object.assign(row, { 'Loại nghỉ': 'Ốm', 'Nghỉ từ': dmy('2025-03-03'), 'Nghỉ đến': dmy('2025-03-14') });
          if (f.datatype.boolean({ probability: 0.03 })) {
            const other = f.helpers.arrayElement(unitNames.filter((u) => u !== unit));
            Object.assign(row, { 'Ngày điều động': dmy('2025-08-01'), 'Đơn vị cũ': other, 'Ý kiến đơn vị cũ': f.datatype.boolean() ? 'Có' : '' });
          }
        }
        rows.push(row);
      }
    }
  }

  // The shared acceptance cases' situations, moved to the 2025 review.
  const unit = (i: number) => unitNames[i % unitNames.length]!;
  const person = (code: string, name: string, sex: 'Nữ' | 'Nam', u: string, recruited: string, years: Row[], note: string) => {
    years.forEach((y, i) => rows.push({ 'Mã cán bộ': code, 'Họ và tên': name, 'Giới tính': sex, 'Đơn vị': u, ...(i === 0 ? { 'Ngày tuyển dụng': dmy(recruited) } : {}), ...y, 'Ghi chú': note }));
  };
  const good = (from: number, to: number, extra: (y: number) => Row = () => ({})): Row[] => Array.from({ length: to - from + 1 }, (_, i) => ({ 'Năm': from + i, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'Lao động tiên tiến', ...extra(from + i) }));
  person('RC01', 'Trần Thị Hoà', 'Nữ', unit(0), '2016-08-15', [...good(2022, 2024), { 'Năm': 2025, 'Xếp loại': 'HTTNV', 'Loại nghỉ': 'Thai sản', 'Nghỉ từ': '02/01/2025', 'Nghỉ đến': '30/06/2025' }], 'Tình huống như RC-01: nghỉ thai sản được tính là thời gian công tác');
  person('RC03', 'Lê Văn Thuỷ', 'Nam', unit(1), '2025-01-02', [{ 'Năm': 2025, 'Xếp loại': 'HTTNV' }], 'Tình huống như RC-03: hợp đồng rồi tuyển dụng công chức, công tác liên tục');
  person('RC04A', 'Phạm Minh Khoa', 'Nam', unit(2), '2025-08-01', [{ 'Năm': 2025 }], 'Tình huống như RC-04a: mới tuyển dụng dưới 6 tháng');
  person('RC06', 'Võ Thị Lan', 'Nữ', unit(3), '2015-03-02', [...good(2023, 2024), { 'Năm': 2025, 'Xếp loại': 'HTTNV', 'Loại nghỉ': 'Đi học', 'Nghỉ từ': '04/09/2024', 'Nghỉ đến': '03/11/2025' }], 'Tình huống như RC-06: cử đi học 14 tháng');
  person('RC30', 'Đặng Quốc Bảo', 'Nam', unit(4), '2014-08-18', [...good(2023, 2024), { 'Năm': 2025, 'Xếp loại': 'Hoàn thành xuất sắc nhiệm vụ' }], 'Tình huống như RC-30: HTXSNV, không có sáng kiến');
  person('RC31', 'Huỳnh Thị Mỹ', 'Nữ', unit(5), '2012-03-05', [...good(2023, 2024), { 'Năm': 2025, 'Xếp loại': 'HTTNV', 'Đang xem xét': 'Khiếu nại', 'Xem xét từ ngày': '24/11/2025' }], 'Tình huống như RC-31: đơn khiếu nại đang được xác minh');
  person('RC32', 'Ngô Văn Hùng', 'Nam', unit(6), '2013-09-03', [...good(2023, 2024), { 'Năm': 2025, 'Xếp loại': 'HTTNV', 'Ngày điều động': '01/05/2025', 'Đơn vị cũ': unit(7), 'Ý kiến đơn vị cũ': 'Có' }], 'Tình huống như RC-32: điều động ngày 01/05/2025, có ý kiến đơn vị cũ');
  person('RC09B', 'Bùi Thị Ngọc', 'Nữ', unit(7), '2014-02-10', [{ 'Năm': 2023, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'Lao động tiên tiến' }, { 'Năm': 2024, 'Xếp loại': 'KHTNV', 'Kỷ luật': 'Khiển trách', 'Ngày kỷ luật': '05/02/2025', 'Kỷ luật đến': '05/08/2025' }, { 'Năm': 2025, 'Xếp loại': 'HTTNV' }], 'Tình huống như RC-09b: kỷ luật năm sau cho vi phạm năm trước');
  person('RC14', 'Nguyễn Thị Thu Hà', 'Nữ', unit(8), '2012-09-01', [{ 'Năm': 2023, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'Lao động tiên tiến' }, { 'Năm': 2024, 'Xếp loại': 'HTXSNV', 'Danh hiệu': 'LĐTT, CSTĐCS', 'Sáng kiến': 'SK-2024-RC14 (cơ sở)' }, { 'Năm': 2025, 'Xếp loại': 'HTXSNV', 'Sáng kiến': 'SK-2025-RC14 (cơ sở)' }], 'Tình huống như RC-14: 2 năm HTXSNV, 2 sáng kiến chưa dùng');
  person('RC16', 'Trương Văn Nam', 'Nam', unit(9), '2005-09-01', [{ 'Năm': 2019, 'Xếp loại': 'HTXSNV', 'Danh hiệu': 'LĐTT, CSTĐCS', 'Khen thưởng': 'Bằng khen của Chủ tịch UBND thành phố', 'Loại hình khen thưởng': 'Công trạng', 'Số quyết định': '512/QĐ-UBND', 'Ngày quyết định': '20/03/2019', 'Thời gian thành tích': '2017-2018' }, ...good(2020, 2024, (y) => (y === 2021 || y === 2023 ? { 'Xếp loại': 'HTXSNV', 'Danh hiệu': 'LĐTT, CSTĐCS' } : {})), { 'Năm': 2025, 'Xếp loại': 'HTXSNV' }], 'Tình huống như RC-16: Bằng khen Thủ tướng, 3 lần CSTĐCS không liên tục');
  person('RC33', 'Phan Thị Thanh Thuỷ', 'Nữ', unit(10), '2004-09-01', [{ 'Năm': 2020, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'LĐTT', 'Khen thưởng': 'Bằng khen Thủ tướng', 'Loại hình khen thưởng': 'Công trạng', 'Số quyết định': '1234/QĐ-TTg', 'Ngày quyết định': '14/09/2020', 'Thời gian thành tích': '2018-2019' }, ...good(2021, 2024, (y) => (y === 2022 || y === 2024 ? { 'Xếp loại': 'HTXSNV', 'Danh hiệu': 'LĐTT, CSTĐCS' } : {})), { 'Năm': 2025, 'Xếp loại': 'HTXSNV' }], 'Tình huống như RC-33: Huân chương Lao động hạng Ba');
  person('RC34', 'Đỗ Minh Tuấn', 'Nam', unit(11), '2009-08-24', [{ 'Năm': 2020, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'LĐTT', 'Khen thưởng': 'Bằng khen của Chủ tịch UBND thành phố', 'Loại hình khen thưởng': 'Chuyên đề', 'Số quyết định': '88/QĐ-UBND', 'Ngày quyết định': '15/01/2020', 'Thời gian thành tích': '2019' }, ...good(2021, 2024, (y) => (y === 2021 || y === 2023 ? { 'Xếp loại': 'HTXSNV', 'Danh hiệu': 'LĐTT, CSTĐCS' } : {})), { 'Năm': 2025, 'Xếp loại': 'HTXSNV' }], 'Tình huống như RC-34: Bằng khen chuyên đề không làm căn cứ');
  person('RC21', 'Lý Hoàng Yến', 'Nữ', unit(0), '2009-09-01', [{ 'Năm': 2023, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'LĐTT, CSTĐCS', 'Sáng kiến': 'SK-2023-RC21 (cơ sở)' }, { 'Năm': 2024, 'Xếp loại': 'HTTNV', 'Danh hiệu': 'LĐTT, CSTĐCS', 'Sáng kiến': 'SK-2024-RC21 (cơ sở)' }, { 'Năm': 2025, 'Xếp loại': 'HTXSNV', 'Sáng kiến': 'SK-2025-RC21 (cấp thành phố)' }], 'Tình huống như RC-21, có sáng kiến cấp thành phố: Chiến sĩ thi đua cấp thành phố');

  // A typo a real file would have: the row is reported and skipped.
  const typo = rows.find((r) => r['Năm'] === 2019 && r['Xếp loại'] === 'HTTNV');
  if (typo) typo['Xếp loại'] = 'HTTTNV';
  rows.sort((a, b) => String(a['Đơn vị']).localeCompare(String(b['Đơn vị']), 'vi') || String(a['Mã cán bộ']).localeCompare(String(b['Mã cán bộ'])) || Number(a['Năm']) - Number(b['Năm']));
  const units = unitNames.map((u) => ({ unit: u, rating: f.helpers.weightedArrayElement([{ value: 'HTXSNV', weight: 5 }, { value: 'HTTNV', weight: 4 }, { value: 'HTNV', weight: 1 }]) }));
  return { year, asOf, rows, units };
}

/** Writes the sample as XLSX (with the "Tập thể" and "Thông tin" sheets) and as CSV (headers without diacritics). */
export async function writeSample(dir: string, s: Sample): Promise<{ xlsx: string; csv: string; unitsCsv: string }> {
  await mkdir(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${s.asOf}T00:00:00+07:00`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([`DANH SÁCH CÁN BỘ, CÔNG CHỨC VÀ KẾT QUẢ ĐÁNH GIÁ ${s.year - 9}–${s.year}`]).font = { bold: true };
  ws.addRow([...HEADERS]).font = { bold: true };
  for (const r of s.rows) ws.addRow(HEADERS.map((h) => r[h] ?? null));
  ws.addRow([]);
  ws.addRow([`Tổng cộng: ${new Set(s.rows.map((r) => r['Mã cán bộ'])).size} người`]);
  ws.addRow(['', '', '', 'Người lập biểu']);
  ws.addRow(['', '', '', '(Ký, ghi rõ họ tên)']);
  ws.columns.forEach((c, i) => (c.width = i === 1 || i === 3 ? 28 : 14));
  const units = wb.addWorksheet('Tập thể');
  units.addRow(['Đơn vị', 'Năm', 'Xếp loại tập thể']).font = { bold: true };
  for (const u of s.units) units.addRow([u.unit, s.year, u.rating]);
  const info = wb.addWorksheet('Thông tin');
  info.addRow(['Năm xét', s.year]);
  info.addRow(['Ngày xét', dmy(s.asOf)]);
  info.addRow(['Ghi chú', 'Dữ liệu mẫu sinh ngẫu nhiên có hạt giống cố định; tên người là giả lập.']);
  const xlsx = join(dir, `mau-danh-sach-${s.year}.xlsx`);
  await writeAtomic(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  const ascii = (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const csv = join(dir, `mau-danh-sach-${s.year}.csv`);
  await writeAtomic(csv, stringify([HEADERS.map(ascii), ...s.rows.map((r) => HEADERS.map((h) => r[h] ?? '')), [], [`Tong cong`]]));
  const unitsCsv = join(dir, `mau-tap-the-${s.year}.csv`);
  await writeAtomic(unitsCsv, stringify([['Don vi', 'Nam', 'Xep loai'], ...s.units.map((u) => [u.unit, s.year, u.rating])]));
  return { xlsx, csv, unitsCsv };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'out';
  writeSample(out, generateSample()).then((p) => console.log(`→ ${p.xlsx}\n→ ${p.csv}\n→ ${p.unitsCsv}`));
}
