/**
 * Entry of the worker threads of `evaluateBatchInWorkers`: builds an engine from the configured
 * module once, then evaluates the chunks of requests it receives, in order, and posts the
 * decisions and the typed errors back (as plain data).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateItem } from '../engine/batch.js';
import { createEngine, type Decision, type Engine } from '../engine/engine.js';
import type { Plugin } from '../engine/plugin.js';
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import { bugToWire, isTdktErrorLike, toWire, type ChunkMessage, type ChunkReply, type WorkerInit, type WorkerMessage } from './batch-protocol.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

const isEngine = (v: unknown): v is Engine => typeof v === 'object' && v !== null && typeof (v as Engine).evaluate === 'function' && Array.isArray((v as Engine).plugins);

async function buildEngine(): Promise<Engine> {
  const mod = (await import(init.module)) as Record<string, unknown>;
  let value = mod[init.export];
  if (value === undefined)
    throw new TdktError('PLUGIN_INVALID', msg(`Mô-đun ${init.module} không có export "${init.export}"`, `Module ${init.module} has no export "${init.export}"`), { path: ['plugins', 'export'], value: init.export });
  if (typeof value === 'function') value = await (value as (...a: unknown[]) => unknown)(...init.args);
  if (isEngine(value)) return value;
  if (Array.isArray(value)) return createEngine({ plugins: value as Plugin[] });
  throw new TdktError('PLUGIN_INVALID', msg(`Export "${init.export}" của ${init.module} phải là một engine, một danh sách plugin hoặc một hàm trả về một trong hai`, `Export "${init.export}" of ${init.module} must be an engine, a list of plugins, or a function returning one`), { path: ['plugins', 'export'], value: init.export });
}

function evaluateChunk(engine: Engine, m: ChunkMessage): void {
  const decisions: (Decision | null)[] = [];
  const errors: ChunkReply['errors'] = [];
  for (let i = 0; i < m.requests.length; i++) {
    try {
      const r = evaluateItem(engine, m.requests[i], i, init.evaluateOptions);
      decisions.push(r.ok ? r.decision : null);
      if (!r.ok) errors.push([i, toWire(r.error)]);
    } catch (e) {
      // A TdktError from another copy of @tdkt/core (the plugin module's) is still a typed error.
      if (!isTdktErrorLike(e)) return post({ type: 'bug', id: m.id, error: bugToWire(e) });
      decisions.push(null);
      errors.push([i, toWire(e)]);
    }
  }
  post({ type: 'result', id: m.id, decisions: JSON.stringify(decisions), errors });
}

buildEngine().then(
  (engine) => {
    port.on('message', (m: ChunkMessage) => evaluateChunk(engine, m));
    post({ type: 'ready' });
  },
  (e: unknown) => post({ type: 'fatal', error: isTdktErrorLike(e) ? toWire(e) : bugToWire(e) }),
);
