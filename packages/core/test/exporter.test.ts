import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierLayout, maskDateOfBirth, maskNationalId, numberLine, placeDateLine, prepareExport, proposalListFromDecisions, TdktError, type Exporter } from '../src/index.js';
import { exportToFile, writeFileAtomic } from '../src/node/index.js';

const fake: Exporter = { id: 'fake', format: 'csv', extension: 'csv', mediaType: 'text/csv', kinds: ['proposal-list'], export: async (d, o) => new TextEncoder().encode(JSON.stringify((await prepareExport(fake, d, o)).doc)) };
const list = { kind: 'proposal-list' as const, award: { code: 'lao-dong-tien-tien', nameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker' }, year: 2025, asOf: '2025-12-15', rows: [] };

describe('export port', () => {
  it('writes atomically: the file appears whole and no temporary file is left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-atomic-'));
    await exportToFile(fake, list, join(dir, 'a.csv'));
    expect(await readdir(dir)).toEqual(['a.csv']);
    expect(JSON.parse(await readFile(join(dir, 'a.csv'), 'utf8')).rows).toEqual([]);
  });
  it('a failed write leaves no partial file and throws WRITE_FAILED', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-atomic-'));
    await expect(writeFileAtomic(join(dir, 'missing', 'a.csv'), 'x')).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await readdir(dir)).toEqual([]);
  });
  it('a rejected document writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-atomic-'));
    await expect(exportToFile(fake, { ...list, year: 1800 }, join(dir, 'a.csv'))).rejects.toBeInstanceOf(TdktError);
    expect(await readdir(dir)).toEqual([]);
  });
  it('normalises text to NFC and rejects an unknown award against a catalog', async () => {
    const nfd = { ...list, rows: [{ name: 'Nguyễn Thị Hoà'.normalize('NFD'), unit: 'x', outcome: 'eligible' as const, reasons: { vi: 'a', en: 'a' }, hash: 'abcdef012345' }] };
    const { doc } = await prepareExport(fake, nfd);
    expect(doc.kind === 'proposal-list' && doc.rows[0]!.name).toBe('Nguyễn Thị Hoà');
    await expect(prepareExport(fake, list, { awards: [] })).rejects.toMatchObject({ code: 'UNKNOWN_AWARD', path: ['award', 'code'] });
    expect(() => proposalListFromDecisions({ award: 'khong-co', year: 2025, asOf: '2025-12-15', lines: [], catalog: [] })).toThrow(TdktError);
  });
  it('masks personal data and formats Decree 30 lines', () => {
    expect(maskNationalId('048185001234')).toBe('*********234');
    expect(maskDateOfBirth('1985-03-07')).toBe('**/**/1985');
    expect(placeDateLine('Đà Nẵng', '2025-02-05')).toBe('Đà Nẵng, ngày 05 tháng 02 năm 2025');
    expect(placeDateLine('Huế', '2025-12-15')).toBe('Huế, ngày 15 tháng 12 năm 2025');
    expect(numberLine(7, 'TTr', 'UBND')).toBe('Số: 07/TTr-UBND');
  });
  it('vote shares are over the total membership; more votes than present is an error', () => {
    const base = { kind: 'dossier' as const, award: list.award, year: 2025, asOf: '2025-12-15', issuer: { name: 'UBND', abbreviation: 'UBND', place: 'Huế' }, recipient: 'X', signer: { title: 'CHỦ TỊCH', name: '' }, rows: [{ name: 'A', unit: 'u', outcome: 'eligible' as const, reasons: { vi: 'a', en: 'a' }, hash: 'abcdef012345' }] };
    const council = { name: 'HĐ', meetingDate: '2025-12-10', members: 10, present: 8, threshold: 0.8, votes: [{ name: 'A', inFavour: 8 }] };
    const text = JSON.stringify(dossierLayout({ ...base, council } as never));
    expect(text).toContain('8/10');
    expect(text).toContain('Đạt');
    expect(() => dossierLayout({ ...base, council: { ...council, votes: [{ name: 'A', inFavour: 9 }] } } as never)).toThrow(/exceed/);
  });
});
