/**
 * Batch evaluation throughput: one thread (`evaluateBatch`) against worker threads
 * (`evaluateBatchInWorkers`, `os.availableParallelism()` workers by default) over the same seeded
 * stream of requests, each mode in its own child process (its own peak RSS). A script, not a
 * timed test: it prints times, throughputs, peak memory and the ratio workers / one thread, and
 * checks that both modes gave the same outcomes and explanation hashes in the same order.
 *
 *   pnpm --filter @tdkt/bench run batch                      # 200,000 requests
 *   pnpm --filter @tdkt/bench run batch --size 20000 --workers 2 --chunk 256 --explain off
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { evaluateBatch, rosterRequests, type BatchResult } from '@tdkt/core';
import { evaluateBatchInWorkers } from '@tdkt/core/node';
import { createVnEngine } from '@tdkt/rules-vn';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SIZE = Number(arg('size', '200000'));
const WORKERS = Number(arg('workers', String(availableParallelism())));
const CHUNK = Number(arg('chunk', '256'));
const EXPLAIN = arg('explain', 'on') !== 'off';

const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong'];
const RATINGS = ['HTXSNV', 'HTTNV', 'HTXSNV', 'HTNV', 'HTTNV', 'HTXSNV', 'KHTNV'] as const;

/** Seeded people over 2019–2025 (ratings, LĐTT titles, some initiatives), streamed, never held. */
function* people(count: number) {
  for (let i = 0; i < count; i++)
    yield {
      kind: 'individual',
      id: `cb-${i}`,
      recruited: `${2008 + (i % 15)}-0${1 + (i % 9)}-15`,
      years: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, k) => {
        const rating = RATINGS[(i * 5 + k * 3 + (i >> 4)) % RATINGS.length]!;
        return { year, rating, ...(rating === 'HTXSNV' || rating === 'HTTNV' ? { titles: ['lao-dong-tien-tien'] } : {}) };
      }),
      ...(i % 3 === 0 ? { initiatives: [{ id: `sk-${i}`, year: 2025, scope: 'co-so' }] } : {}),
    };
}
/** `SIZE` requests: each person × the four awards, for 2025, decided on 2025-12-15. */
const requests = () => rosterRequests(people(Math.ceil(SIZE / AWARDS.length)), { awards: AWARDS, periods: 2025, asOf: '2025-12-15' });

interface Run {
  mode: string;
  requests: number;
  ms: number;
  /** Time to the first result: engine or worker start-up. */
  firstMs: number;
  /** CPU time of the whole process (every thread), user + system. */
  cpuMs: number;
  peakRssMiB: number;
  outcomes: Record<string, number>;
  digest: string;
}

async function child(mode: 'single' | 'workers'): Promise<Run> {
  const evaluateOptions = EXPLAIN ? undefined : { explain: false };
  const started = performance.now();
  const results: AsyncIterable<BatchResult> =
    mode === 'single'
      ? evaluateBatch(createVnEngine(), requests(), evaluateOptions ? { evaluateOptions } : {})
      : evaluateBatchInWorkers(requests(), { plugins: { module: import.meta.resolve('@tdkt/rules-vn'), export: 'createVnEngine' }, workers: WORKERS, chunkSize: CHUNK, ...(evaluateOptions ? { evaluateOptions } : {}) });
  const outcomes: Record<string, number> = {};
  // An order-sensitive digest of every outcome and hash: equal digests, equal results.
  const h = createHash('sha256');
  let n = 0;
  let firstMs = 0;
  for await (const r of results) {
    if (n === 0) firstMs = performance.now() - started;
    const key = r.ok ? r.decision.outcome : r.error.code;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    h.update(`${r.index}:${key}:${r.ok ? r.decision.hash : r.error.path.join('.')}\n`);
    if (++n % 1000 === 0 && r.index !== n - 1) throw new Error('out of order');
  }
  const cpu = process.cpuUsage();
  return { mode, requests: n, ms: performance.now() - started, firstMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024, outcomes, digest: h.digest('hex') };
}

function run(mode: 'single' | 'workers'): Run {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), `--child`, mode], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

const mode = arg('child', '');
if (mode === 'single' || mode === 'workers') {
  process.stdout.write(`${JSON.stringify(await child(mode))}\n`);
} else {
  console.log(`Batch evaluation of ${SIZE.toLocaleString('en')} requests (${AWARDS.length} awards × ${Math.ceil(SIZE / AWARDS.length).toLocaleString('en')} people, explanations ${EXPLAIN ? 'on' : 'off'}), node ${process.version}, ${cpus()[0]?.model ?? '?'}, availableParallelism ${availableParallelism()}, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const single = run('single');
  const workers = run('workers');
  const fmt = (r: Run) => `${(r.ms / 1000).toFixed(1)} s (first result after ${(r.firstMs / 1000).toFixed(1)} s), ${Math.round((r.requests / r.ms) * 1000).toLocaleString('en')} requests/s, CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${Math.round(r.peakRssMiB)} MiB`;
  const steady = (r: Run) => (r.requests - 1) / (r.ms - r.firstMs);
  console.log(`one thread (evaluateBatch)                     ${fmt(single)}`);
  console.log(`${WORKERS} workers (evaluateBatchInWorkers, chunk ${CHUNK})  ${fmt(workers)}`);
  console.log(`outcomes: ${JSON.stringify(single.outcomes)}`);
  console.log(`same results (outcomes and hashes, in order): ${single.digest === workers.digest && single.requests === workers.requests ? 'yes' : 'NO'}`);
  console.log(`CPU time workers / one thread: ${(workers.cpuMs / single.cpuMs).toFixed(2)}× (the cost of threads: start-up, copying requests and results)`);
  console.log(`throughput ratio workers / one thread: ${(single.ms / workers.ms).toFixed(2)}× (start-up included), ${(steady(workers) / steady(single)).toFixed(2)}× after the first result`);
}
