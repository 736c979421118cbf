import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVnEngine } from '@tdkt/rules-vn';
import { docxText, htmlText, sampleDossierDocuments } from '@tdkt/testkit';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function decisions(): Promise<{ dir: string; input: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'tdkt-export-'));
  const engine = createVnEngine();
  const people = [
    { name: 'Đặng Quốc Bảo', rating: 'HTXSNV' as const },
    { name: 'Phạm Minh Khoa', rating: 'KHTNV' as const },
  ];
  const lines = people.map((p) => ({ name: p.name, unit: 'UBND phường Hải Vân', decision: engine.evaluate({ asOf: '2025-12-15', award: 'lao-dong-tien-tien', period: 2025, subject: { kind: 'individual', recruited: '2014-08-18', years: [{ year: 2025, rating: p.rating }] } }) }));
  const input = join(dir, 'ket-qua-2025.json');
  await writeFile(input, JSON.stringify({ year: 2025, asOf: '2025-12-15', lines }));
  return { dir, input };
}

describe('tdkt export', () => {
  it('writes a proposal list (eligible only) as XLSX', async () => {
    const { dir, input } = await decisions();
    const out = join(dir, 'list.xlsx');
    const c = capture();
    expect(await main(['export', 'list', '--award', 'lao-dong-tien-tien', '--year', '2025', '--format', 'xlsx', '--input', input, '--out', out], c.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('DANHSACH')!;
    expect(ws.getRow(4).getCell(2).value).toBe('Đặng Quốc Bảo');
    expect(ws.getRow(5).getCell(2).value).toBeNull();
  });
  it('writes a dossier as DOCX with the national header', async () => {
    const { dir, input } = await decisions();
    const out = join(dir, 'ho-so.docx');
    expect(await main(['export', 'dossier', '--award', 'lao-dong-tien-tien', '--threshold', '0.5', '--year', '2025', '--format', 'docx', '--input', input, '--out', out], capture().io)).toBe(0);
    const t = await docxText(await readFile(out));
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
  });
  it('writes the explanation report as HTML', async () => {
    const { dir, input } = await decisions();
    const out = join(dir, 'r.html');
    expect(await main(['export', 'report', '--year', '2025', '--format', 'html', '--input', input, '--out', out, '--outcomes', 'eligible,ineligible'], capture().io)).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('Phạm Minh Khoa');
  });
  it('an unknown award gives UNKNOWN_AWARD, exit 2, no file and no stack trace', async () => {
    const { dir, input } = await decisions();
    const c = capture();
    expect(await main(['export', 'list', '--award', 'khong-co', '--year', '2025', '--format', 'csv', '--input', input, '--out', join(dir, 'x.csv')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('UNKNOWN_AWARD');
    expect(c.err.join('\n')).not.toMatch(/\n\s+at /);
    expect((await readdir(dir)).filter((f) => f !== 'ket-qua-2025.json')).toEqual([]);
  });
  it('a dossier for an award without a known vote share asks for --threshold', async () => {
    const { dir, input } = await decisions();
    const c = capture();
    expect(await main(['export', 'dossier', '--award', 'lao-dong-tien-tien', '--year', '2025', '--format', 'docx', '--input', input, '--out', join(dir, 'x.docx')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--threshold');
  });
  it('renders a dossier document from its JSON as PDF, DOCX or HTML; personal data only with --purpose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-export-doc-'));
    const input = join(dir, 'bao-cao.json');
    await writeFile(input, JSON.stringify(sampleDossierDocuments().individual));
    const html = join(dir, 'bao-cao.html');
    expect(await main(['export', 'document', '--format', 'html', '--input', input, '--out', html], capture().io)).toBe(0);
    const t = htmlText(await readFile(html, 'utf8'));
    expect(t).toContain('BÁO CÁO THÀNH TÍCH');
    expect(t).toContain('*********234');
    expect(t).not.toContain('048185001234');
    expect(await main(['export', 'document', '--format', 'docx', '--input', input, '--out', join(dir, 'b.docx'), '--purpose', 'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở'], capture().io)).toBe(0);
    expect(await docxText(await readFile(join(dir, 'b.docx')))).toContain('048185001234');
    const c = capture();
    expect(await main(['export', 'document', '--format', 'pdf', '--input', input], { ...c.io })).toBe(0);
    expect(c.out.join('\n')).toMatch(/achievement-report-chien-si-thi-dua-co-so-2025\.pdf/);
    await rm(c.out.join('').replace(/^→ /, ''));
  });
  it('a dossier document: a malformed one or a list format is refused with a typed error and no file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-export-doc-'));
    const input = join(dir, 'qd.json');
    await writeFile(input, JSON.stringify({ ...sampleDossierDocuments().decision, rows: [] }));
    const c = capture();
    expect(await main(['export', 'document', '--format', 'docx', '--input', input, '--out', join(dir, 'qd.docx')], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/VALIDATION_FAILED[\s\S]*rows/);
    const c2 = capture();
    expect(await main(['export', 'document', '--format', 'xlsx', '--input', input, '--out', join(dir, 'qd.xlsx')], c2.io)).toBe(2);
    expect(c2.err.join('\n')).toContain('--format');
    expect((await readdir(dir)).sort()).toEqual(['qd.json']);
    const s = capture();
    expect(await main(['schema', '--document'], s.io)).toBe(0);
    expect(JSON.parse(s.out.join('\n'))).toHaveProperty('oneOf');
  });
});
