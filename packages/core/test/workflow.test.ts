import { describe, expect, it } from 'vitest';
import { StorageError, advanceProposal, draftProposal, publicPostingRequired, workingDaysBetween, type Proposal } from '../src/index.js';

const minutes = [{ kind: 'minutes', title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng' }];
const dossier = [{ kind: 'dossier', title: 'Tờ trình và báo cáo thành tích' }];

function reviewed(postingRequired: boolean): Proposal {
  const p = draftProposal({ id: 'P1', subjectId: 'NV001', award: 'chien-si-thi-dua-toan-quoc', period: 2025, level: 'central', postingRequired }, { date: '2025-11-03', actor: 'Phòng Nội vụ' });
  return advanceProposal(p, { to: 'council-reviewed', date: '2025-11-05', actor: 'Hội đồng TĐKT', documents: minutes, vote: { members: 11, inFavour: 9 } });
}

function kind(f: () => unknown): { kind: string; path: (string | number)[]; vi: string; en: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(StorageError);
    const s = e as StorageError;
    expect(['INVALID_TRANSITION', 'VALIDATION_FAILED']).toContain(s.code);
    return { kind: s.kind, path: s.path, vi: s.messages.vi, en: s.messages.en };
  }
  throw new Error('expected an error');
}

describe('proposal workflow', () => {
  it('knows where public posting is required (Decree 152/2025 Art 44 cl 2)', () => {
    expect(publicPostingRequired({ code: 'chien-si-thi-dua-toan-quoc', form: 'emulation-title' })).toBe(true);
    expect(publicPostingRequired({ code: 'huan-chuong-lao-dong-hang-ba', form: 'order' })).toBe(true);
    expect(publicPostingRequired({ code: 'anh-hung-lao-dong', form: 'state-honorary-title' })).toBe(true);
    expect(publicPostingRequired({ code: 'bang-khen-cap-tinh', form: 'certificate-of-merit' })).toBe(false);
    expect(publicPostingRequired({ code: 'huan-chuong-lao-dong-hang-ba', form: 'order' }, true)).toBe(false);
  });

  it('counts working days (Mon–Fri, minus holidays)', () => {
    expect(workingDaysBetween('2025-12-01', '2025-12-15')).toBe(10);
    expect(workingDaysBetween('2025-12-01', '2025-12-15', ['2025-12-02'])).toBe(9);
    expect(workingDaysBetween('2025-12-06', '2025-12-07')).toBe(0);
    expect(workingDaysBetween('2025-12-15', '2025-12-01')).toBe(-10);
  });

  it('rejects invalid transitions with typed bilingual errors', () => {
    const d = draftProposal({ id: 'P1', subjectId: 'NV001', award: 'lao-dong-tien-tien', period: 2025, level: 'unit', postingRequired: false }, { date: '2025-11-03', actor: 'x' });
    expect(kind(() => advanceProposal(d, { to: 'submitted', date: '2025-11-04', actor: 'x', documents: dossier }))).toMatchObject({ kind: 'INVALID_TRANSITION', path: ['stage'] });
    expect(kind(() => advanceProposal(d, { to: 'council-reviewed', date: '2025-11-04', actor: 'x', vote: { members: 5, inFavour: 4 } })).path).toEqual(['documents']);
    expect(kind(() => advanceProposal(d, { to: 'council-reviewed', date: '2025-11-01', actor: 'x', documents: minutes, vote: { members: 5, inFavour: 4 } })).path).toEqual(['date']);
    const r = reviewed(true);
    const late = kind(() => advanceProposal(r, { to: 'posted', date: '2025-11-17', actor: 'x', councilDate: '2025-11-24' }));
    expect(late.path).toEqual(['councilDate']);
    expect(late.vi).toMatch(/10 ngày làm việc/);
    expect(late.en).toMatch(/10 working days/);
    expect(kind(() => advanceProposal(r, { to: 'submitted', date: '2025-11-25', actor: 'x', documents: dossier })).en).toMatch(/posted publicly/);
    expect(kind(() => advanceProposal(reviewed(false), { to: 'posted', date: '2025-11-10', actor: 'x', councilDate: '2025-11-24' })).kind).toBe('INVALID_TRANSITION');
    const s = advanceProposal(reviewed(false), { to: 'submitted', date: '2025-11-25', actor: 'x', documents: dossier });
    expect(kind(() => advanceProposal(s, { to: 'returned', date: '2025-11-26', actor: 'x', reason: { vi: 'Thiếu', en: 'Missing' }, legalBasis: ' ' })).path).toEqual(['legalBasis']);
    const overdue = advanceProposal(s, { to: 'returned', date: '2025-12-15', actor: 'x', reason: { vi: 'Thiếu', en: 'Missing' }, legalBasis: 'Điều 35 khoản 4 điểm a Nghị định 152/2025' });
    expect(overdue.history.at(-1)?.overdue).toBe(true);
    const decided = advanceProposal(advanceProposal(s, { to: 'appraised', date: '2025-11-28', actor: 'x' }), { to: 'decided', date: '2025-12-01', actor: 'x', outcome: 'not-granted' });
    expect(kind(() => advanceProposal(decided, { to: 'submitted', date: '2025-12-02', actor: 'x', documents: dossier })).kind).toBe('INVALID_TRANSITION');
  });
});
