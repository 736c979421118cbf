/**
 * `tdkt export <kind> --award <code> --year <y> --format xlsx|docx|pdf|csv|html --input <decisions.json>`:
 * renders the decisions the annual review writes (`ket-qua-<year>.json`) as a proposal list, a
 * dossier or an explanation report, written atomically.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TdktError, dossierDocumentSchema, explanationReportFromDecisions, msg, parseWith, proposalListFromDecisions, resolveAward, type DecidedLine, type Dossier, type DossierDocument, type ExportDocument, type Exporter, type ExportFormat } from '@tdkt/core';
import { exportToFile, writeFileAtomic } from '@tdkt/core/node';
import { csvExporter } from '@tdkt/export-csv';
import { docxExporter } from '@tdkt/export-docx';
import { htmlExporter } from '@tdkt/export-html';
import { pdfExporter } from '@tdkt/export-pdf';
import { xlsxExporter } from '@tdkt/export-xlsx';
import { createVnEngine } from '@tdkt/rules-vn';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import type { Io } from './cli.js';

/** The exporters by format. */
export const EXPORTERS: Record<ExportFormat, () => Exporter> = { csv: () => csvExporter(), xlsx: () => xlsxExporter(), docx: () => docxExporter(), pdf: () => pdfExporter(), html: () => htmlExporter() };

const KINDS = { list: 'proposal-list', 'proposal-list': 'proposal-list', dossier: 'dossier', report: 'explanation-report', 'explanation-report': 'explanation-report', document: 'document' } as const;

/** Vote-share thresholds of the council by award (share of the total membership). */
export const COUNCIL_THRESHOLDS: Record<string, number> = {
  'chien-si-thi-dua-co-so': 0.8, // Decree 98/2023 Art 30 cl 7
  'chien-si-thi-dua-bo-nganh-tinh': 0.9,
  'chien-si-thi-dua-toan-quoc': 0.9,
  'anh-hung-lao-dong': 0.9,
};

const inputSchema = z.object({
  year: z.number().int().optional(),
  asOf: z.string().optional(),
  lines: z.array(
    z.looseObject({
      name: z.string(),
      unit: z.string(),
      decision: z.looseObject({ award: z.string(), period: z.number().int(), outcome: z.enum(['eligible', 'ineligible', 'needs-review']), hash: z.string(), explanation: z.looseObject({ id: z.string(), children: z.array(z.unknown()) }) }),
    }),
  ),
});

interface ExportOpts {
  award?: string;
  year?: string;
  format: ExportFormat;
  input: string;
  out?: string;
  asOf?: string;
  outcomes: string;
  issuer: string;
  abbr: string;
  place: string;
  parent?: string;
  recipient: string;
  council?: string;
  members: string;
  threshold?: string;
  signerTitle: string;
  signerName: string;
  purpose?: string;
}

function int(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new TdktError('VALIDATION_FAILED', msg(`${name} cần số nguyên từ ${min} đến ${max}`, `${name} needs a whole number from ${min} to ${max}`), { path: [name], value: v });
  return n;
}

/** Registers `tdkt export` on the program. */
export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('export decisions (the JSON the annual review writes) as a list, a dossier or an explanation report; or render a dossier document (achievement report, initiative confirmation, draft decision) from its JSON')
    .argument('<kind>', 'list | dossier | report | document')
    .option('--award <code>', 'award code (required for list and dossier)')
    .option('--year <year>', 'the emulation year (required but for document)')
    .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'docx', 'pdf', 'csv', 'html']).makeOptionMandatory())
    .requiredOption('--input <file.json>', 'decisions JSON, e.g. examples/annual-review/out/ket-qua-2025.json; for document, the document JSON (its shape: `tdkt schema --document`)')
    .option('--out <file>', 'output file (default: <kind>-<award>-<year>.<ext> in the current folder)')
    .option('--as-of <date>', 'date printed on the documents (default: the input\'s asOf)')
    .option('--outcomes <list>', 'outcomes to list, comma-separated', 'eligible')
    .option('--issuer <name>', 'issuing body (dossier)', 'Cơ quan, đơn vị đề nghị')
    .option('--abbr <abbr>', 'issuing body abbreviation in numbers (dossier)', 'CQ')
    .option('--place <place>', 'place in the date line (dossier)', 'Đà Nẵng')
    .option('--parent <name>', 'parent body (dossier)')
    .option('--recipient <name>', 'Kính gửi (dossier)', 'Hội đồng Thi đua - Khen thưởng cấp trên')
    .option('--council <name>', 'council name (dossier)')
    .option('--members <n>', 'council membership (dossier)', '9')
    .option('--threshold <share>', 'vote share required, 0–1 (dossier; default by award)')
    .option('--signer-title <title>', 'signer title (dossier)', 'THỦ TRƯỞNG CƠ QUAN')
    .option('--signer-name <name>', 'signer name (dossier)', '')
    .option('--purpose <text>', 'show national IDs and dates of birth for this stated purpose (document; masked otherwise)')
    .action(async (kindArg: string, o: ExportOpts) => {
      const kind = KINDS[kindArg as keyof typeof KINDS];
      if (!kind) throw new TdktError('VALIDATION_FAILED', msg(`Loại văn bản không hợp lệ: ${kindArg}; dùng list, dossier, report hoặc document`, `Unknown document kind: ${kindArg}; use list, dossier, report or document`), { path: ['<kind>'], value: kindArg });
      const text = await readFile(o.input, 'utf8').catch(() => {
        throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp ${o.input}`, `Cannot read ${o.input}`), { path: ['--input'], value: o.input });
      });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new TdktError('INPUT_UNREADABLE', msg(`JSON không hợp lệ: ${(e as Error).message}`, `Invalid JSON: ${(e as Error).message}`), { path: ['--input'], value: o.input });
      }
      if (kind === 'document') return void (await exportDocument(json, o, io));
      if (o.year === undefined) throw new TdktError('VALIDATION_FAILED', msg('Cần năm thi đua (--year)', 'The emulation year is needed (--year)'), { path: ['--year'] });
      const year = int('--year', o.year, 1945, 2100);
      const input = parseWith(inputSchema, json, ['input']);
      const asOf = o.asOf ?? input.asOf;
      if (!asOf) throw new TdktError('VALIDATION_FAILED', msg('Cần ngày xét (--as-of)', 'The review date is needed (--as-of)'), { path: ['--as-of'] });
      const engine = createVnEngine();
      const catalog = engine.catalog();
      const lines = input.lines as unknown as DecidedLine[];
      const outcomes = o.outcomes.split(',').map((s) => s.trim()) as DecidedLine['decision']['outcome'][];
      let doc: ExportDocument;
      if (kind === 'explanation-report') {
        if (o.award) resolveAward(o.award, catalog);
        doc = explanationReportFromDecisions({ year, asOf, lines, catalog, documents: engine.documents, ...(o.award ? { awards: [o.award] } : {}), outcomes });
      } else {
        if (!o.award) throw new TdktError('VALIDATION_FAILED', msg('Cần mã danh hiệu/hình thức (--award)', 'The award code is needed (--award)'), { path: ['--award'] });
        const list = proposalListFromDecisions({ award: o.award, year, asOf, lines, catalog, outcomes });
        if (kind === 'proposal-list') doc = list;
        else {
          const threshold = o.threshold !== undefined ? Number(o.threshold) : COUNCIL_THRESHOLDS[o.award];
          if (threshold === undefined || !(threshold > 0 && threshold <= 1)) throw new TdktError('VALIDATION_FAILED', msg('Cần tỷ lệ phiếu đồng ý (--threshold, từ 0 đến 1) cho hình thức này', 'The required vote share (--threshold, 0 to 1) is needed for this award'), { path: ['--threshold'], value: o.threshold });
          const dossier: Dossier = {
            kind: 'dossier', award: list.award, year, asOf, rows: list.rows,
            issuer: { name: o.issuer, abbreviation: o.abbr, place: o.place, ...(o.parent ? { parent: o.parent } : {}) },
            recipient: o.recipient,
            council: { name: o.council ?? `Hội đồng Thi đua - Khen thưởng ${o.issuer}`, meetingDate: asOf, members: int('--members', o.members, 1, 1000), present: int('--members', o.members, 1, 1000), threshold, votes: [] },
            signer: { title: o.signerTitle, name: o.signerName },
            note: msg('Bản dự thảo: số phiếu do Hội đồng ghi sau khi bỏ phiếu.', 'Draft: the council fills in the votes after voting.'),
          };
          doc = dossier;
        }
      }
      const exporter = EXPORTERS[o.format]();
      const out = resolve(o.out ?? `${kindArg}-${o.award ?? 'all'}-${year}.${exporter.extension}`);
      await exportToFile(exporter, doc, out, { awards: catalog });
      io.out(`→ ${out}`);
    });
}

/** `tdkt export document`: renders one dossier document (its JSON validated with the core schema) as DOCX, PDF or HTML. */
async function exportDocument(json: unknown, o: ExportOpts, io: Io): Promise<void> {
  const exporter = EXPORTERS[o.format]();
  if (!exporter.exportDossierDocument)
    throw new TdktError('VALIDATION_FAILED', msg(`Định dạng ${o.format} không trình bày được văn bản hồ sơ; dùng docx, pdf hoặc html`, `The ${o.format} format cannot lay out a dossier document; use docx, pdf or html`), { path: ['--format'], value: o.format });
  const doc = parseWith(dossierDocumentSchema, json, ['input']);
  const engine = createVnEngine();
  if ('award' in doc) resolveAward(doc.award.code, engine.catalog());
  const bytes = await exporter.exportDossierDocument(json as DossierDocument, o.purpose !== undefined ? { personalData: { include: true, purpose: o.purpose } } : {});
  const out = resolve(o.out ?? `${doc.kind}-${'award' in doc ? `${doc.award.code}-${doc.year}` : doc.asOf}.${exporter.extension}`);
  await writeFileAtomic(out, bytes);
  io.out(`→ ${out}`);
}

/** The JSON Schema (input side) of a dossier document, as `tdkt schema --document` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(dossierDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
