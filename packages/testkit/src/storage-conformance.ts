import { afterEach, describe, expect, it } from 'vitest';
import { StorageError, TdktError, advanceProposal, draftProposal, isStorageError, type DecisionRecordInput, type Storage, type SubjectInput } from '@tdkt/core';

/** Options of {@link describeStorageConformance}. */
export interface StorageConformanceOptions {
  /**
   * Opens a second, independent handle on the same database as `first` (another connection), to
   * prove that writes persist and that two writers cannot lose an update. Omit for adapters whose
   * data lives in one object (memory).
   */
  reopen?: (first: Storage) => Storage | Promise<Storage>;
  /** Test timeout in milliseconds (default 20000). */
  timeout?: number;
}

const W = { actor: 'cán bộ thi đua' };
const HASH = 'a'.repeat(64);

/** Strings that break naive SQL or text handling: quotes, semicolons, keywords, NFD, emoji. */
export const trickyStrings: readonly string[] = [
  "O'Brien \"Nguyễn\" `x`",
  "Robert'); DROP TABLE records; --",
  'SELECT * FROM units WHERE 1=1; DELETE FROM audit;',
  '\\N \\x00 $1 ? :name %s',
  'Nguye\u0302\u0303n Thi\u0323 Hoa\u0300 (NFD)',
  'Đội 🚒 cứu hỏa 👩‍🚒 🇻🇳',
  '  spaces  \t tab \n newline  ',
];

function subject(id: string, extra: Partial<SubjectInput> = {}): SubjectInput & { id: string } {
  return { kind: 'individual', id, name: 'Trần Văn An', unit: 'Phòng Nội vụ', recruited: '2015-03-01', years: [{ year: 2024, rating: 'HTXSNV', titles: ['lao-dong-tien-tien'] }], ...extra };
}

function decision(id: string, extra: Partial<DecisionRecordInput> = {}): DecisionRecordInput {
  return { id, subjectId: 'NV001', award: 'chien-si-thi-dua-co-so', period: 2024, asOf: '2024-12-15', outcome: 'eligible', ruleDate: '2024-12-15', rulePacks: [{ id: 'vn', version: '0.1.0' }], hash: HASH, ...extra };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/**
 * Registers the storage conformance suite (vitest) for an adapter: every adapter of the storage
 * port runs the same tests in a few lines.
 *
 * @param name Adapter name shown in the test report.
 * @param factory Returns a new, empty storage for each test.
 *
 * @example
 * import { describeStorageConformance } from '@tdkt/testkit';
 * import { memoryStorage } from '@tdkt/storage-memory';
 * describeStorageConformance('memory', () => memoryStorage());
 */
export function describeStorageConformance(name: string, factory: () => Storage | Promise<Storage>, options: StorageConformanceOptions = {}): void {
  const timeout = options.timeout ?? 20000;
  describe(`storage conformance: ${name}`, { timeout }, () => {
    const opened: Storage[] = [];
    const fresh = async (): Promise<Storage> => {
      const s = await factory();
      opened.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of opened.splice(0).reverse()) await s.close();
    });

    it('round-trips units, lineage and the unit registry', async () => {
      const s = await fresh();
      const a = await s.units.create({ id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province', validTo: '2025-06-30' }, W);
      expect(a.version).toBe(1);
      await s.units.create({ id: 'da-nang', name: 'Thành phố Đà Nẵng', level: 'province' }, W);
      expect((await s.units.require('quang-nam')).data).toEqual({ id: 'quang-nam', name: 'Tỉnh Quảng Nam', level: 'province', validTo: '2025-06-30' });
      expect((await s.units.list()).map((u) => u.id)).toEqual(['da-nang', 'quang-nam']);
      const u = await s.units.update({ id: 'da-nang', name: 'TP Đà Nẵng', level: 'province' }, 1, W);
      expect(u.version).toBe(2);
      expect((await s.units.get('da-nang'))?.data.name).toBe('TP Đà Nẵng');
      await s.lineage.append({ kind: 'merge', date: '2025-07-01', from: ['quang-nam', 'da-nang'], to: ['da-nang'] }, W);
      expect((await s.lineage.list()).map((l) => l.event.kind)).toEqual(['merge']);
      const reg = await s.unitRegistry();
      expect(reg.successors('quang-nam', '2025-07-01')).toEqual(['da-nang']);
      const bad = await rejection(s.lineage.append({ kind: 'rename', date: '2025-07-01', from: ['nowhere'], to: ['da-nang'] }, W));
      expect(bad).toBeInstanceOf(TdktError);
      expect((bad as TdktError).code).toBe('VALIDATION_FAILED');
    });

    it('round-trips subjects with yearly records, awards held and initiatives', async () => {
      const s = await fresh();
      const full = subject('NV001', {
        awards: [{ award: 'bang-khen-cap-tinh', period: [2022, 2023], type: 'cong-trang', decidedOn: '2024-02-01', decisionNo: '12/QĐ-UBND', status: 'active' }],
        initiatives: [{ id: 'SK-2024-01', year: 2024, scope: 'co-so', usedFor: { award: 'chien-si-thi-dua-co-so', year: 2024 } }],
        leaves: [{ kind: 'maternity', from: '2023-01-01', to: '2023-06-30' }],
      });
      await s.subjects.create(full, W);
      await s.subjects.create({ kind: 'collective', id: 'TT01', name: 'Phòng Tài chính', members: { total: 10 } }, W);
      await s.subjects.create({ kind: 'household', id: 'HGD01', name: 'Hộ ông Lê Văn Bình' }, W);
      expect((await s.subjects.require('NV001')).data).toEqual(full);
      expect((await s.subjects.list()).map((x) => x.data.kind)).toEqual(['household', 'individual', 'collective']);
      const next = { ...full, years: [...(full.years ?? []), { year: 2025, rating: 'HTTNV' as const }] };
      const v2 = await s.subjects.update(next, 1, W);
      expect(v2.version).toBe(2);
      expect((await s.subjects.require('NV001')).data.years).toHaveLength(2);
    });

    it('rejects duplicates, unknown ids and bad input with typed bilingual errors', async () => {
      const s = await fresh();
      await s.subjects.create(subject('NV001'), W);
      const dup = await rejection(s.subjects.create(subject('NV001'), W));
      expect(isStorageError(dup, 'DUPLICATE')).toBe(true);
      const missing = await rejection(s.subjects.update(subject('NV999'), 1, W));
      expect(isStorageError(missing, 'NOT_FOUND')).toBe(true);
      expect((missing as StorageError).messages.vi).toMatch(/Không tìm thấy/);
      expect((missing as StorageError).messages.en).toMatch(/No record/);
      const bad = await rejection(s.subjects.create({ ...subject('NV002'), years: [{ year: 2024, rating: 'GOOD' as never }] }, W));
      expect(bad).toBeInstanceOf(TdktError);
      expect((bad as TdktError).path).toEqual(['years', 0, 'rating']);
      expect((bad as TdktError).value).toBe('GOOD');
      const noId = await rejection(s.subjects.create({ kind: 'individual' } as never, W));
      expect((noId as TdktError).path).toEqual(['id']);
      const noActor = await rejection(s.units.create({ id: 'x', name: 'X', level: 'unit' }, { actor: ' ' }));
      expect((noActor as TdktError).path).toEqual(['actor']);
      expect(await s.subjects.get('NV002')).toBeUndefined();
    });

    it('optimistic concurrency: two concurrent writers, one stale-write error, no lost update', async () => {
      const s = await fresh();
      await s.subjects.create(subject('NV001'), W);
      const read = await s.subjects.require('NV001');
      const a = s.subjects.update({ ...read.data, name: 'Writer A' }, read.version, { actor: 'A' });
      const b = s.subjects.update({ ...read.data, name: 'Writer B' }, read.version, { actor: 'B' });
      const [ra, rb] = await Promise.allSettled([a, b]);
      const ok = [ra, rb].filter((r) => r.status === 'fulfilled');
      const failed = [ra, rb].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(1);
      expect(failed).toHaveLength(1);
      expect(isStorageError(failed[0]!.reason, 'STALE_WRITE')).toBe(true);
      expect((failed[0]!.reason as StorageError).code).toBe('STALE_WRITE');
      const now = await s.subjects.require('NV001');
      expect(now.version).toBe(2);
      expect(now.data.name).toBe(ra.status === 'fulfilled' ? 'Writer A' : 'Writer B');

      // writers that re-read and retry on STALE_WRITE never lose an update
      const years = [2015, 2016, 2017, 2018, 2019, 2020];
      await Promise.all(
        years.map(async (year) => {
          for (;;) {
            const cur = await s.subjects.require('NV001');
            try {
              await s.subjects.update({ ...cur.data, years: [...(cur.data.years ?? []), { year, rating: 'HTNV' }] }, cur.version, { actor: `w${year}` });
              return;
            } catch (e) {
              if (!isStorageError(e, 'STALE_WRITE')) throw e;
            }
          }
        }),
      );
      const end = await s.subjects.require('NV001');
      expect(end.data.years?.map((y) => y.year).sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2024]);
      expect(end.version).toBe(2 + years.length);
    });

    if (options.reopen) {
      it('persists across handles; a writer on another handle makes the first stale', async () => {
        const s = await fresh();
        await s.subjects.create(subject('NV001'), W);
        const t = await options.reopen!(s);
        opened.push(t);
        const fromS = await s.subjects.require('NV001');
        const fromT = await t.subjects.require('NV001');
        expect(fromT.data).toEqual(fromS.data);
        await t.subjects.update({ ...fromT.data, name: 'Handle T' }, fromT.version, { actor: 'T' });
        const e = await rejection(s.subjects.update({ ...fromS.data, name: 'Handle S' }, fromS.version, { actor: 'S' }));
        expect(isStorageError(e, 'STALE_WRITE')).toBe(true);
        expect((await s.subjects.require('NV001')).data.name).toBe('Handle T');
      });
    }

    it('transactions: all or nothing', async () => {
      const s = await fresh();
      await s.subjects.create(subject('NV001'), W);
      const boom = new Error('boom');
      const e = await rejection(
        s.transaction(async (tx) => {
          await tx.units.create({ id: 'u1', name: 'Đơn vị 1', level: 'unit' }, W);
          const cur = await tx.subjects.require('NV001');
          await tx.subjects.update({ ...cur.data, name: 'Changed' }, cur.version, W);
          await tx.decisions.append(decision('QD-1'), W);
          expect(await tx.units.get('u1')).toBeDefined();
          throw boom;
        }),
      );
      expect(e).toBe(boom);
      expect(await s.units.list()).toEqual([]);
      expect(await s.decisions.list()).toEqual([]);
      const nv = await s.subjects.require('NV001');
      expect([nv.version, nv.data.name]).toEqual([1, 'Trần Văn An']);
      expect((await s.audit.list()).map((a) => a.action)).toEqual(['create']);

      // a stale write inside a transaction undoes the writes before it
      const stale = await rejection(
        s.transaction(async (tx) => {
          await tx.units.create({ id: 'u2', name: 'Đơn vị 2', level: 'unit' }, W);
          await tx.subjects.update(subject('NV001'), 7, W);
        }),
      );
      expect(isStorageError(stale, 'STALE_WRITE')).toBe(true);
      expect(await s.units.get('u2')).toBeUndefined();

      const ok = await s.transaction(async (tx) => {
        await tx.units.create({ id: 'u3', name: 'Đơn vị 3', level: 'unit' }, W);
        await tx.decisions.append(decision('QD-3'), W);
        return 'done';
      });
      expect(ok).toBe('done');
      expect((await s.units.list()).map((u) => u.id)).toEqual(['u3']);
      expect((await s.decisions.list()).map((d) => d.id)).toEqual(['QD-3']);
    });

    it('decisions are append-only and keep rule packs and the explanation hash', async () => {
      const s = await fresh();
      const explanation = { id: 'root', outcome: 'eligible', children: [] };
      const d = await s.decisions.append(decision('QD-1', { rulePacks: [{ id: 'vn', version: '0.1.0' }, { id: 'kiem-sat', version: '1.2.0' }], explanation, decisionNo: '15/QĐ-UBND', decidedOn: '2024-12-20' }), W);
      expect(d.status).toBe('active');
      const back = await s.decisions.get('QD-1');
      expect(back?.data.rulePacks).toEqual([{ id: 'vn', version: '0.1.0' }, { id: 'kiem-sat', version: '1.2.0' }]);
      expect(back?.data.hash).toBe(HASH);
      expect(back?.data.explanation).toEqual(explanation);
      expect(isStorageError(await rejection(s.decisions.append(decision('QD-1', { outcome: 'ineligible' }), W)), 'DUPLICATE')).toBe(true);
      expect((await s.decisions.get('QD-1'))?.data.outcome).toBe('eligible');
      expect('update' in s.decisions).toBe(false);
      expect('delete' in s.decisions).toBe(false);
      const badHash = await rejection(s.decisions.append(decision('QD-2', { hash: 'nope' }), W));
      expect((badHash as TdktError).path).toEqual(['hash']);
      expect(isStorageError(await rejection(s.decisions.append(decision('QD-3', { reliesOn: ['QD-404'] }), W)), 'NOT_FOUND')).toBe(true);
    });

    it('cancellation (Law Art 93) is an event with its reason; the chains that relied on it are listed', async () => {
      const s = await fresh();
      await s.decisions.append(decision('A', { award: 'lao-dong-tien-tien' }), W);
      await s.decisions.append(decision('B', { reliesOn: ['A'] }), W);
      await s.decisions.append(decision('C', { award: 'bang-khen-cap-tinh', reliesOn: ['B'] }), W);
      await s.decisions.append(decision('D', { subjectId: 'NV002' }), W);
      const reason = { vi: 'Gian dối trong kê khai thành tích', en: 'False declaration of achievements' };
      const { event, dependents } = await s.decisions.cancel('A', { date: '2025-03-01', reason, basis: 'Điều 93 khoản 2 Luật TĐKT' }, { actor: 'Chủ tịch UBND' });
      expect(event).toMatchObject({ decisionId: 'A', kind: 'cancelled', actor: 'Chủ tịch UBND', cancellation: { date: '2025-03-01', reason } });
      expect(dependents.map((d) => d.id)).toEqual(['B', 'C']);
      expect((await s.decisions.dependents('B')).map((d) => d.id)).toEqual(['C']);
      const a = await s.decisions.get('A');
      expect(a?.status).toBe('cancelled');
      expect(a?.data.outcome).toBe('eligible');
      expect(a?.events.map((e) => e.cancellation.reason)).toEqual([reason]);
      expect((await s.decisions.get('B'))?.status).toBe('active');
      expect(isStorageError(await rejection(s.decisions.cancel('A', { date: '2025-03-02', reason }, W)), 'ALREADY_CANCELLED')).toBe(true);
      expect(isStorageError(await rejection(s.decisions.cancel('Z', { date: '2025-03-02', reason }, W)), 'NOT_FOUND')).toBe(true);
      expect((await s.decisions.list({ subjectId: 'NV002' })).map((d) => d.id)).toEqual(['D']);
    });

    it('audit log: who, when, what, before and after', async () => {
      const s = await fresh();
      await s.units.create({ id: 'u1', name: 'Trước', level: 'unit' }, { actor: 'người tạo' });
      await s.units.update({ id: 'u1', name: 'Sau', level: 'unit' }, 1, { actor: 'người sửa' });
      await s.decisions.append(decision('QD-1'), W);
      await s.decisions.cancel('QD-1', { date: '2025-01-02', reason: { vi: 'Lý do', en: 'Reason' } }, W);
      const log = await s.audit.list({ entity: 'units', entityId: 'u1' });
      expect(log.map((e) => [e.action, e.actor])).toEqual([['create', 'người tạo'], ['update', 'người sửa']]);
      expect(log[1]).toMatchObject({ entity: 'units', entityId: 'u1', before: { name: 'Trước' }, after: { name: 'Sau' } });
      for (const e of log) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
      expect((await s.audit.list()).map((e) => e.action)).toEqual(['create', 'update', 'append', 'cancel']);
      const seqs = (await s.audit.list()).map((e) => e.seq);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    });

    it('proposals: stored with their workflow history', async () => {
      const s = await fresh();
      const p = draftProposal({ id: 'DN-2025-01', subjectId: 'NV001', award: 'chien-si-thi-dua-co-so', period: 2025, level: 'unit', postingRequired: false }, { date: '2025-12-01', actor: 'Phòng Nội vụ' });
      await s.proposals.create(p, W);
      const next = advanceProposal(p, { to: 'council-reviewed', date: '2025-12-05', actor: 'Hội đồng TĐKT', documents: [{ kind: 'minutes', title: 'Biên bản họp' }], vote: { members: 7, inFavour: 6 } });
      await s.proposals.update(next, 1, W);
      const back = await s.proposals.require('DN-2025-01');
      expect(back.data).toEqual(next);
      expect(back.version).toBe(2);
    });

    it('stores quotes, semicolons, SQL keywords, NFD text and emoji exactly (parameterised SQL)', async () => {
      const s = await fresh();
      for (const [i, str] of trickyStrings.entries()) {
        const id = `${str}#${i}`;
        // identifiers and free text are kept byte for byte; the model's names are NFC by design
        await s.units.create({ id, name: str, level: 'unit' }, { actor: str });
        const u = await s.units.require(id);
        expect(u.id).toBe(id);
        expect(u.data.name).toBe(str.normalize('NFC'));
        const audit = await s.audit.list({ entity: 'units', entityId: id });
        expect(audit.map((a) => a.actor)).toEqual([str]);
        await s.decisions.append(decision(id, { subjectId: str, decisionNo: str, issuer: str }), { actor: str });
        const d = await s.decisions.get(id);
        expect([d?.id, d?.data.subjectId, d?.data.decisionNo, d?.data.issuer]).toEqual([id, str, str, str]);
        await s.decisions.cancel(id, { date: '2025-01-01', reason: { vi: str, en: str }, basis: str }, { actor: str });
        expect((await s.decisions.get(id))?.events[0]?.cancellation).toEqual({ date: '2025-01-01', reason: { vi: str, en: str }, basis: str });
      }
      expect((await s.units.list()).map((u) => u.id)).toEqual(trickyStrings.map((x, i) => `${x}#${i}`).sort(codePointOrder));
      expect(await s.units.get('x\' OR \'1\'=\'1')).toBeUndefined();
    });

    it('bulk: putMany creates and updates a mixed batch, one audit entry per record as create/update write it', async () => {
      const s = await fresh();
      await s.subjects.create(subject('NV001'), { actor: 'người tạo' });
      const rows = [subject('NV002', { name: 'Lê Thị Hoa' }), subject('NV001', { name: 'Trần Văn Bình' }), { kind: 'collective' as const, id: 'TT01', name: 'Phòng Tài chính' }];
      expect(await s.subjects.putMany(rows, { actor: 'người nhập' })).toEqual({ created: 2, updated: 1 });
      expect(await s.subjects.putMany([], W)).toEqual({ created: 0, updated: 0 });
      const nv1 = await s.subjects.require('NV001');
      expect([nv1.version, nv1.data.name]).toEqual([2, 'Trần Văn Bình']);
      expect((await s.subjects.require('NV002')).version).toBe(1);
      expect((await s.subjects.list()).map((x) => x.id)).toEqual(['NV001', 'NV002', 'TT01']);
      const strip = (e: { actor: string; action: string; entity: string; entityId: string; before: unknown; after: unknown }) => ({ actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, before: e.before, after: e.after });
      expect((await s.audit.list({ entity: 'subjects', entityId: 'NV001' })).map(strip)).toEqual([
        { actor: 'người tạo', action: 'create', entity: 'subjects', entityId: 'NV001', before: null, after: subject('NV001') },
        { actor: 'người nhập', action: 'update', entity: 'subjects', entityId: 'NV001', before: subject('NV001'), after: nv1.data },
      ]);
      expect((await s.audit.list({ entity: 'subjects', entityId: 'NV002' })).map(strip)).toEqual([{ actor: 'người nhập', action: 'create', entity: 'subjects', entityId: 'NV002', before: null, after: (await s.subjects.require('NV002')).data }]);
      // one entry per record, in the order of the rows, after the earlier ones
      const all = await s.audit.list();
      expect(all.map((e) => [e.action, e.entityId])).toEqual([['create', 'NV001'], ['create', 'NV002'], ['update', 'NV001'], ['create', 'TT01']]);
      expect([...all.map((e) => e.seq)].sort((x, y) => x - y)).toEqual(all.map((e) => e.seq));
      expect(new Set(all.slice(1).map((e) => e.at)).size).toBe(1);

      // merge: how a row meets the stored record
      const merged = await s.subjects.putMany([{ kind: 'individual', id: 'NV002', years: [{ year: 2025, rating: 'HTTNV' }] }], W, {
        merge: (cur, row) => ({ ...cur, years: [...(cur.years ?? []), ...(row.years ?? [])] }),
      });
      expect(merged).toEqual({ created: 0, updated: 1 });
      const nv2 = await s.subjects.require('NV002');
      expect([nv2.version, nv2.data.name, nv2.data.years?.map((y) => y.year)]).toEqual([2, 'Lê Thị Hoa', [2024, 2025]]);

      // other collections have it too
      expect(await s.units.putMany([{ id: 'u1', name: 'Đơn vị 1', level: 'unit' }], W)).toEqual({ created: 1, updated: 0 });
      expect((await s.units.require('u1')).data.name).toBe('Đơn vị 1');
    });

    it('bulk: a stale version, a repeated id or a bad row fails the whole batch and writes nothing', async () => {
      const s = await fresh();
      await s.subjects.create(subject('NV001'), W);
      await s.subjects.create(subject('NV002'), W);
      const read = await s.subjects.require('NV001');
      await s.subjects.update({ ...read.data, name: 'Someone else' }, read.version, { actor: 'B' });
      const before = (await s.audit.list()).length;
      const unchanged = async (): Promise<void> => {
        expect(await s.subjects.get('NV003')).toBeUndefined();
        expect((await s.subjects.require('NV001')).data.name).toBe('Someone else');
        expect((await s.subjects.require('NV002')).version).toBe(1);
        expect(await s.audit.list()).toHaveLength(before);
      };
      const batch = [subject('NV003'), subject('NV002', { name: 'Đổi' }), subject('NV001', { name: 'Mine' })];

      const stale = await rejection(s.subjects.putMany(batch, { actor: 'A' }, { expectedVersions: new Map([['NV001', read.version]]) }));
      expect(isStorageError(stale, 'STALE_WRITE')).toBe(true);
      expect((stale as StorageError).path).toEqual(['subjects', 'NV001']);
      expect((stale as StorageError).messages.vi).toMatch(/đã bị người khác thay đổi/);
      expect((stale as StorageError).messages.en).toMatch(/changed by someone else/);
      await unchanged();

      const gone = await rejection(s.subjects.putMany([subject('NV003'), subject('NV404')], W, { expectedVersions: new Map([['NV404', 1]]) }));
      expect(isStorageError(gone, 'NOT_FOUND')).toBe(true);
      await unchanged();

      const dup = await rejection(s.subjects.putMany([subject('NV003'), subject('NV002'), subject('NV003', { name: 'Again' })], W));
      expect(isStorageError(dup, 'DUPLICATE')).toBe(true);
      expect([(dup as StorageError).path, (dup as StorageError).value]).toEqual([[2, 'id'], 'NV003']);
      expect((dup as StorageError).messages.en).toMatch(/repeats within the batch/);
      await unchanged();

      const bad = await rejection(s.subjects.putMany([subject('NV003'), { ...subject('NV004'), years: [{ year: 2024, rating: 'GOOD' as never }] }, { kind: 'individual' } as never], W));
      expect(bad).toBeInstanceOf(TdktError);
      expect((bad as TdktError).code).toBe('VALIDATION_FAILED');
      expect((bad as TdktError).issues.map((i) => i.path)).toEqual([[1, 'years', 0, 'rating'], [2, 'id']]);
      expect((bad as TdktError).messages.en).toMatch(/nothing written/);
      expect(((await rejection(s.subjects.putMany([subject('NV003')], { actor: ' ' }))) as TdktError).path).toEqual(['actor']);
      await unchanged();

      // inside a transaction: the batch and the writes before it go together
      const inTx = await rejection(
        s.transaction(async (tx) => {
          await tx.units.create({ id: 'u1', name: 'Đơn vị', level: 'unit' }, W);
          await tx.subjects.putMany(batch, W, { expectedVersions: new Map([['NV001', 1]]) });
        }),
      );
      expect(isStorageError(inTx, 'STALE_WRITE')).toBe(true);
      expect(await s.units.get('u1')).toBeUndefined();
      await unchanged();

      // two writers of the same batch, each with the versions it read: one wins, one STALE_WRITE
      const cur = await s.subjects.require('NV002');
      const writers = ['A', 'B'].map((actor) => s.subjects.putMany([subject('NV002', { name: `Writer ${actor}` }), subject(`NV-${actor}`)], { actor }, { expectedVersions: new Map([['NV002', cur.version]]) }));
      const results = await Promise.allSettled(writers);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(isStorageError(lost?.reason, 'STALE_WRITE')).toBe(true);
      const winner = results[0]!.status === 'fulfilled' ? 'A' : 'B';
      expect((await s.subjects.require('NV002')).data.name).toBe(`Writer ${winner}`);
      expect(await s.subjects.get(`NV-${winner === 'A' ? 'B' : 'A'}`)).toBeUndefined();
    });

    it('bulk: validate checks a whole file once; putMany writes its frozen rows as they are', async () => {
      const s = await fresh();
      const valid = s.subjects.validate([subject('NV001'), subject('NV002', { name: 'Nguye\u0302\u0303n Va\u0306n Hai' })]);
      expect(valid[1]!.name).toBe('Nguyễn Văn Hai');
      expect(Object.isFrozen(valid[0]) && Object.isFrozen(valid[0]!.years) && Object.isFrozen(valid[0]!.years![0])).toBe(true);
      expect(() => ((valid[0] as { name: string }).name = 'changed')).toThrow(TypeError);
      expect(await s.subjects.list()).toEqual([]);
      expect(await s.subjects.putMany(valid, W)).toEqual({ created: 2, updated: 0 });
      expect((await s.subjects.require('NV002')).data.name).toBe('Nguyễn Văn Hai');
      // a row validated for another collection is validated again (and fails here)
      const unit = s.units.validate([{ id: 'u1', name: 'Đơn vị', level: 'unit' }]);
      expect(((await rejection(s.subjects.putMany(unit as never, W))) as TdktError).code).toBe('VALIDATION_FAILED');
      expect(await s.units.list()).toEqual([]);
      const bad = await rejection(Promise.resolve().then(() => s.subjects.validate([subject('A'), { ...subject('B'), recruited: '2015-02-30' }])));
      expect((bad as TdktError).code).toBe('VALIDATION_FAILED');
      expect((bad as TdktError).path[0]).toBe(1);
    });

    it('bulk: quotes, semicolons, SQL keywords, NFD text and emoji in ids, names and actors (parameterised SQL)', async () => {
      const s = await fresh();
      // subject ids and names are NFC by the model; actors are stored byte for byte
      const ids = trickyStrings.map((x, i) => `${x}#${i}`.normalize('NFC'));
      const rows = trickyStrings.map((str, i) => subject(ids[i]!, { name: str, unit: str }));
      await s.subjects.create(rows[0]!, W);
      expect(await s.subjects.putMany(rows, { actor: trickyStrings[4]! })).toEqual({ created: trickyStrings.length - 1, updated: 1 });
      expect(await s.subjects.putMany(rows.map((r) => ({ ...r, name: `${r.name} 2` })), { actor: trickyStrings[5]! })).toEqual({ created: 0, updated: trickyStrings.length });
      for (const [i, str] of trickyStrings.entries()) {
        const back = await s.subjects.require(ids[i]!);
        expect([back.id, back.version, back.data.name, back.data.unit]).toEqual([ids[i], i === 0 ? 3 : 2, `${str} 2`.normalize('NFC'), str.normalize('NFC')]);
        const log = await s.audit.list({ entity: 'subjects', entityId: ids[i]! });
        expect(log.map((e) => e.actor)).toEqual(i === 0 ? [W.actor, trickyStrings[4], trickyStrings[5]] : [trickyStrings[4], trickyStrings[5]]);
        expect((log.at(-1)!.after as { name: string }).name).toBe(`${str} 2`.normalize('NFC'));
      }
      expect((await s.subjects.list()).map((x) => x.id)).toEqual([...ids].sort(codePointOrder));
      expect(await s.subjects.get("x' OR '1'='1")).toBeUndefined();
    });
  });
}

function codePointOrder(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
