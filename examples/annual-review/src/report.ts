/** Writing the proposal lists (XLSX), the explanation report (Markdown) and the summary. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCitation, proposalListFromDecisions, walk, type AwardRef, type Dossier, type Explanation, type LegalDocument, type Outcome } from '@tdkt/core';
import { writeFileAtomic } from '@tdkt/core/node';
import { docxExporter } from '@tdkt/export-docx';
import { pdfExporter } from '@tdkt/export-pdf';
import { xlsxExporter } from '@tdkt/export-xlsx';
import { nationalAwards } from '@tdkt/rules-vn';
import ExcelJS from 'exceljs';
import type { Review, ReviewLine } from './review.js';
import type { RowProblem } from './roster.js';

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
  if (outcome === 'ineligible') {
    // The real reasons first: failed criteria, not the routes left unclaimed.
    for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === 'ineligible' && !n.notClaimed) out.push(n.message[lang]);
    if (out.length) return [...new Set(out)].slice(0, 4).join('; ');
  }
  for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === outcome && !n.procedural && !n.notClaimed && !n.trivial) out.push(n.message[lang]);
  return [...new Set(out)].slice(0, 4).join('; ');
}

/** Writes a file through a temporary name and a rename, so a crash leaves no partial file (`writeFileAtomic` of `@tdkt/core`). */
export async function writeAtomic(path: string, data: string | Buffer | Uint8Array): Promise<void> {
  await writeFileAtomic(path, data);
}

/** The award whose list and dossier the review also writes as XLSX, DOCX and PDF. */
export const DOSSIER_AWARD = 'chien-si-thi-dua-co-so';

/**
 * The proposal list and the draft dossier (tờ trình, danh sách, biên bản) of one award, built from
 * the review with `@tdkt/core`'s export port. The council's votes are left for the council to fill
 * in (a draft never invents votes).
 */
export function dossierDocuments(review: Review, award: string, catalog: readonly AwardRef[]): { list: ReturnType<typeof proposalListFromDecisions>; dossier: Dossier } {
  const list = proposalListFromDecisions({ award, year: review.year, asOf: review.asOf, catalog, lines: review.lines.map((l) => ({ name: l.name, unit: l.unit, decision: l.decision })) });
  const dossier: Dossier = {
    kind: 'dossier',
    award: list.award,
    year: review.year,
    asOf: review.asOf,
    issuer: { parent: 'Thành phố Đà Nẵng', name: 'Ủy ban nhân dân phường Hải Vân', abbreviation: 'UBND', place: 'Đà Nẵng' },
    recipient: 'Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng',
    rows: list.rows,
    council: { name: 'Hội đồng Thi đua - Khen thưởng phường Hải Vân', meetingDate: review.asOf, members: 9, present: 9, threshold: 0.8, votes: [] },
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
    note: { vi: 'Bản dự thảo do tdkt lập từ kết quả xét; số phiếu do Hội đồng ghi sau khi bỏ phiếu.', en: 'Draft prepared by tdkt from the review; the council fills in the votes after voting.' },
  };
  return { list, dossier };
}

/** Vietnamese name order: sort by given name (the last word), then by the full name. */
export function byGivenName(a: string, b: string): number {
  const last = (n: string) => n.trim().split(/\s+/).at(-1) ?? n;
  return last(a).localeCompare(last(b), 'vi') || a.localeCompare(b, 'vi');
}

/** Writes ISO dates in a Vietnamese text as DD/MM/YYYY. */
export function viDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');
}

/** Lines of one award with one outcome, sorted by unit then given name. */
export function lines(review: Review, award: string, outcome: Outcome): ReviewLine[] {
  return review.lines.filter((l) => l.award === award && l.decision.outcome === outcome).sort((a, b) => a.unit.localeCompare(b.unit, 'vi') || byGivenName(a.name, b.name));
}

/** Lines worth listing for an award: eligible, then needs-review. */
export function listed(review: Review, award: string): ReviewLine[] {
  return [...lines(review, award, 'eligible'), ...lines(review, award, 'needs-review')];
}

const who = (l: ReviewLine) => (l.name === l.unit ? l.name : `${l.name} — ${l.unit}`);

function sheet(wb: ExcelJS.Workbook, name: string, title: string, subtitle: string, header: string[], widths: number[], rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.mergeCells(1, 1, 1, header.length);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { italic: true, name: 'Times New Roman' };
  const h = ws.getRow(3);
  h.values = header;
  h.font = { bold: true, name: 'Times New Roman' };
  ws.columns = widths.map((width) => ({ width }));
  for (const r of rows) {
    const row = ws.addRow(r);
    row.font = { name: 'Times New Roman' };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

/**
 * Builds the proposal workbook: one sheet per award listing the proposals (danh sách đề nghị:
 * eligible only), a sheet of the cases that need review with the reason, a sheet of the annual
 * titles not granted with the reason, and the rows skipped.
 */
export async function proposalWorkbook(review: Review, awards: string[], problems: RowProblem[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  wb.created = new Date(`${review.asOf}T00:00:00+07:00`);
  wb.modified = wb.created;
  const date = viDates(review.asOf);
  const note = `Kết quả xét ngày ${date}; danh hiệu đề nghị năm ${review.year} được tính khi xét hình thức cao hơn.`;
  for (const award of awards) {
    const ls = lines(review, award, 'eligible');
    sheet(wb, SHEET[award] ?? award, `DANH SÁCH ĐỀ NGHỊ XÉT TẶNG ${awardName(award).toUpperCase()} NĂM ${review.year}`, note, ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Căn cứ đề nghị', 'Mã đối chiếu'], [6, 30, 34, 90, 14],
      ls.map((l, i) => [i + 1, l.name, l.unit, viDates(reasons(l.decision.explanation, 'eligible')) || viDates(l.decision.explanation.text.vi), l.decision.hash.slice(0, 12)]));
  }
  const review_ = awards.flatMap((a) => lines(review, a, 'needs-review'));
  sheet(wb, 'Cần xem xét', `CÁC TRƯỜNG HỢP CẦN XEM XÉT NĂM ${review.year}`, 'Hội đồng hoặc người có thẩm quyền xem xét trước khi đề nghị; cột "Lý do" nêu thông tin còn thiếu hoặc quy định chưa được xác minh.', ['STT', 'Danh hiệu / hình thức', 'Họ và tên / Tập thể', 'Đơn vị', 'Lý do cần xem xét'], [6, 30, 30, 34, 90],
    review_.map((l, i) => [i + 1, awardName(l.award), l.name, l.unit, viDates(reasons(l.decision.explanation, 'needs-review'))]));
  const annual = awards.filter((a) => ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac', 'tap-the-lao-dong-tien-tien'].includes(a));
  const no = annual.flatMap((a) => lines(review, a, 'ineligible'));
  sheet(wb, 'Không đủ điều kiện', `CÁC TRƯỜNG HỢP KHÔNG ĐỦ ĐIỀU KIỆN (DANH HIỆU HẰNG NĂM) NĂM ${review.year}`, 'Để trả lời câu hỏi "vì sao tôi không được đề nghị".', ['STT', 'Danh hiệu', 'Họ và tên / Tập thể', 'Đơn vị', 'Lý do'], [6, 30, 30, 34, 90],
    no.map((l, i) => [i + 1, awardName(l.award), l.name, l.unit, viDates(reasons(l.decision.explanation, 'ineligible'))]));
  const bad = wb.addWorksheet('Dòng lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
  bad.addRow(['Dòng', 'Cột', 'Giá trị', 'Lý do', 'Reason']).font = { bold: true };
  bad.columns = [{ width: 8 }, { width: 22 }, { width: 24 }, { width: 60 }, { width: 60 }];
  for (const p of problems) bad.addRow([p.row, p.column, p.value === undefined ? '' : String(p.value), p.message.vi, p.message.en]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "74.1.d" → "Điều 74 khoản 1 điểm d"; "old.23.1.c" → "(chế độ cũ) Điều 23 khoản 1 điểm c". */
export function routeLabel(route: string): string {
  const parts = route.split('.');
  const old = parts[0] === 'old';
  const p = old ? parts.slice(1) : parts;
  const out: string[] = [];
  if (/^\d+$/.test(p[0] ?? '')) out.push(`Điều ${p[0]}`);
  if (/^\d+$/.test(p[1] ?? '')) out.push(`khoản ${p[1]}`);
  if (/^[a-zđ](–[a-zđ])?$/.test(p[2] ?? '')) out.push(`điểm ${p[2]}`);
  return `${old ? '(chế độ cũ) ' : ''}${out.join(' ') || route}`;
}

function tree(n: Explanation, docs: ReadonlyMap<string, LegalDocument>, depth = 0, out: string[] = [], dim = false): string[] {
  const mark = n.procedural ? '⏳' : n.notClaimed ? '➖' : dim ? '·' : n.outcome === 'eligible' ? '✅' : n.outcome === 'ineligible' ? '❌' : '❓';
  const cites = n.citations.length ? ` — _${[...new Set(n.citations.map((c) => formatCitation(c, docs)))].join('; ')}_` : '';
  const text = n.kind === 'leaf' ? n.message.vi : `${n.text.vi}: ${n.outcome === 'eligible' ? 'đạt' : n.outcome === 'ineligible' ? 'không đạt' : 'cần xem xét'}`;
  out.push(`${'  '.repeat(depth)}- ${mark} ${n.route ? `(${routeLabel(n.route)}) ` : ''}${viDates(text)}${dim ? ' _(không dùng)_' : ''}${cites}`);
  // Under an "any of" that passed, the other routes were not needed: shown dimmed.
  n.children.forEach((c) => tree(c, docs, depth + 1, out, dim || (n.kind === 'any' && n.outcome === 'eligible' && !c.decisive)));
  return out;
}

/** The explanation report: summary, contents, every proposal and every case to review with its cited tree, and why annual titles were not granted. */
export function explanationReport(review: Review, awards: string[], docs: ReadonlyMap<string, LegalDocument>, problems: RowProblem[]): string {
  const packs = [...new Set(review.lines.flatMap((l) => l.decision.rulePacks.map((p) => `${p.id}@${p.version}`)))].join(', ');
  const count = (a: string, o: Outcome) => review.lines.filter((l) => l.award === a && l.decision.outcome === o).length;
  const anchor = (a: string) => `#${awardName(a).toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N} -]/gu, '').replace(/\s+/g, '-')}`;
  const out: string[] = [
    `# Báo cáo giải trình kết quả xét thi đua, khen thưởng năm ${review.year}`,
    '',
    `Ngày xét: ${viDates(review.asOf)}. Quy định áp dụng: các quy định có hiệu lực vào ngày xét (bộ quy tắc ${packs}). ${review.people} người, ${review.units} đơn vị.`,
    '',
    'Ký hiệu: ✅ đạt, ❌ không đạt, ❓ cần xem xét, ⏳ thủ tục còn phải thực hiện (chưa đánh giá), ➖ không đề nghị theo trường hợp này, · trường hợp khác không cần dùng. Danh hiệu đề nghị năm nay được tính như đã được tặng khi xét các hình thức cao hơn.',
    '',
    '## Tổng hợp',
    '',
    '| Danh hiệu / hình thức | Đề nghị | Cần xem xét | Không đủ điều kiện |',
    '|---|---:|---:|---:|',
    ...awards.map((a) => `| [${awardName(a)}](${anchor(a)}) | ${count(a, 'eligible')} | ${count(a, 'needs-review')} | ${count(a, 'ineligible')} |`),
    '',
    ...(problems.length ? [`${problems.length} dòng dữ liệu bị bỏ qua: xem [cuối báo cáo](#dòng-dữ-liệu-bị-bỏ-qua).`, ''] : []),
  ];
  for (const award of awards) {
    out.push(`## ${awardName(award)}`, '');
    for (const [o, title] of [['eligible', 'Đề nghị'], ['needs-review', 'Cần xem xét']] as const) {
      const ls = lines(review, award, o);
      if (!ls.length) continue;
      out.push(`### ${title} (${ls.length})`, '');
      for (const l of ls) {
        out.push(`#### ${who(l)}`, '');
        out.push(...tree(l.decision.explanation, docs), '', `<sub>Mã đối chiếu ${l.decision.hash.slice(0, 16)} · quy tắc ${l.decision.ruleId ?? '—'}</sub>`, '');
      }
    }
    const no = lines(review, award, 'ineligible');
    if (no.length && ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-xuat-sac', 'tap-the-lao-dong-tien-tien'].includes(award)) {
      out.push(`### Không đủ điều kiện (${no.length})`, '', '| Họ và tên / Tập thể | Đơn vị | Lý do |', '|---|---|---|');
      for (const l of no) out.push(`| ${l.name} | ${l.unit} | ${viDates(reasons(l.decision.explanation, 'ineligible')).replace(/\|/g, '\\|')} |`);
      out.push('');
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
export async function writeOutputs(dir: string, review: Review, awards: string[], docs: ReadonlyMap<string, LegalDocument>, problems: RowProblem[], catalog?: readonly AwardRef[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const xlsx = join(dir, `danh-sach-de-nghi-${review.year}.xlsx`);
  const md = join(dir, `bao-cao-giai-trinh-${review.year}.md`);
  const json = join(dir, `ket-qua-${review.year}.json`);
  await writeAtomic(xlsx, await proposalWorkbook(review, awards, problems));
  await writeAtomic(md, explanationReport(review, awards, docs, problems));
  await writeAtomic(json, JSON.stringify({ year: review.year, asOf: review.asOf, problems, lines: review.lines }));
  if (!catalog) return [xlsx, md, json];
  // One award's list and dossier through the exporters: XLSX list, DOCX dossier and its PDF.
  const { list, dossier } = dossierDocuments(review, DOSSIER_AWARD, catalog);
  const base = `${DOSSIER_AWARD}-${review.year}`;
  const listXlsx = join(dir, `danh-sach-${base}.xlsx`);
  const dossierDocx = join(dir, `ho-so-${base}.docx`);
  const dossierPdf = join(dir, `ho-so-${base}.pdf`);
  await writeAtomic(listXlsx, await xlsxExporter().export(list, { awards: catalog }));
  await writeAtomic(dossierDocx, await docxExporter().export(dossier, { awards: catalog }));
  await writeAtomic(dossierPdf, await pdfExporter().export(dossier, { awards: catalog }));
  return [xlsx, md, json, listXlsx, dossierDocx, dossierPdf];
}
