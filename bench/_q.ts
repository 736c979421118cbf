import { createVnEngine } from '@tdkt/rules-vn';
import { subjectYear } from './engine/generate.js';
import { handwritten } from './engine/handwritten.js';
const engine = createVnEngine();
const N = Number(process.env.N) || 10000;
const prepared = Array.from({ length: N }, (_, i) => engine.prepare(subjectYear(i, 20251215)));
let sink = 0;
const time = (f: () => void, reps = 1) => { const t = performance.now(); for (let k = 0; k < reps; k++) f(); return ((performance.now() - t) * 1000) / N / reps; };
const hand = () => { for (const p of prepared) sink += handwritten(p.request as any).length; };
const off = () => { for (const p of prepared) sink += engine.evaluatePrepared(p, { explain: false }).outcome.length; };
const on = () => { for (const p of prepared) sink += engine.evaluatePrepared(p).outcome.length; };
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
if (process.env.ON) on();
const r: number[] = [];
const gc = (globalThis as any).gc ?? (() => {}); for (let i = 0; i < 7; i++) { if (process.env.GC) gc(); const a = time(hand, 5); if (process.env.GC) gc(); const b = time(off, 1); if (process.env.ON2) on(); r.push(b / a); }
console.log(`N=${N} on-first=${!!process.env.ON} on-between=${!!process.env.ON2}: ratio median ${med(r).toFixed(2)}`);
