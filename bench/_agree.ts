import { createVnEngine } from '@tdkt/rules-vn';
import { subjectYear } from './engine/generate.js';
import { facts, handwritten } from './engine/handwritten.js';
import { jreRules } from './engine/jre.js';
const engine = createVnEngine();
const jre = jreRules();
const N = Number(process.argv[2] ?? 3000);
const dis: Record<string, number> = {};
const outc: Record<string, number> = {};
let shown = 0;
for (let i = 0; i < N; i++) {
  const input = subjectYear(i, 1);
  const p = engine.prepare(input);
  const d = engine.evaluatePrepared(p);
  const h = handwritten(p.request as never);
  const j = await jre.run(facts(p.request as never));
  outc[`${input.award} ${d.outcome}`] = (outc[`${input.award} ${d.outcome}`] ?? 0) + 1;
  if (d.outcome !== h || d.outcome !== j) {
    dis[input.award as string] = (dis[input.award as string] ?? 0) + 1;
    if (shown++ < 3) {
      console.log(JSON.stringify(input), d.outcome, h, j);
      const show = (n: any, depth = 0): void => { if (n.outcome !== 'eligible' || depth < 2) console.log(`${'  '.repeat(depth)}${n.outcome} ${n.id}: ${n.message.en}`); n.children.forEach((c: any) => show(c, depth + 1)); };
      show(d.explanation);
    }
  }
}
console.log(dis, outc);
