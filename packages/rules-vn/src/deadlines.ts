/** Dossier deadlines of Decree 152/2025 Art 35 cl 1. */
import { criterion, msg, yearOf, type Criterion } from '@tdkt/core';
import { cite } from './cite.js';

const art35a = cite.d152('official', { article: 35, clause: 1, point: 'a' });
const art35b = cite.d152('official', { article: 35, clause: 1, point: 'b' });

/**
 * "Chiến sĩ thi đua toàn quốc": the ministry/province dossier reaches the Ministry of Home Affairs
 * by 31 December of the year after the year of the ministry/province fighter decision (Decree
 * 152/2025 Art 35 cl 1 a). Without the decision's date the deadline is shown, not evaluated.
 */
export function nationalFighterDeadline(): Criterion {
  return criterion({
    id: 'vn.chien-si-thi-dua-toan-quoc.deadline',
    text: msg('Hồ sơ gửi Bộ Nội vụ chậm nhất ngày 31/12 của năm liền kề năm có quyết định tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'The dossier reaches the Ministry of Home Affairs by 31 December of the year after the ministry/province fighter decision'),
    citations: [art35a],
    test(ctx) {
      const decided = ctx.history
        .awards('chien-si-thi-dua-bo-nganh-tinh')
        .map((a) => a.decidedOn)
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1);
      if (!decided) return { outcome: 'eligible', procedural: true, message: () => msg('Chưa đánh giá hạn gửi hồ sơ: không có ngày quyết định tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'Deadline not evaluated: the date of the ministry/province fighter decision is not given') };
      const deadline = `${yearOf(decided) + 1}-12-31`;
      const evidence = [{ kind: 'fact' as const, ref: 'deadline', detail: { decided, deadline, submittedOn: ctx.submittedOn } }];
      return ctx.submittedOn <= deadline
        ? { outcome: 'eligible', evidence, message: () => msg(`Gửi ngày ${ctx.submittedOn}, trong hạn ${deadline}`, `Sent ${ctx.submittedOn}, by the deadline ${deadline}`) }
        : { outcome: 'ineligible', evidence, message: () => msg(`Gửi ngày ${ctx.submittedOn}, quá hạn ${deadline} (quyết định Chiến sĩ thi đua bộ, ban, ngành, tỉnh ngày ${decided})`, `Sent ${ctx.submittedOn}, after the deadline ${deadline} (ministry/province fighter decided ${decided})`) };
    },
  });
}

/**
 * The last day a "Cờ thi đua của Chính phủ" dossier for emulation year `period` reaches the
 * Ministry of Home Affairs: 30 June of the next year, or 31 December for the national education
 * system's school-year ratings (Decree 152/2025 Art 35 cl 1 b).
 */
export function governmentFlagDeadline(period: number, schoolYear = false): { date: string; citation: typeof art35b } {
  return { date: schoolYear ? `${period}-12-31` : `${period + 1}-06-30`, citation: art35b };
}
