/**
 * Re-evaluation after a cancellation (Law Art 93) on the memory and the SQLite adapters: the chain
 * LĐTT 2023 → CSTĐCS 2023 → Bằng khen of the province 2024, where cancelling the 2023 LĐTT
 * (after an inspection found the year's rating was only "completed tasks") flips both dependents.
 */
import { TdktError, decisionRecord, isStorageError, reevaluateAfterCancellation, type Storage, type SubjectInput } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../src/index.js';

const engine = createVnEngine();
const w = { actor: 'Phòng Nội vụ' };
const sk = (id: string, year: number, usedFor?: number) => ({ id, year, scope: 'co-so' as const, kind: 'initiative' as const, ...(usedFor ? { usedFor: { award: 'chien-si-thi-dua-co-so', year: usedFor } } : {}) });

/** The person as stored today: every year, title and initiative so far. */
const stored: SubjectInput & { id: string } = {
  kind: 'individual',
  id: 'NV001',
  name: 'Nguyễn Thị Hoà',
  recruited: '2015-03-01',
  years: [
    { year: 2022, rating: 'HTTNV', titles: ['lao-dong-tien-tien'] },
    { year: 2023, rating: 'HTTNV', titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] },
    { year: 2024, rating: 'HTTNV', titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] },
  ],
  initiatives: [sk('sk-2023', 2023, 2023), sk('sk-2024', 2024, 2024), sk('sk-a', 2023), sk('sk-b', 2024)],
};

/** The decisions as they were made, each on the facts of its day. */
async function seed(s: Storage): Promise<void> {
  await s.subjects.create(stored, w);
  const other: SubjectInput & { id: string } = { kind: 'individual', id: 'NV002', recruited: '2018-09-01', years: [{ year: 2023, rating: 'HTTNV' }] };
  await s.subjects.create(other, w);
  const years = stored.years!;
  const decide = (id: string, award: string, period: number, asOf: string, subject: SubjectInput, reliesOn: string[] = []) =>
    s.decisions.append(decisionRecord(engine.evaluate({ asOf, award, period, subject }), { id, subjectId: subject.id ?? 'NV001', reliesOn, decisionNo: `${id}/QĐ`, decidedOn: asOf }), w);
  await decide('LDTT-2023', 'lao-dong-tien-tien', 2023, '2023-12-20', { ...stored, years: [years[0]!, { year: 2023, rating: 'HTTNV' }], initiatives: [] });
  await decide('CSTDCS-2023', 'chien-si-thi-dua-co-so', 2023, '2023-12-27', { ...stored, years: [years[0]!, { year: 2023, rating: 'HTTNV', titles: ['lao-dong-tien-tien'] }], initiatives: [sk('sk-2023', 2023)] }, ['LDTT-2023']);
  await decide('LDTT-2024', 'lao-dong-tien-tien', 2024, '2024-12-20', { ...stored, years: [years[0]!, years[1]!, { year: 2024, rating: 'HTTNV' }], initiatives: [sk('sk-2023', 2023, 2023)] });
  await decide('CSTDCS-2024', 'chien-si-thi-dua-co-so', 2024, '2024-12-27', { ...stored, years: [years[0]!, years[1]!, { year: 2024, rating: 'HTTNV', titles: ['lao-dong-tien-tien'] }], initiatives: [sk('sk-2023', 2023, 2023), sk('sk-2024', 2024)] }, ['LDTT-2024']);
  await decide('BK-2024', 'bang-khen-bo-nganh-tinh', 2024, '2025-03-10', stored, ['CSTDCS-2023', 'CSTDCS-2024']);
  await decide('LDTT-2023-NV002', 'lao-dong-tien-tien', 2023, '2023-12-20', other);
  // the inspection's finding (Law Art 93 cl 2 d): 2023 was only "completed tasks"
  const cur = await s.subjects.require('NV001');
  await s.subjects.update({ ...stored, years: [years[0]!, { ...years[1]!, rating: 'HTNV' }, years[2]!] }, cur.version, w);
}

const cancellation = { date: '2026-03-02', reason: { vi: 'Kết luận thanh tra: năm 2023 chỉ hoàn thành nhiệm vụ', en: 'Inspection finding: 2023 was rated only "completed tasks"' }, basis: 'Điều 93 khoản 2 điểm d Luật Thi đua, khen thưởng' };

const adapters: [string, () => Storage][] = [
  ['memory', () => memoryStorage()],
  ['sqlite', () => sqliteStorage({ file: ':memory:' })],
];

describe.each(adapters)('reevaluateAfterCancellation on %s', (_name, make) => {
  it('cancels, re-evaluates the chain in order, flips both dependents and appends the re-evaluations', async () => {
    const s = make();
    await seed(s);
    expect((await s.decisions.list()).filter((d) => d.data.outcome !== 'eligible')).toEqual([]);
    const r = await reevaluateAfterCancellation(s, engine, 'LDTT-2023', cancellation, { actor: 'Chủ tịch UBND' }, { append: true });
    expect(r.cancelled.status).toBe('cancelled');
    expect(r.event).toMatchObject({ decisionId: 'LDTT-2023', kind: 'cancelled', cancellation });
    expect(r.citation).toMatchObject({ doc: 'luat-06-2022', article: 93, clause: 2 });
    expect(r.reports.every((x) => x.citation === r.citation)).toBe(true);
    expect(r.reports.map((x) => [x.decisionId, x.oldOutcome, x.newOutcome, x.changed, x.outcomeChanged])).toEqual([
      ['CSTDCS-2023', 'eligible', 'ineligible', true, true],
      ['BK-2024', 'eligible', 'ineligible', true, true],
    ]);
    const [cstdcs, bk] = r.reports;
    expect(cstdcs!.without).toEqual(['LDTT-2023']);
    // down the chain the CSTĐCS 2023 no longer eligible is left out too
    expect(bk!.without).toEqual(['LDTT-2023', 'CSTDCS-2023']);
    expect(cstdcs!.newHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cstdcs!.newHash).not.toBe(cstdcs!.oldHash);
    expect(cstdcs!.message.en).toMatch(/from "eligible" to "ineligible"/);
    expect(cstdcs!.message.vi).toMatch(/đã bị hủy bỏ/);
    // the explanation shows the cancelled LĐTT
    expect(JSON.stringify(cstdcs!.explanation)).toContain('lao-dong-tien-tien');
    // append-only: the old decisions are kept as they were, the new ones supersede them
    expect((await s.decisions.get('CSTDCS-2023'))?.data.outcome).toBe('eligible');
    expect((await s.decisions.get('CSTDCS-2023'))?.status).toBe('active');
    const appended = await s.decisions.get('CSTDCS-2023#after-LDTT-2023');
    expect(appended?.data).toMatchObject({ outcome: 'ineligible', supersedes: 'CSTDCS-2023', subjectId: 'NV001', reliesOn: [], hash: cstdcs!.newHash });
    expect((await s.decisions.get('BK-2024#after-LDTT-2023'))?.data).toMatchObject({ outcome: 'ineligible', supersedes: 'BK-2024', reliesOn: ['CSTDCS-2024'] });
    expect(cstdcs!.appendedId).toBe('CSTDCS-2023#after-LDTT-2023');
    // other chains and other people are not touched
    expect((await s.decisions.list()).map((d) => d.id)).toEqual(['BK-2024', 'BK-2024#after-LDTT-2023', 'CSTDCS-2023', 'CSTDCS-2023#after-LDTT-2023', 'CSTDCS-2024', 'LDTT-2023', 'LDTT-2023-NV002', 'LDTT-2024']);
    expect((await s.audit.list({ entity: 'decisions' })).map((a) => [a.action, a.entityId]).slice(-3)).toEqual([
      ['cancel', 'LDTT-2023'],
      ['append', 'CSTDCS-2023#after-LDTT-2023'],
      ['append', 'BK-2024#after-LDTT-2023'],
    ]);
    expect(isStorageError(await reevaluateAfterCancellation(s, engine, 'LDTT-2023', cancellation, w).catch((e: unknown) => e), 'ALREADY_CANCELLED')).toBe(true);
    await s.close();
  });

  it('without append it only records the cancellation; the report still says what changed', async () => {
    const s = make();
    await seed(s);
    const before = (await s.decisions.list()).length;
    const r = await reevaluateAfterCancellation(s, engine, 'CSTDCS-2024', cancellation, w);
    expect(r.reports.map((x) => [x.decisionId, x.newOutcome, x.appendedId])).toEqual([['BK-2024', 'ineligible', undefined]]);
    expect((await s.decisions.list()).length).toBe(before);
    expect((await s.decisions.get('CSTDCS-2024'))?.status).toBe('cancelled');
    await s.close();
  });

  it('a failure while re-evaluating leaves the store as it was (the cancellation included)', async () => {
    const s = make();
    await seed(s);
    const err = await reevaluateAfterCancellation(s, engine, 'LDTT-2023', cancellation, w, { append: true, requestFor: ({ request }) => ({ ...request, award: 'khong-co-ma-nay' }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TdktError);
    expect((err as TdktError).code).toBe('UNKNOWN_AWARD');
    expect((err as TdktError).path).toEqual(['dependents', 'CSTDCS-2023', 'award']);
    expect((err as TdktError).messages.vi).toMatch(/^Xét lại quyết định CSTDCS-2023/);
    expect((await s.decisions.get('LDTT-2023'))?.status).toBe('active');
    expect(await s.decisions.get('CSTDCS-2023#after-LDTT-2023')).toBeUndefined();
    expect(isStorageError(await reevaluateAfterCancellation(s, engine, 'QD-404', cancellation, w).catch((e: unknown) => e), 'NOT_FOUND')).toBe(true);
    await s.close();
  });
});
