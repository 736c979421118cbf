/**
 * The legal reference, generated from the rules themselves so it cannot drift: every award, rule
 * version, route and parameter with its citations, confidence, effective window and Vietnamese and
 * English text.
 */
import { formatCitation, type Citation, type Criterion, type Engine } from '@tdkt/core';

function cites(cs: readonly Citation[], docs: Engine['documents']): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cs) {
    const s = `${formatCitation(c, docs)} [${c.confidence}]`;
    if (!seen.has(s)) out.push(s);
    seen.add(s);
  }
  return out.join('; ');
}

function criterionLines(c: Criterion, docs: Engine['documents'], depth: number, out: string[]): void {
  const route = c.route ? `**[${c.route}]** ` : '';
  out.push(`${'  '.repeat(depth)}- ${route}${c.text.vi} / ${c.text.en}${c.citations.length ? ` — ${cites(c.citations, docs)}` : ''} \`${c.id}\``);
  for (const k of c.children ?? []) criterionLines(k, docs, depth + 1, out);
}

/** Renders the legal reference of an engine's loaded rule packs as Markdown. */
export function legalReference(engine: Engine): string {
  const docs = engine.documents;
  const out: string[] = [
    '# Legal reference (generated)',
    '',
    'Generated from the loaded rule packs by `pnpm run docs:legal`; a test fails when this file is out of date. Confidence: official (read in the official text), quoted, secondary, unverified (a deciding unverified provision gives `needs-review`).',
    '',
    '## Documents',
    '',
    '| id | document | effective | source |',
    '|---|---|---|---|',
    ...[...docs.values()].map((d) => `| \`${d.id}\` | ${d.number} — ${d.titleVi} (${d.titleEn}) | ${d.effectiveFrom ?? ''} | ${d.url ? `<${d.url}>` : ''} |`),
    '',
    '## Awards',
    '',
  ];
  const rules = engine.rules();
  for (const a of engine.catalog()) {
    out.push(`### \`${a.code}\` — ${a.nameVi} / ${a.nameEn}`, '', `${a.kind}, ${a.form}; subjects: ${a.subjectKinds.join(', ')}; types (Law Art 8): ${a.types.join(', ') || '—'}; from ${a.validFrom}${a.validTo ? ` to ${a.validTo}` : ''}; basis: ${cites(a.citations, docs)}${a.delegated ? `; **criteria delegated**` : ''}.`, '');
    const def = engine.award(a.code);
    if (def?.delegated) out.push(`Delegated to ${def.delegated.to.vi} / ${def.delegated.to.en} — ${cites([def.delegated.citation], docs)}.`, '');
    for (const auth of def?.decidedBy ?? []) out.push(`- Decides ${auth.from}${auth.to ? `–${auth.to}` : ' onwards'}: ${auth.who.vi} / ${auth.who.en} — ${cites([auth.citation], docs)}`);
    if (def?.decidedBy?.length) out.push('');
    const versions = rules.filter((r) => r.award === a.code);
    if (versions.length === 0) out.push('No criteria encoded: evaluates to `needs-review`.', '');
    for (const r of versions) {
      out.push(`#### Rule \`${r.id}\` (${r.plugin}), ${r.validFrom} → ${r.validTo ?? 'open'}`, '');
      criterionLines(r.criterion, docs, 0, out);
      out.push('');
    }
  }
  out.push('## Parameters', '');
  for (const p of engine.parameters()) {
    out.push(`### \`${p.id}\` (${p.unit}${p.delegable ? ', delegable' : ''}${p.tighten ? `, may only go ${p.tighten}` : ''}${p.bounds ? `, bounds ${p.bounds.min ?? '−∞'}…${p.bounds.max ?? '∞'}` : ''})`, '', `${p.text.vi} / ${p.text.en}`, '', '| from | to | value | source |', '|---|---|---|---|');
    for (const v of p.versions) out.push(`| ${v.validFrom} | ${v.validTo ?? 'open'} | ${v.value === null ? '— (delegated, not set)' : JSON.stringify(v.value)} | ${cites([v.citation], docs)}${v.citation.note ? ` — ${v.citation.note}` : ''} |`);
    out.push('');
  }
  const horizons = engine.plugins.flatMap((p) => (p.horizons ?? []).map((h) => ({ ...h, plugin: p.id })));
  if (horizons.length) {
    out.push('## Horizons', '');
    for (const h of horizons) out.push(`- From ${h.from} (by \`${h.keyOn}\`): ${h.message.vi} / ${h.message.en} — ${cites(h.citations, docs)}`);
    out.push('');
  }
  return out.join('\n');
}
