/** The end-of-period report (XLSX), the progress chart (SVG) and the congress list. */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STAGES, STAGE_NAMES, type ExemplaryTracker, type ModelProposal, type PlanProgress } from '@tdkt/exemplary-models';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export const FIELD_VI: Record<string, string> = { economy: 'Kinh tế', agriculture: 'Nông nghiệp', 'culture-society': 'Văn hóa – xã hội', education: 'Giáo dục', health: 'Y tế', 'defence-security': 'Quốc phòng – an ninh', 'political-system': 'Hệ thống chính trị', environment: 'Môi trường', 'science-technology': 'Khoa học – công nghệ', other: 'Khác' };
export const FORM_VI: Record<string, string> = { 'mass-media': 'Thông tin đại chúng', 'talk-exchange': 'Tọa đàm, giao lưu', 'field-visit': 'Tham quan học tập', 'writing-contest': 'Cuộc thi viết', 'culture-arts': 'Văn hóa, văn nghệ, cổ động trực quan' };

/** A bar chart of progress by field (target vs actual), as standalone SVG. */
export function progressChart(p: PlanProgress): string {
  const w = 760;
  const rowH = 34;
  const h = 60 + p.models.length * rowH;
  const max = Math.max(1, ...p.models.flatMap((m) => [m.target, m.actual]));
  const scale = (v: number) => (v / max) * 420;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const bars = p.models
    .map((m, i) => {
      const y = 40 + i * rowH;
      return `<text x="10" y="${y + 14}" font-size="13">${esc(FIELD_VI[m.field] ?? m.field)}</text><rect x="200" y="${y}" width="${scale(m.target).toFixed(1)}" height="12" fill="#c9d6e8"/><rect x="200" y="${y + 13}" width="${scale(m.actual).toFixed(1)}" height="12" fill="#1f5fa8"/><text x="${(205 + Math.max(scale(m.target), scale(m.actual))).toFixed(1)}" y="${y + 22}" font-size="12">${m.actual}/${m.target}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="DejaVu Sans, Arial, sans-serif"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="22" font-size="15" font-weight="bold">Tiến độ điển hình tiên tiến theo lĩnh vực, ${esc(p.unit)} (kế hoạch / thực hiện)</text>${bars}</svg>`;
}

/** Writes the report workbook and the chart; returns their paths. */
export async function writeReport(dir: string, t: ExemplaryTracker, progress: PlanProgress, congress: { id: string; proposal: ModelProposal }[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.created = new Date('2025-12-10T00:00:00+07:00');
  wb.modified = wb.created;
  const sheet = (name: string, header: string[], rows: (string | number)[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    ws.columns = widths.map((width) => ({ width }));
    rows.forEach((r) => ws.addRow(r));
  };
  sheet('Tiến độ', ['Lĩnh vực', 'Kế hoạch', 'Thực hiện'], progress.models.map((m) => [FIELD_VI[m.field] ?? m.field, m.target, m.actual]), [28, 12, 12]);
  sheet('Tuyên truyền', ['Hình thức', 'Kế hoạch', 'Thực hiện'], progress.activities.map((a) => [FORM_VI[a.form] ?? a.form, a.target, a.actual]), [36, 12, 12]);
  sheet('Mô hình', ['Mã', 'Tên', 'Đơn vị', 'Lĩnh vực', 'Phong trào', 'Bước hiện tại', 'Ngày'], t.all().map((m) => [m.id, m.name, t.units.units.get(m.unit)?.name ?? m.unit, FIELD_VI[m.field] ?? m.field, t.movement(m.movement)?.name.vi ?? m.movement, STAGE_NAMES[m.stages.at(-1)!.stage].vi, m.stages.at(-1)!.date]), [10, 40, 30, 22, 40, 30, 12]);
  sheet('Nhân rộng', ['Mô hình', 'Đơn vị nhân rộng', 'Ngày'], t.all().flatMap((m) => flatten(t.replicationTree(m.id).children).map((n) => [m.id, t.units.units.get(n.unit)?.name ?? n.unit, n.date ?? ''])), [12, 34, 12]);
  sheet('Đại hội 2025', ['Mã', 'Tên', 'Kết quả đề nghị', 'Căn cứ'], congress.map((c) => [c.id, t.model(c.id)!.name, c.proposal.outcome, c.proposal.explanation.message.vi]), [10, 40, 16, 90]);
  // Published counts that fit this plan (press sources in the file): Quảng Nam's "Dân vận khéo" models, Đà Nẵng's 2025 congress.
  const published = (parse(readFileSync(new URL('../published-award-aggregates.csv', import.meta.url), 'utf8')) as string[][]).slice(1);
  sheet('Số liệu công bố', ['Địa phương', 'Thời gian', 'Sự kiện', 'Chỉ số', 'Giá trị', 'Nguồn'], published.filter((r) => /Đà Nẵng|Quảng Nam/.test(r[0] ?? '')).map((r) => r.slice(0, 6)), [14, 14, 60, 40, 12, 30]);
  const xlsx = join(dir, 'bao-cao-dien-hinh-tien-tien-2022-2025.xlsx');
  await writeFile(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  const svg = join(dir, 'tien-do-theo-linh-vuc.svg');
  await writeFile(svg, progressChart(progress));
  return [xlsx, svg];
}

function flatten(nodes: { unit: string; date?: string; children: never[] | { unit: string; date?: string; children: unknown[] }[] }[]): { unit: string; date?: string }[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children as never)]);
}

/** Counts of models per stage. */
export function stageCounts(t: ExemplaryTracker): string {
  return STAGES.map((s) => `${STAGE_NAMES[s].vi}: ${t.all().filter((m) => t.stageOf(m.id) === s).length}`).join('; ');
}
