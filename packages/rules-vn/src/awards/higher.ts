import { anyOf, consecutiveYears, criterion, msg, windowAfter, type Criterion, type EvalContext, type WindowStart } from '@tdkt/core';
import { cite } from '../cite.js';
import {
  GOOD,
  achievementAge,
  collectiveLineage,
  disciplineWindow,
  complianceAttested,
  councilVote,
  findPriorAward,
  initiatives,
  judgmentRoute,
  noOverlap,
  noPendingMatters,
  startAfter,
} from '../common.js';
import { careerContribution } from '../career.js';
import { nationalFighterDeadline } from '../deadlines.js';
import { SOURCES } from '../documents.js';
import { P } from '../parameters.js';
import type { Regime } from '../regimes.js';
import { art4, clock, clockFallback, forGroups, forKinds, review, rule, versions } from './helpers.js';

const useRule = cite.cv5007('secondary', { note: 'Sáng kiến đã dùng cho danh hiệu thi đua không dùng cho hình thức khen thưởng và ngược lại' });
const hasTitle = (code: string) => (ctx: EvalContext, y: number) => ({ ok: ctx.history.hasTitle(code, y), reason: () => msg(`không có danh hiệu`, `has no such title`) });
const isRated = (min: 'HTXSNV') => (ctx: EvalContext, y: number) => ({ ok: ctx.history.rating(y) === min, reason: () => msg(`xếp loại ${ctx.history.rating(y) ?? 'chưa có'}`, `rated ${ctx.history.rating(y) ?? 'nothing'}`) });

/** Chiến sĩ thi đua bộ, ban, ngành, tỉnh (Law Art 22). */
export const chienSiThiDuaBoNganhTinh = versions(
  'chien-si-thi-dua-bo-nganh-tinh',
  (r) => {
    const art22 = cite.law('quoted', { article: 22, url: SOURCES.art22 });
    return rule('vn.chien-si-thi-dua-bo-nganh-tinh', msg('Danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"', 'Ministerial/Provincial Emulation Fighter title'), [art22], [
      consecutiveYears({ id: 'vn.chien-si-thi-dua-bo-nganh-tinh.chain', text: msg('Có 03 lần liên tục đạt "Chiến sĩ thi đua cơ sở"', 'Three consecutive Grassroots Emulation Fighter titles'), citations: [art22], count: 3, link: msg('"Chiến sĩ thi đua cơ sở"', 'Grassroots Emulation Fighter'), test: hasTitle('chien-si-thi-dua-co-so') }),
      anyOf({ id: 'vn.chien-si-thi-dua-bo-nganh-tinh.routes', text: msg('Sáng kiến, đề tài hoặc mưu trí sáng tạo có phạm vi ảnh hưởng trong bộ, ngành, tỉnh', 'An initiative, topic or combat ingenuity with influence across the ministry/sector/province'), citations: [art22] }, [
        initiatives({ id: 'vn.chien-si-thi-dua-bo-nganh-tinh.initiative', route: '22.b.initiative', text: msg('Sáng kiến được người đứng đầu bộ, ngành, tỉnh công nhận hiệu quả áp dụng và khả năng nhân rộng trong bộ, ngành, tỉnh', 'An initiative whose effect and replicability across the ministry/province the head recognised'), citations: [art22], scope: 'bo-nganh-tinh', kinds: ['initiative'], useRule }),
        initiatives({ id: 'vn.chien-si-thi-dua-bo-nganh-tinh.research', route: '22.b.research', text: msg('Đề tài khoa học đã nghiệm thu, áp dụng hiệu quả, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh', 'An accepted research topic with influence across the ministry/province'), citations: [art22], scope: 'bo-nganh-tinh', kinds: ['research-topic'], useRule }),
        initiatives({ id: 'vn.chien-si-thi-dua-bo-nganh-tinh.combat', route: '22.b.combat', text: msg('Mưu trí, sáng tạo trong chiến đấu có phạm vi ảnh hưởng trong toàn quân, toàn lực lượng Công an nhân dân', 'Combat ingenuity with influence across the army or the whole People\u2019s Public Security'), citations: [art22], scope: 'bo-nganh-tinh', kinds: ['combat-ingenuity'], useRule }),
      ]),
      complianceAttested([art22], (ctx) => [ctx.period - 2, ctx.period]),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 2, ctx.period]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 2, ctx.period], titlesToo: true }),
      councilVote(P.councilCstdBoTinh, msg('"Chiến sĩ thi đua bộ, ban, ngành, tỉnh"', 'the Ministerial/Provincial Emulation Fighter')),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

/** Chiến sĩ thi đua toàn quốc (Law Art 21): two consecutive ministry/province fighter titles (adjacent 3-year cycles). */
export const chienSiThiDuaToanQuoc = versions(
  'chien-si-thi-dua-toan-quoc',
  (r) => {
    const art21 = cite.law('quoted', { article: 21 });
    return rule('vn.chien-si-thi-dua-toan-quoc', msg('Danh hiệu "Chiến sĩ thi đua toàn quốc"', 'National Emulation Fighter title'), [art21], [
      criterion({
        id: 'vn.chien-si-thi-dua-toan-quoc.chain',
        text: msg('Có 02 lần liên tục đạt "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"', 'Two consecutive Ministerial/Provincial Emulation Fighter titles'),
        citations: [art21],
        test(ctx) {
          const code = 'chien-si-thi-dua-bo-nganh-tinh';
          const now = ctx.history.hasTitle(code, ctx.period);
          const before = ctx.history.hasTitle(code, ctx.period - 3);
          const evidence = [ctx.period - 3, ctx.period].map((y) => ({ kind: 'year' as const, ref: String(y), detail: { held: ctx.history.hasTitle(code, y) } }));
          return now && before
            ? { outcome: 'eligible', evidence, message: () => msg(`"Chiến sĩ thi đua bộ, ban, ngành, tỉnh" cho hai chu kỳ liên tiếp kết thúc năm ${ctx.period - 3} và ${ctx.period}`, `Ministerial/Provincial Emulation Fighter for two consecutive cycles ending ${ctx.period - 3} and ${ctx.period}`) }
            : { outcome: 'ineligible', evidence, message: () => msg(`Chưa có 02 lần liên tục "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" (chu kỳ kết thúc năm ${ctx.period - 3} và ${ctx.period})`, `No two consecutive Ministerial/Provincial Emulation Fighter titles (cycles ending ${ctx.period - 3} and ${ctx.period})`) };
        },
      }),
      anyOf({ id: 'vn.chien-si-thi-dua-toan-quoc.routes', text: msg('Sáng kiến, đề tài hoặc mưu trí sáng tạo có phạm vi ảnh hưởng toàn quốc', 'An initiative, topic or combat ingenuity with nationwide influence'), citations: [art21] }, [
        initiatives({ id: 'vn.chien-si-thi-dua-toan-quoc.initiative', route: '21.initiative', text: msg('Sáng kiến có hiệu quả, khả năng nhân rộng trong phạm vi toàn quốc', 'An initiative with nationwide effect and replicability'), citations: [art21], scope: 'toan-quoc', kinds: ['initiative'], useRule }),
        initiatives({ id: 'vn.chien-si-thi-dua-toan-quoc.research', route: '21.research', text: msg('Đề tài khoa học có phạm vi ảnh hưởng toàn quốc', 'A research topic with nationwide influence'), citations: [art21], scope: 'toan-quoc', kinds: ['research-topic'], useRule }),
        initiatives({ id: 'vn.chien-si-thi-dua-toan-quoc.combat', route: '21.combat', text: msg('Mưu trí, sáng tạo trong chiến đấu có phạm vi ảnh hưởng toàn quốc', 'Combat ingenuity with nationwide influence'), citations: [art21], scope: 'toan-quoc', kinds: ['combat-ingenuity'], useRule }),
      ]),
      complianceAttested([art21], (ctx) => [ctx.period - 5, ctx.period]),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 5, ctx.period]),
      councilVote(P.councilCstdtq, msg('"Chiến sĩ thi đua toàn quốc"', 'the National Emulation Fighter')),
      ...(r === 'd152' ? [achievementAge(cite.d152('official', { article: 33, clause: 9 })), nationalFighterDeadline()] : []),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

/** Bằng khen của bộ, ban, ngành, tỉnh (Law Art 74). */
export const bangKhenBoNganhTinh = versions(
  'bang-khen-bo-nganh-tinh',
  (r) => {
    const art74 = (point?: string, clause = 1) => cite.law('quoted', { article: 74, clause, ...(point ? { point } : {}), ...(point === 'd' ? { url: SOURCES.art74d } : {}) });
    const window = (ctx: EvalContext): [number, number] => [ctx.period - 1, ctx.period];
    const individual = msg('cá nhân', 'individuals');
    return rule('vn.bang-khen-bo-nganh-tinh', msg('"Bằng khen của bộ, ban, ngành, tỉnh"', 'Certificate of Merit of a Ministry/Sector/Province'), [art74()], [
      complianceAttested([art74()], window),
      anyOf({ id: 'vn.bang-khen-bo-nganh-tinh.routes', text: msg('Đạt một trong các tiêu chuẩn của Điều 74', 'One of the criteria of Art 74'), citations: [art74()] }, [
        judgmentRoute('vn.bang-khen-bo-nganh-tinh.a', '74.1.a', msg('Thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động', 'Outstanding achievement selected in a movement launched by the ministry/province'), [art74('a')]),
        judgmentRoute('vn.bang-khen-bo-nganh-tinh.b', '74.1.b', msg('Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh', 'Many achievements or an extraordinary one with influence in a field of the ministry/province'), [art74('b')]),
        judgmentRoute('vn.bang-khen-bo-nganh-tinh.c', '74.1.c', msg('Có đóng góp vào sự phát triển kinh tế – xã hội, khoa học, công tác xã hội, từ thiện nhân đạo', 'Contribution to socio-economic development, science, social work or charity'), [art74('c')]),
        forKinds(
          ['individual'],
          rule('vn.bang-khen-bo-nganh-tinh.d', msg('02 lần liên tục "Chiến sĩ thi đua cơ sở" hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, và trong thời gian đó có 02 sáng kiến được công nhận, áp dụng hiệu quả ở cơ sở', 'Two consecutive Grassroots Emulation Fighter titles or two consecutive HTXSNV years, with two initiatives recognised and applied at grassroots level in that time'), [art74('d')], [
              anyOf({ id: 'vn.bang-khen-bo-nganh-tinh.d.chain', text: msg('02 năm liên tục CSTĐCS hoặc HTXSNV', 'Two consecutive years of CSTĐCS or HTXSNV'), citations: [art74('d')] }, [
                consecutiveYears({ id: 'vn.bang-khen-bo-nganh-tinh.d.cstdcs', route: '74.1.d.cstdcs', text: msg('02 lần liên tục "Chiến sĩ thi đua cơ sở"', 'Two consecutive Grassroots Emulation Fighter titles'), citations: [art74('d')], count: 2, link: msg('"Chiến sĩ thi đua cơ sở"', 'Grassroots Emulation Fighter'), test: hasTitle('chien-si-thi-dua-co-so') }),
                consecutiveYears({ id: 'vn.bang-khen-bo-nganh-tinh.d.htxsnv', route: '74.1.d.htxsnv', text: msg('02 năm liên tục hoàn thành xuất sắc nhiệm vụ', 'Two consecutive years rated HTXSNV'), citations: [art74('d')], count: 2, link: msg('hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'), test: isRated('HTXSNV') }),
              ]),
              initiatives({ id: 'vn.bang-khen-bo-nganh-tinh.d.initiatives', text: msg('02 sáng kiến (hoặc đề tài) được công nhận, áp dụng hiệu quả ở cơ sở trong thời gian đó, chưa dùng làm căn cứ khen thưởng', 'Two initiatives (or topics) recognised and applied at grassroots level in that time, not already counted'), citations: [art74('d'), cite.moha('quoted', { url: SOURCES.art74d, note: 'Bộ Nội vụ áp dụng yêu cầu 02 sáng kiến cho cả hai trường hợp' })], scope: 'co-so', kinds: ['initiative', 'research-topic'], count: 2, years: window, useRule }),
            ], '74.1.d'),
          individual,
        ),
        forGroups(['worker'], judgmentRoute('vn.bang-khen-bo-nganh-tinh.dd', '74.1.đ', msg('Công nhân, nông dân, người lao động có nhiều thành tích có phạm vi ảnh hưởng ở cơ sở', 'Workers and farmers with many achievements influential at grassroots level'), [art74('đ')]), msg('công nhân, nông dân, người lao động', 'workers and farmers')),
        forKinds(['collective'], rule('vn.bang-khen-bo-nganh-tinh.collective-route', msg('Tập thể: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc "Tập thể lao động xuất sắc"', 'Collective: two consecutive years HTXSNV or Excellent Labour Collective'), [art74(undefined, 2)], [...(r === 'd152' ? [collectiveLineage((ctx) => ctx.period - 1)] : []), consecutiveYears({ id: 'vn.bang-khen-bo-nganh-tinh.collective', text: msg('Tập thể 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt "Tập thể lao động xuất sắc"', 'A collective with two consecutive years rated HTXSNV or Excellent Labour Collective'), citations: [art74(undefined, 2)], count: 2, link: msg('HTXSNV hoặc "Tập thể lao động xuất sắc"', 'HTXSNV or Excellent Labour Collective'), test: (ctx, y) => ({ ok: ctx.history.rating(y) === 'HTXSNV' || ctx.history.hasTitle('tap-the-lao-dong-xuat-sac', y), reason: () => msg('không đạt', 'does not qualify') }) })], '74.2'), msg('tập thể', 'collectives')),
        forKinds(['household'], judgmentRoute('vn.bang-khen-bo-nganh-tinh.household', '74.household', msg('Hộ gia đình có nhiều đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội', 'A household with many contributions of effort, land and assets'), [art74()]), msg('hộ gia đình', 'households')),
      ]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: window }),
      disciplineWindow([art4(r, 4)], window),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

const art4cl3 = (r: Regime) => art4(r, 3);

/** The window of Art 73 cl 1 b: from the prior Bằng khen (Decree 152) or the run of good years up to the proposal (Decree 98 practice). */
function pmWindowStart(r: Regime) {
  const typeRule = art4cl3(r);
  const fallback = clockFallback(r);
  return (ctx: EvalContext): WindowStart => {
    const prior = findPriorAward(ctx, ['bang-khen-bo-nganh-tinh'], typeRule);
    if (r === 'd152') return startAfter(prior, fallback);
    if (!prior.award) return { ok: false, result: prior.result! };
    const run = ctx.history.runEndingAt(ctx.period, (y) => GOOD.test(ctx, y));
    const start = run[0] ?? ctx.period + 1;
    const held = prior.award;
    return { ok: true, year: start, evidence: prior.evidence, message: () => msg(`Đã có Bằng khen của bộ, ban, ngành, tỉnh (${held.period ? held.period.join('–') : held.decidedOn ?? ''}); chuỗi năm liên tục đến năm đề nghị bắt đầu từ ${start}`, `Holds a ministry/province Certificate of Merit; the run of consecutive years up to the proposal starts in ${start}`) };
  };
}

/** Bằng khen của Thủ tướng Chính phủ (Law Art 73 cl 1; old regime: NĐ 65/2014 Art 23 cl 1 c kept by NĐ 91/2017). */
export const bangKhenThuTuong = versions('bang-khen-thu-tuong', (r) => {
  if (r === 'old') {
    const old = cite.d65('quoted', { article: 23, clause: 1, point: 'c', url: SOURCES.oldBkTtg, note: 'Được Nghị định 91/2017 giữ nguyên, theo trả lời của Ban Thi đua – Khen thưởng Trung ương' });
    const typeRule = art4cl3(r);
    const fallback = clockFallback(r);
    const start = (ctx: EvalContext) => startAfter(findPriorAward(ctx, ['bang-khen-bo-nganh-tinh'], typeRule), fallback);
    const windowYears = (ctx: EvalContext): [number, number] => {
      const s = start(ctx);
      return [s.ok ? s.year : ctx.period + 1, ctx.period];
    };
    return rule('vn.bang-khen-thu-tuong', msg('"Bằng khen của Thủ tướng Chính phủ" (chế độ trước 2024)', "Prime Minister's Certificate of Merit (before 2024)"), [old], [
      complianceAttested([old], (ctx) => [ctx.period - 4, ctx.period]),
      anyOf({ id: 'vn.bang-khen-thu-tuong.routes', text: msg('Đạt một trong các tiêu chuẩn', 'One of the criteria'), citations: [old] }, [
        judgmentRoute('vn.bang-khen-thu-tuong.old-other', 'old.other', msg('Thành tích xuất sắc tiêu biểu, đột xuất hoặc có phạm vi ảnh hưởng (các điểm khác)', 'Outstanding, extraordinary or influential achievements (other points)'), [old]),
        rule('vn.bang-khen-thu-tuong.old-c', msg('Đã được tặng Bằng khen cấp bộ, tỉnh, sau đó 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 05 sáng kiến được công nhận, áp dụng hiệu quả ở cơ sở', 'A ministry/province Certificate of Merit, then 5 consecutive HTXSNV years with 5 initiatives applied at grassroots level'), [old], [
          windowAfter({ id: 'vn.bang-khen-thu-tuong.old-c.window', route: 'old.23.1.c', text: msg('Sau Bằng khen bộ, tỉnh: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ', 'After the ministry/province Certificate of Merit: 5 consecutive HTXSNV years'), citations: [old], start, minYears: 5, everyYear: { label: msg('hoàn thành xuất sắc nhiệm vụ', 'rated HTXSNV'), test: (ctx, y) => ctx.history.rating(y) === 'HTXSNV' } }),
          initiatives({ id: 'vn.bang-khen-thu-tuong.old-c.initiatives', text: msg('05 sáng kiến được công nhận, áp dụng hiệu quả ở cơ sở trong thời gian đó', 'Five initiatives recognised and applied at grassroots level in that time'), citations: [old], scope: 'co-so', kinds: ['initiative', 'research-topic'], count: 5, years: windowYears, useRule }),
        ]),
      ]),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 4, ctx.period]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 4, ctx.period] }),
      noPendingMatters([art4(r, 4)]),
    ]);
  }
  const art73 = (point?: string) => cite.law('quoted', { article: 73, clause: 1, ...(point ? { point } : {}), url: SOURCES.art73 });
  const windowCite = r === 'd152' ? clock(r) : cite.moha('quoted', { url: SOURCES.art73Practice, note: 'Thực tiễn của Bộ Nội vụ: chuỗi năm liên tục hoàn thành tốt nhiệm vụ trở lên đến thời điểm đề nghị, có 03 lần CSTĐCS trong chuỗi' });
  return rule('vn.bang-khen-thu-tuong', msg('"Bằng khen của Thủ tướng Chính phủ"', "Prime Minister's Certificate of Merit"), [art73()], [
    complianceAttested([art73()], (ctx) => [ctx.period - 4, ctx.period]),
    anyOf({ id: 'vn.bang-khen-thu-tuong.routes', text: msg('Đạt một trong các tiêu chuẩn của Điều 73 khoản 1', 'One of the criteria of Art 73 cl 1'), citations: [art73()] }, [
      judgmentRoute('vn.bang-khen-thu-tuong.a', '73.1.a', msg('Thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua', 'Outstanding achievement selected in an emulation movement'), [art73('a')]),
      forKinds(
        ['individual'],
        windowAfter({
          id: 'vn.bang-khen-thu-tuong.b',
          route: '73.1.b',
          text: msg('Đã được tặng Bằng khen của bộ, ban, ngành, tỉnh và có 05 năm liên tục trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần "Chiến sĩ thi đua cơ sở"', 'Holds a ministry/province Certificate of Merit and at least 5 consecutive years up to the proposal rated good or better, with 3 Grassroots Emulation Fighter titles in that time'),
          citations: [art73('b'), windowCite, art4cl3(r)],
          start: pmWindowStart(r),
          minYears: 5,
          everyYear: GOOD,
          counts: [{ label: msg('"Chiến sĩ thi đua cơ sở"', 'Grassroots Emulation Fighter'), min: 3, test: (ctx, y) => ctx.history.hasTitle('chien-si-thi-dua-co-so', y) }],
        }),
        msg('cá nhân', 'individuals'),
      ),
      judgmentRoute('vn.bang-khen-thu-tuong.c', '73.1.c', msg('Nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh', 'Many or extraordinary achievements with influence in the ministry/province'), [art73('c')]),
      forKinds(['collective', 'household'], review('vn.bang-khen-thu-tuong.other-subjects', msg('Tiêu chuẩn đối với tập thể, hộ gia đình', 'Criteria for collectives and households'), [cite.law('unverified', { article: 73 })], msg('Tiêu chuẩn Bằng khen Thủ tướng đối với tập thể, hộ gia đình chưa được đối chiếu với văn bản chính thức', 'The criteria for collectives and households are not verified against the official text'), 'verified Art 73 text'), msg('tập thể, hộ gia đình', 'collectives and households')),
    ]),
    ...(r === 'd152' ? [achievementAge(cite.d152('official', { article: 33, clause: 9 }))] : []),
    disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 4, ctx.period]),
    noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 4, ctx.period] }),
    noPendingMatters([art4(r, 4)]),
  ]);
});

/** A "thereafter" window for the Labour Order classes. */
function orderWindow(r: Regime, priorCode: string) {
  const typeRule = art4cl3(r);
  const fallback = clockFallback(r);
  return (ctx: EvalContext) => startAfter(findPriorAward(ctx, [priorCode], typeRule), fallback);
}

/** Huân chương Lao động hạng Ba (Law Art 44). */
export const huanChuongLaoDongHangBa = versions(
  'huan-chuong-lao-dong-hang-ba',
  (r) => {
    const art44 = (clause: number, point?: string) => cite.law('quoted', { article: 44, clause, ...(point ? { point } : {}), ...(point === 'e' ? { url: SOURCES.art44e } : {}) });
    return rule('vn.huan-chuong-lao-dong-hang-ba', msg('"Huân chương Lao động" hạng Ba', 'Labour Order, Third Class'), [art44(1)], [
      complianceAttested([art44(1)], (ctx) => [ctx.period - 4, ctx.period]),
      anyOf({ id: 'vn.huan-chuong-lao-dong-hang-ba.routes', text: msg('Đạt một trong các tiêu chuẩn của Điều 44', 'One of the criteria of Art 44'), citations: [art44(1)] }, [
        judgmentRoute('vn.huan-chuong-lao-dong-hang-ba.a-d', '44.1.a–d', msg('Thành tích xuất sắc đột xuất, phát minh, sáng chế, công trình khoa học, đóng góp lớn (điểm a–d)', 'Extraordinary achievements, inventions, scientific works, large contributions (points a–d)'), [art44(1)]),
        forKinds(
          ['individual'],
          windowAfter({
            id: 'vn.huan-chuong-lao-dong-hang-ba.e',
            route: '44.1.e',
            text: msg('Đã được tặng "Bằng khen của Thủ tướng Chính phủ", sau đó có 05 năm liên tục trở lên hoàn thành tốt nhiệm vụ trở lên, trong đó có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ và 03 lần "Chiến sĩ thi đua cơ sở"', "Holds the Prime Minister's Certificate of Merit, then at least 5 consecutive years rated good or better, including at least 1 HTXSNV year and 3 Grassroots Emulation Fighter titles"),
            citations: [art44(1, 'e'), clock(r) , art4cl3(r)],
            start: orderWindow(r, 'bang-khen-thu-tuong'),
            minYears: 5,
            everyYear: GOOD,
            counts: [
              { label: msg('năm hoàn thành xuất sắc nhiệm vụ', 'HTXSNV years'), min: 1, test: (ctx, y) => ctx.history.rating(y) === 'HTXSNV' },
              { label: msg('"Chiến sĩ thi đua cơ sở"', 'Grassroots Emulation Fighter'), min: 3, test: (ctx, y) => ctx.history.hasTitle('chien-si-thi-dua-co-so', y) },
            ],
          }),
          msg('cá nhân', 'individuals'),
        ),
        r === 'd152'
          ? careerContribution('huan-chuong-lao-dong-hang-ba', [art44(1, 'g')])
          : criterion({
              id: 'vn.huan-chuong-lao-dong-hang-ba.g',
              route: '44.1.g',
              text: msg('Có quá trình cống hiến lâu dài (chức vụ và thời gian theo Nghị định)', 'Long career contribution (posts and years set by the decree)'),
              citations: [art44(1, 'g')],
              test: (ctx) =>
                (ctx.request.subject.positions ?? []).length > 0
                  ? { outcome: 'needs-review', missing: ['council: match posts and years to the decree'], message: () => msg('Có chức vụ lãnh đạo, quản lý: đối chiếu chức vụ và thời gian giữ chức vụ với quy định của Nghị định 98/2023 (chưa đưa vào bộ quy tắc) do Hội đồng xem xét', 'Leadership posts held: matching them against Decree 98/2023 (not encoded) is for the council') }
                  : { outcome: 'ineligible', notClaimed: true, message: () => msg('Không đề nghị theo quá trình cống hiến (không có chức vụ lãnh đạo, quản lý)', 'Not claimed: no leadership post given') },
            }),
        forGroups(['worker'], judgmentRoute('vn.huan-chuong-lao-dong-hang-ba.workers', '44.2', msg('Công nhân, nông dân: thành tích trong phong trào thi đua 05 năm trở lên của bộ, tỉnh, phát minh, sáng chế, đóng góp lớn', 'Workers and farmers: achievement in a 5-year ministry/province movement, inventions, large contributions'), [art44(2)]), msg('công nhân, nông dân, người lao động', 'workers and farmers')),
        forKinds(['collective'], review('vn.huan-chuong-lao-dong-hang-ba.collective', msg('Tiêu chuẩn đối với tập thể', 'Criteria for collectives'), [cite.law('unverified', { article: 44 })], msg('Tiêu chuẩn đối với tập thể chưa được đối chiếu với văn bản chính thức', 'The criteria for collectives are not verified against the official text'), 'verified Art 44 text'), msg('tập thể', 'collectives')),
      ]),
      ...(r === 'd152' ? [achievementAge(cite.d152('official', { article: 33, clause: 9 }))] : []),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 4, ctx.period]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 4, ctx.period] }),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

/** Huân chương Lao động hạng Nhì (Law Art 43 cl 1, the chain route). */
export const huanChuongLaoDongHangNhi = versions(
  'huan-chuong-lao-dong-hang-nhi',
  (r) => {
    const art43 = (point?: string) => cite.law('quoted', { article: 43, clause: 1, ...(point ? { point } : {}) });
    return rule('vn.huan-chuong-lao-dong-hang-nhi', msg('"Huân chương Lao động" hạng Nhì', 'Labour Order, Second Class'), [art43()], [
      complianceAttested([art43()], (ctx) => [ctx.period - 4, ctx.period]),
      anyOf({ id: 'vn.huan-chuong-lao-dong-hang-nhi.routes', text: msg('Đạt một trong các tiêu chuẩn của Điều 43', 'One of the criteria of Art 43'), citations: [art43()] }, [
        judgmentRoute('vn.huan-chuong-lao-dong-hang-nhi.other', '43.1.other', msg('Thành tích đột xuất, giải thưởng, phát minh, đóng góp lớn', 'Extraordinary achievements, prizes, inventions, large contributions'), [art43()]),
        ...(r === 'd152' ? [careerContribution('huan-chuong-lao-dong-hang-nhi', [art43('e')])] : []),
        forKinds(
          ['individual'],
          windowAfter({
            id: 'vn.huan-chuong-lao-dong-hang-nhi.chain',
            route: '43.1.chain',
            text: msg('Đã được tặng "Huân chương Lao động" hạng Ba, sau đó có 05 năm liên tục trở lên hoàn thành tốt nhiệm vụ trở lên, trong đó có ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ và 01 lần "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"', 'Holds the Labour Order, Third Class, then at least 5 consecutive years rated good or better, with at least 2 HTXSNV years and 1 Ministerial/Provincial Emulation Fighter title'),
            citations: [art43(), clock(r), art4cl3(r)],
            start: orderWindow(r, 'huan-chuong-lao-dong-hang-ba'),
            minYears: 5,
            everyYear: GOOD,
            counts: [
              { label: msg('năm hoàn thành xuất sắc nhiệm vụ', 'HTXSNV years'), min: 2, test: (ctx, y) => ctx.history.rating(y) === 'HTXSNV' },
              { label: msg('"Chiến sĩ thi đua bộ, ban, ngành, tỉnh"', 'Ministerial/Provincial Emulation Fighter'), min: 1, test: (ctx, y) => ctx.history.hasTitle('chien-si-thi-dua-bo-nganh-tinh', y) },
            ],
          }),
          msg('cá nhân', 'individuals'),
        ),
        forKinds(['collective'], review('vn.huan-chuong-lao-dong-hang-nhi.collective', msg('Tiêu chuẩn đối với tập thể', 'Criteria for collectives'), [cite.law('unverified', { article: 43 })], msg('Tiêu chuẩn đối với tập thể chưa được đối chiếu với văn bản chính thức', 'The criteria for collectives are not verified against the official text'), 'verified Art 43 text'), msg('tập thể', 'collectives')),
      ]),
      ...(r === 'd152' ? [achievementAge(cite.d152('official', { article: 33, clause: 9 }))] : []),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 4, ctx.period]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 4, ctx.period] }),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d98', 'd152'],
);

/** Anh hùng Lao động (Law Art 63): the occasion rule, then the criteria for the council. */
export const anhHungLaoDong = versions('anh-hung-lao-dong', (r) => {
  const art63 = r === 'old' ? cite.oldLaw('secondary', { note: 'Danh hiệu Anh hùng Lao động theo Luật 2003' }) : cite.law('quoted', { article: 63 });
  return rule('vn.anh-hung-lao-dong', msg('Danh hiệu "Anh hùng Lao động"', 'Labour Hero title'), [art63], [
    criterion({
      id: 'vn.anh-hung-lao-dong.occasion',
      text: msg('Xét tại Đại hội thi đua yêu nước (định kỳ) hoặc cho thành tích đặc biệt xuất sắc đột xuất', 'Considered at the patriotic emulation congress (periodic) or for an especially outstanding extraordinary achievement'),
      citations: [r === 'old' ? cite.portal('quoted') : art63],
      test(ctx) {
        const p = ctx.param<number>(P.heroCycle);
        const o = ctx.request.occasion ?? 'year-end';
        if (o === 'congress' || o === 'extraordinary') return { outcome: 'eligible', reliesOn: [p.citation], message: () => msg(o === 'congress' ? 'Đề nghị tại Đại hội thi đua yêu nước' : 'Thành tích đặc biệt xuất sắc đột xuất', o === 'congress' ? 'Proposed at the emulation congress' : 'An especially outstanding extraordinary achievement') };
        return { outcome: 'ineligible', reliesOn: [p.citation], message: () => msg(`Danh hiệu "Anh hùng Lao động" được xét ${p.value ?? 5} năm một lần tại Đại hội thi đua yêu nước (trừ thành tích đặc biệt xuất sắc đột xuất); không xét tại kỳ tổng kết năm thông thường`, `The Labour Hero title is considered once every ${p.value ?? 5} years at the emulation congresses (except especially outstanding extraordinary achievements), not at an ordinary year-end review`) };
      },
    }),
    review('vn.anh-hung-lao-dong.criteria', msg('Tiêu chuẩn của danh hiệu (lao động sáng tạo, 10 năm cống hiến, ...)', 'The criteria of the title (creative labour, 10 years of contribution, …)'), [art63], msg('Tiêu chuẩn do Hội đồng Thi đua – Khen thưởng các cấp đánh giá; cấu trúc điều kiện của Điều 63 chưa được đưa vào bộ quy tắc', 'The criteria are for the councils to judge; the structure of Art 63 is not encoded'), 'council judgment'),
    councilVote(P.councilHero, msg('"Anh hùng Lao động"', 'the Labour Hero title')),
    noPendingMatters([art4(r, 4)]),
  ]);
});

/**
 * Huân chương Lao động hạng Nhất (Law Art 42): the Law's own criteria are not verified; under Decree
 * 152/2025 the career-contribution route (Art 19 cl 1 c) is read in the official text. Other
 * routes give needs-review.
 */
export const huanChuongLaoDongHangNhat = versions(
  'huan-chuong-lao-dong-hang-nhat',
  (r) => {
    const art42 = cite.law('unverified', { article: 42, note: 'Tiêu chuẩn của Điều 42 chưa đối chiếu với văn bản chính thức' });
    return rule('vn.huan-chuong-lao-dong-hang-nhat', msg('"Huân chương Lao động" hạng Nhất', 'Labour Order, First Class'), [cite.d152('official', { article: 19 })], [
      anyOf({ id: 'vn.huan-chuong-lao-dong-hang-nhat.routes', text: msg('Đạt một trong các tiêu chuẩn của Điều 42', 'One of the criteria of Art 42'), citations: [cite.d152('official', { article: 19 })] }, [
        careerContribution('huan-chuong-lao-dong-hang-nhat', [cite.law('quoted', { article: 42, clause: 1, point: 'e', note: 'Điểm e được Nghị định 152/2025 Điều 19 viện dẫn' })]),
        review('vn.huan-chuong-lao-dong-hang-nhat.other', msg('Các tiêu chuẩn khác của Điều 42', 'The other criteria of Art 42'), [art42], msg('Các tiêu chuẩn khác của Điều 42 (chuỗi năm sau Huân chương Lao động hạng Nhì, thành tích xuất sắc) chưa được đối chiếu với văn bản chính thức', 'The other criteria of Art 42 (the run of years after the Second Class, outstanding achievements) are not verified against the official text'), 'verified Art 42 text'),
      ]),
      disciplineWindow([art4(r, 4)], (ctx) => [ctx.period - 4, ctx.period]),
      noOverlap({ citations: [cite.law('quoted', { article: 5, clause: 2, point: 'c' })], years: (ctx) => [ctx.period - 4, ctx.period] }),
      achievementAge(cite.d152('official', { article: 33, clause: 9 })),
      noPendingMatters([art4(r, 4)]),
    ]);
  },
  ['d152'],
);
