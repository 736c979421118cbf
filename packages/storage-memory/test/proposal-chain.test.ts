/**
 * One proposal for "Huân chương Lao động hạng Ba" through every stage at every level — unit →
 * province → Ministry of Home Affairs (with a return, its legal reason and a resubmission) →
 * the President — stored, read back as a chain, and checked against the national calendar.
 */
import { StorageError, checkProposalDates, draftProposal, forwardProposal, forwardStoredProposal, isStorageError, moveProposal, postingRequiredAt, proposalChain, proposalRoute, yearCalendar, type Proposal, type ProposalStep, type Storage } from '@tdkt/core';
import { createVnEngine, vnNational } from '@tdkt/rules-vn';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../src/index.js';

const engine = createVnEngine();
const award = engine.award('huan-chuong-lao-dong-hang-ba')!;
const doc = (kind: string, title: string, date?: string) => ({ kind, title, ...(date ? { date } : {}) });
const RETURN_BASIS = 'Điều 35 khoản 4 điểm a Nghị định 152/2025/NĐ-CP';

async function climb(s: Storage, homeAffairsForwardedOn = '2026-04-08'): Promise<void> {
  const route = proposalRoute(award, '2026-01-05');
  const move = (id: string, step: ProposalStep) => moveProposal(s, id, step, { actor: step.actor });
  const forward = (id: string, date: string, actor: string, title: string) => forwardStoredProposal(s, id, { date, actor, documents: [doc('dossier', title, date)] }, route, { actor });
  await s.proposals.create(draftProposal({ id: 'HC3-2025-NV001', subjectId: 'NV001', award: award.code, period: 2025, level: 'unit', postingRequired: postingRequiredAt(award, 'unit') }, { date: '2026-01-05', actor: 'Phòng Tổ chức - Hành chính', documents: [doc('report', 'Báo cáo thành tích (Mẫu 03)')] }), { actor: 'Phòng Tổ chức - Hành chính' });
  // the unit: its council votes, the head's office appraises, the head forwards to the province
  await move('HC3-2025-NV001', { to: 'council-reviewed', date: '2026-01-09', actor: 'Hội đồng TĐKT Sở', documents: [doc('minutes', 'Biên bản họp Hội đồng TĐKT Sở')], vote: { members: 9, inFavour: 9 } });
  await move('HC3-2025-NV001', { to: 'submitted', date: '2026-01-12', actor: 'Phòng Tổ chức - Hành chính', documents: [doc('dossier', 'Hồ sơ đề nghị')] });
  await move('HC3-2025-NV001', { to: 'appraised', date: '2026-01-14', actor: 'Giám đốc Sở' });
  await forward('HC3-2025-NV001', '2026-01-15', 'Giám đốc Sở', 'Tờ trình của Sở đề nghị UBND thành phố');
  // the province: public posting at least 10 working days before its council (Decree 152 Art 44 cl 2), appraisal with the council's vote
  const p = 'HC3-2025-NV001/ministry-province';
  await move(p, { to: 'posted', date: '2026-01-19', actor: 'Cổng thông tin điện tử thành phố', councilDate: '2026-02-10', documents: [doc('posting', 'Thông báo công khai danh sách')] });
  await move(p, { to: 'submitted', date: '2026-01-20', actor: 'Sở Nội vụ', documents: [doc('dossier', 'Hồ sơ đề nghị')] });
  await move(p, { to: 'appraised', date: '2026-02-10', actor: 'Hội đồng TĐKT thành phố', documents: [doc('minutes', 'Biên bản xét khen thưởng')], vote: { members: 15, inFavour: 14 } });
  await forward(p, '2026-02-24', 'Chủ tịch UBND thành phố', 'Tờ trình của UBND thành phố đề nghị Thủ tướng Chính phủ');
  // the Ministry of Home Affairs: a return with its legal reason, the resubmission, appraisal, forwarding to the Prime Minister
  const m = `${p}/home-affairs`;
  await move(m, { to: 'submitted', date: '2026-02-26', actor: 'UBND thành phố', documents: [doc('dossier', 'Hồ sơ trình (bản giấy và tệp điện tử)')] });
  await move(m, { to: 'returned', date: '2026-03-05', actor: 'Ban Thi đua - Khen thưởng Trung ương', documents: [doc('notice', 'Thông báo trả lại hồ sơ')], reason: { vi: 'Báo cáo thành tích chưa được cấp trình khen xác nhận', en: 'The achievement report is not confirmed by the proposing level' }, legalBasis: RETURN_BASIS });
  await move(m, { to: 'submitted', date: '2026-03-16', actor: 'UBND thành phố', documents: [doc('dossier', 'Hồ sơ trình bổ sung')] });
  await move(m, { to: 'appraised', date: '2026-03-30', actor: 'Bộ Nội vụ' });
  await forward(m, homeAffairsForwardedOn, 'Bộ trưởng Bộ Nội vụ', 'Tờ trình của Bộ Nội vụ');
  // the Prime Minister proposes, the President decides
  const c = `${m}/central`;
  await move(c, { to: 'submitted', date: '2026-04-21', actor: 'Văn phòng Chính phủ', documents: [doc('dossier', 'Tờ trình Thủ tướng Chính phủ đề nghị Chủ tịch nước')] });
  await move(c, { to: 'appraised', date: '2026-04-27', actor: 'Văn phòng Chủ tịch nước' });
  await move(c, { to: 'decided', date: '2026-05-05', actor: 'Chủ tịch nước', documents: [doc('decision', 'Quyết định tặng Huân chương Lao động hạng Ba')], outcome: 'granted', decisionId: 'QD-CTN-2026-0505' });
}

describe('per-level proposal chains', () => {
  it('knows which level decides each award from the catalog', () => {
    expect(proposalRoute(award, '2026-01-05')).toMatchObject({ deciding: 'central', levels: ['unit', 'ministry-province', 'home-affairs', 'central'], authority: { who: { en: 'The President' } } });
    expect(proposalRoute(engine.award('bang-khen-thu-tuong')!, '2026-01-05').authority.who.en).toBe('The Prime Minister');
    expect(proposalRoute(engine.award('bang-khen-bo-nganh-tinh')!, '2026-01-05').levels).toEqual(['unit', 'ministry-province']);
    expect(proposalRoute(engine.award('chien-si-thi-dua-co-so')!, '2025-08-01').levels).toEqual(['unit']);
    expect(() => proposalRoute(engine.award('bang-khen-bo-nganh-tinh')!, '2026-01-05', 'home-affairs')).toThrow(/cannot start/);
    expect([postingRequiredAt(award, 'unit'), postingRequiredAt(award, 'ministry-province'), postingRequiredAt(award, 'home-affairs')]).toEqual([false, true, false]);
  });

  it('moves a Huân chương through every stage at every level and reads the chain back', async () => {
    const s = memoryStorage();
    await climb(s);
    const chain = await proposalChain(s, 'HC3-2025-NV001/ministry-province');
    expect(chain.links.map((l) => [l.level, l.stage])).toEqual([
      ['unit', 'forwarded'],
      ['ministry-province', 'forwarded'],
      ['home-affairs', 'forwarded'],
      ['central', 'decided'],
    ]);
    expect(chain.links.map((l) => l.history.map((h) => h.stage))).toEqual([
      ['drafted', 'council-reviewed', 'submitted', 'appraised', 'forwarded'],
      ['drafted', 'posted', 'submitted', 'appraised', 'forwarded'],
      ['drafted', 'submitted', 'returned', 'submitted', 'appraised', 'forwarded'],
      ['drafted', 'submitted', 'appraised', 'decided'],
    ]);
    expect(chain.decision).toEqual({ level: 'central', date: '2026-05-05', actor: 'Chủ tịch nước', outcome: 'granted', decisionId: 'QD-CTN-2026-0505' });
    expect(chain.returns).toEqual([{ level: 'home-affairs', date: '2026-03-05', actor: 'Ban Thi đua - Khen thưởng Trung ương', reason: { vi: 'Báo cáo thành tích chưa được cấp trình khen xác nhận', en: 'The achievement report is not confirmed by the proposing level' }, legalBasis: RETURN_BASIS, overdue: false }]);
    expect(chain.links[1]!.history[1]).toMatchObject({ stage: 'posted', councilDate: '2026-02-10' });
    expect(chain.links[1]!.history[3]).toMatchObject({ stage: 'appraised', vote: { members: 15, inFavour: 14 } });
    expect(chain.links[0]!.history.at(-1)).toMatchObject({ stage: 'forwarded', forwardedTo: { id: 'HC3-2025-NV001/ministry-province', level: 'ministry-province' }, documents: [{ kind: 'dossier' }] });
    expect(chain.links.map((l) => [l.from, l.to])).toEqual([['2026-01-05', '2026-01-15'], ['2026-01-15', '2026-02-24'], ['2026-02-24', '2026-04-08'], ['2026-04-08', '2026-05-05']]);
    // from any link, the same chain
    expect((await proposalChain(s, 'HC3-2025-NV001')).links.map((l) => l.id)).toEqual(chain.links.map((l) => l.id));
    // the dates meet the national calendar of Decree 152/2025 Art 35
    const checks = checkProposalDates((await s.proposals.list()).map((p) => p.data), yearCalendar([vnNational], 2025), award);
    expect(checks.map((c) => [c.entry, c.stage, c.deadline, c.status])).toEqual([
      ['vn.home-affairs.appraisal', 'forwarded', '2026-04-13', 'ok'],
      ['vn.home-affairs.return', 'returned', '2026-03-12', 'ok'],
      ['vn.ministry-province.state-award', 'forwarded', '2026-03-03', 'ok'],
    ]);
  });

  it('a late forwarding by the Ministry of Home Affairs is a finding with its citation', async () => {
    const s = memoryStorage();
    await climb(s, '2026-04-20');
    const found = checkProposalDates((await s.proposals.list()).map((p) => p.data), yearCalendar([vnNational], 2025), award).filter((c) => c.status !== 'ok');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entry: 'vn.home-affairs.appraisal', status: 'late', severity: 'warning', date: '2026-04-20', deadline: '2026-04-13', citation: { doc: 'nd-152-2025', article: 35, clause: 2, confidence: 'official' } });
    expect(found[0]!.message.en).toMatch(/after the deadline 2026-04-13 \(5 working days\)/);
  });

  it('refuses a wrong move with a typed, bilingual error', async () => {
    const s = memoryStorage();
    const bk = engine.award('bang-khen-bo-nganh-tinh')!;
    const route = proposalRoute(bk, '2026-01-05');
    let p: Proposal = draftProposal({ id: 'BK-1', subjectId: 'NV001', award: bk.code, period: 2025, level: 'unit', postingRequired: false }, { date: '2026-01-05', actor: 'x' });
    expect(() => forwardProposal(p, { date: '2026-01-06', actor: 'x' }, route)).toThrow(StorageError);
    await s.proposals.create(p, { actor: 'x' });
    const viaMove = await moveProposal(s, 'BK-1', { to: 'forwarded', date: '2026-01-06', actor: 'x', next: { id: 'BK-2', level: 'ministry-province' } }, { actor: 'x' }).catch((e: unknown) => e);
    expect(isStorageError(viaMove, 'INVALID_TRANSITION')).toBe(true);
    expect((viaMove as StorageError).messages.en).toMatch(/forwardStoredProposal/);
    const { next } = forwardProposal({ ...p, stage: 'appraised', history: [...p.history, { stage: 'appraised', date: '2026-01-06', actor: 'x', documents: [] }] }, { date: '2026-01-07', actor: 'Giám đốc Sở' }, route);
    expect(next).toMatchObject({ id: 'BK-1/ministry-province', level: 'ministry-province', forwardedFrom: 'BK-1', stage: 'drafted', postingRequired: false });
    p = { ...next, stage: 'appraised', history: [...next.history, { stage: 'appraised', date: '2026-01-08', actor: 'x', documents: [] }] };
    const atTop = (() => {
      try {
        forwardProposal(p, { date: '2026-01-09', actor: 'x' }, route);
      } catch (e) {
        return e as StorageError;
      }
    })();
    expect(atTop?.kind).toBe('INVALID_TRANSITION');
    expect(atTop?.messages.vi).toMatch(/có thẩm quyền quyết định/);
    expect(atTop?.messages.en).toMatch(/decide instead of forwarding/);
    await expect(proposalChain(s, 'none')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });
});
