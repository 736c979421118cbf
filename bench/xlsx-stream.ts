/**
 * Benchmark (not a test): 100,000 proposal-list rows written as XLSX by tdkt's streaming writer
 * (`writeProposalListStream`, with row validation and masking) and by a plain exceljs streaming
 * `WorkbookWriter` with the same columns and values, each in its own child process so peak memory
 * (`process.resourceUsage().maxRSS`) is its own. Prints time, peak RSS and the ratios tdkt/plain.
 *
 *   pnpm run bench:xlsx [rows]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProposalRow } from '@tdkt/core';
import ExcelJS from 'exceljs';
import { INDIVIDUAL_COLUMNS, writeProposalListStream } from '@tdkt/export-xlsx';

const ROWS = Number(process.argv[3] ?? process.argv[2] ?? 100_000) || 100_000;
const NAMES = ['Nguyễn Thị Thu Hà', 'Phan Thị Thanh Thuỷ', 'Đặng Quốc Bảo', 'Lý Hoàng Yến', 'Trương Văn Ẩn'];
const award = { code: 'chien-si-thi-dua-co-so', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter', kind: 'emulation-title' as const };

function* rows(n: number): Generator<ProposalRow> {
  for (let i = 0; i < n; i++)
    yield {
      name: `${NAMES[i % 5]} ${i + 1}`,
      unit: 'Ủy ban nhân dân phường Hải Vân',
      outcome: 'eligible',
      reasons: { vi: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được công nhận', en: 'Completed tasks excellently in 2025; has a recognised initiative' },
      hash: (i % 16).toString(16).repeat(64),
      position: 'Chuyên viên',
      personal: { nationalId: String(48185000000 + i).padStart(12, '0'), dateOfBirth: '1985-03-07', gender: 'NU' },
    };
}

async function plain(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('DANHSACH', { views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }] });
  ws.columns = INDIVIDUAL_COLUMNS.map((c) => ({ width: c.width }));
  ws.getRow(1).getCell(1).value = 'DANH SÁCH';
  ws.getRow(1).commit();
  ws.getRow(3).values = INDIVIDUAL_COLUMNS.map((c) => c.header);
  ws.getRow(3).commit();
  let i = 0;
  for (const r of rows(n)) {
    i += 1;
    const row = ws.addRow([i, r.name, 'NU', '**/**/1985', r.position, '', r.unit, '', '', '', award.code, '*********' + r.personal!.nationalId!.slice(-3), r.reasons.vi, r.hash.slice(0, 12)]);
    row.font = { name: 'Times New Roman' };
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

async function child(which: 'tdkt' | 'plain', n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
  const path = join(dir, `${which}.xlsx`);
  const t0 = performance.now();
  if (which === 'tdkt') await writeProposalListStream({ award, year: 2025, asOf: '2025-12-15' }, rows(n), path);
  else await plain(path, n);
  const ms = performance.now() - t0;
  const bytes = statSync(path).size;
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ which, rows: n, ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes }));
}

function run(which: 'tdkt' | 'plain'): { ms: number; peakRssMb: number; bytes: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--child=${which}`, String(ROWS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const flag = process.argv.find((a) => a.startsWith('--child='));
if (flag) await child(flag.slice(8) as 'tdkt' | 'plain', ROWS);
else {
  console.log(`Writing ${ROWS.toLocaleString('en')} rows, each writer in its own child process (node ${process.version})…`);
  const p = run('plain');
  const t = run('tdkt');
  const fmt = (x: typeof p) => `${String(x.ms).padStart(7)} ms  ${String(x.peakRssMb).padStart(5)} MB peak RSS  ${(x.bytes / 1048576).toFixed(1)} MB file`;
  console.log(`plain exceljs WorkbookWriter ${fmt(p)}`);
  console.log(`tdkt writeProposalListStream ${fmt(t)}`);
  console.log(`ratio tdkt/plain: time ${(t.ms / p.ms).toFixed(2)}×, peak memory ${(t.peakRssMb / p.peakRssMb).toFixed(2)}× (target ≤ 1.5×)`);
}
