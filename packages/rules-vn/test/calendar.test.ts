import { yearCalendar } from '@tdkt/core';
import { describe, expect, it } from 'vitest';
import { giaoDucPlugin, nationalCalendar, vnNational } from '../src/index.js';

describe('the national calendar (Decree 152/2025 Art 35)', () => {
  it('every entry cites the official text of Decree 152/2025 and lives within its window', () => {
    for (const e of nationalCalendar) {
      expect(e.citation).toMatchObject({ doc: 'nd-152-2025', article: 35, confidence: 'official' });
      expect([e.validFrom, e.validTo]).toEqual(['2025-07-01', '2027-02-28']);
      expect(e.template).toBeUndefined();
    }
  });

  it('resolves the Government flag deadline by the emulation year in force', () => {
    const dated = (plugins: Parameters<typeof yearCalendar>[0], year: number) => yearCalendar(plugins, year).entries.filter((e) => e.date).map((e) => [e.id, e.date]);
    expect(dated([vnNational], 2025)).toEqual([['vn.co-thi-dua-chinh-phu.dossier', '2026-06-30']]);
    // the national education system rates by school year: 31 December (Art 35 cl 1 b, second sentence)
    expect(dated([vnNational, giaoDucPlugin], 2025)).toEqual([['vn.co-thi-dua-chinh-phu.dossier-school-year', '2025-12-31']]);
    // 30 June 2027 is after Decree 152 ceases (Art 60 cl 1): not known, so not given
    expect(dated([vnNational], 2026)).toEqual([]);
    // before 1 July 2025 Decree 98/2023 applied, whose deadlines are not verified: none given
    expect(dated([vnNational], 2023)).toEqual([]);
    const fighter = yearCalendar([vnNational], 2025, { facts: { 'decided:chien-si-thi-dua-bo-nganh-tinh': '2025-09-15' } }).entries.find((e) => e.id === 'vn.chien-si-thi-dua-toan-quoc.dossier');
    expect(fighter?.date).toBe('2026-12-31');
  });
});
