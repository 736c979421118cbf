import { createVnEngine } from '@tdkt/rules-vn';
import { explanationHash } from '@tdkt/core';
import { subjectYear } from './engine/generate.js';
const engine = createVnEngine();
const ds = Array.from({ length: 5000 }, (_, i) => engine.evaluate(subjectYear(i, 20251215)));
for (let r = 0; r < 5; r++) { const t = performance.now(); for (const d of ds) explanationHash(d.explanation, d.rulePacks); console.log('hash', ((performance.now() - t) * 1000 / ds.length).toFixed(2), 'µs'); }
let nodes = 0; const w = (n: any) => { nodes++; n.children.forEach(w); }; ds.forEach((d) => w(d.explanation)); console.log('nodes/decision', nodes / ds.length);
for (let r = 0; r < 3; r++) { const t = performance.now(); for (const d of ds) engine.evaluate(subjectYear(0, 1)); console.log('x', ((performance.now() - t) * 1000 / ds.length).toFixed(2)); break; }
import { createHash } from 'node:crypto';
{
  const strs = ds.map((d) => JSON.stringify(d.explanation));
  let len = 0; for (const s of strs) len += s.length; console.log('avg explanation json', len / strs.length);
  const t = performance.now(); for (const s of strs) createHash('sha256').update(s, 'utf8').digest('hex'); console.log('native sha on full json', ((performance.now() - t) * 1000 / ds.length).toFixed(2), 'µs');
}
