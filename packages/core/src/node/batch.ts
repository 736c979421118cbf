import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { batchProgress, iteratorOf, type AnyIterable, type BatchOptions, type BatchResult } from '../engine/batch.js';
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import { bugFromWire, decisionsOf, fromWire, type ChunkMessage, type ChunkReply, type WorkerInit, type WorkerMessage } from './batch-protocol.js';

/**
 * Where each worker gets its engine: a module it imports and the export to read. The export may be
 * an `Engine`, a `Plugin[]` (given to `createEngine`), or a function (sync or async) returning
 * either, called with `args` (e.g. `{ module: import.meta.resolve('@tdkt/rules-vn'), export:
 * 'createVnEngine' }`).
 */
export interface WorkerPlugins {
  /**
   * The module: a `file:` URL or an absolute path (safest: `import.meta.resolve('…')` in your own
   * module), a path starting with `./` or `../` (from the current directory), or a bare specifier,
   * which the worker resolves from `@tdkt/core`'s own location.
   */
  module: string | URL;
  /** Export name (default `default`). */
  export?: string;
  /** Arguments when the export is a function; copied to each worker (structured clone). */
  args?: unknown[];
}

/** Options of {@link evaluateBatchInWorkers}. */
export interface WorkerBatchOptions extends BatchOptions {
  /** How each worker builds its engine. */
  plugins: WorkerPlugins;
  /** Number of worker threads (default `os.availableParallelism()`). */
  workers?: number;
  /** Requests sent to a worker at a time (default 256). */
  chunkSize?: number;
}

/** Code of the bootstrap each worker runs (CommonJS, `eval`): registers tsx when needed, then imports the entry. */
const BOOT = `const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})().catch((e) => parentPort.postMessage({ type: 'fatal', error: { name: (e && e.name) || 'Error', message: String((e && e.message) || e) } }));`;

const sourceMode = import.meta.url.endsWith('.ts');

function moduleUrl(m: string | URL): string {
  if (m instanceof URL) return m.href;
  if (/^[a-z][a-z0-9+.-]+:/i.test(m)) return m;
  if (isAbsolute(m)) return pathToFileURL(m).href;
  if (m.startsWith('./') || m.startsWith('../')) return pathToFileURL(resolve(m)).href;
  return m;
}

const positive = (v: unknown, name: string): number => {
  if (!Number.isInteger(v) || (v as number) < 1) throw new TdktError('VALIDATION_FAILED', msg(`${name} phải là số nguyên dương`, `${name} must be a positive integer`), { path: [name], value: v });
  return v as number;
};

function workerInit(options: WorkerBatchOptions): WorkerInit {
  const p = options.plugins as Partial<WorkerPlugins> | undefined;
  if (!p || (typeof p.module !== 'string' && !(p.module instanceof URL)) || p.module === '')
    throw new TdktError('VALIDATION_FAILED', msg('Cần plugins.module: mô-đun mà mỗi luồng nạp để dựng engine', 'plugins.module is needed: the module each worker imports to build its engine'), { path: ['plugins', 'module'], value: p?.module });
  if (p.args !== undefined && !Array.isArray(p.args)) throw new TdktError('VALIDATION_FAILED', msg('plugins.args phải là một mảng', 'plugins.args must be an array'), { path: ['plugins', 'args'], value: p.args });
  const module = moduleUrl(p.module);
  const entry = new URL(`./batch-worker.${sourceMode ? 'ts' : 'js'}`, import.meta.url).href;
  let tsx: string | undefined;
  if (sourceMode || /\.[cm]?ts$/.test(module))
    try {
      // tsx's ESM register API (its exports map pairs index.cjs for require with index.mjs for import).
      tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    } catch (e) {
      throw new TdktError('PLUGIN_INVALID', msg(`Cần gói tsx để nạp mã TypeScript (${module}) trong luồng xử lý`, `The tsx package is needed to load TypeScript (${module}) in worker threads`), { path: ['plugins', 'module'], value: module, cause: e });
    }
  return { module, export: p.export ?? 'default', args: p.args ?? [], entry, ...(tsx ? { tsx } : {}), ...(options.evaluateOptions ? { evaluateOptions: options.evaluateOptions } : {}) };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // awaited later; never an unhandled rejection meanwhile
  return { promise, resolve, reject };
}

interface Chunk<R> {
  id: number;
  start: number;
  requests: R[];
  /** Requests that could not be copied to a worker, by position in the chunk. */
  local: Map<number, TdktError>;
  done: Deferred<ChunkReply>;
}

/** A worker thread and the chunks it has not answered yet. */
interface Slot {
  worker: Worker;
  inFlight: Map<number, Deferred<ChunkReply>>;
}

function startWorker(init: WorkerInit): Slot & { ready: Promise<Slot> } {
  const worker = new Worker(BOOT, { eval: true, workerData: init, ...(sourceMode ? { execArgv: ['--conditions=source'] } : {}) });
  const slot: Slot = { worker, inFlight: new Map() };
  const ready = deferred<Slot>();
  const failAll = (e: unknown) => {
    ready.reject(e);
    for (const d of slot.inFlight.values()) d.reject(e);
    slot.inFlight.clear();
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'ready') ready.resolve(slot);
    else if (m.type === 'fatal')
      failAll('code' in m.error ? fromWire(m.error) : new TdktError('PLUGIN_INVALID', msg(`Luồng xử lý không dựng được engine từ ${init.module}: ${m.error.message}`, `A worker could not build its engine from ${init.module}: ${m.error.message}`), { path: ['plugins', 'module'], value: init.module }));
    else {
      const d = slot.inFlight.get(m.id);
      slot.inFlight.delete(m.id);
      if (m.type === 'result') d?.resolve(m);
      else d?.reject(bugFromWire(m.error));
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`worker thread exited (code ${code}) / luồng xử lý đã dừng (mã ${code})`)));
  return { ...slot, ready: ready.promise };
}

/** Copies what can be copied: a request that cannot be cloned gets a typed error and is not sent. */
function sendable<R>(chunk: Chunk<R>): unknown[] {
  return chunk.requests.map((r, i) => {
    try {
      return structuredClone(r);
    } catch {
      chunk.local.set(i, new TdktError('VALIDATION_FAILED', msg('Yêu cầu không sao chép được sang luồng xử lý (chứa hàm hoặc đối tượng đặc biệt)', 'The request cannot be copied to a worker thread (it holds a function or a special object)'), { path: [], value: typeof r }));
      return null;
    }
  });
}

/**
 * On abort, rejects the start-up and every chunk not answered yet with `signal.reason`. (Racing
 * each chunk against one long-lived abort promise would keep every settled race — and its chunk's
 * results — reachable from that promise until the batch ends.)
 */
function onAbort(signal: AbortSignal | undefined, slots: readonly Slot[], start: Deferred<never>): () => void {
  if (!signal) return () => undefined;
  const abort = () => {
    start.reject(signal.reason);
    for (const s of slots) for (const d of s.inFlight.values()) d.reject(signal.reason);
  };
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}

/**
 * Evaluates a stream of requests on worker threads and yields one result per request in input
 * order — the same results `evaluateBatch` (from `@tdkt/core`) gives on one thread (same outcomes, same hashes).
 * Each worker imports `options.plugins.module` once and builds its own engine; requests are sent in
 * chunks of `chunkSize`, at most two chunks per worker in flight, so memory stays bounded whatever
 * the input's size. A request with bad data yields an error result whose {@link TdktError} (code,
 * path, value, messages, issues) is rebuilt from the worker's; an exception that is not a
 * `TdktError` rejects the iteration with its name and message. Workers are closed at the end, when
 * the consumer stops early (`break`) and on abort.
 *
 * @param requests - evaluation requests (any sync or async iterable; each must be
 *   structured-cloneable, else it yields a `VALIDATION_FAILED` error result).
 * @param options - `plugins` (required), `workers` (default `os.availableParallelism()`),
 *   `chunkSize` (default 256), and the {@link BatchOptions} of `evaluateBatch`.
 * @returns an async iterable of {@link BatchResult}s in input order.
 * @throws TdktError `VALIDATION_FAILED` (when iterated) for bad options or a non-iterable input,
 *   `PLUGIN_INVALID` when a worker cannot build its engine (module or export missing); rejects with
 *   `signal.reason` when aborted.
 *
 * @example
 * ```ts
 * import { evaluateBatchInWorkers } from '@tdkt/core/node';
 * const plugins = { module: import.meta.resolve('@tdkt/rules-vn'), export: 'createVnEngine' };
 * for await (const r of evaluateBatchInWorkers(requests, { plugins, evaluateOptions: { explain: false } }))
 *   if (r.ok) counts[r.decision.outcome]++;
 * ```
 */
export async function* evaluateBatchInWorkers<R = unknown>(requests: AnyIterable<R>, options: WorkerBatchOptions): AsyncGenerator<BatchResult<R>, void, undefined> {
  options = options ?? ({} as WorkerBatchOptions);
  const progress = batchProgress(options);
  const workers = positive(options.workers ?? availableParallelism(), 'workers');
  const chunkSize = positive(options.chunkSize ?? 256, 'chunkSize');
  const init = workerInit(options);
  const it = iteratorOf(requests);
  const { signal } = options;
  signal?.throwIfAborted();
  const started = Array.from({ length: workers }, () => startWorker(init));
  const startAborted = deferred<never>();
  const dispose = onAbort(signal, started, startAborted);
  let inputDone = false;
  try {
    const slots = await Promise.race([Promise.all(started.map((s) => s.ready)), startAborted.promise]);
    const queue: Chunk<R>[] = [];
    let nextId = 0;
    let nextStart = 0;
    const dispatch = (chunk: Chunk<R>) => {
      const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      slot.inFlight.set(chunk.id, chunk.done);
      const message: ChunkMessage = { id: chunk.id, requests: chunk.requests };
      try {
        slot.worker.postMessage(message);
      } catch {
        slot.worker.postMessage({ id: chunk.id, requests: sendable(chunk) } satisfies ChunkMessage);
      }
    };
    const fill = async () => {
      while (!inputDone && queue.length < workers * 2) {
        const batch: R[] = [];
        while (batch.length < chunkSize) {
          signal?.throwIfAborted();
          const next = await it.next();
          if (next.done) {
            inputDone = true;
            break;
          }
          batch.push(next.value);
        }
        if (!batch.length) break;
        const chunk: Chunk<R> = { id: nextId++, start: nextStart, requests: batch, local: new Map(), done: deferred() };
        nextStart += batch.length;
        queue.push(chunk);
        dispatch(chunk);
      }
    };
    await fill();
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      const reply = await chunk.done.promise;
      await fill();
      const decisions = decisionsOf(reply);
      const errors = new Map(reply.errors);
      for (let i = 0; i < chunk.requests.length; i++) {
        signal?.throwIfAborted();
        const decision = decisions[i];
        const error = chunk.local.get(i) ?? errors.get(i);
        const index = chunk.start + i;
        const request = chunk.requests[i]!;
        const out: BatchResult<R> = decision ? { index, request, ok: true, decision } : { index, request, ok: false, error: error instanceof TdktError ? error : fromWire(error!) };
        progress.tick(out);
        yield out;
      }
    }
    progress.finish();
  } finally {
    dispose();
    if (!inputDone) await it.return?.();
    await Promise.allSettled(started.map((s) => s.worker.terminate()));
  }
}
