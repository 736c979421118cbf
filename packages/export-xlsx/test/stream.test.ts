import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProposalRow } from '@tdkt/core';
import { sampleProposalList } from '@tdkt/testkit';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER_ROW, INDIVIDUAL_COLUMNS, writeProposalListStream } from '../src/index.js';

const list = sampleProposalList();
const head = { award: list.award, year: list.year, asOf: list.asOf };
function* generate(n: number): Generator<ProposalRow> {
  for (let i = 0; i < n; i++) yield { ...list.rows[i % list.rows.length]!, name: `Người thứ ${i + 1}` };
}

describe('streaming XLSX proposal list', () => {
  it('writes rows from a generator and reads back equal, header frozen, personal data masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-stream-'));
    const path = join(dir, 'danh-sach.xlsx');
    expect(await writeProposalListStream(head, generate(5000), path)).toBe(5000);
    expect(readdirSync(dir)).toEqual(['danh-sach.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('DANHSACH')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect((ws.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(INDIVIDUAL_COLUMNS.map((c) => c.header));
    expect(ws.rowCount).toBe(HEADER_ROW + 5000);
    const first = ws.getRow(HEADER_ROW + 1);
    expect([first.getCell(1).value, first.getCell(2).value, first.getCell(4).value, first.getCell(12).value]).toEqual([1, 'Người thứ 1', '**/**/1985', '*********234']);
    expect(ws.getRow(HEADER_ROW + 5000).getCell(2).value).toBe('Người thứ 5000');
  });

  it('takes async iterables, shows personal data for a purpose and audits it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tdkt-stream-')), 'a.xlsx');
    async function* rows() {
      yield* generate(3);
    }
    const audit: unknown[] = [];
    await writeProposalListStream(head, rows(), path, { personalData: { include: true, purpose: 'Danh sách trình cấp Nhà nước' }, audit: (e) => void audit.push(e) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet('DANHSACH')!.getRow(HEADER_ROW + 1).getCell(12).value).toBe('048185001234');
    expect(audit).toEqual([{ kind: 'proposal-list', format: 'xlsx', award: head.award.code, year: 2025, rows: 3, purpose: 'Danh sách trình cấp Nhà nước' }]);
  });

  it('an empty list is a valid workbook with the note', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tdkt-stream-')), 'empty.xlsx');
    expect(await writeProposalListStream(head, [], path)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(String(wb.getWorksheet('DANHSACH')!.getRow(HEADER_ROW + 1).getCell(1).value)).toContain('Không có trường hợp nào');
  });

  it('a bad row is a typed error with its index, and no file is left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-stream-'));
    const path = join(dir, 'bad.xlsx');
    function* rows(): Generator<ProposalRow> {
      yield* generate(10);
      yield { ...list.rows[0]!, name: '  ' };
    }
    await expect(writeProposalListStream(head, rows(), path)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['rows', 10, 'name'] });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    await expect(writeProposalListStream({ ...head, asOf: '15/12/2025' }, [], path)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['asOf'] });
  });
});
