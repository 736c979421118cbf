/**
 * Career contribution (khen thưởng quá trình cống hiến) for the Labour Order under Decree
 * 152/2025: the posts held during the construction and defence of the Fatherland (after
 * 30/04/1975, Art 9 cl 1 g) and their years — Art 19 cl 1 c (First Class), Art 20 cl 1 b (Second),
 * Art 21 cl 1 b (Third); Art 9 cl 2 (proposed at retirement; time too short for a post adds to the
 * next lower post; several posts at once: the highest), Art 9 cl 3 (no award after discipline
 * while in the post), Art 4 cl 7 (women leaders: one third less time, unless their retirement age
 * is higher). Posts are matched by title; equivalent titles (Art 10) are for the council.
 */
import { asciiFold, criterion, daysBetween, msg, type Citation, type Criterion, type EvalContext, type Evidence } from '@tdkt/core';
import { cite } from './cite.js';

/** The hierarchy of posts named in Art 19–21, highest first. */
export const CAREER_POSTS = [
  { key: 'bo truong', vi: 'Bộ trưởng', en: 'Minister' },
  { key: 'thu truong', vi: 'Thứ trưởng', en: 'Deputy Minister' },
  { key: 'tong cuc truong', vi: 'Tổng cục trưởng', en: 'Director General of a General Department' },
  { key: 'pho tong cuc truong', vi: 'Phó Tổng cục trưởng', en: 'Deputy Director General' },
  { key: 'vu truong', vi: 'Vụ trưởng', en: 'Director of a ministry department' },
  { key: 'pho vu truong', vi: 'Phó Vụ trưởng', en: 'Deputy Director of a ministry department' },
] as const;

type Band = { post: (typeof CAREER_POSTS)[number]['key']; min: number; max?: number };

/** The bands of years per class (Decree 152/2025 Art 19 cl 1 c, Art 20 cl 1 b, Art 21 cl 1 b). */
export const CAREER_BANDS: Record<string, { route: string; citation: Citation; bands: Band[] }> = {
  'huan-chuong-lao-dong-hang-nhat': {
    route: '42.1.e',
    citation: cite.d152('official', { article: 19, clause: 1, point: 'c' }),
    bands: [{ post: 'bo truong', min: 0 }, { post: 'thu truong', min: 5 }, { post: 'tong cuc truong', min: 8 }, { post: 'pho tong cuc truong', min: 10 }, { post: 'vu truong', min: 15 }],
  },
  'huan-chuong-lao-dong-hang-nhi': {
    route: '43.1.e',
    citation: cite.d152('official', { article: 20, clause: 1, point: 'b' }),
    bands: [{ post: 'thu truong', min: 3, max: 5 }, { post: 'tong cuc truong', min: 5 }, { post: 'pho tong cuc truong', min: 8, max: 10 }, { post: 'vu truong', min: 10, max: 15 }, { post: 'pho vu truong', min: 15 }],
  },
  'huan-chuong-lao-dong-hang-ba': {
    route: '44.1.g',
    citation: cite.d152('official', { article: 21, clause: 1, point: 'b' }),
    bands: [{ post: 'tong cuc truong', min: 3, max: 5 }, { post: 'pho tong cuc truong', min: 5, max: 8 }, { post: 'vu truong', min: 6, max: 10 }, { post: 'pho vu truong', min: 10, max: 15 }],
  },
};

const YEAR_DAYS = 365.25;
const r1 = (n: number) => Math.round(n * 10) / 10;

function postIndex(title: string): number {
  const f = asciiFold(title);
  return CAREER_POSTS.findIndex((p) => f === p.key || f.startsWith(`${p.key} `));
}

/** The career-contribution route of one class of the Labour Order under Decree 152/2025. */
export function careerContribution(award: keyof typeof CAREER_BANDS, lawCitations: Citation[]): Criterion {
  const table = CAREER_BANDS[award]!;
  const art9 = cite.d152('official', { article: 9, clause: 2 });
  const art9cl3 = cite.d152('official', { article: 9, clause: 3 });
  const art4cl7 = cite.d152('official', { article: 4, clause: 7 });
  const top = postIndex(CAREER_POSTS.find((p) => p.key === table.bands[0]!.post)!.vi);
  return criterion({
    id: `vn.${award}.career`,
    route: table.route,
    text: msg('Có quá trình cống hiến lâu dài: giữ chức vụ lãnh đạo, quản lý đủ thời gian theo Nghị định 152/2025', 'Long career contribution: leadership posts held for the years of Decree 152/2025'),
    citations: [...lawCitations, table.citation, art9],
    test(ctx: EvalContext) {
      const s = ctx.request.subject;
      const positions = s.positions ?? [];
      if (positions.length === 0) return { outcome: 'ineligible', notClaimed: true, message: () => msg('Không đề nghị theo quá trình cống hiến (không có chức vụ lãnh đạo, quản lý)', 'Not claimed: no leadership post given') };
      const evidence: Evidence[] = [];
      const years = CAREER_POSTS.map(() => 0);
      const unknown: string[] = [];
      for (const p of positions) {
        const to = p.to && p.to < ctx.asOf ? p.to : ctx.asOf;
        const from = p.from < '1975-05-01' ? '1975-05-01' : p.from;
        const y = daysBetween(from, to) / YEAR_DAYS;
        const i = postIndex(p.title);
        evidence.push({ kind: 'fact', ref: `position ${p.title}`, detail: { from: p.from, to: p.to ?? null, years: r1(y), post: i >= 0 ? CAREER_POSTS[i]!.vi : null } });
        if (i >= 0) years[i]! += y;
        else unknown.push(p.title);
      }
      const disc = (s.discipline ?? []).filter((d) => positions.some((p) => d.decidedOn >= p.from && (!p.to || d.decidedOn <= p.to)));
      if (disc.length) return { outcome: 'ineligible', evidence, reliesOn: [art9cl3], message: () => msg(`Bị kỷ luật trong thời gian giữ chức vụ (${disc.map((d) => d.decidedOn).join(', ')}): không khen thưởng quá trình cống hiến`, `Disciplined while holding the post (${disc.map((d) => d.decidedOn).join(', ')}): no career-contribution award`) };
      const above = years.findIndex((y, i) => y > 0 && i < top);
      if (above >= 0) return { outcome: 'ineligible', evidence, reliesOn: [table.citation], message: () => msg(`Chức vụ ${CAREER_POSTS[above]!.vi} thuộc tiêu chuẩn hạng cao hơn`, `The post of ${CAREER_POSTS[above]!.en} falls under a higher class`) };
      const factor = s.sex === 'female' ? 2 / 3 : 1;
      const relies = [table.citation, art9, ...(factor < 1 ? [art4cl7] : [])];
      let carried = 0;
      for (let i = top; i < CAREER_POSTS.length; i++) {
        const post = CAREER_POSTS[i]!;
        const band = table.bands.find((b) => b.post === post.key);
        const total = years[i]! + carried;
        if (total === 0) continue;
        if (!band) {
          carried = total;
          continue;
        }
        const min = band.min * factor;
        const max = band.max === undefined ? Infinity : band.max * factor;
        const range = band.max === undefined ? msg(`từ ${r1(min)} năm trở lên`, `${r1(min)} years or more`) : msg(`${r1(min)} đến dưới ${r1(max)} năm`, `${r1(min)} to under ${r1(max)} years`);
        const women = factor < 1 ? msg(', nữ giảm 1/3', ', one third less for women') : msg('', '');
        if (total >= max) return { outcome: 'ineligible', evidence, reliesOn: relies, message: () => msg(`${post.vi}: ${r1(total)} năm, vượt khung ${range.vi} — thuộc tiêu chuẩn hạng cao hơn`, `${post.en}: ${r1(total)} years, beyond ${range.en} — a higher class applies`) };
        if (total >= min) {
          if (s.status !== 'retired' && s.status !== 'deceased')
            return { outcome: 'needs-review', evidence, reliesOn: relies, missing: ['retirement notice or decision'], message: () => msg(`${post.vi}: ${r1(total)} năm (khung ${range.vi}${women.vi}); đề nghị khi có thông báo hoặc quyết định nghỉ hưu`, `${post.en}: ${r1(total)} years (${range.en}${women.en}); proposed once the retirement notice or decision is issued`) };
          return { outcome: 'eligible', evidence, reliesOn: relies, message: () => msg(`${post.vi}: ${r1(total)} năm, trong khung ${range.vi}${women.vi}; đã nghỉ hưu`, `${post.en}: ${r1(total)} years, within ${range.en}${women.en}; retired`) };
        }
        carried = total;
      }
      if (unknown.length)
        return { outcome: 'needs-review', evidence, missing: ['post equivalence (Decree 152 Art 10)'], message: () => msg(`Chức vụ ${unknown.join(', ')}: đối chiếu chức danh tương đương (Nghị định 152/2025 Điều 10) do Hội đồng xem xét`, `Post(s) ${unknown.join(', ')}: matching an equivalent title (Decree 152/2025 Art 10) is for the council`) };
      return { outcome: 'ineligible', evidence, reliesOn: [table.citation], message: () => msg('Thời gian giữ chức vụ chưa đủ theo Nghị định 152/2025', 'Not enough years in the posts of Decree 152/2025') };
    },
  });
}
