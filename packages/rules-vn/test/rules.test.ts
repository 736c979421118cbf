import { walk, type Criterion } from '@tdkt/core';
import { describe, expect, it } from 'vitest';
import { createVnEngine, documents, nationalAwards, nationalParameters, vnNational } from '../src/index.js';

function* nodes(c: Criterion): Generator<Criterion> {
  yield c;
  for (const k of c.children ?? []) yield* nodes(k);
}

/** Every code of shared/legal/catalog.md (§1–9). */
const CATALOG_CODES = `lao-dong-tien-tien chien-si-tien-tien chien-si-thi-dua-co-so chien-si-thi-dua-bo-nganh-tinh chien-si-thi-dua-toan-quoc
tap-the-lao-dong-tien-tien don-vi-tien-tien tap-the-lao-dong-xuat-sac don-vi-quyet-thang co-thi-dua-bo-nganh-tinh co-thi-dua-chinh-phu
xa-phuong-thi-tran-tieu-bieu thon-to-dan-pho-van-hoa gia-dinh-van-hoa bang-khen-thu-tuong bang-khen-bo-nganh-tinh giay-khen
huan-chuong-sao-vang huan-chuong-ho-chi-minh huan-chuong-doc-lap-hang-nhat huan-chuong-doc-lap-hang-nhi huan-chuong-doc-lap-hang-ba
huan-chuong-quan-cong-hang-nhat huan-chuong-quan-cong-hang-nhi huan-chuong-quan-cong-hang-ba huan-chuong-lao-dong-hang-nhat
huan-chuong-lao-dong-hang-nhi huan-chuong-lao-dong-hang-ba huan-chuong-bao-ve-to-quoc-hang-nhat huan-chuong-bao-ve-to-quoc-hang-nhi
huan-chuong-bao-ve-to-quoc-hang-ba huan-chuong-chien-cong-hang-nhat huan-chuong-chien-cong-hang-nhi huan-chuong-chien-cong-hang-ba
huan-chuong-dai-doan-ket-dan-toc huan-chuong-dung-cam huan-chuong-huu-nghi huy-chuong-quan-ky-quyet-thang huy-chuong-vi-an-ninh-to-quoc
huy-chuong-chien-si-ve-vang-hang-nhat huy-chuong-chien-si-ve-vang-hang-nhi huy-chuong-chien-si-ve-vang-hang-ba huy-chuong-huu-nghi
tinh-anh-hung thanh-pho-anh-hung ba-me-viet-nam-anh-hung anh-hung-luc-luong-vu-trang-nhan-dan anh-hung-lao-dong nha-giao-nhan-dan
nha-giao-uu-tu thay-thuoc-nhan-dan thay-thuoc-uu-tu nghe-si-nhan-dan nghe-si-uu-tu nghe-nhan-nhan-dan nghe-nhan-uu-tu
giai-thuong-ho-chi-minh giai-thuong-nha-nuoc ky-niem-chuong-bo-nganh ky-niem-chuong-tinh`.split(/\s+/);

describe('national rule pack', () => {
  const docIds = new Set(documents.map((d) => d.id));

  it('every rule node has a citation and a Vietnamese and English text', () => {
    for (const r of vnNational.rules ?? [])
      for (const n of nodes(r.criterion)) {
        expect(n.text.vi.trim(), `${r.id} ${n.id}`).not.toBe('');
        expect(n.text.en.trim(), `${r.id} ${n.id}`).not.toBe('');
        expect(n.citations.length, `${r.id} ${n.id} has no citation`).toBeGreaterThan(0);
        for (const c of n.citations) expect(docIds.has(c.doc), `${n.id} cites unknown ${c.doc}`).toBe(true);
      }
  });

  it('every award and parameter has a citation with a known document', () => {
    for (const a of nationalAwards) {
      expect(a.citations.length).toBeGreaterThan(0);
      expect(a.nameVi).not.toBe('');
    }
    for (const p of nationalParameters) for (const v of p.versions) expect(docIds.has(v.citation.doc)).toBe(true);
  });

  it('no two versions of one rule overlap in time', () => {
    const byAward = new Map<string, { from: string; to: string }[]>();
    for (const r of vnNational.rules ?? []) byAward.set(r.award, [...(byAward.get(r.award) ?? []), { from: r.validFrom, to: r.validTo ?? '9999-12-31' }]);
    for (const [award, list] of byAward) {
      const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.from > sorted[i - 1]!.to, `${award} versions overlap`).toBe(true);
    }
    for (const p of nationalParameters) {
      const sorted = [...p.versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.validFrom > (sorted[i - 1]!.validTo ?? '9999-12-31'), `${p.id} versions overlap`).toBe(true);
    }
  });

  it('the catalog lists every code of the national catalog', () => {
    const codes = new Set(createVnEngine().catalog().map((e) => e.code));
    for (const code of CATALOG_CODES) expect(codes.has(code), code).toBe(true);
  });
});

const ldtt = (over: Record<string, unknown> = {}, subject: Record<string, unknown> = {}) => ({
  asOf: '2025-12-15',
  award: 'lao-dong-tien-tien',
  period: 2025,
  subject: { kind: 'individual', recruited: '2015-01-05', years: [{ year: 2025, rating: 'HTTNV' }], ...subject },
  ...over,
});

describe('national rules: behaviour between regimes', () => {
  const engine = createVnEngine();

  it('a dossier sent before 2025-07-01 is decided under Decree 98 (Decree 152 Art 60 cl 3)', () => {
    const d = engine.evaluate({ ...ldtt({ asOf: '2025-07-10', submittedOn: '2025-06-20', period: 2024 }), subject: { kind: 'individual', recruited: '2015-01-05', years: [{ year: 2024, rating: 'HTTNV' }] } });
    expect(d.ruleDate).toBe('2025-06-30');
    expect(d.ruleId).toBe('vn.lao-dong-tien-tien.d98');
  });

  it('a dossier received from 2026-10-01 needs review under Law 06/2026/QH16, with the provisional outcome', () => {
    const d = engine.evaluate({ ...ldtt({ asOf: '2026-12-10', period: 2026 }), subject: { kind: 'individual', recruited: '2015-01-05', years: [{ year: 2026, rating: 'HTTNV' }] } });
    expect(d.outcome).toBe('needs-review');
    expect(d.explanation.message.vi).toContain('06/2026/QH16');
    expect(d.explanation.children[0]!.outcome).toBe('eligible');
  });

  it('after Decree 152 lapses (2027-03-01) the outcome is needs-review, never a silent carry-forward', () => {
    const d = engine.evaluate({ ...ldtt({ asOf: '2027-03-02', submittedOn: '2026-09-01', period: 2026 }), subject: { kind: 'individual', recruited: '2015-01-05', years: [{ year: 2026, rating: 'HTTNV' }] } });
    expect(d.outcome).toBe('needs-review');
    expect(d.explanation.message.en).toContain('2027-03-01');
  });

  it('the late disciplinary decision needs review nationally and is settled by the kiem-sat plugin', () => {
    const subject = { recruited: '2014-02-10', years: [{ year: 2023, rating: 'KHTNV' }, { year: 2024, rating: 'HTTNV' }], discipline: [{ form: 'khien-trach', decidedOn: '2024-02-05', until: '2024-08-05', forYear: 2023 }] };
    const base = ldtt({ asOf: '2024-12-15', period: 2024 }, subject);
    expect(engine.evaluate(base).outcome).toBe('needs-review');
    expect(engine.evaluate({ ...base, sector: 'kiem-sat' }).outcome).toBe('eligible');
  });

  it('leave kinds: maternity and training count as working time, long unpaid leave does not', () => {
    expect(engine.evaluate(ldtt({}, { leaves: [{ kind: 'maternity', from: '2025-01-01', to: '2025-08-31' }] })).outcome).toBe('eligible');
    expect(engine.evaluate(ldtt({}, { leaves: [{ kind: 'training', from: '2024-09-01', to: '2025-10-31' }] })).outcome).toBe('eligible');
    const d = engine.evaluate(ldtt({}, { leaves: [{ kind: 'unpaid', from: '2025-01-01', to: '2025-08-31' }] }));
    expect(d.outcome).toBe('ineligible');
  });

  it('a transfer after 6 months without the former unit\u2019s comments needs review', () => {
    const d = engine.evaluate(ldtt({ asOf: '2024-12-15', period: 2024 }, { years: [{ year: 2024, rating: 'HTTNV' }], transfers: [{ date: '2024-09-01', kind: 'transfer', fromUnit: 'A', toUnit: 'B' }] }));
    expect(d.outcome).toBe('needs-review');
  });

  it('missing recruitment date with an earlier rated year is not a new recruit', () => {
    const d = engine.evaluate(ldtt({}, { recruited: undefined, years: [{ year: 2024, rating: 'HTTNV' }, { year: 2025, rating: 'HTTNV' }] }));
    expect(d.outcome).toBe('eligible');
  });

  it('a cancelled prior award counts for nothing', () => {
    const years = [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV', titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] }));
    const base = { asOf: '2025-03-01', award: 'huan-chuong-lao-dong-hang-ba', period: 2024, subject: { kind: 'individual', recruited: '2000-01-01', years, awards: [{ award: 'bang-khen-thu-tuong', period: [2018, 2019], type: 'cong-trang', decidedOn: '2019-10-01' }] } };
    expect(engine.evaluate(base).outcome).toBe('eligible');
    const cancelled = structuredClone(base) as typeof base & { subject: { awards: Record<string, unknown>[] } };
    cancelled.subject.awards[0]!['status'] = 'cancelled';
    expect(engine.evaluate(cancelled).outcome).toBe('ineligible');
  });

  it('every explanation node carries Vietnamese and English messages', () => {
    const d = engine.evaluate(ldtt());
    for (const n of walk(d.explanation)) {
      expect(n.message.vi).not.toBe('');
      expect(n.message.en).not.toBe('');
    }
  });
});
