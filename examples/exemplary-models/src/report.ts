/** The end-of-period files: the report workbook (XLSX), the progress chart (SVG and PNG) and the report (DOCX). */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { viDate } from '@tdkt/core';
import { CONTENT_NAMES, FIELD_NAMES, FORM_NAMES, STAGE_NAMES, periodReportDocx, progressChartSize, progressChartSvg, type PeriodReport, type PeriodReportLayoutOptions } from '@tdkt/exemplary-models';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Who issues the report: the city's emulation and commendation council (a draft for signing). */
export const REPORT_LAYOUT: PeriodReportLayoutOptions = { parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', abbreviation: 'HĐTĐKT', place: 'Đà Nẵng', signer: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: '' } };

const OUTCOME_VI = { eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', 'needs-review': 'Cần Hội đồng xem xét' } as const;

/** The chart as SVG and as PNG (resvg, system fonts, twice the SVG's size for print). */
export function chart(r: PeriodReport): { svg: string; png: Uint8Array; width: number; height: number } {
  const svg = progressChartSvg(r.progress, `Tiến độ điển hình tiên tiến theo lĩnh vực, ${r.unit.name} (thực hiện / kế hoạch)`);
  const { width, height } = progressChartSize(r.progress);
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
  return { svg, png: new Uint8Array(png), width, height };
}

/** Writes the report workbook, the chart (SVG, PNG) and the DOCX report; returns their paths. */
export async function writeReport(dir: string, r: PeriodReport): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const period = `${r.from.slice(0, 4)}-${r.to.slice(0, 4)}`;
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${r.asOf}T00:00:00+07:00`);
  wb.modified = wb.created;
  const sheet = (name: string, header: string[], rows: (string | number)[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    ws.columns = widths.map((width) => ({ width }));
    rows.forEach((row) => ws.addRow(row));
  };
  sheet('Tiến độ', ['Lĩnh vực', 'Kế hoạch', 'Thực hiện'], r.progress.models.map((m) => [FIELD_NAMES[m.field].vi, m.target, m.actual]), [28, 12, 12]);
  sheet('Các bước', ['Bước', 'Số mô hình'], r.stages.map((s) => [STAGE_NAMES[s.stage].vi, s.count]), [36, 12]);
  sheet('Tuyên truyền', ['Hình thức', 'Kế hoạch', 'Thực hiện', 'Lượt tiếp cận'], r.activitiesByForm.map((a) => [FORM_NAMES[a.form]?.vi ?? a.form, a.target, a.actual, a.reach]), [40, 12, 12, 16]);
  sheet('Nội dung tuyên truyền', ['Nội dung', 'Số hoạt động', 'Lượt tiếp cận'], r.activitiesByContent.map((a) => [CONTENT_NAMES[a.content].vi, a.actual, a.reach]), [80, 14, 16]);
  sheet('Mô hình', ['Mã', 'Tên', 'Đơn vị', 'Lĩnh vực', 'Phong trào', 'Bước hiện tại', 'Ngày'], r.models.map((m) => [m.id, m.name, m.unitName, FIELD_NAMES[m.field].vi, m.movement.vi, STAGE_NAMES[m.stage].vi, viDate(m.since)]), [10, 40, 30, 22, 40, 30, 12]);
  sheet('Nhân rộng', ['Mô hình', 'Đơn vị nhân rộng', 'Từ đơn vị', 'Ngày', 'Kết quả'], r.replications.map((x) => [x.model, x.unitName, x.fromUnitName ?? '', viDate(x.date), x.result ?? '']), [12, 34, 34, 12, 30]);
  sheet('Đại hội 2025', ['Mã', 'Tên', 'Đơn vị', 'Phong trào', 'Kết quả đề nghị', 'Lý do', 'Căn cứ'], r.congress.honoured.map((h) => [h.id, h.name, h.unitName, h.movement.vi, OUTCOME_VI[h.proposal.outcome], h.reason.vi, h.proposal.explanation.message.vi]), [10, 40, 30, 36, 20, 60, 90]);
  // Published counts that fit this plan (press sources in the file): Quảng Nam's "Dân vận khéo" models, Đà Nẵng's 2025 congress.
  const published = (parse(readFileSync(new URL('../published-award-aggregates.csv', import.meta.url), 'utf8')) as string[][]).slice(1);
  sheet('Số liệu công bố', ['Địa phương', 'Thời gian', 'Sự kiện', 'Chỉ số', 'Giá trị', 'Nguồn'], published.filter((row) => /Đà Nẵng|Quảng Nam/.test(row[0] ?? '')).map((row) => row.slice(0, 6)), [14, 14, 60, 40, 12, 30]);
  const xlsx = join(dir, `bao-cao-dien-hinh-tien-tien-${period}.xlsx`);
  await writeFile(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  const c = chart(r);
  const svg = join(dir, 'tien-do-theo-linh-vuc.svg');
  await writeFile(svg, c.svg);
  const png = join(dir, 'tien-do-theo-linh-vuc.png');
  await writeFile(png, c.png);
  const docx = join(dir, `bao-cao-dien-hinh-tien-tien-${period}.docx`);
  await writeFile(docx, await periodReportDocx(r, { ...REPORT_LAYOUT, chart: { png: c.png, width: c.width, height: c.height } }));
  return [xlsx, svg, png, docx];
}
