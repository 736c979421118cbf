import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exemplaryStore, periodReport } from '@tdkt/exemplary-models';
import { createVnEngine } from '@tdkt/rules-vn';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { docxText, decodePng } from '@tdkt/testkit';
import { describe, expect, it } from 'vitest';
import { seedStorage, seededPlan } from '../src/plan.js';
import { writeReport } from '../src/report.js';

const CONGRESS = { name: 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', date: '2025-09-04' };

describe('the 2022–2025 exemplary-models plan', () => {
  it('is seeded, covers every field, counts former Quảng Nam models for Đà Nẵng, and lists the congress proposals', () => {
    const t = seededPlan();
    expect(seededPlan().all().map((m) => m.id)).toEqual(t.all().map((m) => m.id));
    expect(t.progress('da-nang').models.every((m) => m.actual > 0)).toBe(true);
    expect(t.all().some((m) => m.unit.startsWith('qn-'))).toBe(true);
    const r = periodReport(t, { unit: 'da-nang', asOf: '2025-12-10', engine: createVnEngine(), congress: CONGRESS });
    expect(r.congress.honoured.length).toBeGreaterThan(0);
    expect(r.congress.honoured.every((h) => h.proposal.explanation.citations.length > 0)).toBe(true);
  });

  it('is kept in a SQLite file and read back as it was; the report files come from the stored plan', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tdkt-dhtt-'));
    const file = join(dir, 'tdkt.sqlite');
    const first = sqliteStorage({ file });
    const created = await seedStorage(first);
    await first.close();
    const again = sqliteStorage({ file });
    try {
      const t = await exemplaryStore(again).load();
      const memory = seededPlan();
      expect(created.length).toBe((await again.exemplary.list()).length);
      expect(t.snapshot().models).toEqual([...memory.snapshot().models].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(t.progress('da-nang')).toEqual(memory.progress('da-nang'));
      const r = periodReport(t, { unit: 'da-nang', asOf: '2025-12-10', engine: createVnEngine(), congress: CONGRESS });
      const [xlsx, svg, png, docx] = await writeReport(dir, r);
      expect((await readFile(svg!, 'utf8')).startsWith('<svg')).toBe(true);
      expect(decodePng(await readFile(png!)).width).toBe(1520);
      expect((await readFile(xlsx!)).length).toBeGreaterThan(1000);
      const text = await docxText(await readFile(docx!));
      for (const needle of ['BÁO CÁO', 'Kế hoạch của Thành phố Đà Nẵng', r.replications[0]!.unitName, r.models[0]!.unitName, 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', r.congress.honoured[0]!.name]) expect(text).toContain(needle);
    } finally {
      await again.close();
    }
  });
});
