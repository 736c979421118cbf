/**
 * `@tdkt/export-html` — the explanation report (and lists and dossiers) as one standalone HTML
 * page: no script, no external resource, every text escaped.
 *
 * @packageDocumentation
 */
import { layoutOf, prepareDossierDocument, prepareExport, QUOC_HIEU, TIEU_NGU, type Block, type ExportDocument, type Exporter, type ExportOptions, type LayoutSection } from '@tdkt/core';

/** Escapes text for HTML element content and attribute values (`& < > " '`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font-family:"Times New Roman",Times,serif;font-size:14pt;max-width:60em;margin:2em auto;padding:0 1em;color:#000}
.hdr{display:flex;justify-content:space-between;text-align:center}.hdr div{flex:1}.b{font-weight:bold}.i{font-style:italic}
h1{font-size:14pt;text-align:center;margin:1em 0 .2em}.sum{text-align:center;font-weight:bold}.c{text-align:center}.j{text-align:justify}.ind{text-indent:1.27cm}
table{border-collapse:collapse;width:100%;font-size:12pt;margin:.5em 0}th,td{border:1px solid #000;padding:2px 4px;vertical-align:top}
.tree{margin:0;font-size:12pt}.cite{color:#444;font-style:italic}.sig{display:flex;justify-content:space-between;margin-top:1em}.sig>div{flex:1;text-align:center}
.rcp{text-align:left;font-size:11pt}section{margin-bottom:3em}`;

function block(b: Block): string {
  const e = escapeHtml;
  switch (b.type) {
    case 'header':
      return `<div class="hdr"><div>${b.parent ? `<div>${e(b.parent.toUpperCase())}</div>` : ''}<div class="b">${e(b.issuer.toUpperCase())}</div>${b.number ? `<div>${e(b.number)}</div>` : ''}</div><div><div class="b">${e(QUOC_HIEU)}</div><div class="b">${e(TIEU_NGU)}</div>${b.placeDate ? `<div class="i">${e(b.placeDate)}</div>` : ''}</div></div>`;
    case 'title':
      return `<h1>${e(b.text)}</h1>${b.summary ? `<p class="sum">${e(b.summary)}</p>` : ''}${b.note ? `<p class="c i">${e(b.note)}</p>` : ''}`;
    case 'paragraph': {
      const cls = [b.bold ? 'b' : '', b.italic ? 'i' : '', b.align === 'center' ? 'c' : b.align === 'justify' ? 'j' : '', b.indent ? 'ind' : ''].filter(Boolean).join(' ');
      return `<p${cls ? ` class="${cls}"` : ''}>${e(b.text)}</p>`;
    }
    case 'table':
      return `<table><thead><tr>${b.columns.map((c) => `<th>${e(c.header)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'tree':
      return `<p class="tree" style="padding-left:${b.depth * 1.5}em">${e(b.mark)} ${e(b.text)}${b.citations ? ` <span class="cite">— ${e(b.citations)}</span>` : ''}</p>`;
    case 'signature':
      return `<div class="sig"><div class="rcp">${b.recipients ? `<div class="b i">Nơi nhận:</div>${b.recipients.map((r) => `<div>- ${e(r)}</div>`).join('')}` : ''}</div>${b.signers.map((s) => `<div>${s.authority ? `<div class="b">${e(s.authority)}</div>` : ''}<div class="b">${e(s.title)}</div><br><br><br><div class="b">${e(s.name)}</div></div>`).join('')}</div>`;
  }
}

/**
 * An HTML exporter: one standalone UTF-8 page (inline CSS, no script, no link), every text escaped
 * with {@link escapeHtml}. The explanation report shows a summary table and each decision's cited
 * tree; lists and dossiers follow the Decree 30/2020 layout of `@tdkt/core`'s `layoutOf`.
 *
 * @example
 * const html = new TextDecoder().decode(await htmlExporter().export(report));
 * @throws TdktError (from `export`) `VALIDATION_FAILED`, `UNKNOWN_AWARD`.
 */
export function htmlExporter(): Exporter {
  const self: Exporter = {
    id: 'html',
    format: 'html',
    extension: 'html',
    mediaType: 'text/html; charset=utf-8',
    kinds: ['explanation-report', 'proposal-list', 'dossier'],
    async export(input: ExportDocument, opts?: ExportOptions): Promise<Uint8Array> {
      const { doc, showPersonal } = await prepareExport(self, input, opts);
      return page(layoutOf(doc, showPersonal));
    },
    async exportDossierDocument(input, opts) {
      return page((await prepareDossierDocument('html', input, opts)).sections);
    },
  };
  return self;
}

function page(sections: LayoutSection[]): Uint8Array {
  const first = sections[0]!.blocks.find((b) => b.type === 'title');
  const title = first && first.type === 'title' ? `${first.text}${first.summary ? ` — ${first.summary}` : ''}` : 'tdkt';
  const html = `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="tdkt">\n<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${sections.map((s) => `<section id="${escapeHtml(s.id)}">\n${s.blocks.map(block).join('\n')}\n</section>`).join('\n')}\n</body>\n</html>\n`;
  return new TextEncoder().encode(html.normalize('NFC'));
}
