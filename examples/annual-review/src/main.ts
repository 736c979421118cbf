/**
 * `pnpm demo`: generate the seeded 2025 sample roster, run the annual review on it (year and date
 * from the sample's "Thông tin" sheet, never from the clock), write the outputs to `out/` and keep
 * the people and decisions in the SQLite database `out/tdkt.sqlite` (`--no-db` to skip it).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TdktError } from '@tdkt/core';
import { generateSample, writeSample } from './generate-sample.js';
import { persistReview } from './persist.js';
import { reviewFile } from './run.js';

const out = fileURLToPath(new URL('../out', import.meta.url));

async function main(): Promise<void> {
  const sample = await writeSample(out, generateSample());
  console.log(`Mẫu dữ liệu / sample roster: ${sample.xlsx}`);
  const r = await reviewFile({ file: sample.xlsx, out });
  console.log(r.summary);
  for (const f of r.files) console.log(`→ ${f}`);
  if (!process.argv.includes('--no-db')) {
    const db = await persistReview(join(out, 'tdkt.sqlite'), r.review, r.people);
    console.log(
      `→ ${db.file} (CSDL / database: ${db.decisionsAppended} quyết định mới / new decisions, ${db.decisionsUnchanged} không đổi / unchanged; ${db.subjectsCreated + db.subjectsUpdated} hồ sơ cá nhân ghi / people written)`,
    );
  }
}

main().catch((e: unknown) => {
  if (e instanceof TdktError) console.error(`${e.code}\n${e.describe()}`);
  else console.error(String((e as Error)?.message ?? e));
  process.exitCode = 1;
});
