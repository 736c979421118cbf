import { createVnEngine } from '@tdkt/rules-vn';

const engine = createVnEngine();
const d = engine.evaluate({
  asOf: '2025-12-19', // the date of the decision: selects the rules in force, never the clock
  award: 'chien-si-thi-dua-co-so',
  period: 2025,
  subject: { kind: 'individual', recruited: '2014-08-18', years: [{ year: 2025, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }] },
});
console.log(d.outcome); // 'eligible'
const show = (n: typeof d.explanation, depth = 0): void => {
  const text = n.kind === 'leaf' ? n.message.vi : n.text.vi;
  const mark = n.procedural ? 'pending (a step still to be done)' : n.outcome;
  console.log(`${'  '.repeat(depth)}${mark}: ${text}`);
  n.children.forEach((c) => show(c, depth + 1));
};
show(d.explanation); // every node also carries its citations: n.citations
