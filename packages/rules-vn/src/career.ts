/**
 * Career contribution (khen thưởng quá trình cống hiến) for "Huân chương Lao động" hạng Ba under
 * Decree 152/2025: Art 21 cl 1 b (posts held during the construction and defence of the Fatherland,
 * i.e. after 30/04/1975 — Art 9 cl 1 g), Art 9 cl 2 (proposed at retirement; the time in a post too
 * short for its band adds to the next lower post; several posts at once: the highest), Art 9 cl 3
 * (no award after discipline while in the post), Art 4 cl 7 (women leaders: one third less time,
 * unless their retirement age is higher).
 */
import { asciiFold, criterion, daysBetween, msg, type Citation, type Criterion, type EvalContext, type Evidence } from '@tdkt/core';
import { cite } from './cite.js';

/** Posts of Art 21 cl 1 b, highest first, with the band of years [min, max) for hạng Ba. */
export const CAREER_POSTS_ART21_1B: { key: string; vi: string; en: string; min: number; max: number }[] = [
  { key: 'tong cuc truong', vi: 'Tổng cục trưởng', en: 'Director General of a General Department', min: 3, max: 5 },
  { key: 'pho tong cuc truong', vi: 'Phó Tổng cục trưởng', en: 'Deputy Director General', min: 5, max: 8 },
  { key: 'vu truong', vi: 'Vụ trưởng', en: 'Director of a ministry department', min: 6, max: 10 },
  { key: 'pho vu truong', vi: 'Phó Vụ trưởng', en: 'Deputy Director of a ministry department', min: 10, max: 15 },
];

const YEAR_DAYS = 365.25;

function postOf(title: string): number {
  const f = asciiFold(title);
  return CAREER_POSTS_ART21_1B.findIndex((p) => f === p.key || f.startsWith(`${p.key} `) || f.startsWith(`${p.key} va tuong duong`));
}

/** Route 44.1.g under Decree 152/2025. */
export function careerContributionD152(citations: Citation[]): Criterion {
  const art21 = cite.d152('official', { article: 21, clause: 1, point: 'b' });
  const art9 = cite.d152('official', { article: 9, clause: 2 });
  const art9cl3 = cite.d152('official', { article: 9, clause: 3 });
  const art4cl7 = cite.d152('official', { article: 4, clause: 7 });
  return criterion({
    id: 'vn.huan-chuong-lao-dong-hang-ba.g',
    route: '44.1.g',
    text: msg('Có quá trình cống hiến lâu dài: giữ chức vụ lãnh đạo, quản lý đủ thời gian theo Nghị định 152/2025 Điều 21', 'Long career contribution: leadership posts held for the years of Decree 152/2025 Art 21'),
    citations: [...citations, art21, art9],
    test(ctx: EvalContext) {
      const s = ctx.request.subject;
      const positions = s.positions ?? [];
      if (positions.length === 0) return { outcome: 'ineligible', notClaimed: true, message: msg('Không đề nghị theo quá trình cống hiến (không có chức vụ lãnh đạo, quản lý)', 'Not claimed: no leadership post given') };
      const evidence: Evidence[] = [];
      const years = CAREER_POSTS_ART21_1B.map(() => 0);
      const unknown: string[] = [];
      for (const p of positions) {
        const to = p.to && p.to < ctx.asOf ? p.to : ctx.asOf;
        const y = daysBetween(p.from < '1975-05-01' ? '1975-05-01' : p.from, to) / YEAR_DAYS;
        const i = postOf(p.title);
        evidence.push({ kind: 'fact', ref: `position ${p.title}`, detail: { from: p.from, to: p.to ?? null, years: Math.round(y * 10) / 10, post: i >= 0 ? CAREER_POSTS_ART21_1B[i]!.vi : null } });
        if (i >= 0) years[i]! += y;
        else unknown.push(p.title);
      }
      // Art 9 cl 3: discipline while holding a post.
      const disc = (s.discipline ?? []).filter((d) => positions.some((p) => d.decidedOn >= p.from && (!p.to || d.decidedOn <= p.to)));
      if (disc.length) return { outcome: 'ineligible', evidence, reliesOn: [art9cl3], message: msg(`Bị kỷ luật trong thời gian giữ chức vụ (${disc.map((d) => d.decidedOn).join(', ')}): không khen thưởng quá trình cống hiến`, `Disciplined while holding the post (${disc.map((d) => d.decidedOn).join(', ')}): no career-contribution award`) };
      const factor = s.sex === 'female' ? 2 / 3 : 1;
      // Highest post first; time too short for a post adds to the next lower one (Art 9 cl 2 b).
      let carried = 0;
      for (let i = 0; i < CAREER_POSTS_ART21_1B.length; i++) {
        const post = CAREER_POSTS_ART21_1B[i]!;
        const total = years[i]! + carried;
        if (years[i]! === 0 && carried === 0) continue;
        const min = post.min * factor;
        const max = post.max * factor;
        const shown = Math.round(total * 10) / 10;
        const relies = [art21, art9, ...(factor < 1 ? [art4cl7] : [])];
        if (total >= max)
          return { outcome: 'ineligible', evidence, reliesOn: relies, message: msg(`${post.vi}: ${shown} năm, từ ${Math.round(max * 10) / 10} năm trở lên thuộc tiêu chuẩn hạng cao hơn`, `${post.en}: ${shown} years; ${Math.round(max * 10) / 10} years or more fall under a higher class`) };
        if (total >= min) {
          const retired = s.status === 'retired' || s.status === 'deceased';
          if (!retired)
            return { outcome: 'needs-review', evidence, reliesOn: relies, missing: ['retirement notice or decision'], message: msg(`${post.vi}: ${shown} năm (khung ${Math.round(min * 10) / 10}–dưới ${Math.round(max * 10) / 10} năm${factor < 1 ? ', nữ giảm 1/3' : ''}); đề nghị khi có thông báo hoặc quyết định nghỉ hưu`, `${post.en}: ${shown} years (band ${Math.round(min * 10) / 10} to under ${Math.round(max * 10) / 10}${factor < 1 ? ', one third less for women' : ''}); proposed once the retirement notice or decision is issued`) };
          return { outcome: 'eligible', evidence, reliesOn: relies, message: msg(`${post.vi}: ${shown} năm, trong khung ${Math.round(min * 10) / 10}–dưới ${Math.round(max * 10) / 10} năm${factor < 1 ? ' (nữ giảm 1/3)' : ''}; đã nghỉ hưu`, `${post.en}: ${shown} years, within ${Math.round(min * 10) / 10} to under ${Math.round(max * 10) / 10}${factor < 1 ? ' (one third less for women)' : ''}; retired`) };
        }
        carried = total;
      }
      if (unknown.length)
        return { outcome: 'needs-review', evidence, missing: ['post equivalence (Decree 152 Art 10)'], message: msg(`Chức vụ ${unknown.join(', ')}: đối chiếu chức danh tương đương (Nghị định 152/2025 Điều 10) do Hội đồng xem xét`, `Post(s) ${unknown.join(', ')}: matching an equivalent title (Decree 152/2025 Art 10) is for the council`) };
      return { outcome: 'ineligible', evidence, reliesOn: [art21], message: msg(`Thời gian giữ chức vụ chưa đủ theo Nghị định 152/2025 Điều 21`, `Not enough years in the posts of Decree 152/2025 Art 21`) };
    },
  });
}

