/**
 * Runs this example's cases twice: with the TypeScript plugins and with the same rules written in
 * YAML. Exits non-zero when a case fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TdktError, pluginFromData } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
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
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof TdktError ? `${e.code}\n${e.describe()}` : String((e as Error)?.message ?? e));
    process.exitCode = 1;
  },
);
