/**
 * `pnpm start`: the 2022–2025 plan of exemplary models for Đà Nẵng (with the former Quảng Nam
 * units), kept in the SQLite database `out/tdkt.sqlite` (seeded on the first run, read back on the
 * next; `--fresh` starts it again, `--db <file>` uses another file), its propagation and
 * replications, the end-of-period report (XLSX, DOCX) and chart (SVG, PNG), and the models honoured
 * at the 2025 emulation congress with their proposals.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TdktError } from '@tdkt/core';
import { FIELD_NAMES, FORM_NAMES, STAGE_NAMES, exemplaryStore, periodReport } from '@tdkt/exemplary-models';
import { createVnEngine } from '@tdkt/rules-vn';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { seedStorage } from './plan.js';
import { writeReport } from './report.js';

const OUT: Record<string, string> = { eligible: 'đủ điều kiện', ineligible: 'không đủ điều kiện', 'needs-review': 'cần Hội đồng xem xét' };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = fileURLToPath(new URL('../out', import.meta.url));
  const at = args.indexOf('--db');
  const file = at >= 0 && args[at + 1] ? resolve(process.env['INIT_CWD'] ?? process.cwd(), args[at + 1]!) : `${out}/tdkt.sqlite`;
  await mkdir(out, { recursive: true });
  if (args.includes('--fresh')) for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) await rm(f);
  const storage = sqliteStorage({ file });
  try {
    const stored = (await storage.exemplary.list()).length;
    if (stored === 0) console.log(`Cơ sở dữ liệu ${file}: ghi kế hoạch mẫu — ${(await seedStorage(storage)).length} bản ghi điển hình tiên tiến (một giao dịch)`);
    else console.log(`Cơ sở dữ liệu ${file}: đọc lại ${stored} bản ghi điển hình tiên tiến đã lưu (--fresh để tạo lại)`);
    const t = await exemplaryStore(storage).load();
    const r = periodReport(t, { unit: 'da-nang', asOf: '2025-12-10', engine: createVnEngine(), congress: { name: 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', date: '2025-09-04' } });
    console.log(`Điển hình tiên tiến ${r.from.slice(0, 4)}–${r.to.slice(0, 4)}: ${r.models.length} mô hình — ${r.stages.map((s) => `${STAGE_NAMES[s.stage].vi}: ${s.count}`).join('; ')}`);
    console.log('Mô hình theo lĩnh vực (thực hiện / kế hoạch):');
    for (const m of r.progress.models) console.log(`  ${FIELD_NAMES[m.field].vi.padEnd(24)} ${String(m.actual).padStart(3)} / ${m.target}`);
    console.log(`Tuyên truyền (thực hiện / kế hoạch): ${r.activitiesByForm.map((a) => `${FORM_NAMES[a.form]?.vi ?? a.form} ${a.actual}/${a.target}`).join('; ')}`);
    console.log(`Nhân rộng (thực hiện / kế hoạch): ${r.progress.replications.actual}/${r.progress.replications.target}`);
    console.log(`${r.congress.name} (${r.congress.date}): ${r.congress.honoured.length} điển hình được biểu dương; đề nghị Bằng khen của Chủ tịch UBND thành phố:`);
    for (const h of r.congress.honoured) console.log(`  ${h.id} ${h.name}: ${OUT[h.proposal.outcome]} — ${h.reason.vi}`);
    for (const f of await writeReport(out, r)) console.log(`→ ${f}`);
    console.log(`→ ${file} (nhật ký: ${(await storage.audit.list({ entity: 'exemplary' })).length} lần ghi điển hình tiên tiến)`);
  } finally {
    await storage.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof TdktError ? `${e.code}\n${e.describe()}` : String((e as Error)?.message ?? e));
  process.exitCode = 1;
});
