/**
 * `pnpm start`: the 2022–2025 plan of exemplary models for Đà Nẵng (with the former Quảng Nam
 * units), its propagation and replications, the end-of-period report and chart, and the models
 * honoured at the 2025 emulation congress with their proposals.
 */
import { fileURLToPath } from 'node:url';
import { TdktError } from '@tdkt/core';
import { STAGES, proposalFromModel } from '@tdkt/exemplary-models';
import { createVnEngine } from '@tdkt/rules-vn';
import { seededPlan } from './plan.js';
import { FIELD_VI, FORM_VI, stageCounts, writeReport } from './report.js';
import { walk, type Explanation } from '@tdkt/core';

/** The first deciding leaf that is not a trivial pass: why the proposal came out as it did. */
function reason(e: Explanation): string {
  for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === e.outcome && !n.trivial && !n.notClaimed && !n.procedural) return n.message.vi;
  return e.message.vi;
}

async function main(): Promise<void> {
  const t = seededPlan();
  const engine = createVnEngine();
  const progress = t.progress('da-nang');
  const honoured = t.all().filter((m) => STAGES.indexOf(t.stageOf(m.id)!) >= STAGES.indexOf('bieu-duong-ton-vinh'));
  const congress = honoured.map((m) => ({ id: m.id, proposal: proposalFromModel(t, m.id, engine, { asOf: '2025-12-10' }) }));
  console.log(`Điển hình tiên tiến 2022–2025: ${t.all().length} mô hình — ${stageCounts(t)}`);
  console.log('Mô hình theo lĩnh vực (thực hiện / kế hoạch):');
  for (const m of progress.models) console.log(`  ${(FIELD_VI[m.field] ?? m.field).padEnd(24)} ${String(m.actual).padStart(3)} / ${m.target}`);
  console.log(`Tuyên truyền (thực hiện / kế hoạch): ${progress.activities.map((a) => `${FORM_VI[a.form] ?? a.form} ${a.actual}/${a.target}`).join('; ')}`);
  console.log(`Nhân rộng (thực hiện / kế hoạch): ${progress.replications.actual}/${progress.replications.target}`);
  console.log(`Đại hội Thi đua yêu nước 2025: ${congress.length} điển hình được biểu dương; đề nghị Bằng khen của Chủ tịch UBND thành phố:`);
  const OUT: Record<string, string> = { eligible: 'đủ điều kiện', ineligible: 'không đủ điều kiện', 'needs-review': 'cần Hội đồng xem xét' };
  for (const c of congress) console.log(`  ${c.id} ${t.model(c.id)!.name}: ${OUT[c.proposal.outcome]} — ${reason(c.proposal.explanation)}`);
  const files = await writeReport(fileURLToPath(new URL('../out', import.meta.url)), t, progress, congress);
  for (const f of files) console.log(`→ ${f}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof TdktError ? `${e.code}\n${e.describe()}` : String((e as Error)?.message ?? e));
  process.exitCode = 1;
});
