// Bundled for the browser test: core + the national rules, no Node built-ins.
import { evaluateBatch } from '@tdkt/core';
import { createVnEngine } from '../src/index.js';

type Out = { outcome: string; hash: string } | { code: string; path: (string | number)[] };
const g = globalThis as unknown as { tdktEvaluate: (req: unknown) => Out; tdktEvaluateBatch: (reqs: unknown[]) => Promise<Out[]> };

g.tdktEvaluate = (req) => {
  const d = createVnEngine().evaluate(req);
  return { outcome: d.outcome, hash: d.hash };
};

/** The batch API in the page: one result per request, in order, bad requests as typed errors. */
g.tdktEvaluateBatch = async (reqs) => {
  const out: Out[] = [];
  for await (const r of evaluateBatch(createVnEngine(), reqs)) out.push(r.ok ? { outcome: r.decision.outcome, hash: r.decision.hash } : { code: r.error.code, path: r.error.path });
  return out;
};
