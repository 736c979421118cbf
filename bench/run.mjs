/**
 * Runs the engine benchmark (`pnpm bench [--json] [--size small|full] [--plot]`) the way users run
 * the library: compiled by esbuild — the compiler tsup uses for the published packages — rather
 * than through tsx, whose on-the-fly transform keeps function names (`keepNames`) and so adds a
 * call to every closure it creates, in the engine and the hand-written code alike. The workspace
 * packages are bundled from their sources (the `source` export condition), so no build is needed
 * first. Writes `engine.bundle.mjs` and `engine/stream.bundle.mjs` next to their sources (ignored
 * by git), then runs the first with this process's arguments.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
await build({
  entryPoints: { engine: here('./engine.ts'), 'engine/stream': here('./engine/stream.ts') },
  outdir: here('.'),
  outExtension: { '.js': '.bundle.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM need a require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, [here('./engine.bundle.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
