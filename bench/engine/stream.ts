/**
 * Child process of the engine benchmark: streams `n` subject-years through the engine — generate,
 * validate once (`engine.prepare`), evaluate with explanations off — in chunks, keeping nothing,
 * and records the elapsed time at each checkpoint. Prints one JSON line: checkpoints, outcomes and
 * the process's peak RSS (`process.resourceUsage().maxRSS`: the whole Node process, tsx and the
 * rule packs included).
 *
 * Usage: `tsx stream.ts <n> <seed> <checkpoint,...>`
 */
import { createVnEngine } from '@tdkt/rules-vn';
import type { PreparedRequest } from '@tdkt/core';
import { subjectYear } from './generate.js';

const CHUNK = 1_000;

/** One checkpoint of the stream. */
export interface Checkpoint {
  subjectYears: number;
  /** Generation, validation and evaluation since the start of the stream. */
  seconds: number;
  /** Evaluation alone (`evaluatePrepared`, explanations off). */
  evaluationSeconds: number;
}

/** What the child prints. */
export interface StreamReport {
  subjectYears: number;
  checkpoints: Checkpoint[];
  outcomes: Record<string, number>;
  peakRssMiB: number;
}

function main(): void {
  const [n, seed, marks] = [Number(process.argv[2]), Number(process.argv[3]), (process.argv[4] ?? '').split(',').map(Number)];
  const engine = createVnEngine();
  const outcomes: Record<string, number> = {};
  const checkpoints: Checkpoint[] = [];
  const chunk: PreparedRequest[] = [];
  let evaluation = 0;
  const start = performance.now();
  for (let done = 0; done < n; ) {
    const size = Math.min(CHUNK, n - done, ...marks.filter((m) => m > done).map((m) => m - done));
    chunk.length = 0;
    for (let i = 0; i < size; i++) chunk.push(engine.prepare(subjectYear(done + i, seed)));
    const t = performance.now();
    for (const p of chunk) {
      const o = engine.evaluatePrepared(p, { explain: false }).outcome;
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
    evaluation += performance.now() - t;
    done += size;
    if (marks.includes(done)) checkpoints.push({ subjectYears: done, seconds: (performance.now() - start) / 1000, evaluationSeconds: evaluation / 1000 });
  }
  const report: StreamReport = { subjectYears: n, checkpoints, outcomes, peakRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10 };
  process.stdout.write(JSON.stringify(report));
}

main();
