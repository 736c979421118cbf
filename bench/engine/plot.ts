/** The SVG figure of docs/performance.md, drawn from bench/results.json (no dependency: plain SVG). */
import type { EngineResults } from './results.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Left: µs per subject-year of the four evaluators (log scale). Right: stream time against size (log–log). */
export function plot(r: EngineResults): string {
  const W = 900;
  const H = 380;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  const text = (x: number, y: number, s: string, extra = '') => out.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${extra}>${esc(s)}</text>`);
  const line = (x1: number, y1: number, x2: number, y2: number, extra = 'stroke="#999"') => out.push(`<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${extra}/>`);

  // Panel 1: bars, log10 µs.
  const bars = [
    ['hand-written|TypeScript', r.microsPerSubjectYear.handwritten],
    ['tdkt|explain off', r.microsPerSubjectYear.engineExplainOff],
    ['tdkt|explain on', r.microsPerSubjectYear.engineExplainOn],
    ['json-rules-|engine', r.microsPerSubjectYear.jsonRulesEngine],
  ] as const;
  const [x0, y0, pw, ph] = [60, 40, 340, 260];
  const lo = Math.floor(Math.log10(Math.min(...bars.map((b) => b[1]))));
  const hi = Math.ceil(Math.log10(Math.max(...bars.map((b) => b[1]))));
  const ys = (v: number) => y0 + ph - ((Math.log10(v) - lo) / (hi - lo || 1)) * ph;
  text(x0, 24, `µs per subject-year (${r.sample.subjectYears.toLocaleString('en')}-subject-year sample, log scale)`, 'font-weight="bold"');
  for (let e = lo; e <= hi; e++) {
    line(x0, ys(10 ** e), x0 + pw, ys(10 ** e), 'stroke="#ddd"');
    text(x0 - 8, ys(10 ** e) + 4, fmt(10 ** e), 'text-anchor="end"');
  }
  const bw = pw / bars.length;
  const colours = ['#888', '#1f77b4', '#6baed6', '#d62728'];
  bars.forEach(([label, v], i) => {
    const x = x0 + i * bw + 10;
    out.push(`<rect x="${x}" y="${ys(v).toFixed(1)}" width="${bw - 20}" height="${(y0 + ph - ys(v)).toFixed(1)}" fill="${colours[i]}"/>`);
    text(x + (bw - 20) / 2, ys(v) - 4, fmt(v), 'text-anchor="middle"');
    label.split('|').forEach((part, k) => text(x + (bw - 20) / 2, y0 + ph + 16 + 13 * k, part, 'text-anchor="middle" font-size="11"'));
  });
  line(x0, y0 + ph, x0 + pw, y0 + ph, 'stroke="#333"');

  // Panel 2: linearity, log-log.
  const pts = r.linearity;
  const [x1, px] = [500, 360];
  const xs0 = Math.log10(pts[0]!.subjectYears);
  const xs1 = Math.log10(pts[pts.length - 1]!.subjectYears);
  const tlo = Math.floor(Math.log10(Math.min(...pts.map((p) => p.evaluationSeconds))));
  const thi = Math.ceil(Math.log10(Math.max(...pts.map((p) => p.seconds))));
  const X = (n: number) => x1 + ((Math.log10(n) - xs0) / (xs1 - xs0 || 1)) * px;
  const Y = (s: number) => y0 + ph - ((Math.log10(s) - tlo) / (thi - tlo || 1)) * ph;
  text(x1, 24, 'Streamed subject-years: seconds (log–log)', 'font-weight="bold"');
  for (let e = tlo; e <= thi; e++) {
    line(x1, Y(10 ** e), x1 + px, Y(10 ** e), 'stroke="#ddd"');
    text(x1 - 8, Y(10 ** e) + 4, `${fmt(10 ** e)} s`, 'text-anchor="end"');
  }
  for (const p of pts) text(X(p.subjectYears), y0 + ph + 16, p.subjectYears.toLocaleString('en'), 'text-anchor="middle" font-size="11"');
  const series = [
    ['validate + evaluate', '#1f77b4', (p: (typeof pts)[number]) => p.seconds],
    ['evaluate (explain off)', '#2ca02c', (p: (typeof pts)[number]) => p.evaluationSeconds],
  ] as const;
  series.forEach(([label, colour, get], k) => {
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map((p) => `${X(p.subjectYears).toFixed(1)},${Y(get(p)).toFixed(1)}`).join(' ')}"/>`);
    for (const p of pts) out.push(`<circle cx="${X(p.subjectYears).toFixed(1)}" cy="${Y(get(p)).toFixed(1)}" r="3" fill="${colour}"/>`);
    text(x1 + 10, y0 + 14 + k * 16, label, `fill="${colour}"`);
  });
  const first = pts[0]!;
  out.push(`<polyline fill="none" stroke="#999" stroke-dasharray="4 3" points="${pts.map((p) => `${X(p.subjectYears).toFixed(1)},${Y((first.seconds * p.subjectYears) / first.subjectYears).toFixed(1)}`).join(' ')}"/>`);
  text(x1 + 10, y0 + 46, 'linear from the first point', 'fill="#999"');
  line(x1, y0 + ph, x1 + px, y0 + ph, 'stroke="#333"');
  text(20, H - 12, `${r.date} · ${r.machine.cpu} · nproc ${r.machine.nproc} · load ${r.machine.loadAverage.join(' ')} · Node ${r.machine.node} · peak RSS ${r.peakRssMiB} MiB for ${r.subjectYears.toLocaleString('en')} streamed`, 'font-size="11" fill="#555"');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
