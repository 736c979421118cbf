import { describe, expect, it } from 'vitest';
import { TdktError, UnitRegistry, createEngine, definePlugin, msg } from '../src/index.js';

const units = [
  { id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province' },
  { id: 'da-nang-old', name: 'Thành phố Đà Nẵng (trước 2025)', level: 'province' },
  { id: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'province', validFrom: '2025-07-01' },
  { id: 'huyen-hoa-vang', name: 'Huyện Hòa Vang', level: 'district', parent: 'da-nang-old' },
  { id: 'xa-ba-na', name: 'Xã Bà Nà', level: 'commune', parent: 'da-nang', validFrom: '2025-07-01' },
];
const events = [
  { kind: 'merge', date: '2025-07-01', from: ['quang-nam', 'da-nang-old'], to: ['da-nang'], note: 'QĐ 759/QĐ-TTg; Nghị quyết 1659/NQ-UBTVQH15' },
  { kind: 'dissolve', date: '2025-07-01', from: ['huyen-hoa-vang'], to: [] },
];

describe('units and lineage', () => {
  const reg = new UnitRegistry(units, events);
  it('follows a merger', () => {
    expect(reg.successors('quang-nam', '2025-06-30')).toEqual(['quang-nam']);
    expect(reg.successors('quang-nam', '2025-07-01')).toEqual(['da-nang']);
    expect(reg.activeOn('quang-nam', '2025-07-01')).toBe(false);
    expect(reg.activeOn('da-nang', '2025-07-01')).toBe(true);
    expect(reg.predecessors('da-nang').map((p) => p.unit).sort()).toEqual(['da-nang-old', 'quang-nam']);
  });
  it('a dissolved district has no successor', () => {
    expect(reg.successors('huyen-hoa-vang', '2025-07-02')).toEqual([]);
  });
  it('an event naming an unknown unit is a typed error with its path', () => {
    expect(() => new UnitRegistry(units, [{ kind: 'merge', date: '2025-07-01', from: ['atlantis'], to: ['da-nang'] }])).toThrow(TdktError);
    expect(() => new UnitRegistry([{ id: 'x', name: 'X', level: 'planet' }])).toThrow(expect.objectContaining({ path: ['units', 0, 'level'] }));
  });
});

describe('a merged province plugin hands over to its successor', () => {
  const doc = { id: 'd', kind: 'law' as const, number: '1', titleVi: 'Luật', titleEn: 'Law' };
  const c = { doc: 'd', confidence: 'official' as const };
  const nat = definePlugin({
    id: 'nat', kind: 'national', name: msg('QG', 'Nat'), version: '1.0.0', documents: [doc],
    awards: [{ code: 'a', nameVi: 'A', nameEn: 'A', kind: 'emulation-title', form: 'emulation-title', subjectKinds: ['individual'], citations: [c], validFrom: '2024-01-01' }],
    rules: [{ id: 'a', award: 'a', validFrom: '2024-01-01', criterion: { id: 'a', text: msg('A', 'A'), citations: [c], evaluate: () => ({ id: 'a', outcome: 'eligible', kind: 'leaf', text: msg('A', 'A'), message: msg('A', 'A'), citations: [c], evidence: [], children: [] }) } }],
  });
  const qn = definePlugin({ id: 'quang-nam', kind: 'province', name: msg('Quảng Nam', 'Quang Nam'), version: '1.0.0', validFrom: '2024-01-01', validTo: '2025-06-30', successor: 'da-nang' });
  const dn = definePlugin({ id: 'da-nang', kind: 'province', name: msg('Đà Nẵng', 'Da Nang'), version: '1.0.0', validFrom: '2024-01-01' });
  it('after validTo the successor applies, and the explanation says so', () => {
    const e = createEngine({ plugins: [nat, qn, dn] });
    const d = e.evaluate({ asOf: '2025-12-15', award: 'a', period: 2025, province: 'quang-nam', subject: { kind: 'individual' } });
    expect(d.rulePacks.map((p) => p.id)).toEqual(['nat', 'da-nang']);
    expect(JSON.stringify(d.explanation)).toContain('successor \\"da-nang\\" applies');
    const before = e.evaluate({ asOf: '2025-03-15', award: 'a', period: 2024, province: 'quang-nam', subject: { kind: 'individual' } });
    expect(before.rulePacks.map((p) => p.id)).toEqual(['nat', 'quang-nam']);
  });
  it('a missing successor, a successor of another kind or a loop is refused at load', () => {
    expect(() => createEngine({ plugins: [nat, qn] })).toThrow(expect.objectContaining({ code: 'UNKNOWN_PLUGIN' }));
    const loopA = definePlugin({ id: 'a-prov', kind: 'province', name: msg('A', 'A'), version: '1.0.0', validTo: '2025-06-30', successor: 'b-prov' });
    const loopB = definePlugin({ id: 'b-prov', kind: 'province', name: msg('B', 'B'), version: '1.0.0', validTo: '2025-06-30', successor: 'a-prov' });
    expect(() => createEngine({ plugins: [nat, loopA, loopB] })).toThrow(/loops/);
    const sector = definePlugin({ id: 'nganh', kind: 'sector', name: msg('N', 'N'), version: '1.0.0' });
    const toSector = definePlugin({ id: 'c-prov', kind: 'province', name: msg('C', 'C'), version: '1.0.0', validTo: '2025-06-30', successor: 'nganh' });
    expect(() => createEngine({ plugins: [nat, sector, toSector] })).toThrow(/same kind/);
  });
});
