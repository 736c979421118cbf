import { createVnEngine } from '@tdkt/rules-vn';
import { subjectYear } from './engine/generate.js';
const engine = createVnEngine();
const N = 10000;
const prepared = Array.from({ length: N }, (_, i) => engine.prepare(subjectYear(i, 20251215)));
let sink = 0;
const t0 = performance.now();
for (let r = 0; r < 60; r++) for (const p of prepared) sink += engine.evaluatePrepared(p, { explain: false }).outcome.length;
console.log(((performance.now() - t0) * 1000 / N / 60).toFixed(2), 'µs', sink);
