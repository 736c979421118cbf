import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advanceProposal, draftProposal, isStorageError, moveProposal, publicPostingRequired } from '@tdkt/core';
import { sqliteStorage } from '../src/index.js';

describe('a proposal through every workflow stage, stored in SQLite', () => {
  it('walks council review → posting → submission → return → resubmission → appraisal → decision', async () => {
    const storage = sqliteStorage({ file: ':memory:' });
    const office = { actor: 'Ban Thi đua - Khen thưởng' };
    await storage.subjects.create({ kind: 'individual', id: 'NV001', name: 'Nguyễn Thị Hoà', years: [{ year: 2025, rating: 'HTXSNV' }] }, office);
    const award = { code: 'chien-si-thi-dua-toan-quoc', form: 'emulation-title' };
    const draft = draftProposal(
      { id: 'DN-CSTDTQ-2025-01', subjectId: 'NV001', award: award.code, period: 2025, level: 'central', postingRequired: publicPostingRequired(award) },
      { date: '2025-11-03', actor: 'Sở Nội vụ', documents: [{ kind: 'report', title: 'Báo cáo thành tích' }] },
    );
    await storage.proposals.create(draft, office);

    const steps = [
      { to: 'council-reviewed', date: '2025-11-05', actor: 'Hội đồng TĐKT tỉnh', documents: [{ kind: 'minutes', title: 'Biên bản họp Hội đồng', number: '05/BB-HĐTĐKT' }], vote: { members: 11, inFavour: 9 } },
      { to: 'posted', date: '2025-11-10', actor: 'Cổng thông tin điện tử tỉnh', documents: [{ kind: 'posting', title: 'Thông báo công khai danh sách', uri: 'https://example.gov.vn/cong-khai' }], councilDate: '2025-11-24' },
      { to: 'submitted', date: '2025-11-25', actor: 'UBND tỉnh', documents: [{ kind: 'dossier', title: 'Tờ trình 123/TTr-UBND', number: '123/TTr-UBND', date: '2025-11-25' }] },
      { to: 'returned', date: '2025-12-05', actor: 'Bộ Nội vụ', documents: [{ kind: 'notice', title: 'Thông báo trả lại hồ sơ' }], reason: { vi: 'Thiếu biên bản kiểm phiếu', en: 'The vote-count minutes are missing' }, legalBasis: 'Điều 35 khoản 4 điểm a Nghị định 152/2025/NĐ-CP' },
      { to: 'submitted', date: '2025-12-10', actor: 'UBND tỉnh', documents: [{ kind: 'dossier', title: 'Tờ trình bổ sung 130/TTr-UBND' }] },
      { to: 'appraised', date: '2025-12-20', actor: 'Bộ Nội vụ', documents: [{ kind: 'report', title: 'Báo cáo thẩm định' }] },
    ] as const;
    for (const step of steps) await moveProposal(storage, draft.id, step, { actor: step.actor });

    // the decision is stored with the proposal's last move, in one transaction
    await storage.transaction(async (tx) => {
      await tx.decisions.append({ id: 'QD-2025-999', subjectId: 'NV001', award: award.code, period: 2025, asOf: '2025-12-30', outcome: 'eligible', ruleDate: '2025-12-30', rulePacks: [{ id: 'vn', version: '0.1.0' }], hash: 'b'.repeat(64), proposalId: draft.id, decisionNo: '999/QĐ-TTg', decidedOn: '2025-12-30' }, { actor: 'Thủ tướng Chính phủ' });
      await moveProposal(tx, draft.id, { to: 'decided', date: '2025-12-30', actor: 'Thủ tướng Chính phủ', documents: [{ kind: 'decision', title: 'Quyết định 999/QĐ-TTg' }], outcome: 'granted', decisionId: 'QD-2025-999' }, { actor: 'Thủ tướng Chính phủ' });
    });

    const p = await storage.proposals.require(draft.id);
    expect(p.data.stage).toBe('decided');
    expect(p.version).toBe(8);
    expect(p.data.history.map((h) => [h.stage, h.date, h.actor])).toEqual([
      ['drafted', '2025-11-03', 'Sở Nội vụ'],
      ['council-reviewed', '2025-11-05', 'Hội đồng TĐKT tỉnh'],
      ['posted', '2025-11-10', 'Cổng thông tin điện tử tỉnh'],
      ['submitted', '2025-11-25', 'UBND tỉnh'],
      ['returned', '2025-12-05', 'Bộ Nội vụ'],
      ['submitted', '2025-12-10', 'UBND tỉnh'],
      ['appraised', '2025-12-20', 'Bộ Nội vụ'],
      ['decided', '2025-12-30', 'Thủ tướng Chính phủ'],
    ]);
    expect(p.data.history.every((h) => h.documents.length > 0)).toBe(true);
    expect(p.data.history[1]?.vote).toEqual({ members: 11, inFavour: 9 });
    expect(p.data.history[4]).toMatchObject({ legalBasis: 'Điều 35 khoản 4 điểm a Nghị định 152/2025/NĐ-CP', reason: { en: 'The vote-count minutes are missing' } });
    expect(p.data.history[4]?.overdue).toBeUndefined();
    expect(p.data.history[7]).toMatchObject({ outcome: 'granted', decisionId: 'QD-2025-999' });
    expect((await storage.decisions.get('QD-2025-999'))?.data.proposalId).toBe(draft.id);
    const audit = await storage.audit.list({ entity: 'proposals', entityId: draft.id });
    expect(audit.map((a) => a.action)).toEqual(['create', ...Array(7).fill('update')]);
    expect(audit.at(-1)?.actor).toBe('Thủ tướng Chính phủ');

    // nothing moves after the decision; a bad move leaves the stored proposal as it was
    const err = await moveProposal(storage, draft.id, { to: 'appraised', date: '2026-01-05', actor: 'x' }, { actor: 'x' }).catch((e: unknown) => e);
    expect(isStorageError(err, 'INVALID_TRANSITION')).toBe(true);
    expect((await storage.proposals.require(draft.id)).version).toBe(8);
    await storage.close();
  });

  it('two offices moving the same proposal at once: one wins, the other gets STALE_WRITE', async () => {
    const file = join(tmpdir(), `tdkt-wf-${process.pid}.sqlite`);
    const a = sqliteStorage({ file });
    const b = sqliteStorage({ file });
    const draft = draftProposal({ id: 'P2', subjectId: 'NV001', award: 'lao-dong-tien-tien', period: 2025, level: 'unit', postingRequired: false }, { date: '2025-11-03', actor: 'x' });
    await a.proposals.create(draft, { actor: 'x' });
    const readA = await a.proposals.require('P2');
    const readB = await b.proposals.require('P2');
    const step = { to: 'council-reviewed', date: '2025-11-05', actor: 'HĐ', documents: [{ kind: 'minutes', title: 'BB' }], vote: { members: 5, inFavour: 5 } } as const;
    await a.proposals.update(advanceProposal(readA.data, step), readA.version, { actor: 'A' });
    const e = await b.proposals.update(advanceProposal(readB.data, step), readB.version, { actor: 'B' }).catch((x: unknown) => x);
    expect(isStorageError(e, 'STALE_WRITE')).toBe(true);
    expect((await b.proposals.require('P2')).data.history).toHaveLength(2);
    await a.close();
    await b.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  });
});
