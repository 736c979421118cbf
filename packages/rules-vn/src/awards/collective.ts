import { consecutiveYears, criterion, delegated, memberShare, msg, type Criterion, type EvalContext, type LeafResult } from '@tdkt/core';
import { cite } from '../cite.js';
import { noOverlap, noPendingMatters, nameVi } from '../common.js';
import { SOURCES } from '../documents.js';
import { P } from '../parameters.js';
import type { Regime } from '../regimes.js';
import { art4, review, rule, versions } from './helpers.js';

/** Results that depend on nothing evaluated (the usual case: nothing to report): built once, shared. */
const NO_MEMBER_DISCIPLINED: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không có thành viên bị kỷ luật (không có dữ liệu kỷ luật)', 'No member disciplined (none given)') });

const ownRating = (ctx: EvalContext) => ctx.request.subject.rating ?? ctx.history.rating(ctx.period);

function collectiveRating(id: string, min: 'HTXSNV' | 'HTTNV', citations: ReturnType<typeof cite.law>[]): Criterion {
  return criterion({
    id,
    text: msg(min === 'HTXSNV' ? 'Tập thể hoàn thành xuất sắc nhiệm vụ' : 'Tập thể hoàn thành tốt nhiệm vụ trở lên', min === 'HTXSNV' ? 'The collective completed its tasks excellently' : 'The collective completed its tasks well or better'),
    citations,
    test(ctx) {
      const r = ownRating(ctx);
      if (!r) return { outcome: 'needs-review', missing: ['subject.rating'], message: () => msg(`Chưa có kết quả xếp loại của tập thể năm ${ctx.period}`, `No rating of the collective for ${ctx.period}`) };
      const ok = min === 'HTXSNV' ? r === 'HTXSNV' : r === 'HTXSNV' || r === 'HTTNV';
      return { outcome: ok ? 'eligible' : 'ineligible', evidence: [{ kind: 'fact', ref: 'collective-rating', detail: { rating: r } }], message: () => (ok ? msg(`Tập thể xếp loại ${r}`, `The collective is rated ${r}`) : msg(`Tập thể xếp loại ${r}, chưa đạt ${min}`, `The collective is rated ${r}, below ${min}`)) };
    },
  });
}

/** Tập thể lao động xuất sắc (Law Art 27 cl 1). */
export const tapTheLaoDongXuatSac = versions(
  'tap-the-lao-dong-xuat-sac',
  (r) => {
    const art27 = cite.law('quoted', { article: 27, clause: 1, url: SOURCES.art27 });
    return rule('vn.tap-the-lao-dong-xuat-sac', msg('Danh hiệu "Tập thể lao động xuất sắc"', 'Excellent Labour Collective title'), [art27], [
      collectiveRating('vn.tap-the-lao-dong-xuat-sac.rating', 'HTXSNV', [art27]),
      criterion({
        id: 'vn.tap-the-lao-dong-xuat-sac.all-complete',
        text: msg('100% cá nhân trong tập thể hoàn thành nhiệm vụ trở lên', 'Every member completed their tasks or better'),
        citations: [art27],
        test(ctx) {
          const m = ctx.request.subject.members;
          if (!m?.ratings) return { outcome: 'needs-review', missing: ['members.ratings'], message: () => msg('Thiếu kết quả xếp loại của các thành viên', "The members' ratings are not given") };
          const { HTXSNV = 0, HTTNV = 0, HTNV = 0, KHTNV = 0 } = m.ratings;
          const evidence = [{ kind: 'members' as const, ref: 'ratings', detail: { ...m.ratings, total: m.total } }];
          if (KHTNV > 0) return { outcome: 'ineligible', evidence, message: () => msg(`Có ${KHTNV} thành viên không hoàn thành nhiệm vụ`, `${KHTNV} member(s) did not complete their tasks`) };
          const done = HTXSNV + HTTNV + HTNV;
          if (done < m.total) return { outcome: 'needs-review', evidence, missing: ['members.ratings'], message: () => msg(`Mới có kết quả xếp loại của ${done}/${m.total} thành viên`, `Ratings are given for only ${done} of ${m.total} members`) };
          return { outcome: 'eligible', evidence, message: () => msg(`${done}/${m.total} thành viên hoàn thành nhiệm vụ trở lên (100%)`, `${done} of ${m.total} members completed their tasks or better (100%)`) };
        },
      }),
      memberShare({ id: 'vn.tap-the-lao-dong-xuat-sac.ldtt-share', text: msg('Có từ 70% cá nhân trở lên đạt danh hiệu "Lao động tiên tiến"', 'At least 70% of members hold Advanced Worker'), citations: [art27], what: msg('Tỷ lệ thành viên đạt "Lao động tiên tiến"', 'Members with Advanced Worker'), numerator: (ctx) => ctx.request.subject.members?.titles?.['lao-dong-tien-tien'], denominator: (ctx) => ctx.request.subject.members?.total, threshold: () => 70 }),
      criterion({
        id: 'vn.tap-the-lao-dong-xuat-sac.cstdcs',
        text: msg('Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"', 'At least one member is a Grassroots Emulation Fighter'),
        citations: [art27],
        test(ctx) {
          const n = ctx.request.subject.members?.titles?.['chien-si-thi-dua-co-so'];
          if (n === undefined) return { outcome: 'needs-review', missing: ['members.titles.chien-si-thi-dua-co-so'], message: () => msg('Thiếu số thành viên đạt "Chiến sĩ thi đua cơ sở"', 'The count of Grassroots Emulation Fighters is not given') };
          return n >= 1 ? { outcome: 'eligible', message: () => msg(`${n} thành viên đạt "Chiến sĩ thi đua cơ sở"`, `${n} member(s) are Grassroots Emulation Fighters`) } : { outcome: 'ineligible', message: () => msg('Không có thành viên đạt "Chiến sĩ thi đua cơ sở"', 'No member is a Grassroots Emulation Fighter') };
        },
      }),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

/** Tập thể lao động tiên tiến (Law Art 28): thresholds not verified for the 2022 Law — parameters. */
export const tapTheLaoDongTienTien = versions('tap-the-lao-dong-tien-tien', (r) => {
  const art28 = r === 'old' ? cite.oldLaw('secondary', { article: 28 }) : cite.law('unverified', { article: 28, note: 'Tiêu chuẩn của Luật 2022 chưa đối chiếu; các giá trị là tham số' });
  return rule('vn.tap-the-lao-dong-tien-tien', msg('Danh hiệu "Tập thể lao động tiên tiến"', 'Advanced Labour Collective title'), [art28], [
    collectiveRating('vn.tap-the-lao-dong-tien-tien.rating', 'HTTNV', [art28]),
    memberShare({ id: 'vn.tap-the-lao-dong-tien-tien.ldtt-share', text: msg('Tỷ lệ cá nhân đạt "Lao động tiên tiến" vượt ngưỡng', 'Share of members with Advanced Worker above the threshold'), citations: [art28], strict: true, what: msg('Tỷ lệ thành viên đạt "Lao động tiên tiến"', 'Members with Advanced Worker'), numerator: (ctx) => ctx.request.subject.members?.titles?.['lao-dong-tien-tien'], denominator: (ctx) => ctx.request.subject.members?.total, threshold: (ctx) => ctx.param<number>(P.ttldttMemberShare) }),
    criterion({
      id: 'vn.tap-the-lao-dong-tien-tien.discipline',
      text: msg('Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên', 'No member disciplined with a warning or heavier'),
      citations: [art28],
      test(ctx) {
        const d = ctx.request.subject.members?.discipline;
        if (!d) return NO_MEMBER_DISCIPLINED;
        const heavy = Object.entries(d).filter(([form, n]) => form !== 'khien-trach' && (n ?? 0) > 0);
        return heavy.length === 0 ? { outcome: 'eligible', message: () => msg('Không có thành viên bị kỷ luật từ cảnh cáo trở lên', 'No member disciplined with a warning or heavier') } : { outcome: 'ineligible', message: () => msg(`Có thành viên bị kỷ luật: ${heavy.map(([f, n]) => `${f} ${n}`).join(', ')}`, `Members disciplined: ${heavy.map(([f, n]) => `${f} ${n}`).join(', ')}`) };
      },
    }),
    noPendingMatters([art4(r, 4)]),
  ]);
});

/** Giấy khen (Law Art 75): criteria set by each ministry/province; the household run of "Gia đình văn hóa" under Decree 122/2018. */
export const giayKhen = versions('giay-khen', (r) => {
  const art75 = cite.law('quoted', { article: 75, clause: 2, url: SOURCES.art75 });
  const years = (ctx: EvalContext): number => ctx.param<number>(P.gdvhGiayKhenYears).value ?? 3;
  const delegatedPart = delegated({ id: 'vn.giay-khen.delegated', text: msg('Tiêu chuẩn Giấy khen do bộ, ngành, tỉnh quy định (Luật không quy định tiêu chuẩn quốc gia)', 'Giấy khen criteria set by the ministry/province (the Law sets none nationally)'), citations: [art75], to: msg('bộ, ban, ngành, tỉnh (Luật Điều 75 khoản 2)', 'the ministry, sector or province (Law Art 75 cl 2)') });
  const household: Criterion = {
    id: 'vn.giay-khen.household',
    text: msg('Hộ gia đình: các năm liên tục đạt "Gia đình văn hóa"', 'Household: consecutive years of Cultural Family'),
    citations: [cite.culture('quoted')],
    evaluate(ctx) {
      const n = years(ctx);
      const p = ctx.param<number>(P.gdvhGiayKhenYears);
      return rule('vn.giay-khen.household', msg(`Hộ gia đình: ${n} năm liên tục đạt "Gia đình văn hóa", chưa dùng cho Giấy khen trước`, `Household: ${n} consecutive years of Cultural Family not used for an earlier Giấy khen`), [p.citation], [
        consecutiveYears({ id: 'vn.giay-khen.household.chain', text: msg(`${n} năm liên tục đạt "${nameVi('gia-dinh-van-hoa')}"`, `${n} consecutive years of Cultural Family`), citations: [p.citation], count: n, link: msg('"Gia đình văn hóa"', 'Cultural Family'), test: (c, y) => ({ ok: c.history.hasTitle('gia-dinh-van-hoa', y), reason: () => msg('không đạt "Gia đình văn hóa"', 'not a Cultural Family') }) }),
        noOverlap({ citations: [p.citation, cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (c) => [c.period - n + 1, c.period] }),
      ]).evaluate(ctx);
    },
  };
  const own = noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (c) => [c.period, c.period] });
  return {
    id: 'vn.giay-khen',
    text: msg('"Giấy khen"', 'Certificate of Commendation'),
    citations: [art75],
    children: [delegatedPart, household, own],
    evaluate(ctx) {
      const parts = ctx.request.subject.kind === 'household' && ctx.param<number>(P.gdvhGiayKhenYears).value !== null ? [household] : [delegatedPart, own];
      return rule('vn.giay-khen', msg('"Giấy khen"', 'Certificate of Commendation'), [art75], [...parts, noPendingMatters([art4(r, 4)])]).evaluate(ctx);
    },
  };
});

