/** `pnpm review <roster.xlsx|csv> [--units f] [--year y] [--as-of d] [--out dir] [--sector id] [--province id]` */
import { resolve } from 'node:path';
import { TdktError } from '@tdkt/core';
import { Command } from 'commander';
import { parseDate } from './roster.js';
import { reviewFile } from './run.js';

const program = new Command()
  .name('review')
  .argument('<roster>', 'roster file (.xlsx or .csv), one row per person per year')
  .option('--units <file>', 'CSV of the units\u2019 own ratings (Đơn vị, Năm, Xếp loại)')
  .option('--year <year>', 'the emulation year reviewed')
  .option('--as-of <date>', 'the date of the review, YYYY-MM-DD or DD/MM/YYYY (selects the rules in force)')
  .option('--out <dir>', 'output folder (relative to where you run the command)', 'review-out')
  .option('--province <id>', 'provincial plugin id')
  .option('--sector <id>', 'sector plugin id')
  .action(async (roster: string, o: { units?: string; year?: string; asOf?: string; out: string; province?: string; sector?: string }) => {
    // pnpm --filter runs in the package folder; paths are the user's, relative to where they typed them.
    const here = process.env['INIT_CWD'] ?? process.cwd();
    const year = o.year === undefined ? undefined : /^\d{4}$/.test(o.year) ? Number(o.year) : NaN;
    const r = await reviewFile({ file: resolve(here, roster), out: resolve(here, o.out), ...(o.units ? { unitsFile: resolve(here, o.units) } : {}), ...(year !== undefined ? { year } : {}), ...(o.asOf ? { asOf: parseDate(o.asOf) ?? o.asOf } : {}), ...(o.province ? { province: o.province } : {}), ...(o.sector ? { sector: o.sector } : {}) });
    console.log(r.summary);
    for (const f of r.files) console.log(`→ ${f}`);
  });

program.parseAsync().catch((e: unknown) => {
  if (e instanceof TdktError) console.error(`${e.code}\n${e.describe()}`);
  else console.error(String((e as Error)?.message ?? e));
  process.exitCode = 2;
});
