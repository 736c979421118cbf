import { createVnEngine } from '@tdkt/rules-vn';
import { subjectYear } from './engine/generate.js';
import { handwritten } from './engine/handwritten.js';
const engine = createVnEngine();
const N = 10000;
const prepared = Array.from({ length: N * 5 }, (_, i) => subjectYear(i, 20251215)).filter((q: any) => !process.env.RULE || q.award === process.env.RULE).slice(0, N).map((q) => engine.prepare(q));
let sink = 0;
const time = (f: () => void, reps = 1) => { const t = performance.now(); for (let k = 0; k < reps; k++) f(); return ((performance.now() - t) * 1000) / N / reps; };
const hand = () => { for (const p of prepared) sink += handwritten(p.request as any).length; };
const off = () => { for (const p of prepared) sink += engine.evaluatePrepared(p, { explain: false }).outcome.length; };
const on = () => { for (const p of prepared) sink += engine.evaluatePrepared(p).outcome.length; };
const mode = process.argv[2] ?? 'off';
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const h: number[] = [], o: number[] = [], r: number[] = [];
for (let i = 0; i < (Number(process.env.R) || 8); i++) {
  const a = time(hand, 5); const b = time(mode === "on" ? on : off, mode === "on" ? 1 : 5); h.push(a); o.push(b); r.push(b / a);
}
console.log(`${mode}: hand ${med(h).toFixed(2)} µs, engine ${med(o).toFixed(2)} µs, ratio median ${med(r).toFixed(2)} (min ${Math.min(...r).toFixed(2)})`);
