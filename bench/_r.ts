import { createVnEngine } from '@tdkt/rules-vn';
import { subjectYear, RULES } from './engine/generate.js';
import { handwritten } from './engine/handwritten.js';
const engine = createVnEngine();
const N = 20000;
const all = Array.from({ length: N }, (_, i) => engine.prepare(subjectYear(i, 20251215)));
let sink = 0;
for (const rule of RULES) {
  const ps = all.filter((p) => p.request.award === rule.code);
  const t = (f: () => void, reps: number) => { const s = performance.now(); for (let k = 0; k < reps; k++) f(); return ((performance.now() - s) * 1000) / ps.length / reps; };
  const hs: number[] = [], es: number[] = [];
  for (let r = 0; r < 7; r++) { hs.push(t(() => { for (const p of ps) sink += handwritten(p.request as any).length; }, 5)); es.push(t(() => { for (const p of ps) sink += engine.evaluatePrepared(p, { explain: false }).outcome.length; }, 5)); }
  const med = (x: number[]) => [...x].sort((a, b) => a - b)[3]!;
  console.log(rule.code.padEnd(28), 'hand', med(hs).toFixed(2), 'engine', med(es).toFixed(2), 'ratio', (med(es) / med(hs)).toFixed(2));
}
