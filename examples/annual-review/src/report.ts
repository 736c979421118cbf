/** Writing the proposal lists (XLSX), the explanation report (Markdown) and the summary. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCitation, walk, type Explanation, type LegalDocument, type Outcome } from '@tdkt/core';
import { nationalAwards } from '@tdkt/rules-vn';
import ExcelJS from 'exceljs';
import type { Review, ReviewLine } from './review.js';
import type { RowProblem } from './roster.js';

const OUTCOME_VI: Record<Outcome, string> = { eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', 'needs-review': 'Cần xem xét' };
const SHEET: Record<string, string> = {
  'lao-dong-tien-tien': 'LĐTT',
  'chien-si-thi-dua-co-so': 'CSTĐCS',
  'chien-si-thi-dua-bo-nganh-tinh': 'CSTĐ cấp tỉnh',
  'bang-khen-bo-nganh-tinh': 'BK cấp tỉnh',
  'bang-khen-thu-tuong': 'BK Thủ tướng',
  'huan-chuong-lao-dong-hang-ba': 'HCLĐ hạng Ba',
  'tap-the-lao-dong-xuat-sac': 'TT LĐ xuất sắc',
  'tap-the-lao-dong-tien-tien': 'TT LĐ tiên tiến',
};

/** The award's Vietnamese name. */
export function awardName(code: string): string {
  return nationalAwards.find((a) => a.code === code)?.nameVi ?? code;
}

/** The deciding leaf messages of a decision, for a list's "reason" column. */
export function reasons(e: Explanation, outcome: Outcome, lang: 'vi' | 'en' = 'vi'): string {
  const out: string[] = [];
  for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === outcome && !n.procedural && !n.notClaimed && !n.trivial) out.push(n.message[lang]);
  return [...new Set(out)].slice(0, 4).join('; ');
}

/** Writes a file through a temporary name and a rename, so a crash leaves no partial file. */
export async function writeAtomic(path: string, data: string | Buffer | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Lines of one award worth listing (eligible, then needs-review). */
export function listed(review: Review, award: string): ReviewLine[] {
  const rank = (o: Outcome) => (o === 'eligible' ? 0 : o === 'needs-review' ? 1 : 2);
  return review.lines.filter((l) => l.award === award && l.decision.outcome !== 'ineligible').sort((a, b) => rank(a.decision.outcome) - rank(b.decision.outcome) || a.unit.localeCompare(b.unit, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

/** Builds the proposal workbook: one sheet per award (danh sách đề nghị), the rows skipped. */
export async function proposalWorkbook(review: Review, awards: string[], problems: RowProblem[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  wb.created = new Date(`${review.asOf}T00:00:00+07:00`);
  for (const award of awards) {
    const ws = wb.addWorksheet(SHEET[award] ?? award, { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = `DANH SÁCH ĐỀ NGHỊ XÉT TẶNG ${awardName(award).toUpperCase()} NĂM ${review.year}`;
    ws.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
    ws.getCell('A2').value = `(Kèm theo kết quả xét ngày ${review.asOf.split('-').reverse().join('/')}; danh hiệu đề nghị năm ${review.year} được tính khi xét hình thức cao hơn)`;
    ws.getCell('A2').font = { italic: true, name: 'Times New Roman' };
    const header = ws.getRow(3);
    header.values = ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Kết quả', 'Căn cứ, lý do', 'Mã giải trình'];
    header.font = { bold: true, name: 'Times New Roman' };
    ws.columns = [{ width: 6 }, { width: 30 }, { width: 34 }, { width: 16 }, { width: 90 }, { width: 14 }];
    listed(review, award).forEach((l, i) => {
      const row = ws.addRow([i + 1, l.name, l.unit, OUTCOME_VI[l.decision.outcome], reasons(l.decision.explanation, l.decision.outcome) || l.decision.explanation.message.vi, l.decision.hash.slice(0, 12)]);
      row.font = { name: 'Times New Roman' };
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const bad = wb.addWorksheet('Dòng lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
  bad.addRow(['Dòng', 'Cột', 'Giá trị', 'Lý do', 'Reason']).font = { bold: true };
  bad.columns = [{ width: 8 }, { width: 22 }, { width: 24 }, { width: 60 }, { width: 60 }];
  for (const p of problems) bad.addRow([p.row, p.column, p.value === undefined ? '' : String(p.value), p.message.vi, p.message.en]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function tree(n: Explanation, docs: ReadonlyMap<string, LegalDocument>, depth = 0, out: string[] = []): string[] {
  const mark = n.outcome === 'eligible' ? '✅' : n.outcome === 'ineligible' ? '❌' : '❓';
  const cites = n.citations.length ? ` — _${[...new Set(n.citations.map((c) => formatCitation(c, docs)))].join('; ')}_` : '';
  out.push(`${'  '.repeat(depth)}- ${mark} ${n.route ? `**[${n.route}]** ` : ''}${n.message.vi}${cites}`);
  n.children.forEach((c) => tree(c, docs, depth + 1, out));
  return out;
}

/** The explanation report: every proposed and to-review line with its cited explanation tree. */
export function explanationReport(review: Review, awards: string[], docs: ReadonlyMap<string, LegalDocument>, problems: RowProblem[]): string {
  const out: string[] = [
    `# Báo cáo giải trình kết quả xét thi đua, khen thưởng năm ${review.year}`,
    '',
    `Ngày xét: ${review.asOf}. Quy định áp dụng: các quy định có hiệu lực vào ngày xét (gói quy tắc ${[...new Set(review.lines.flatMap((l) => l.decision.rulePacks.map((p) => `${p.id}@${p.version}`)))].join(', ')}).`,
    '',
    'Mỗi mục ghi kết quả, cây giải trình (✅ đạt, ❌ không đạt, ❓ cần xem xét) và căn cứ pháp lý. Danh hiệu đề nghị năm nay được tính như đã được tặng khi xét các hình thức cao hơn.',
    '',
  ];
  for (const award of awards) {
    const lines = listed(review, award);
    out.push(`## ${awardName(award)} (${lines.filter((l) => l.decision.outcome === 'eligible').length} đủ điều kiện, ${lines.filter((l) => l.decision.outcome === 'needs-review').length} cần xem xét)`, '');
    for (const l of lines) {
      out.push(`### ${l.name} — ${l.unit}: ${OUTCOME_VI[l.decision.outcome]}`, '', `Mã giải trình \`${l.decision.hash.slice(0, 16)}\`, quy tắc \`${l.decision.ruleId ?? '—'}\``, '');
      out.push(...tree(l.decision.explanation, docs), '');
    }
  }
  if (problems.length) {
    out.push('## Dòng dữ liệu bị bỏ qua', '', '| Dòng | Cột | Giá trị | Lý do |', '|---|---|---|---|');
    for (const p of problems) out.push(`| ${p.row} | ${p.column} | ${p.value === undefined ? '' : String(p.value).replace(/\|/g, '\\|')} | ${p.message.vi} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The summary table printed at the end. */
export function summaryTable(review: Review, awards: string[], skipped: number, junk: number): string {
  const rows = awards.map((a) => {
    const ls = review.lines.filter((l) => l.award === a);
    const n = (o: Outcome) => ls.filter((l) => l.decision.outcome === o).length;
    return [awardName(a), String(n('eligible')), String(n('needs-review')), String(n('ineligible'))];
  });
  const head = ['Danh hiệu / hình thức', 'Đủ điều kiện', 'Cần xem xét', 'Không đủ'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' │ ');
  return [
    fmt(head),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map(fmt),
    '',
    `${review.people} người, ${review.units} đơn vị; ${skipped} dòng lỗi bị bỏ qua, ${junk} dòng trống/chú thích bỏ qua.`,
  ].join('\n');
}

/** Writes every output into `dir`; returns the paths written. */
export async function writeOutputs(dir: string, review: Review, awards: string[], docs: ReadonlyMap<string, LegalDocument>, problems: RowProblem[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const xlsx = join(dir, `danh-sach-de-nghi-${review.year}.xlsx`);
  const md = join(dir, `bao-cao-giai-trinh-${review.year}.md`);
  const json = join(dir, `ket-qua-${review.year}.json`);
  await writeAtomic(xlsx, await proposalWorkbook(review, awards, problems));
  await writeAtomic(md, explanationReport(review, awards, docs, problems));
  await writeAtomic(json, JSON.stringify({ year: review.year, asOf: review.asOf, problems, lines: review.lines }, null, 1));
  return [xlsx, md, json];
}
