import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TdktError, proposeFlags, rankCluster } from '../src/index.js';

const table = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/clusters/hung-yen-block-table.json', import.meta.url)), 'utf8'));
const members = ['so-tu-phap', 'so-noi-vu', 'so-tai-chinh', 'so-xay-dung', 'so-giao-duc', 'so-y-te', 'so-cong-thuong', 'so-nong-nghiep'];
const cluster = { id: 'khoi-tong-hop', name: { vi: 'Khối các cơ quan tổng hợp', en: 'General agencies block' }, year: 2025, members };
const sheets = [
  { unit: 'so-tu-phap', criteria: { I: 640, II: 180, III: 90 }, bonuses: { 'sang-tao': 1 } },
  { unit: 'so-noi-vu', criteria: { I: 650, II: 185, III: 80 }, bonuses: { 'dien-hinh': 1 } },
  { unit: 'so-tai-chinh', criteria: { I: 660, II: 170, III: 85 }, penalties: { 'ky-luat-canh-cao': 1 } },
  { unit: 'so-xay-dung', criteria: { I: 600, II: 160, III: 70 }, penalties: { 'tre-5-10': 1 } },
  { unit: 'so-giao-duc', criteria: { I: 645, II: 180, III: 90 } },
  { unit: 'so-y-te', criteria: { I: 640, II: 185, III: 90 } },
  { unit: 'so-cong-thuong', criteria: { I: 590, II: 150, III: 60 }, penalties: { 'tra-ho-so': 2 } },
  { unit: 'so-nong-nghiep', criteria: { I: 620, II: 175, III: 80 }, bonuses: { 'sang-tao': 1, 'dien-hinh': 1 } },
];

describe('clusters and blocks', () => {
  it('ranks 8 units on a real-province table, deterministically, with tie-breaks', () => {
    const r = rankCluster(table, cluster, sheets);
    expect(r.map((x) => [x.unit, x.total])).toEqual([
      ['so-noi-vu', 920],
      ['so-giao-duc', 915],
      ['so-y-te', 915],
      ['so-tu-phap', 915],
      ['so-tai-chinh', 895], // 915 − 20 (head warned: no flag this year)
      ['so-nong-nghiep', 885],
      ['so-xay-dung', 825],
      ['so-cong-thuong', 790],
    ]);
    // so-tu-phap, so-giao-duc and so-y-te tie on 915: no penalties for any; then criterion I decides (645 > 640 = 640), then criterion II (185 > 180).
    expect(r.slice(1, 4).map((x) => x.unit)).toEqual(['so-giao-duc', 'so-y-te', 'so-tu-phap']);
    expect(rankCluster(table, cluster, [...sheets].reverse()).map((x) => x.unit)).toEqual(r.map((x) => x.unit));
  });
  it('the cluster votes its leading units; the score is an input; a penalty can rule out the flag', () => {
    const r = rankCluster(table, cluster, sheets);
    const votes = [
      { unit: 'so-noi-vu', inFavour: 7, members: 8 },
      { unit: 'so-tai-chinh', inFavour: 8, members: 8 },
      { unit: 'so-y-te', inFavour: 7, members: 8 },
      { unit: 'so-giao-duc', inFavour: 6, members: 8 },
    ];
    const p = proposeFlags(r, votes, table.flagQuota, table.source);
    expect(p.filter((x) => x.proposed).map((x) => x.unit)).toEqual(['so-noi-vu', 'so-y-te']);
    expect(p.find((x) => x.unit === 'so-tai-chinh')!.message.en).toContain('rules out the flag');
    expect(p.find((x) => x.unit === 'so-giao-duc')!.message.en).toContain('quota');
  });
  it('points above a criterion maximum are a typed error naming the sheet', () => {
    expect(() => rankCluster(table, cluster, [{ ...sheets[0], criteria: { I: 701 } }, ...sheets.slice(1)])).toThrow(TdktError);
    try {
      rankCluster(table, cluster, [{ ...sheets[0], criteria: { I: 701 } }, ...sheets.slice(1)]);
    } catch (e) {
      expect((e as TdktError).path).toEqual(['sheets', 0, 'criteria', 'I']);
    }
  });
});

describe('cluster input is validated', () => {
  it('duplicate members or sheets, duplicate criterion ids, a scale that does not add up, bad votes and quotas are typed errors', () => {
    expect(() => rankCluster(table, { ...cluster, members: [...members, 'so-y-te'] }, sheets)).toThrow(TdktError);
    expect(() => rankCluster(table, cluster, [...sheets, sheets[0]!])).toThrow(/Two score sheets/);
    expect(() => rankCluster({ ...table, criteria: [...table.criteria, table.criteria[0]] }, cluster, sheets)).toThrow(TdktError);
    expect(() => rankCluster({ ...table, scale: 100 }, cluster, sheets)).toThrow(/scale/);
    const r = rankCluster(table, cluster, sheets);
    expect(() => proposeFlags(r, [{ unit: 'so-y-te', inFavour: 9, members: 4 }], 2, table.source)).toThrow(TdktError);
    expect(() => proposeFlags(r, [{ unit: 'so-y-te', inFavour: 2, members: 9 }], 2, table.source)).toThrow(TdktError);
    expect(() => proposeFlags(r, [], -1, table.source)).toThrow(TdktError);
    expect(() => proposeFlags(r, [{ unit: 'so-y-te', inFavour: 5, members: 8 }, { unit: 'so-y-te', inFavour: 6, members: 8 }], 2, table.source)).toThrow(/Two votes/);
  });
});
