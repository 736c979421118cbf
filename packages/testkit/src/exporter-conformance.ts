/**
 * The exporter conformance suite: one list of checks every exporter runs in a few lines, whatever
 * its format. XLSX written reads back equal; DOCX contains the expected texts in order; PDF text
 * extracted with `pdftotext` keeps its diacritics (NFC); a PDF page renders to a non-blank PNG
 * (`pdftoppm`); a DOCX converts with LibreOffice. Checks that need a tool skip with a reason when
 * it is absent, and fail instead when `TDKT_REQUIRE_TOOLS=1`.
 *
 * @packageDocumentation
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { QUOC_HIEU, TdktError, TIEU_NGU, type AchievementReport, type DecisionDraft, type Dossier, type DossierDocument, type ExplanationReport, type Exporter, type ExportOptions, type InitiativeConfirmation, type ProposalList } from '@tdkt/core';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** One check of the suite. `skip` is set (with the reason) when a tool it needs is absent. */
export interface ConformanceCheck {
  name: string;
  skip?: string;
  run(): Promise<void>;
}

/** Names with every kind of Vietnamese diacritic (NFC). */
export const SAMPLE_NAMES = ['Nguyễn Thị Thu Hà', 'Phan Thị Thanh Thuỷ', 'Đặng Quốc Bảo', 'Lý Hoàng Yến', 'Trương Văn Ẩn'] as const;

const HASH = (i: number) => `${String(i).repeat(12)}abcdef${'0'.repeat(46)}`.slice(0, 64);

/** A sample proposal list (five people; one with a national ID and a date of birth). */
export function sampleProposalList(rows: number = SAMPLE_NAMES.length): ProposalList {
  return {
    kind: 'proposal-list',
    award: { code: 'chien-si-thi-dua-co-so', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter', kind: 'emulation-title' },
    year: 2025,
    asOf: '2025-12-15',
    issuer: { name: 'Ủy ban nhân dân phường Hải Vân', abbreviation: 'UBND', place: 'Đà Nẵng' },
    rows: Array.from({ length: rows }, (_, i) => ({
      name: SAMPLE_NAMES[i % SAMPLE_NAMES.length]!,
      unit: 'UBND phường Hải Vân',
      outcome: 'eligible' as const,
      reasons: { vi: 'Hoàn thành xuất sắc nhiệm vụ năm 2025; đạt danh hiệu Lao động tiên tiến', en: 'Completed tasks excellently in 2025; holds the Advanced Worker title' },
      hash: HASH(i % 10),
      position: 'Chuyên viên',
      ...(i === 0 ? { personal: { nationalId: '048185001234', dateOfBirth: '1985-03-07', gender: 'NU' as const } } : {}),
    })),
  };
}

const SAMPLE_ISSUER = { parent: 'Thành phố Đà Nẵng', name: 'Ủy ban nhân dân phường Hải Vân', abbreviation: 'UBND', place: 'Đà Nẵng' };
const CSTDCS = { code: 'chien-si-thi-dua-co-so', nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter', kind: 'emulation-title' as const };

/**
 * Sample dossier documents (the ones an exporter's `exportDossierDocument` renders): an
 * individual's achievement report (Decree 152/2025 Mẫu số 05, with a national ID and a date of
 * birth), a collective's, an initiative confirmation (Mẫu số 13) and a draft decision with its list.
 */
export function sampleDossierDocuments(): { individual: AchievementReport; collective: AchievementReport; initiative: InitiativeConfirmation; decision: DecisionDraft } {
  const individual: AchievementReport = {
    kind: 'achievement-report',
    subject: 'individual',
    award: CSTDCS,
    year: 2025,
    asOf: '2025-12-05',
    issuer: SAMPLE_ISSUER,
    name: 'Nguyễn Thị Thu Hà',
    position: 'Chuyên viên',
    unit: 'Ủy ban nhân dân phường Hải Vân',
    personal: { nationalId: '048185001234', dateOfBirth: '1985-03-07', gender: 'NU' },
    background: ['Trình độ chuyên môn: Cử nhân Luật.'],
    achievements: ['Hoàn thành xuất sắc nhiệm vụ năm 2025.', 'Có sáng kiến được Hội đồng sáng kiến phường công nhận.'],
    previousAwards: [{ year: 2024, award: 'Lao động tiên tiến', decision: 'Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND phường Hải Vân' }],
    signers: [{ authority: 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', title: 'CHỦ TỊCH', name: 'Võ Văn Hưởng' }, { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: 'Nguyễn Thị Thu Hà' }],
  };
  const { personal: _personal, ...rest } = individual;
  const collective: AchievementReport = {
    ...rest,
    subject: 'collective',
    award: { code: 'tap-the-lao-dong-xuat-sac', nameVi: 'Tập thể lao động xuất sắc', nameEn: 'Excellent Labour Collective', kind: 'emulation-title' },
    name: 'Phòng Văn hóa - Xã hội',
    background: ['Phòng có 12 công chức.'],
    achievements: ['Hoàn thành xuất sắc nhiệm vụ năm 2025.'],
    previousAwards: [],
  };
  const initiative: InitiativeConfirmation = {
    kind: 'initiative-confirmation',
    asOf: '2025-11-20',
    issuer: SAMPLE_ISSUER,
    symbol: 'XN',
    council: { name: 'Hội đồng sáng kiến phường Hải Vân', meetingDate: '2025-11-18' },
    initiatives: [{ title: 'Số hóa hồ sơ thi đua, khen thưởng', authors: ['Nguyễn Thị Thu Hà', 'Đặng Quốc Bảo'], unit: 'Văn phòng HĐND và UBND', effect: 'Giảm 40% thời gian lập hồ sơ', scope: 'Áp dụng được ở các phường, xã của thành phố' }],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Võ Văn Hưởng' },
  };
  const decision: DecisionDraft = {
    kind: 'decision-draft',
    award: CSTDCS,
    year: 2025,
    asOf: '2025-12-20',
    issuer: SAMPLE_ISSUER,
    authority: 'Chủ tịch Ủy ban nhân dân phường Hải Vân',
    basis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    proposedBy: 'Hội đồng Thi đua - Khen thưởng phường',
    executors: ['Chánh Văn phòng HĐND và UBND phường'],
    rows: sampleProposalList().rows,
    signer: { title: 'CHỦ TỊCH', name: 'Võ Văn Hưởng' },
  };
  return { individual, collective, initiative, decision };
}

/** Texts each sample dossier document shows, in order, whatever the format. */
const DOSSIER_DOCUMENT_TEXTS: Record<keyof ReturnType<typeof sampleDossierDocuments>, string[]> = {
  individual: ['ỦY BAN NHÂN DÂN PHƯỜNG HẢI VÂN', QUOC_HIEU, TIEU_NGU, 'BÁO CÁO THÀNH TÍCH', 'Chiến sĩ thi đua cơ sở năm 2025', 'I. SƠ LƯỢC LÝ LỊCH', 'Nguyễn Thị Thu Hà', '*********234', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', 'NGƯỜI BÁO CÁO THÀNH TÍCH'],
  collective: [QUOC_HIEU, 'BÁO CÁO THÀNH TÍCH', 'Tập thể lao động xuất sắc năm 2025', 'I. ĐẶC ĐIỂM, TÌNH HÌNH', 'Phòng Văn hóa - Xã hội', 'II. THÀNH TÍCH ĐẠT ĐƯỢC'],
  initiative: [QUOC_HIEU, TIEU_NGU, 'XÁC NHẬN', 'khoản 6 Điều 33 Nghị định số 152/2025/NĐ-CP', 'Số hóa hồ sơ thi', 'Võ Văn Hưởng'],
  decision: [QUOC_HIEU, TIEU_NGU, 'QUYẾT ĐỊNH', 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025', 'Điều 1.', 'Điều 3.', 'Nơi nhận:', 'DANH SÁCH', 'Nguyễn Thị Thu Hà', 'Trương Văn Ẩn'],
};

/** A sample dossier built on {@link sampleProposalList}, with council votes (one below 80 %). */
export function sampleDossier(): Dossier {
  const list = sampleProposalList();
  return {
    kind: 'dossier',
    award: list.award,
    year: list.year,
    asOf: list.asOf,
    issuer: { parent: 'Thành phố Đà Nẵng', name: 'Ủy ban nhân dân phường Hải Vân', abbreviation: 'UBND', place: 'Đà Nẵng' },
    recipient: 'Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng',
    rows: list.rows,
    council: { name: 'Hội đồng Thi đua - Khen thưởng phường Hải Vân', meetingDate: '2025-12-10', members: 9, present: 8, chair: 'Võ Văn Hưởng', secretary: 'Lê Thị Ngọc Ánh', threshold: 0.8, votes: list.rows.map((r, i) => ({ name: r.name, inFavour: i === 4 ? 6 : 8 })) },
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Võ Văn Hưởng' },
  };
}

/** A sample explanation report (two entries, nested, cited). */
export function sampleExplanationReport(): ExplanationReport {
  const award = { code: 'lao-dong-tien-tien', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker' };
  const node = (ok: boolean) => ({
    outcome: ok ? ('eligible' as const) : ('ineligible' as const),
    text: { vi: 'Tiêu chuẩn danh hiệu Lao động tiên tiến', en: 'Advanced Worker criteria' },
    citations: ['Luật 06/2022/QH15 Điều 24 khoản 1'],
    children: [{ outcome: ok ? ('eligible' as const) : ('ineligible' as const), text: ok ? { vi: 'Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ', en: 'Rated 2025: completed tasks well' } : { vi: 'Xếp loại năm 2025: Không hoàn thành nhiệm vụ <b>', en: 'Rated 2025: did not complete tasks <b>' }, citations: ['Nghị định 152/2025/NĐ-CP Điều 4'], children: [] }],
  });
  return {
    kind: 'explanation-report',
    year: 2025,
    asOf: '2025-12-15',
    rulePacks: ['vn@0.1.0'],
    entries: [
      { award, name: 'Nguyễn Thị Thu Hà', unit: 'UBND phường Hải Vân', outcome: 'eligible', hash: HASH(1), explanation: node(true) },
      { award, name: 'Trương Văn Ẩn', unit: 'UBND phường Hải Vân', outcome: 'ineligible', hash: HASH(2), explanation: node(false) },
    ],
  };
}

/** Whether a command-line tool is on the PATH. */
export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Tools are required (checks fail instead of skipping) when `TDKT_REQUIRE_TOOLS=1`. */
export function toolsRequired(): boolean {
  return process.env['TDKT_REQUIRE_TOOLS'] === '1';
}

function needs(tool: string): string | undefined {
  if (hasTool(tool) || toolsRequired()) return undefined;
  return `${tool} không có trên máy này / ${tool} is not installed (CI installs it: .ci/install-exports.sh; set TDKT_REQUIRE_TOOLS=1 to fail instead)`;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Checks that `needles` occur in `haystack` in order, ignoring whitespace (tables wrap text). */
function assertInOrder(haystack: string, needles: readonly string[], what: string): void {
  const squeeze = (t: string) => t.normalize('NFC').replace(/\s+/g, '');
  const hay = squeeze(haystack);
  let at = 0;
  for (const n of needles) {
    const i = hay.indexOf(squeeze(n), at);
    if (i < 0) fail(`${what}: "${n}" not found${hay.includes(squeeze(n)) ? ' in order' : ''}`);
    at = i + squeeze(n).length;
  }
}

/** True when `needle` occurs in `haystack`, ignoring whitespace. */
function contains(haystack: string, needle: string): boolean {
  return haystack.normalize('NFC').replace(/\s+/g, '').includes(needle.normalize('NFC').replace(/\s+/g, ''));
}

async function expectTdktError(p: Promise<unknown>, code: string): Promise<void> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TdktError)) fail(`expected a TdktError ${code}, got ${String(e)}`);
    if (e.code !== code) fail(`expected ${code}, got ${e.code}`);
    if (!e.messages.vi || !e.messages.en) fail('the error has no bilingual message');
    return;
  }
  fail(`expected a TdktError ${code}, nothing was thrown`);
}

/** The text of a DOCX's main part, paragraph by paragraph (one line each). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) fail('DOCX without word/document.xml');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The visible text of an HTML page: tags dropped, the five entities decoded, NFC. */
export function htmlText(html: string): string {
  return html
    .replace(/<(style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .normalize('NFC');
}

/** The text of a PDF, extracted with `pdftotext -layout` (poppler-utils), NFC. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tdkt-pdf-'));
  try {
    await writeFile(join(dir, 'a.pdf'), bytes);
    execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), join(dir, 'a.txt')]);
    return (await readFile(join(dir, 'a.txt'), 'utf8')).normalize('NFC');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Decodes an 8-bit, non-interlaced PNG (grayscale, gray+alpha, RGB or RGBA — what `pdftoppm -png`
 * writes) to one luminance byte per pixel.
 */
export function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  if (png.readUInt32BE(0) !== 0x89504e47) fail('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[data[9]!];
      if (data[8] !== 8 || !channels || data[12] !== 0) fail('expected an 8-bit non-interlaced, non-palette PNG');
      bpp = channels;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? bytes[y * stride + x - bpp]! : 0;
      const b = y > 0 ? bytes[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? bytes[(y - 1) * stride + x - bpp]! : 0;
      let pred = 0;
      if (f === 1) pred = a;
      else if (f === 2) pred = b;
      else if (f === 3) pred = (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      bytes[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const o = i * bpp;
    pixels[i] = bpp >= 3 ? Math.round((bytes[o]! + bytes[o + 1]! + bytes[o + 2]!) / 3) : bytes[o]!;
  }
  return { width, height, pixels };
}

/** Renders page 1 of a PDF to a grayscale PNG with `pdftoppm` and returns the share of dark pixels. */
export async function inkShare(bytes: Uint8Array): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tdkt-ppm-'));
  try {
    await writeFile(join(dir, 'a.pdf'), bytes);
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', join(dir, 'a.pdf'), join(dir, 'page')]);
    const { pixels } = decodePng(await readFile(join(dir, 'page.png')));
    let dark = 0;
    for (const p of pixels) if (p < 128) dark++;
    return dark / pixels.length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Converts a DOCX to PDF with headless LibreOffice; returns the PDF bytes. */
export async function libreOfficePdf(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'tdkt-lo-'));
  try {
    await writeFile(join(dir, 'a.docx'), bytes);
    const bin = hasTool('libreoffice') ? 'libreoffice' : 'soffice';
    execFileSync(bin, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'a.docx')], { stdio: 'pipe', timeout: 120000 });
    const out = join(dir, 'a.pdf');
    if (!existsSync(out)) fail(`LibreOffice wrote no PDF (${(await readdir(dir)).join(', ')})`);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The texts a document must contain, in order (whatever the format). */
function expectedTexts(kind: 'proposal-list' | 'dossier' | 'explanation-report', tabular: boolean): string[] {
  if (kind === 'dossier' && tabular) return [...SAMPLE_NAMES];
  if (kind === 'dossier') return [QUOC_HIEU, TIEU_NGU, 'TỜ TRÌNH', 'Về việc đề nghị xét tặng Chiến sĩ thi đua cơ sở năm 2025', 'Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng.', 'DANH SÁCH', ...SAMPLE_NAMES, 'BIÊN BẢN', 'Nguyễn Thị Thu Hà', '8/9', 'Trương Văn Ẩn', '6/9', 'Không đạt'];
  if (kind === 'proposal-list') return tabular ? [...SAMPLE_NAMES] : ['DANH SÁCH', ...SAMPLE_NAMES];
  return ['Nguyễn Thị Thu Hà', 'Hoàn thành tốt nhiệm vụ', 'Trương Văn Ẩn', 'Không hoàn thành nhiệm vụ <b>'];
}

/** Options of {@link exporterConformance}. */
export interface ConformanceOptions {
  /** Where to keep the generated files for people to look at (default: not kept). */
  keepIn?: string;
}

/**
 * The conformance checks for one exporter. Use in a test file:
 *
 * ```ts
 * for (const c of exporterConformance(xlsxExporter()))
 *   it.skipIf(!!c.skip)(`${c.name}${c.skip ? ` (skipped: ${c.skip})` : ''}`, c.run);
 * ```
 */
export function exporterConformance(exporter: Exporter, _options: ConformanceOptions = {}): ConformanceCheck[] {
  const kinds = exporter.kinds;
  const samples = { 'proposal-list': sampleProposalList, dossier: sampleDossier, 'explanation-report': sampleExplanationReport } as const;
  const checks: ConformanceCheck[] = [];
  const add = (name: string, run: () => Promise<void>, skip?: string) => checks.push({ name: `${exporter.id}: ${name}`, run, ...(skip ? { skip } : {}) });
  const text = async (bytes: Uint8Array): Promise<string> => {
    switch (exporter.format) {
      case 'csv':
        return new TextDecoder().decode(bytes).normalize('NFC');
      case 'html':
        return htmlText(new TextDecoder().decode(bytes));
      case 'docx':
        return docxText(bytes);
      case 'pdf':
        return pdfText(bytes);
      case 'xlsx': {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        const out: string[] = [];
        wb.eachSheet((ws) => ws.eachRow((r) => out.push((r.values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v))).join('\t'))));
        return out.join('\n');
      }
    }
  };
  const textSkip = exporter.format === 'pdf' ? needs('pdftotext') : undefined;

  for (const kind of kinds) {
    add(`${kind}: contains the expected texts in order, NFC, diacritics kept`, async () => {
      const t = await text(await exporter.export(samples[kind]()));
      if (t !== t.normalize('NFC')) fail('the text is not NFC');
      assertInOrder(t, expectedTexts(kind, exporter.format === 'csv' || exporter.format === 'xlsx'), `${exporter.format} ${kind}`);
    }, textSkip);
  }

  if (kinds.includes('proposal-list')) {
    add('proposal-list: an empty list gives a valid document with a note', async () => {
      const bytes = await exporter.export({ ...sampleProposalList(0) });
      if (!bytes.length) fail('empty output');
      if (!textSkip) assertInOrder(await text(bytes), ['Không có trường hợp nào'], 'empty list');
    });
    add('proposal-list: national IDs and dates of birth are masked by default', async () => {
      const t = await text(await exporter.export(sampleProposalList()));
      if (contains(t, '048185001234') || contains(t, '07/03/1985')) fail('personal data shown without a purpose');
      if (!contains(t, '*********234')) fail('the masked national ID is missing');
    }, textSkip);
    add('proposal-list: personal data shown only with a stated purpose, and audited', async () => {
      const audit: unknown[] = [];
      const opts: ExportOptions = { personalData: { include: true, purpose: 'Báo cáo thành tích cá nhân (Mẫu 05)' }, audit: (e) => void audit.push(e) };
      const t = await text(await exporter.export(sampleProposalList(), opts));
      if (!contains(t, '048185001234')) fail('the national ID is missing although a purpose was given');
      if (audit.length !== 1) fail('the export was not audited');
      await expectTdktError(exporter.export(sampleProposalList(), { personalData: { include: true, purpose: 'x' } }), 'VALIDATION_FAILED');
    }, textSkip);
    add('proposal-list: an unknown award code gives UNKNOWN_AWARD', () => expectTdktError(exporter.export(sampleProposalList(), { awards: [{ code: 'lao-dong-tien-tien', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker' }] }), 'UNKNOWN_AWARD'));
    add('proposal-list: bad input gives VALIDATION_FAILED with path and bilingual message, never bytes', async () => {
      const bad = sampleProposalList();
      (bad.rows[1] as { name: string }).name = '  ';
      await expectTdktError(exporter.export(bad), 'VALIDATION_FAILED');
      await expectTdktError(exporter.export({ ...sampleProposalList(), award: { code: 'Bằng khen', nameVi: 'x', nameEn: 'x' } }), 'VALIDATION_FAILED');
      await expectTdktError(exporter.export({ kind: 'nonsense' } as never), 'VALIDATION_FAILED');
      await expectTdktError(exporter.export({ ...sampleProposalList(), asOf: '2025-02-30' }), 'VALIDATION_FAILED');
    });
  }

  const renderDocument = exporter.exportDossierDocument?.bind(exporter);
  if (renderDocument) {
    const docs = sampleDossierDocuments();
    for (const key of Object.keys(docs) as (keyof typeof docs)[]) {
      add(`dossier document ${key}: contains the expected texts in order, NFC`, async () => {
        const t = await text(await renderDocument(docs[key]));
        if (t !== t.normalize('NFC')) fail('the text is not NFC');
        assertInOrder(t, DOSSIER_DOCUMENT_TEXTS[key], `${exporter.format} ${key}`);
        if (contains(t, '048185001234')) fail('personal data shown without a purpose');
      }, textSkip);
    }
    add('dossier document: personal data shown only with a stated purpose, and audited', async () => {
      const audit: unknown[] = [];
      const t = await text(await renderDocument(docs.individual, { personalData: { include: true, purpose: 'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở' }, audit: (e) => void audit.push(e) }));
      if (!contains(t, '048185001234')) fail('the national ID is missing although a purpose was given');
      if (JSON.stringify(audit) !== JSON.stringify([{ kind: 'dossier', format: exporter.format, award: 'chien-si-thi-dua-co-so', year: 2025, rows: 1, purpose: 'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở' }])) fail(`the export was not audited as expected: ${JSON.stringify(audit)}`);
      await expectTdktError(renderDocument(docs.individual, { personalData: { include: true, purpose: 'vì' } }), 'VALIDATION_FAILED');
    }, textSkip);
    add('dossier document: bad input gives VALIDATION_FAILED, never bytes', async () => {
      await expectTdktError(renderDocument({ ...docs.individual, achievements: [] }), 'VALIDATION_FAILED');
      await expectTdktError(renderDocument({ ...docs.initiative, symbol: 'x n' }), 'VALIDATION_FAILED');
      await expectTdktError(renderDocument({ ...docs.decision, rows: [] }), 'VALIDATION_FAILED');
      await expectTdktError(renderDocument({ ...docs.individual, asOf: '2025-02-30' }), 'VALIDATION_FAILED');
      await expectTdktError(renderDocument({ ...docs.initiative, council: { ...docs.initiative.council, meetingDate: '2025-12-32' } }), 'VALIDATION_FAILED');
      await expectTdktError(renderDocument({ kind: 'nonsense' } as unknown as DossierDocument), 'VALIDATION_FAILED');
    });
  }

  if (exporter.format === 'xlsx' && kinds.includes('proposal-list')) {
    add('xlsx: the list reads back equal, header frozen', async () => {
      const list = sampleProposalList();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await exporter.export(list)) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('DANHSACH') ?? fail('no DANHSACH sheet');
      let headerRow = 0;
      ws.eachRow((r, n) => {
        if (!headerRow && r.getCell(1).value === 'STT') headerRow = n;
      });
      if (!headerRow) fail('no header row');
      const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
      if (view?.state !== 'frozen' || view.ySplit !== headerRow) fail('the header is not frozen');
      const header = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
      const col = (h: string) => header.indexOf(h) + 1 || fail(`no column "${h}"`);
      list.rows.forEach((r, i) => {
        const row = ws.getRow(headerRow + 1 + i);
        if (row.getCell(col('Họ và tên')).value !== r.name) fail(`row ${i + 1}: name ${String(row.getCell(col('Họ và tên')).value)} ≠ ${r.name}`);
        if (row.getCell(col('Tên đơn vị/tập thể công tác')).value !== r.unit) fail(`row ${i + 1}: unit differs`);
        if (row.getCell(col('Căn cứ đề nghị')).value !== r.reasons.vi) fail(`row ${i + 1}: reasons differ`);
        if (row.getCell(col('Mã đối chiếu')).value !== r.hash.slice(0, 12)) fail(`row ${i + 1}: hash differs`);
        if (row.getCell(col('STT')).value !== i + 1) fail(`row ${i + 1}: STT differs`);
      });
      if (ws.getRow(headerRow + 1 + list.rows.length).getCell(2).value) fail('extra rows');
    });
  }

  if (exporter.format === 'csv' && kinds.includes('proposal-list')) {
    add('csv: the list parses back equal', async () => {
      const list = sampleProposalList();
      const rows = parseCsv(new TextDecoder().decode(await exporter.export(list)), { bom: true, relax_column_count: true }) as string[][];
      const header = rows[0]!;
      list.rows.forEach((r, i) => {
        const row = rows[i + 1]!;
        if (row[header.indexOf('Họ và tên / Tập thể')] !== r.name || row[header.indexOf('Căn cứ đề nghị')] !== r.reasons.vi) fail(`row ${i + 1} differs`);
      });
    });
  }

  if (exporter.format === 'html' && kinds.includes('explanation-report')) {
    add('html: one standalone page, every text escaped', async () => {
      const html = new TextDecoder().decode(await exporter.export(sampleExplanationReport()));
      if (!html.startsWith('<!DOCTYPE html>')) fail('not an HTML page');
      if (html.includes('<b>') || !html.includes('&lt;b&gt;')) fail('text not escaped');
      if (/<script|<link|src=/i.test(html)) fail('the page is not standalone');
    });
  }

  if (exporter.format === 'pdf') {
    const doc = kinds.includes('dossier') ? sampleDossier : sampleProposalList;
    add('pdf: page 1 renders to a PNG that is not blank (pdftoppm)', async () => {
      const share = await inkShare(await exporter.export(doc()));
      if (share < 0.002) fail(`page 1 looks blank (${(share * 100).toFixed(2)}% dark pixels)`);
    }, needs('pdftoppm'));
    add('pdf: the national header and every diacritic extract as text', async () => {
      const t = await pdfText(await exporter.export(sampleDossier()));
      for (const s of [QUOC_HIEU, TIEU_NGU, ...SAMPLE_NAMES]) if (!contains(t, s)) fail(`"${s}" not in the PDF text`);
    }, kinds.includes('dossier') ? textSkip : 'the exporter renders no dossier');
  }

  if (exporter.format === 'docx' && kinds.includes('dossier')) {
    add('docx: LibreOffice opens the dossier and converts it to PDF', async () => {
      const pdf = await libreOfficePdf(await exporter.export(sampleDossier()));
      if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') fail('LibreOffice did not produce a PDF');
      if (hasTool('pdftotext')) {
        const t = await pdfText(pdf);
        for (const s of [QUOC_HIEU, TIEU_NGU, 'TỜ TRÌNH', 'BIÊN BẢN']) if (!contains(t, s)) fail(`"${s}" not in the converted PDF`);
      }
    }, hasTool('libreoffice') || hasTool('soffice') || toolsRequired() ? undefined : 'libreoffice không có trên máy này / libreoffice is not installed (CI installs it: .ci/install-exports.sh; set TDKT_REQUIRE_TOOLS=1 to fail instead)');
  }
  return checks;
}
