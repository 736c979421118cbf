/**
 * Runs this example's cases twice: with the TypeScript plugins and with the same rules written in
 * YAML. Exits non-zero when a case fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TdktError, pluginFromData, proposeFlags, rankCluster } from '@tdkt/core';
import { createVnEngine, governmentFlagQuota } from '@tdkt/rules-vn';
import { formatFailure, runCases } from '@tdkt/testkit';
import { parse } from 'yaml';
import { daNangPlugin, quangNamPlugin } from './index.js';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const yamlPlugin = (file: string) => pluginFromData(parse(readFileSync(here(file), 'utf8'), { version: '1.2' }), file);

async function main(): Promise<number> {
  let failed = 0;
  for (const [label, plugins] of [
    ['TypeScript', [daNangPlugin, quangNamPlugin]],
    ['YAML', [yamlPlugin('rules/da-nang.yaml'), yamlPlugin('rules/quang-nam.yaml')]],
  ] as const) {
    const run = await runCases(createVnEngine([...plugins]), here('cases'));
    console.log(`\n${label} plugins:`);
    for (const r of run.results) console.log(r.passed ? `  ok   ${r.id}: ${r.got} — ${r.reason.vi}` : `  ${formatFailure(r)}`);
    console.log(`  ${run.passed} passed, ${run.failed} failed`);
    failed += run.failed;
  }
  // A block of 8 city departments scored on the plugin's table, ranked, voted, proposed for the flag.
  const table = daNangPlugin.scoringTables![0]!;
  const members = ['so-tu-phap', 'so-noi-vu', 'so-tai-chinh', 'so-xay-dung', 'so-giao-duc', 'so-y-te', 'so-cong-thuong', 'so-nong-nghiep'];
  const scores: Record<string, [number, number, number]> = { 'so-tu-phap': [640, 180, 90], 'so-noi-vu': [650, 185, 80], 'so-tai-chinh': [660, 170, 85], 'so-xay-dung': [600, 160, 70], 'so-giao-duc': [645, 180, 90], 'so-y-te': [640, 185, 90], 'so-cong-thuong': [590, 150, 60], 'so-nong-nghiep': [620, 175, 80] };
  const ranking = rankCluster(table, { id: 'khoi-tong-hop', name: { vi: 'Khối các cơ quan tổng hợp (minh họa)', en: 'General agencies block (illustrative)' }, year: 2025, members }, members.map((unit) => ({ unit, criteria: { I: scores[unit]![0], II: scores[unit]![1], III: scores[unit]![2] }, ...(unit === 'so-tai-chinh' ? { penalties: { 'ky-luat-canh-cao': 1 } } : {}) })));
  console.log('\nKhối thi đua (điểm minh họa) / emulation block (illustrative scores):');
  for (const r of ranking) console.log(`  ${r.unit.padEnd(16)} ${r.message.vi}`);
  const flags = proposeFlags(ranking, [{ unit: 'so-noi-vu', inFavour: 7, members: 8 }, { unit: 'so-y-te', inFavour: 7, members: 8 }, { unit: 'so-giao-duc', inFavour: 6, members: 8 }], table.flagQuota ?? 1, table.source);
  for (const f of flags) console.log(`  ${f.proposed ? '→' : ' '} ${f.unit.padEnd(16)} ${f.message.vi}`);
  // Government flag: at most 20% of the collectives leading the city's blocks (Decree 152/2025 Art 7 cl 1).
  const gov = governmentFlagQuota(12, flags.filter((x) => x.proposed).map((x) => ({ id: x.unit, vote: { inFavour: x.unit === 'so-noi-vu' ? 15 : 14, members: 17 } })));
  for (const p of gov.placements) console.log(`  Cờ thi đua của Chính phủ — ${p.id}: ${p.message.vi}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof TdktError ? `${e.code}\n${e.describe()}` : String((e as Error)?.message ?? e));
    process.exitCode = 1;
  },
);
