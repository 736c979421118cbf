import { allOf, anyOf, criterion, msg, outcomeFunction, withOutcome, type Criterion, type EvalContext, type LeafResult } from '@tdkt/core';
import { cite } from '../cite.js';
import { councilVote, disciplineClock, initiatives, newRecruitMinimum, noPendingMatters, ratingAtLeast, spiritAttested, transferComments, workingTime } from '../common.js';
import { SOURCES } from '../documents.js';
import { P } from '../parameters.js';
import type { Regime } from '../regimes.js';
import { art4, RATING_DISCIPLINE, rule, versions } from './helpers.js';

/** Results that depend on nothing evaluated (the usual case: nothing to report): built once, shared. */
const OFFICIAL: LeafResult = Object.freeze({ outcome: 'eligible', message: msg('Cán bộ, công chức, viên chức, người lao động', 'Official or employee') });

const ldttLaw = (r: Regime) => (r === 'old' ? cite.oldLaw('quoted', { article: 24, url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2003/chuong-8-736.html' }) : cite.law('quoted', { article: 24, clause: 1, url: SOURCES.art23 }));

/** Which group of individuals the civil-service standard applies to; others are delegated. */
function groupCheck(r: Regime): Criterion {
  return criterion({
    id: 'vn.lao-dong-tien-tien.group',
    text: msg('Đối tượng cán bộ, công chức, viên chức, người lao động (Luật Điều 24 khoản 1)', 'Cadres, civil servants, public employees and employees (Law Art 24 cl 1)'),
    citations: r === 'old' ? [ldttLaw(r)] : [cite.law('quoted', { article: 24, clause: 4 })],
    test(ctx) {
      const g = ctx.request.subject.group ?? 'official';
      if (g === 'official') return OFFICIAL;
      if (g === 'armed-forces') return { outcome: 'needs-review', missing: ['Ministry of Defence / Public Security rules'], message: () => msg('Lực lượng vũ trang: danh hiệu "Chiến sĩ tiên tiến" theo quy định của Bộ Quốc phòng, Bộ Công an', 'Armed forces: the Advanced Soldier title under the Defence / Public Security rules') };
      return { outcome: 'needs-review', missing: ['provincial rule (Law Art 24 cl 3–4)'], message: () => msg('Công nhân, nông dân, người lao động khác: tiêu chuẩn do UBND tỉnh quy định chi tiết (Luật Điều 24 khoản 3, 4); chưa nạp quy định của tỉnh', 'Workers, farmers and other labourers: the province details the criteria (Law Art 24 cl 3–4); no provincial rule is loaded') };
    },
  });
}

/** The Advanced Worker standard itself (without the procedural gates). */
export function ldttCore(r: Regime): Criterion {
  const recruit = r === 'old' ? cite.d91('quoted', { article: 10 }) : r === 'd98' ? cite.tt01('quoted') : cite.tt15('unverified');
  return allOf({ id: 'vn.lao-dong-tien-tien.standard', text: msg('Đạt tiêu chuẩn "Lao động tiên tiến"', 'Meets the Advanced Worker standard'), citations: [ldttLaw(r)] }, [
    groupCheck(r),
    ratingAtLeast({ id: 'vn.lao-dong-tien-tien.rating', min: 'HTTNV', citations: [ldttLaw(r)] }),
    spiritAttested([ldttLaw(r)]),
    newRecruitMinimum([recruit]),
    workingTime([cite.d90('quoted', { article: 2, clause: 3 }), ...(r === 'old' ? [cite.d91('secondary', { article: 10, note: 'Thời gian nghỉ thai sản được tính' })] : [art4(r, 5), cite.tt01('quoted', { note: 'Thời gian nghỉ thai sản, đi học, điều trị do bị thương khi làm nhiệm vụ được tính' })])]),
  ]);
}

function gates(r: Regime, withTransfer = true): Criterion[] {
  return [
    disciplineClock([art4(r, 4)], RATING_DISCIPLINE),
    noPendingMatters([art4(r, 4)]),
    ...(withTransfer ? [transferComments([r === 'd152' ? cite.tt15('unverified') : r === 'd98' ? cite.tt01('secondary', { url: SOURCES.transferRule }) : cite.d91('secondary')])] : []),
  ];
}

/** Lao động tiên tiến (Law Art 24 cl 1; old Law Art 24), by regime. */
export const laoDongTienTien = versions('lao-dong-tien-tien', (r) =>
  rule('vn.lao-dong-tien-tien', msg('Danh hiệu "Lao động tiên tiến"', 'Advanced Worker title'), [ldttLaw(r)], [ldttCore(r), ...gates(r)]),
);

/** The LĐTT standard in the year: the title held (a fact), else its criteria. */
function ldttOrTitle(r: Regime): Criterion {
  const core = ldttCore(r);
  const held = (ctx: EvalContext) => ctx.history.hasTitle('lao-dong-tien-tien', ctx.period) || ctx.history.hasTitle('chien-si-tien-tien', ctx.period);
  const c: Criterion = {
    id: 'vn.chien-si-thi-dua-co-so.ldtt',
    text: msg('Đạt tiêu chuẩn "Lao động tiên tiến" trong năm', 'Meets the Advanced Worker standard in the year'),
    citations: [cite.law('quoted', { article: 23 })],
    children: [core],
    evaluate(ctx) {
      if (held(ctx))
        return { id: 'vn.chien-si-thi-dua-co-so.ldtt', outcome: 'eligible', kind: 'leaf', text: this.text, message: msg(`Đã đạt danh hiệu "Lao động tiên tiến" năm ${ctx.period}`, `Holds the Advanced Worker title for ${ctx.period}`), citations: [...this.citations], evidence: [{ kind: 'year', ref: String(ctx.period), detail: { titles: ctx.history.year(ctx.period)?.titles ?? [] } }], children: [] };
      return core.evaluate(ctx);
    },
  };
  const coreOutcome = outcomeFunction(core);
  return withOutcome(c, (ctx) => (held(ctx) ? 'eligible' : coreOutcome(ctx)));
}

const INIT = ['initiative'];
const art23 = cite.law('quoted', { article: 23, url: SOURCES.art23 });
const useRule = cite.cv5007('secondary', { note: 'Mỗi sáng kiến chỉ dùng một lần làm căn cứ; dùng cho danh hiệu thi đua thì không dùng cho hình thức khen thưởng và ngược lại' });

/** Chiến sĩ thi đua cơ sở (Law Art 23; old regime: an initiative was required). */
export const chienSiThiDuaCoSo = versions('chien-si-thi-dua-co-so', (r) => {
  const routes: Criterion[] =
    r === 'old'
      ? []
      : [ratingAtLeast({ id: 'vn.chien-si-thi-dua-co-so.htxsnv', route: '23.htxsnv', min: 'HTXSNV', citations: [art23] })];
  const base = r === 'old' ? cite.oldLaw('secondary', { article: 23, url: SOURCES.oldCstdcs, note: 'Chế độ cũ: bắt buộc có sáng kiến (NĐ 91/2017)' }) : art23;
  routes.push(
    initiatives({ id: 'vn.chien-si-thi-dua-co-so.initiative', route: '23.initiative', text: msg('Có sáng kiến được cơ sở công nhận', 'An initiative recognised by the grassroots unit'), citations: [base], scope: 'co-so', kinds: INIT, useRule }),
    initiatives({ id: 'vn.chien-si-thi-dua-co-so.research', route: '23.research', text: msg('Có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu', 'An accepted research topic, scheme or S&T work'), citations: [base], scope: 'co-so', kinds: ['research-topic'], useRule }),
    initiatives({ id: 'vn.chien-si-thi-dua-co-so.combat', route: '23.combat', text: msg('Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận', 'Combat ingenuity recognised by the unit'), citations: [base], scope: 'co-so', kinds: ['combat-ingenuity'], useRule }),
  );
  return rule('vn.chien-si-thi-dua-co-so', msg('Danh hiệu "Chiến sĩ thi đua cơ sở"', 'Grassroots Emulation Fighter title'), [base], [
    ldttOrTitle(r),
    anyOf({ id: 'vn.chien-si-thi-dua-co-so.routes', text: r === 'old' ? msg('Có sáng kiến, đề tài hoặc mưu trí sáng tạo (chế độ cũ)', 'An initiative, topic or combat ingenuity (old regime)') : msg('Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài, mưu trí sáng tạo', 'Completed tasks excellently, or an initiative, topic or combat ingenuity'), citations: [base] }, routes),
    councilVote(P.councilCstdcs, msg('"Chiến sĩ thi đua cơ sở"', 'the Grassroots Emulation Fighter')),
    ...gates(r),
  ]);
});
