/**
 * `@tdkt/export-pdf` — PDF (pdfmake) of dossiers, proposal lists and explanation reports, laid out
 * like the DOCX (Decree 30/2020: A4, margins 20/20/30/15 mm, 13–14 pt), with an embedded Unicode
 * TrueType font so every Vietnamese diacritic renders and extracts as text. The default font is
 * Roboto as shipped inside the `pdfmake` package (it covers every precomposed Vietnamese letter);
 * pass a Times-like font (e.g. Liberation Serif, DejaVu Serif) with `fonts` to match Word.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DECREE_30_PAGE as P, layoutOf, msg, prepareDossierDocument, prepareExport, QUOC_HIEU, TdktError, TIEU_NGU, type Block, type ExportDocument, type Exporter, type ExportOptions, type LayoutSection } from '@tdkt/core';
import pdfmakeModule from 'pdfmake';

/** The four faces of a TrueType font family: file paths or bytes. */
export interface FontFaces {
  normal: string | Uint8Array;
  bold: string | Uint8Array;
  italics: string | Uint8Array;
  bolditalics: string | Uint8Array;
}

/** Options of {@link pdfExporter}. */
export interface PdfExporterOptions {
  /** The font to embed (default: pdfmake's Roboto). It must cover Vietnamese. */
  fonts?: FontFaces;
}

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(f: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: unknown): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as unknown as PdfMake;

/** The default font faces: the Roboto TTF files inside the `pdfmake` package. */
export function defaultFonts(): FontFaces {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf').replace(/Roboto-Regular\.ttf$/, '');
  return { normal: `${dir}Roboto-Regular.ttf`, bold: `${dir}Roboto-Medium.ttf`, italics: `${dir}Roboto-Italic.ttf`, bolditalics: `${dir}Roboto-MediumItalic.ttf` };
}

const mmToPt = (mm: number) => (mm * 72) / 25.4;
type Node = Record<string, unknown> | string;

function text(t: string, o: { bold?: boolean; italics?: boolean; size?: number; align?: string; decoration?: string; margin?: number[]; indent?: boolean } = {}): Node {
  return {
    text: t,
    fontSize: o.size ?? P.pt.body,
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
    ...(o.align ? { alignment: o.align } : {}),
    ...(o.decoration ? { decoration: o.decoration } : {}),
    ...(o.indent ? { leadingIndent: mmToPt(P.firstLineIndentCm * 10) } : {}),
    margin: o.margin ?? [0, 0, 0, P.paragraphAfterPt],
  };
}

function block(b: Block): Node[] {
  const z = [0, 0, 0, 0];
  switch (b.type) {
    case 'header':
      return [{
        columns: [
          { width: '40%', stack: [...(b.parent ? [text(b.parent.toUpperCase(), { size: P.pt.issuer, align: 'center', margin: z })] : []), text(b.issuer.toUpperCase(), { size: P.pt.issuer, bold: true, align: 'center', margin: z }), ...(b.number ? [text(b.number, { size: P.pt.number, align: 'center', margin: [0, 4, 0, 0] })] : [])] },
          { width: '60%', stack: [text(QUOC_HIEU, { size: P.pt.quocHieu, bold: true, align: 'center', margin: z }), text(TIEU_NGU, { size: P.pt.tieuNgu, bold: true, align: 'center', decoration: 'underline', margin: z }), ...(b.placeDate ? [text(b.placeDate, { size: P.pt.placeDate, italics: true, align: 'center', margin: [0, 4, 0, 0] })] : [])] },
        ],
        margin: [0, 0, 0, 14],
      }];
    case 'title':
      return [text(b.text, { size: P.pt.title, bold: true, align: 'center', margin: z }), ...(b.summary ? [text(b.summary, { size: P.pt.title, bold: true, align: 'center', margin: [0, 0, 0, b.note ? 0 : 12] })] : []), ...(b.note ? [text(b.note, { size: P.pt.title, italics: true, align: 'center', margin: [0, 0, 0, 12] })] : [])];
    case 'paragraph':
      return [text(b.text, { ...(b.bold ? { bold: true } : {}), ...(b.italic ? { italics: true } : {}), ...(b.align ? { align: b.align } : {}), ...(b.indent ? { indent: true } : {}) })];
    case 'table': {
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      return [{
        table: { headerRows: 1, widths: b.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`), body: [b.columns.map((c) => text(c.header, { size: P.pt.table, bold: true, align: 'center', margin: z })), ...b.rows.map((r) => r.map((v) => text(v, { size: P.pt.table, margin: z })))] },
        margin: [0, 0, 0, 8],
      }];
    }
    case 'tree':
      return [{ text: [{ text: `${b.mark} ${b.text}` }, ...(b.citations ? [{ text: ` — ${b.citations}`, italics: true }] : [])], fontSize: P.pt.table, margin: [mmToPt(6 * b.depth), 0, 0, 2] }];
    case 'signature': {
      const signer = (s: (typeof b.signers)[number]): Node => ({ width: '*', stack: [...(s.authority ? [text(s.authority, { bold: true, align: 'center', margin: z })] : []), text(s.title, { bold: true, align: 'center', margin: [0, 0, 0, 60] }), text(s.name, { bold: true, align: 'center', margin: z })] });
      const left: Node[] = b.recipients ? [{ width: '45%', stack: [text('Nơi nhận:', { size: P.pt.recipientsLabel, bold: true, italics: true, margin: z }), ...b.recipients.map((r) => text(`- ${r}`, { size: P.pt.recipients, margin: z }))] }] : [];
      return [{ columns: [...left, ...b.signers.map(signer)], margin: [0, 12, 0, 0] }];
    }
  }
}

function content(sections: LayoutSection[]): Node[] {
  return sections.flatMap((s, i) => {
    const nodes = s.blocks.flatMap(block);
    if (i > 0 && nodes[0] && typeof nodes[0] === 'object') Object.assign(nodes[0], { pageBreak: 'before', pageOrientation: s.landscape ? 'landscape' : 'portrait' });
    return nodes;
  });
}

let registered = 0;

/**
 * A PDF exporter (pdfmake 0.3). Renders `@tdkt/core`'s `layoutOf(doc)` like the DOCX exporter;
 * the font is embedded (subset) so the text extracts with its diacritics. No network or disk access
 * happens while rendering (pdfmake's URL and local-file policies deny everything; fonts are read
 * once into its virtual file system).
 *
 * @example
 * await exportToFile(pdfExporter(), dossier, 'ho-so.pdf');
 * @throws TdktError (from `export`) `VALIDATION_FAILED`, `UNKNOWN_AWARD`; `INPUT_UNREADABLE` when
 *   a font file cannot be read.
 */
export function pdfExporter(options: PdfExporterOptions = {}): Exporter {
  const faces = options.fonts ?? defaultFonts();
  const family = `tdkt-font-${++registered}`;
  let loaded = false;
  const load = (): void => {
    if (loaded) return;
    for (const [face, src] of Object.entries(faces) as [keyof FontFaces, string | Uint8Array][]) {
      let bytes: Buffer;
      try {
        bytes = typeof src === 'string' ? readFileSync(src) : Buffer.from(src);
      } catch (e) {
        throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp phông chữ ${String(src)}`, `Cannot read the font file ${String(src)}`), { path: ['fonts', face], value: src, cause: e });
      }
      pdfmake.virtualfs.writeFileSync(`${family}-${face}.ttf`, bytes);
    }
    loaded = true;
  };
  const self: Exporter = {
    id: 'pdf',
    format: 'pdf',
    extension: 'pdf',
    mediaType: 'application/pdf',
    kinds: ['dossier', 'proposal-list', 'explanation-report'],
    async export(input: ExportDocument, opts?: ExportOptions): Promise<Uint8Array> {
      const { doc, showPersonal } = await prepareExport(self, input, opts);
      return render(doc.kind === 'explanation-report' ? `Báo cáo giải trình ${doc.year}` : `${doc.award.nameVi} ${doc.year}`, doc.asOf, layoutOf(doc, showPersonal));
    },
    async exportDossierDocument(input, opts) {
      const { doc, sections } = await prepareDossierDocument('pdf', input, opts);
      return render(sections[0]!.title, doc.asOf, sections);
    },
  };
  async function render(title: string, asOf: string, sections: LayoutSection[]): Promise<Uint8Array> {
    load();
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    pdfmake.setFonts({ [family]: { normal: `${family}-normal.ttf`, bold: `${family}-bold.ttf`, italics: `${family}-italics.ttf`, bolditalics: `${family}-bolditalics.ttf` } });
    const m = P.marginsMm;
    const def = {
      pageSize: 'A4',
      pageOrientation: sections[0]?.landscape ? 'landscape' : 'portrait',
      pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
      defaultStyle: { font: family, fontSize: P.pt.body, lineHeight: 1.1 },
      info: { title, creator: 'tdkt', producer: 'tdkt', creationDate: new Date(`${asOf}T00:00:00+07:00`) },
      header: (page: number) => (page === 1 ? '' : { text: String(page), alignment: 'center', fontSize: P.pt.body, margin: [0, mmToPt(8), 0, 0] }),
      content: content(sections),
    };
    return new Uint8Array(await pdfmake.createPdf(def).getBuffer());
  }
  return self;
}
