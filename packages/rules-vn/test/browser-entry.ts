// Bundled for the browser test: core + the national rules, no Node built-ins.
import { createVnEngine } from '../src/index.js';

(globalThis as unknown as { tdktEvaluate: (req: unknown) => { outcome: string; hash: string } }).tdktEvaluate = (req) => {
  const d = createVnEngine().evaluate(req);
  return { outcome: d.outcome, hash: d.hash };
};
