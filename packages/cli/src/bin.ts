#!/usr/bin/env node
import { main } from './cli.js';

// `pnpm tdkt …` runs in the repository root: read and write paths where the user typed the command.
if (process.env['npm_lifecycle_event'] === 'tdkt' && process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tdkt: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
