/**
 * `@tdkt/core/node` — the Node.js-only helpers of @tdkt/core (file writing, batch evaluation on worker threads). The main entry uses
 * no Node built-ins, so it runs in browsers too.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import type { ExportDocument, ExportOptions, Exporter } from '../ports/exporter.js';

export { evaluateBatchInWorkers, type WorkerBatchOptions, type WorkerPlugins } from './batch.js';

/**
 * Writes bytes to `path` through a temporary file in the same folder and a rename, so a crash or
 * a failed write leaves either the old file or the new one, never a partial file.
 *
 * @throws TdktError `WRITE_FAILED` (the temporary file is removed).
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new TdktError('WRITE_FAILED', msg(`Không ghi được tệp ${path}: ${(e as Error)?.message ?? String(e)}`, `Cannot write ${path}: ${(e as Error)?.message ?? String(e)}`), { path: [path], cause: e });
  }
}

/**
 * Renders `doc` with `exporter` and writes it atomically to `path`. Nothing is written when the
 * document is rejected.
 *
 * @throws TdktError from the exporter, or `WRITE_FAILED`.
 */
export async function exportToFile(exporter: Exporter, doc: ExportDocument, path: string, options?: ExportOptions): Promise<void> {
  const bytes = await exporter.export(doc, options);
  await writeFileAtomic(path, bytes);
}
