/**
 * `@tdkt/export-docx` — Word documents in the layout Decree 30/2020/NĐ-CP sets for administrative
 * documents: quốc hiệu and tiêu ngữ verbatim, issuing body, number and date line, Times New Roman
 * 13–14 pt, A4 with margins 20/20/30/15 mm. A dossier gives the tờ trình, the danh sách đề nghị
 * (landscape) and the council's minutes with each vote and its share, one section each. No seal
 * or signature image is ever drawn: these are drafts for signing.
 *
 * @packageDocumentation
 */
import { DECREE_30_PAGE as P, layoutOf, prepareDossierDocument, prepareExport, type DossierDocument, QUOC_HIEU, TIEU_NGU, type Block, type ExportDocument, type Exporter, type ExportOptions, type LayoutSection } from '@tdkt/core';
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

const pt = (n: number) => n * 2; // docx sizes are half-points
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function run(text: string, o: { bold?: boolean; italics?: boolean; size: number; underline?: boolean }): TextRun {
  return new TextRun({ text, bold: o.bold ?? false, italics: o.italics ?? false, size: pt(o.size), font: P.font, ...(o.underline ? { underline: {} } : {}) });
}

function para(text: string, o: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; underline?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, { size: o.size ?? P.pt.body, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}), ...(o.underline ? { underline: true } : {}) })],
    ...(o.align ? { alignment: o.align } : {}),
    ...(o.indent ? { indent: { firstLine: convertMillimetersToTwip(P.firstLineIndentCm * 10) } } : {}),
    spacing: { after: (o.after ?? P.paragraphAfterPt) * 20 },
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function cell(children: Paragraph[], width?: number): TableCell {
  return new TableCell({ children, ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}) });
}

/**
 * A picture in a DOCX layout (a chart, a diagram): PNG bytes shown centred at `widthPx` ×
 * `heightPx` (96 dpi pixels; keep `widthPx` ≤ 600 to stay inside the Decree 30 portrait text
 * width), with an optional italic caption below. DOCX only: the PDF and HTML layouts have no
 * pictures.
 */
export interface ImageBlock {
  type: 'image';
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Alternative text and the caption printed below (Vietnamese). */
  caption?: string;
}
/** A block of a DOCX layout: `@tdkt/core`'s {@link Block}s and pictures. */
export type DocxBlock = Block | ImageBlock;
/** A section of a DOCX layout: a {@link LayoutSection} whose blocks may hold pictures. */
export interface DocxSection extends Omit<LayoutSection, 'blocks'> {
  blocks: DocxBlock[];
}

function blocks(b: DocxBlock): (Paragraph | Table)[] {
  const C = AlignmentType.CENTER;
  switch (b.type) {
    case 'image':
      return [
        new Paragraph({ alignment: C, children: [new ImageRun({ type: 'png', data: b.png, transformation: { width: b.widthPx, height: b.heightPx }, ...(b.caption ? { altText: { name: 'chart', title: b.caption, description: b.caption } } : {}) })] }),
        ...(b.caption ? [para(b.caption, { size: P.pt.table, italics: true, align: C })] : []),
      ];
    case 'header': {
      const left = [
        ...(b.parent ? [para(b.parent.toUpperCase(), { size: P.pt.issuer, align: C, after: 0 })] : []),
        para(b.issuer.toUpperCase(), { size: P.pt.issuer, bold: true, align: C, after: 0 }),
        ...(b.number ? [para(b.number, { size: P.pt.number, align: C, after: 0 })] : []),
      ];
      const right = [para(QUOC_HIEU, { size: P.pt.quocHieu, bold: true, align: C, after: 0 }), para(TIEU_NGU, { size: P.pt.tieuNgu, bold: true, align: C, underline: true, after: 0 }), ...(b.placeDate ? [para(b.placeDate, { size: P.pt.placeDate, italics: true, align: C, after: 0 })] : [])];
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })] }), para('', { after: 6 })];
    }
    case 'title':
      return [
        para(b.text, { size: P.pt.title, bold: true, align: C, after: 0 }),
        ...(b.summary ? [para(b.summary, { size: P.pt.title, bold: true, align: C, after: b.note ? 0 : 12 })] : []),
        ...(b.note ? [para(b.note, { size: P.pt.title, italics: true, align: C, after: 12 })] : []),
      ];
    case 'paragraph':
      return [para(b.text, { ...(b.bold ? { bold: true } : {}), ...(b.italic ? { italics: true } : {}), ...(b.indent ? { indent: true } : {}), ...(b.align ? { align: ALIGN[b.align] } : {}) })];
    case 'table': {
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      const size = P.pt.table;
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.columns.map((c) => cell([para(c.header, { size, bold: true, align: C, after: 0 })], (c.width / total) * 100)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((v, i) => cell([para(v, { size, after: 0 })], (b.columns[i]!.width / total) * 100)) })),
          ],
        }),
        para('', { after: 6 }),
      ];
    }
    case 'tree':
      return [new Paragraph({ indent: { left: convertMillimetersToTwip(6 * b.depth) }, spacing: { after: 40 }, children: [run(`${b.mark} ${b.text}`, { size: P.pt.table }), ...(b.citations ? [run(` — ${b.citations}`, { size: P.pt.table, italics: true })] : [])] })];
    case 'signature': {
      const left = b.recipients ? [para('Nơi nhận:', { size: P.pt.recipientsLabel, bold: true, italics: true, after: 0 }), ...b.recipients.map((r) => para(`- ${r}`, { size: P.pt.recipients, after: 0 }))] : [para('')];
      const signer = (s: (typeof b.signers)[number]) => [
        ...(s.authority ? [para(s.authority, { size: P.pt.signer, bold: true, align: C, after: 0 })] : []),
        para(s.title, { size: P.pt.signer, bold: true, align: C, after: 0 }),
        para('', { after: 0 }), para('', { after: 0 }), para('', { after: 0 }),
        para(s.name, { size: P.pt.signer, bold: true, align: C, after: 0 }),
      ];
      const cells = b.recipients ? [cell(left, 45), ...b.signers.map((s) => cell(signer(s), 55 / b.signers.length))] : b.signers.map((s) => cell(signer(s), 100 / b.signers.length));
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: cells })] })];
    }
  }
}

function section(s: DocxSection): ISectionOptions {
  const mm = convertMillimetersToTwip;
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mm(P.widthMm), height: mm(P.heightMm), ...(s.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
        margin: { top: mm(P.marginsMm.top), bottom: mm(P.marginsMm.bottom), left: mm(P.marginsMm.left), right: mm(P.marginsMm.right) },
      },
    },
    // Page numbers centred in the top margin, not on the first page (Decree 30/2020).
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: P.font, size: pt(P.pt.body) })] })] }), first: new Header({ children: [] }) },
    children: s.blocks.flatMap(blocks),
  };
}

/**
 * A DOCX exporter (docx). Renders `@tdkt/core`'s `layoutOf(doc)`: a dossier gives three sections
 * (tờ trình, danh sách đề nghị, biên bản), a proposal list one landscape section, an explanation
 * report one section with each decision's cited tree. Text is Times New Roman, sizes per
 * `DECREE_30_PAGE` (13–14 pt, tables 12 pt). National IDs and dates of birth are masked unless
 * `options.personalData` states a purpose.
 *
 * @example
 * await exportToFile(docxExporter(), dossier, 'ho-so.docx');
 * @throws TdktError (from `export`) `VALIDATION_FAILED`, `UNKNOWN_AWARD`.
 */
export function docxExporter(): Exporter {
  const self: Exporter = {
    id: 'docx',
    format: 'docx',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kinds: ['dossier', 'proposal-list', 'explanation-report'],
    async export(input: ExportDocument, opts?: ExportOptions): Promise<Uint8Array> {
      const { doc, showPersonal } = await prepareExport(self, input, opts);
      return layoutDocx(layoutOf(doc, showPersonal), { title: doc.kind === 'explanation-report' ? `Báo cáo giải trình ${doc.year}` : `${doc.award.nameVi} ${doc.year}` });
    },
    exportDossierDocument: (input, opts) => dossierDocumentDocx(input, opts),
  };
  return self;
}

/**
 * Renders a dossier document beyond the tờ trình, danh sách and biên bản — an achievement report
 * of an individual (Decree 152/2025 Mẫu số 05) or a collective, the initiative confirmation (Mẫu
 * số 13, Art 33 cl 6) or a draft decision with its attached list — as DOCX in the Decree 30/2020
 * layout (quốc hiệu and tiêu ngữ verbatim, Times New Roman, A4, margins 20/20/30/15 mm). No seal or
 * signature image. National IDs and dates of birth are masked unless `options.personalData` states
 * a purpose; such an export is passed to `options.audit`.
 *
 * @example
 * const bytes = await dossierDocumentDocx({ kind: 'achievement-report', subject: 'individual', ... });
 * @throws TdktError `VALIDATION_FAILED` for a malformed document or a consent without a purpose.
 */
export async function dossierDocumentDocx(input: DossierDocument, options: Pick<ExportOptions, 'personalData' | 'audit'> = {}): Promise<Uint8Array> {
  const { sections } = await prepareDossierDocument('docx', input, options);
  return layoutDocx(sections, { title: sections[0]!.title });
}

/**
 * Renders a format-neutral layout (`@tdkt/core`'s {@link LayoutSection}s, plus {@link ImageBlock}
 * pictures) as DOCX in the Decree 30/2020 layout: one Word section per layout section (A4, margins
 * 20/20/30/15 mm, landscape when asked, page numbers in the top margin from the second page),
 * Times New Roman 13–14 pt, tables 12 pt. Use it for documents tdkt has no exporter kind for, e.g.
 * the period report of exemplary models (`@tdkt/exemplary-models`).
 *
 * @param options.title The document title (file properties).
 * @returns the DOCX bytes.
 */
export async function layoutDocx(sections: readonly DocxSection[], options: { title: string }): Promise<Uint8Array> {
  const document = new Document({
    creator: 'tdkt',
    title: options.title,
    styles: { default: { document: { run: { font: P.font, size: pt(P.pt.body) } } } },
    sections: sections.map(section),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
