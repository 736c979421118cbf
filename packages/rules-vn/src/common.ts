import {
  atLeastRating,
  atLeastScope,
  awardLabel,
  criterion,
  daysBetween,
  evidenceOf,
  monthsBetween,
  msg,
  plusMonths,
  notClaimed,
  overlap,
  yearOf,
  type AwardHeld,
  type Citation,
  type Criterion,
  type EvalContext,
  type Evidence,
  type Initiative,
  type InitiativeScope,
  type LeafResult,
  type Message,
  type Rating,
  type WindowStart,
} from '@tdkt/core';
import { nationalAwards } from './catalog.js';
import { cite } from './cite.js';
import { P, nationalParameters } from './parameters.js';

/** Results that depend on nothing evaluated (the usual case: nothing to report): built once, shared. */
const NOT_APPLICABLE: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không áp dụng', 'Not applicable') });
const NO_DISCIPLINE: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không bị kỷ luật', 'No discipline') });
const DISCIPLINE_ENDED: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Kỷ luật trước đây đã chấp hành xong trước năm xét', 'Earlier discipline ended before the year') });
const NO_OPEN_MATTER: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không có vụ việc đang xem xét', 'No open matter') });
const NO_TRANSFER: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không điều động, biệt phái trong năm', 'No transfer or secondment in the year') });
const ATTESTED: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Được đơn vị xác nhận (không có sự kiện trái ngược)', 'Attested by the unit (no contrary fact)') });
const NO_CONTRADICTION: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không có mâu thuẫn', 'No contradiction') });
const NO_REORGANISATION: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không có sắp xếp, sáp nhập trong thời gian tính thành tích', 'No reorganisation within the years counted') });
const NO_DISCIPLINE_PERIOD: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg('Không có thời gian kỷ luật trong các năm tính thành tích', 'No disciplinary period within the years counted') });

const cite90a = cite.d90('quoted', { article: 2, clause: 5, point: 'a' });

const RATING_VI: Record<Rating, string> = { HTXSNV: 'hoàn thành xuất sắc nhiệm vụ', HTTNV: 'hoàn thành tốt nhiệm vụ', HTNV: 'hoàn thành nhiệm vụ', KHTNV: 'không hoàn thành nhiệm vụ' };
const RATING_EN: Record<Rating, string> = { HTXSNV: 'completed tasks excellently', HTTNV: 'completed tasks well', HTNV: 'completed tasks', KHTNV: 'did not complete tasks' };

/** Vietnamese name of an award code (the code itself when unknown). */
export function nameVi(code: string): string {
  return nationalAwards.find((a) => a.code === code)?.nameVi ?? code;
}
/** English name of an award code. */
export function nameEn(code: string): string {
  return nationalAwards.find((a) => a.code === code)?.nameEn ?? code;
}
let emulationTitles: Set<string> | undefined;
function isEmulationTitle(code: string): boolean {
  emulationTitles ??= new Set(nationalAwards.filter((a) => a.kind === 'emulation-title').map((a) => a.code));
  return emulationTitles.has(code);
}

const pct = (n: number) => Math.round(n * 10) / 10;
const viNum = (n: number) => String(pct(n)).replace('.', ',');

/** "Good or better": HTTNV or HTXSNV. */
export const GOOD: { label: Message; test: (ctx: EvalContext, y: number) => boolean } = {
  label: msg('hoàn thành tốt nhiệm vụ trở lên', 'rated good or better'),
  test: (ctx, y) => atLeastRating(ctx.history.rating(y), 'HTTNV'),
};

/** The rating of `year` (default: the period) is at least `min`. Missing rating → needs-review. */
export function ratingAtLeast(meta: { id: string; min: Rating; citations: Citation[]; year?: (ctx: EvalContext) => number; route?: string }): Criterion {
  return criterion({
    id: meta.id,
    route: meta.route,
    text: msg(`Xếp loại ${RATING_VI[meta.min]}${meta.min === 'HTXSNV' ? '' : ' trở lên'}`, `Rated "${RATING_EN[meta.min]}"${meta.min === 'HTXSNV' ? '' : ' or better'}`),
    citations: meta.citations,
    test(ctx) {
      const y = meta.year ? meta.year(ctx) : ctx.period;
      const r = ctx.history.rating(y);
      const evidence: Evidence[] = [{ kind: 'year', ref: String(y), detail: { rating: r ?? null } }];
      if (r === undefined) return { outcome: 'needs-review', evidence, missing: [`rating ${y}`], message: () => msg(`Chưa có kết quả xếp loại năm ${y}`, `No rating is given for ${y}`) };
      return atLeastRating(r, meta.min)
        ? { outcome: 'eligible', evidence, message: () => msg(`Năm ${y} xếp loại ${r} (${RATING_VI[r]})`, `${y} rated ${r} (${RATING_EN[r]})`) }
        : { outcome: 'ineligible', evidence, message: () => msg(`Năm ${y} xếp loại ${r} (${RATING_VI[r]}), chưa đạt mức ${RATING_VI[meta.min]}`, `${y} rated ${r} (${RATING_EN[r]}), below "${RATING_EN[meta.min]}"`) };
    },
  });
}

/**
 * The new-recruit minimum: months from `recruited` (continuous service, any contract type) to the
 * end of the emulation year. Twelve months or more pass under any rule; fewer are compared with
 * the parameter in force.
 */
export function newRecruitMinimum(citations: Citation[]): Criterion {
  return criterion({
    id: 'vn.new-recruit-minimum',
    text: msg('Không phải người mới tuyển dụng dưới thời gian tối thiểu', 'Not a new recruit below the minimum service'),
    citations,
    test(ctx) {
      const end = ctx.emulationYear(ctx.period).to;
      const recruited = ctx.request.subject.recruited;
      if (!recruited) {
        const earlier = ctx.history.years().find((y) => y < ctx.period && ctx.history.rating(y) !== undefined);
        if (earlier !== undefined) return { outcome: 'eligible', trivial: true, evidence: [{ kind: 'year', ref: String(earlier) }], message: () => msg(`Đã được xếp loại năm ${earlier}, không phải người mới tuyển dụng`, `Already rated in ${earlier}: not a new recruit`) };
        return { outcome: 'needs-review', missing: ['subject.recruited'], message: () => msg('Thiếu ngày tuyển dụng để tính thời gian công tác', 'The recruitment date is missing') };
      }
      // Recruited two calendar years or more before the year ends: twelve months at least, so the
      // exact count is needed only for the explanation.
      if (yearOf(end) - yearOf(recruited) >= 2)
        return { outcome: 'eligible', trivial: true, evidence: () => [{ kind: 'fact', ref: 'recruited', detail: { recruited, monthsToYearEnd: monthsBetween(recruited, end) } }], message: () => msg(`Tuyển dụng từ ${recruited}, đủ thời gian công tác cả năm`, `Recruited ${recruited}: in service the whole year`) };
      const months = monthsBetween(recruited, end);
      const evidence: Evidence[] = [{ kind: 'fact', ref: 'recruited', detail: { recruited, monthsToYearEnd: months } }];
      if (months >= 12) return { outcome: 'eligible', trivial: true, evidence, message: () => msg(`Tuyển dụng từ ${recruited}, đủ thời gian công tác cả năm`, `Recruited ${recruited}: in service the whole year`) };
      const p = ctx.param<number>(P.newRecruitMonths);
      evidence.push({ kind: 'parameter', ref: p.id, detail: { value: p.value } });
      if (p.value === null) return { outcome: 'needs-review', evidence, reliesOn: [p.citation], missing: [p.id], message: () => msg('Chưa có quy định về thời gian tối thiểu của người mới tuyển dụng', 'No new-recruit minimum is encoded for the date') };
      return months >= p.value
        ? { outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Tuyển dụng từ ${recruited}: ${months} tháng đến hết năm ${ctx.period}, không dưới ${p.value} tháng`, `Recruited ${recruited}: ${months} months to the end of ${ctx.period}, not under ${p.value} months`) }
        : { outcome: 'ineligible', evidence, reliesOn: [p.citation], message: () => msg(`Mới tuyển dụng dưới ${p.value} tháng (${months} tháng tính đến hết năm ${ctx.period})`, `Newly recruited under ${p.value} months (${months} months to the end of ${ctx.period})`) };
    },
  });
}

const COUNTED_LEAVE = new Set(['maternity', 'training', 'injury-rescue']);

/**
 * Actual working time in the year, for officials: time in service less leave that does not count
 * as working time. Maternity leave, training the unit sent the person on, and treatment after an
 * injury in combat or a rescue count as working time; sick, unpaid and other leave do not.
 */
export function workingTime(citations: Citation[]): Criterion {
  return criterion({
    id: 'vn.working-time',
    text: msg('Đủ thời gian công tác thực tế trong năm để được đánh giá, xếp loại', 'Enough working time in the year to be rated'),
    citations,
    test(ctx) {
      const s = ctx.request.subject;
      if (s.kind !== 'individual' || (s.group ?? 'official') !== 'official') return NOT_APPLICABLE;
      const p = ctx.param<number>(P.workingMonths);
      if (p.value === null) return NOT_APPLICABLE;
      const yr = ctx.emulationYear(ctx.period);
      const from = s.recruited && s.recruited > yr.from ? s.recruited : yr.from;
      const serviceDays = daysBetween(from, yr.to);
      const evidence: Evidence[] = [];
      const lost: { from: string; to: string }[] = [];
      for (const l of s.leaves ?? []) {
        const o = overlap({ from: l.from, to: l.to }, { from, to: yr.to });
        if (!o) continue;
        const days = daysBetween(o.from, o.to);
        const counts = COUNTED_LEAVE.has(l.kind);
        if (!counts) lost.push(o);
        evidence.push({ kind: 'leave', ref: `${l.kind} ${l.from}–${l.to}`, detail: { daysInYear: days, countsAsWork: counts } });
      }
      // Overlapping leave periods are counted once.
      lost.sort((a, b) => (a.from < b.from ? -1 : 1));
      let lostDays = 0;
      let cur: { from: string; to: string } | undefined;
      for (const r of lost) {
        if (cur && r.from <= cur.to) cur.to = r.to > cur.to ? r.to : cur.to;
        else {
          if (cur) lostDays += daysBetween(cur.from, cur.to);
          cur = { ...r };
        }
      }
      if (cur) lostDays += daysBetween(cur.from, cur.to);
      const exact = (serviceDays - lostDays) / 30.4375;
      const months = Math.round(exact * 10) / 10;
      evidence.push({ kind: 'fact', ref: 'working-months', detail: { months, minimum: p.value } });
      const counted = evidence.filter((e) => e.kind === 'leave' && e.detail?.['countsAsWork']).map((e) => e.ref.split(' ')[0]);
      const note = counted.length ? msg(` (thời gian ${counted.map(leaveVi).join(', ')} được tính là thời gian công tác)`, ` (${counted.join(', ')} leave counts as working time)`) : msg('', '');
      return exact >= p.value
        ? { outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Thời gian công tác thực tế năm ${ctx.period} khoảng ${viNum(months)} tháng${note.vi}`, `About ${months} months of work in ${ctx.period}${note.en}`) }
        : { outcome: 'ineligible', evidence, reliesOn: [p.citation], message: () => msg(`Thời gian công tác thực tế năm ${ctx.period} chỉ khoảng ${viNum(months)} tháng, dưới ${p.value} tháng nên không được xếp loại`, `Only about ${months} months of work in ${ctx.period}, under ${p.value} months, so the year cannot be rated`) };
    },
  });
}

function leaveVi(kind: string | undefined): string {
  return kind === 'maternity' ? 'nghỉ thai sản' : kind === 'training' ? 'đi học' : kind === 'injury-rescue' ? 'điều trị do bị thương' : kind ?? '';
}

const FORM_VI: Record<string, string> = { 'khien-trach': 'khiển trách', 'canh-cao': 'cảnh cáo', 'ha-bac-luong': 'hạ bậc lương', 'giang-chuc': 'giáng chức', 'cach-chuc': 'cách chức', 'buoc-thoi-viec': 'buộc thôi việc' };

/**
 * Discipline and the emulation clock: a violation disciplined for the year itself rules the year
 * out (rated KHTNV); after discipline, achievements count only from the end of the disciplinary
 * period. When that period ends inside the year and the violation belongs to an earlier year, the
 * parameter `vn.discipline.year-after-violation` (sector/province) settles it, else needs-review.
 */
export function disciplineClock(citations: Citation[], ratingRule: Citation): Criterion {
  return criterion({
    id: 'vn.discipline',
    text: msg('Không bị kỷ luật trong năm; thành tích chỉ tính từ khi chấp hành xong kỷ luật', 'No discipline for the year; achievements count only from the end of a disciplinary period'),
    citations,
    test(ctx) {
      const yr = ctx.emulationYear(ctx.period);
      const list = ctx.request.subject.discipline ?? [];
      if (list.length === 0) return NO_DISCIPLINE;
      const results: LeafResult[] = [];
      for (const d of list) {
        const violation = d.forYear ?? yearOf(d.decidedOn);
        const evidence: Evidence[] = [{ kind: 'discipline', ref: `${d.form} ${d.decidedOn}`, detail: { form: d.form, decidedOn: d.decidedOn, until: d.until ?? null, forYear: violation } }];
        const form = FORM_VI[d.form] ?? d.form;
        if (violation === ctx.period) {
          results.push({ outcome: 'ineligible', evidence, reliesOn: [ratingRule], message: () => msg(`Bị kỷ luật (${form}) về vi phạm trong năm ${ctx.period}`, `Disciplined (${d.form}) for a violation in ${ctx.period}`) });
          continue;
        }
        if (violation > ctx.period || d.decidedOn > yr.to) continue;
        if (!d.until) {
          if (d.decidedOn >= yr.from) results.push({ outcome: 'needs-review', evidence, missing: ['discipline.until'], message: () => msg(`Quyết định kỷ luật (${form}) ngày ${d.decidedOn} không ghi thời hạn kỷ luật`, `The disciplinary decision (${d.form}) of ${d.decidedOn} gives no end of the period`) });
          continue;
        }
        if (d.until < yr.from) continue;
        if (d.until >= yr.to) {
          results.push({ outcome: 'ineligible', evidence, message: () => msg(`Đang trong thời gian kỷ luật (${form}) đến ${d.until}: thành tích chỉ được tính từ khi chấp hành xong`, `Under discipline (${d.form}) until ${d.until}: achievements count only from its end`) });
          continue;
        }
        const p = ctx.param<string>(P.disciplineYearAfter);
        evidence.push({ kind: 'parameter', ref: p.id, detail: { value: p.value } });
        if (p.value === 'not-counted-again')
          results.push({ outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Kỷ luật (${form}) quyết định ngày ${d.decidedOn} về vi phạm năm ${violation}, đã tính khi xếp loại năm ${violation}; không tính lại cho năm ${ctx.period}`, `The ${d.form} decided on ${d.decidedOn} is for a ${violation} violation already counted in that year's rating; it is not counted again for ${ctx.period}`) });
        else
          results.push({ outcome: 'needs-review', evidence, reliesOn: [p.citation], missing: ['ministry/province/sector rule on the year after a violation'], message: () => msg(`Thời gian kỷ luật (${form}) kết thúc ngày ${d.until} trong năm ${ctx.period}; thành tích tính từ khi chấp hành xong kỷ luật — việc xét cả năm do quy định của bộ, ngành, tỉnh hoặc Hội đồng quyết định`, `The ${d.form} period ends on ${d.until}, inside ${ctx.period}; achievements count from its end — whether the year can be considered is for the ministry/province/sector rule or the council`) });
      }
      if (results.length === 0) return DISCIPLINE_ENDED;
      const bad = results.find((r) => r.outcome === 'ineligible') ?? results.find((r) => r.outcome === 'needs-review') ?? results[0]!;
      return { ...bad, evidence: () => results.flatMap((r) => evidenceOf(r.evidence)), reliesOn: bad.reliesOn ?? [] };
    },
  });
}

const PENDING_VI: Record<string, string> = { 'discipline-review': 'đang xem xét thi hành kỷ luật', inspection: 'đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm', complaint: 'có đơn thư khiếu nại, tố cáo đang được xác minh làm rõ' };
const PENDING_EN: Record<string, string> = { 'discipline-review': 'a discipline review is under way', inspection: 'an investigation, inspection or check is under way', complaint: 'a complaint or denunciation is being verified' };

/** No award and no proposal while a discipline review, inspection or complaint is open (Art 4 cl 4). */
export function noPendingMatters(citations: Citation[]): Criterion {
  return criterion({
    id: 'vn.pending-matters',
    text: msg('Không đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc xác minh khiếu nại, tố cáo', 'No discipline review, inspection or complaint under way'),
    citations,
    test(ctx) {
      const open = (ctx.request.subject.pending ?? []).filter((p) => p.since <= ctx.asOf);
      if (open.length === 0) return NO_OPEN_MATTER;
      return {
        outcome: 'ineligible',
        evidence: open.map((p) => ({ kind: 'pending' as const, ref: `${p.kind} ${p.since}`, detail: { kind: p.kind, since: p.since } })),
        message: () => msg(
          `Chưa khen thưởng, chưa đề nghị khen thưởng: ${open.map((p) => `${PENDING_VI[p.kind]} (từ ${p.since})`).join('; ')}`,
          `No award and no proposal for now: ${open.map((p) => `${PENDING_EN[p.kind]} (since ${p.since})`).join('; ')}`,
        ),
      };
    },
  });
}

/**
 * A transfer or secondment during the year: the other unit's written comments are required after
 * the parameter's months at the former unit (always for a secondment); required and not given →
 * needs-review.
 */
export function transferComments(citations: Citation[]): Criterion {
  return criterion({
    id: 'vn.transfer-comments',
    text: msg('Có ý kiến nhận xét của đơn vị cũ/đơn vị nhận biệt phái khi bắt buộc', "The other unit's comments when they are required"),
    citations,
    test(ctx) {
      const yr = ctx.emulationYear(ctx.period);
      const inYear = (ctx.request.subject.transfers ?? []).filter((t) => t.date >= yr.from && t.date <= yr.to);
      if (inYear.length === 0) return NO_TRANSFER;
      const results: LeafResult[] = [];
      for (const t of inYear) {
        const evidence: Evidence[] = [{ kind: 'transfer', ref: `${t.kind} ${t.date}`, detail: { ...t } }];
        if (t.commentsFromOtherUnit) {
          results.push({ outcome: 'eligible', trivial: true, evidence, message: () => msg(`Điều động ngày ${t.date}: đã có ý kiến nhận xét của đơn vị ${t.fromUnit ?? 'cũ'}`, `Transfer on ${t.date}: the comments of ${t.fromUnit ?? 'the former unit'} are given`) });
          continue;
        }
        if (t.kind === 'secondment') {
          results.push({ outcome: 'needs-review', evidence, missing: ['commentsFromOtherUnit'], message: () => msg(`Biệt phái ngày ${t.date}: cần ý kiến nhận xét của đơn vị nhận biệt phái`, `Secondment on ${t.date}: the receiving unit's comments are required`) });
          continue;
        }
        const start = ctx.request.subject.recruited && ctx.request.subject.recruited > yr.from ? ctx.request.subject.recruited : yr.from;
        const monthsAtOld = monthsBetween(start, t.date) ;
        const p = ctx.param<number>(P.transferCommentsMonths);
        if (p.value === null || monthsAtOld >= p.value)
          results.push({ outcome: 'needs-review', evidence, reliesOn: [p.citation], missing: ['commentsFromOtherUnit'], message: () => msg(`Điều động ngày ${t.date} sau ${monthsAtOld} tháng ở đơn vị cũ: cần ý kiến nhận xét bằng văn bản của đơn vị cũ`, `Transferred on ${t.date} after ${monthsAtOld} months at the former unit: its written comments are required`) });
        else results.push({ outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Điều động ngày ${t.date}, chỉ ${monthsAtOld} tháng ở đơn vị cũ: không bắt buộc ý kiến của đơn vị cũ`, `Transferred on ${t.date} after only ${monthsAtOld} months: the former unit's comments are not required`) });
      }
      const bad = results.find((r) => r.outcome !== 'eligible') ?? results[0]!;
      return { ...bad, evidence: () => results.flatMap((r) => evidenceOf(r.evidence)) };
    },
  });
}

/**
 * The emulation council's vote: with no vote given it is not evaluated and the explanation says it
 * is still required; with one, `inFavour / members` must reach the threshold in force.
 */
export function councilVote(paramId: string, what: Message): Criterion {
  const versions = nationalParameters.find((x) => x.id === paramId)?.versions ?? [];
  return criterion({
    id: `vn.council-vote`,
    text: msg(`Hội đồng Thi đua – Khen thưởng bỏ phiếu đề nghị ${what.vi}`, `The emulation council votes for ${what.en}`),
    citations: versions.filter((v) => v.citation.confidence !== 'unverified').map((v) => v.citation).slice(-1),
    test(ctx) {
      const p = ctx.param<number>(paramId);
      const c = ctx.request.council;
      const threshold = () => (p.value === null ? msg('theo quy chế của Hội đồng', "per the council's rules") : msg(`từ ${p.value}% trở lên tính trên tổng số thành viên`, `at least ${p.value}% of the total membership`));
      if (!c) return { outcome: 'eligible', procedural: true, reliesOn: [p.citation], message: () => msg(`Chưa đánh giá: vẫn cần Hội đồng bỏ phiếu (tỷ lệ đồng ý ${threshold().vi})`, `Not evaluated: the council's vote is still required (${threshold().en})`) };
      const share = (c.inFavour / c.members) * 100;
      const evidence: Evidence[] = [{ kind: 'council', ref: c.level ?? 'council', detail: { members: c.members, inFavour: c.inFavour, writtenOpinions: c.writtenOpinions ?? 0, percent: pct(share) } }];
      if (p.value === null)
        return { outcome: 'needs-review', evidence, reliesOn: [p.citation], missing: [p.id], message: () => msg(`Hội đồng: ${c.inFavour}/${c.members} đồng ý (${viNum(share)}%); tỷ lệ yêu cầu do quy chế Hội đồng của bộ, ngành, tỉnh quy định, chưa được nạp`, `Council: ${c.inFavour} of ${c.members} in favour (${pct(share)}%); the threshold is set by the ministry/province council rules, none loaded`) };
      return share >= p.value
        ? { outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Hội đồng: ${c.inFavour}/${c.members} thành viên đồng ý = ${viNum(share)}% (đạt từ ${p.value}% trở lên)`, `Council: ${c.inFavour} of ${c.members} members in favour = ${pct(share)}% (at least ${p.value}%)`) }
        : { outcome: 'ineligible', evidence, reliesOn: [p.citation], message: () => msg(`Hội đồng: ${c.inFavour}/${c.members} thành viên đồng ý = ${viNum(share)}%, chưa đạt ${p.value}% tổng số thành viên`, `Council: ${c.inFavour} of ${c.members} members in favour = ${pct(share)}%, below ${p.value}% of the total membership`) };
    },
  });
}

const KIND_VI: Record<string, string> = { initiative: 'sáng kiến', 'research-topic': 'đề tài khoa học', 'combat-ingenuity': 'mưu trí, sáng tạo trong chiến đấu' };
const SCOPE_VI: Record<InitiativeScope, string> = { 'co-so': 'cơ sở', 'bo-nganh-tinh': 'bộ, ban, ngành, tỉnh', 'toan-quoc': 'toàn quốc' };

/** Whether an initiative can still be counted for `award` in `year` (one initiative, one use). */
export function initiativeUse(i: Initiative, award: string, year: number): 'free' | 'same' | 'reuse-title' | 'used' {
  if (!i.usedFor) return 'free';
  if (i.usedFor.award === award && i.usedFor.year === year) return 'same';
  if (isEmulationTitle(award) && isEmulationTitle(i.usedFor.award)) return 'reuse-title';
  return 'used';
}

/**
 * At least `count` initiatives (or topics, or combat ingenuity) of the given kinds, recognised at
 * `scope` or wider, within `years` (all years when omitted), not already counted for another
 * award. An initiative counted for another emulation title gives needs-review (reuse between
 * titles is not expressly barred); one counted for a commendation is used up.
 */
export function initiatives(meta: { id: string; route?: string; text: Message; citations: Citation[]; scope: InitiativeScope; kinds: string[]; count?: number; years?: (ctx: EvalContext) => [number, number]; useRule: Citation }): Criterion {
  const count = meta.count ?? 1;
  return criterion({
    id: meta.id,
    route: meta.route,
    text: meta.text,
    citations: meta.citations,
    test(ctx) {
      const range = meta.years?.(ctx);
      const inScope = ctx.history.initiatives().filter((i) => meta.kinds.includes(i.kind ?? 'initiative') && (!range || (i.year >= range[0] && i.year <= range[1])));
      const wide = inScope.filter((i) => atLeastScope(i.scope, meta.scope));
      const evidence = (): Evidence[] => inScope.map((i) => ({ kind: 'initiative', ref: i.id, detail: { year: i.year, scope: i.scope, kind: i.kind ?? 'initiative', usedFor: i.usedFor ?? null } }));
      if (wide.length < count) {
        const lower = inScope.length - wide.length;
        return {
          outcome: 'ineligible',
          evidence,
          message: () => msg(
            `Không đủ ${count} ${meta.kinds.map((k) => KIND_VI[k]).join(' / ')} được công nhận phạm vi ${SCOPE_VI[meta.scope]}${range ? ` trong ${range[0]}–${range[1]}` : ''}${lower ? ` (có ${lower} sáng kiến chỉ ở phạm vi hẹp hơn)` : ''}`,
            `Fewer than ${count} initiative(s)/topic(s) recognised at ${meta.scope} scope or wider${range ? ` within ${range[0]}–${range[1]}` : ''}${lower ? ` (${lower} recognised only at a narrower scope)` : ''}`,
          ),
        };
      }
      const uses = wide.map((i) => ({ i, use: initiativeUse(i, ctx.request.award, ctx.period) }));
      const free = uses.filter((u) => u.use === 'free' || u.use === 'same').sort((a, b) => b.i.year - a.i.year || (a.i.id < b.i.id ? -1 : 1));
      const reuse = uses.filter((u) => u.use === 'reuse-title');
      if (free.length >= count)
        {
          const chosen = free.slice(0, count);
          return {
            outcome: 'eligible',
            evidence: () => [...evidence(), ...chosen.map((u) => ({ kind: 'initiative' as const, ref: `uses ${u.i.id}`, detail: { uses: u.i.id } }))],
            message: () => msg(`Dùng ${chosen.map((u) => `${KIND_VI[u.i.kind ?? 'initiative']} ${u.i.id} (${u.i.year})`).join(', ')} — phạm vi ${SCOPE_VI[meta.scope]}, chưa dùng cho khen thưởng khác`, `Uses ${chosen.map((u) => `${u.i.id} (${u.i.year})`).join(', ')} — ${meta.scope} scope or wider, not counted for another award`),
          };
        }
      if (free.length + reuse.length >= count)
        return {
          outcome: 'needs-review',
          evidence,
          reliesOn: [meta.useRule],
          missing: ['council judgment on reusing an initiative'],
          message: () => msg(`Sáng kiến ${reuse.map((u) => `${u.i.id} đã dùng cho ${nameVi(u.i.usedFor!.award)} năm ${u.i.usedFor!.year}`).join('; ')}: việc dùng lại cho danh hiệu thi đua khác chưa được quy định rõ`, `Initiative(s) ${reuse.map((u) => `${u.i.id} already counted for ${u.i.usedFor!.award} ${u.i.usedFor!.year}`).join('; ')}: reuse for another emulation title is not expressly settled`),
        };
      return {
        outcome: 'ineligible',
        evidence,
        reliesOn: [meta.useRule],
        message: () => msg(
          `Sáng kiến đã được dùng làm căn cứ khen thưởng (mỗi sáng kiến chỉ dùng một lần): ${uses.filter((u) => u.use === 'used' || u.use === 'reuse-title').map((u) => `${u.i.id} cho ${nameVi(u.i.usedFor!.award)} năm ${u.i.usedFor!.year}`).join('; ')}`,
          `Initiatives already counted for another award (one initiative, one use): ${uses.filter((u) => u.use !== 'free' && u.use !== 'same').map((u) => `${u.i.id} for ${u.i.usedFor!.award} ${u.i.usedFor!.year}`).join('; ')}`,
        ),
      };
    },
  });
}

/** The most recent usable award of the given codes, or why none can serve as the prior award. */
export interface PriorAward {
  award?: AwardHeld;
  result?: LeafResult;
  /** The awards looked at (written when the explanation is). */
  evidence: () => Evidence[];
}

/**
 * Finds the prior merit award a chain starts from. Only `cong-trang` awards count: results of
 * extraordinary and thematic commendation are not a basis for a higher merit award (Decree 98 and
 * 152 Art 4 cl 3); an award of unknown type gives needs-review; cancelled awards count for nothing.
 */
export function findPriorAward(ctx: EvalContext, codes: string[], typeRule: Citation): PriorAward {
  const held: AwardHeld[] = [];
  const cancelled: AwardHeld[] = [];
  const all = ctx.request.subject.awards ?? [];
  for (const c of codes)
    for (const a of all) {
      if (a.award !== c) continue;
      if (a.status === 'cancelled') cancelled.push(a);
      else if (!a.decidedOn || a.decidedOn <= ctx.asOf) held.push(a);
    }
  const evidence = (): Evidence[] => [
    ...held.map((a): Evidence => ({ kind: 'award', ref: awardLabel(a), detail: { award: a.award, period: a.period ?? null, type: a.type ?? null, decidedOn: a.decidedOn ?? null, issuer: a.issuer ?? null } })),
    ...cancelled.map((a): Evidence => ({ kind: 'award', ref: awardLabel(a), detail: { status: 'cancelled' } })),
  ];
  const end = (a: AwardHeld) => a.period?.[1] ?? (a.decidedOn ? yearOf(a.decidedOn) : 0);
  // The latest merit award (the first of the latest, as a stable sort would give).
  let latest: AwardHeld | undefined;
  for (const a of held) if (a.type === 'cong-trang' && (!latest || end(a) > end(latest))) latest = a;
  // A later award of unknown type may be the one the clock runs from: the type decides, so ask.
  const laterUnknown = held.filter((a) => a.type === undefined && (!latest || end(a) > end(latest)));
  if (latest && laterUnknown.length === 0) return { award: latest, evidence };
  const unknown = laterUnknown.length ? laterUnknown : held.filter((a) => a.type === undefined);
  if (unknown.length)
    return { evidence, result: { outcome: 'needs-review', evidence, missing: ['awards[].type'], message: () => msg(`Không rõ loại hình khen thưởng của ${unknown.map(awardLabel).join(', ')} (công trạng hay chuyên đề/đột xuất)`, `The type of ${unknown.map(awardLabel).join(', ')} is not known (merit, or thematic/extraordinary)`) } };
  const other = held.filter((a) => a.type === 'phong-trao' || a.type === 'dot-xuat');
  if (other.length)
    return {
      evidence,
      result: {
        outcome: 'ineligible',
        evidence,
        reliesOn: [typeRule],
        message: () => msg(
          `${other.map((a) => `${nameVi(a.award)} ${awardLabel(a).replace(a.award, '').trim()} là khen thưởng ${a.type === 'dot-xuat' ? 'thành tích đột xuất' : 'thi đua theo chuyên đề (phong trào)'}`).join('; ')}: không dùng làm căn cứ đề nghị khen thưởng công trạng; chưa có ${codes.map(nameVi).join(' hoặc ')} theo công trạng`,
          `${other.map((a) => `${awardLabel(a)} was a ${a.type === 'dot-xuat' ? 'commendation for an extraordinary achievement' : 'thematic (movement) commendation'}`).join('; ')}: not a basis for a higher merit award; no merit ${codes.map(nameEn).join(' or ')} is held`,
        ),
      },
    };
  return {
    evidence,
    result: { outcome: 'ineligible', evidence, message: () => msg(`Chưa có ${codes.map(nameVi).join(' hoặc ')}${cancelled.length ? ' (quyết định trước đã bị hủy bỏ)' : ''}`, `No ${codes.map(nameEn).join(' or ')} is held${cancelled.length ? ' (the earlier decision was cancelled)' : ''}`) },
  };
}

/**
 * The start of a "thereafter" window: the year after the achievement period written in the prior
 * decision; when none is written, the year of the decision (the next-award clock runs "from the
 * date of the previous decision"). When the fallback's citation is unverified for the regime, an
 * award without a written period gives needs-review.
 */
export function startAfter(prior: PriorAward, fallback: Citation): WindowStart {
  if (!prior.award) return { ok: false, result: prior.result! };
  const a = prior.award;
  const period = a.period;
  if (period)
    return { ok: true, year: period[1] + 1, evidence: prior.evidence, message: () => msg(`${nameVi(a.award)} cho thành tích ${period[0] === period[1] ? `năm ${period[0]}` : `${period[0]}–${period[1]}`}, tính tiếp từ ${period[1] + 1}`, `${nameEn(a.award)} for ${period[0] === period[1] ? period[0] : `${period[0]}–${period[1]}`}, counted on from ${period[1] + 1}`) };
  if (!a.decidedOn)
    return { ok: false, result: { outcome: 'needs-review', evidence: prior.evidence, missing: ['awards[].period', 'awards[].decidedOn'], message: () => msg(`${nameVi(a.award)}: không rõ thời gian lập thành tích và ngày quyết định`, `${nameEn(a.award)}: neither the achievement period nor the decision date is given`) } };
  if (fallback.confidence === 'unverified')
    return { ok: false, result: { outcome: 'needs-review', evidence: prior.evidence, reliesOn: [fallback], missing: ['awards[].period'], message: () => msg(`${nameVi(a.award)} không ghi thời gian lập thành tích; cách tính thời gian khi quyết định không ghi thời gian chưa được đối chiếu`, `${nameEn(a.award)} states no achievement period, and the rule for that case is not verified`) } };
  const y = yearOf(a.decidedOn);
  return { ok: true, year: y, evidence: prior.evidence, message: () => msg(`${nameVi(a.award)} không ghi thời gian lập thành tích: tính từ ngày quyết định ${a.decidedOn} (năm ${y})`, `${nameEn(a.award)} states no achievement period: counted from its decision of ${a.decidedOn} (${y})`) };
}

/**
 * One achievement, one award (Law Art 5 cl 2 c): an active award of the same code whose
 * achievement period overlaps the years proposed makes the proposal ineligible.
 */
export function noOverlap(meta: { citations: Citation[]; years: (ctx: EvalContext) => [number, number]; titlesToo?: boolean }): Criterion {
  return criterion({
    id: 'vn.one-achievement-one-award',
    text: msg('Mỗi thành tích chỉ được khen thưởng một lần', 'One achievement is rewarded once'),
    citations: meta.citations,
    test(ctx) {
      const [from, to] = meta.years(ctx);
      const clash = ctx.history.awards(ctx.request.award).filter((a) => a.period && a.period[0] <= to && a.period[1] >= from);
      if (meta.titlesToo)
        for (let y = from; y <= to; y++)
          if (ctx.history.year(y)?.titles?.includes(ctx.request.award) && !clash.some((a) => a.period && a.period[1] === y)) clash.push({ award: ctx.request.award, period: [y, y] });
      if (clash.length === 0) return { outcome: 'eligible', trivial: true, message: () => msg(`Các năm ${from}–${to} chưa được khen thưởng bằng hình thức này`, `${from}–${to} not yet rewarded with this award`) };
      return {
        outcome: 'ineligible',
        evidence: clash.map((a) => ({ kind: 'award' as const, ref: awardLabel(a) })),
        message: () => msg(`Thành tích các năm ${from}–${to} trùng với ${clash.map(awardLabel).join(', ')} đã được khen thưởng; cần một chuỗi năm mới`, `The years ${from}–${to} overlap ${clash.map(awardLabel).join(', ')} already rewarded; a fresh run of years is needed`),
      };
    },
  });
}

/**
 * Attestations presumed unless contradicted (case format, Semantics 3): exemplary compliance with
 * policy and law is contradicted by discipline or an administrative penalty in the years, or a
 * KHTNV rating.
 */
export function complianceAttested(citations: Citation[], years: (ctx: EvalContext) => [number, number]): Criterion {
  return criterion({
    id: 'vn.compliance',
    text: msg('Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước', "Exemplary compliance with the Party's lines and the State's policies and laws"),
    citations,
    test(ctx) {
      const [from, to] = years(ctx);
      const s = ctx.request.subject;
      const disc = (s.discipline ?? []).filter((d) => {
        const y = d.forYear ?? yearOf(d.decidedOn);
        return y >= from && y <= to;
      });
      const pen = (s.penalties ?? []).filter((p) => yearOf(p.date) >= from && yearOf(p.date) <= to);
      const khtnv: number[] = [];
      for (let y = from; y <= to; y++) if (ctx.history.year(y)?.rating === 'KHTNV') khtnv.push(y);
      if (disc.length + pen.length + khtnv.length === 0) return ATTESTED;
      return {
        outcome: 'ineligible',
        evidence: [...disc.map((d) => ({ kind: 'discipline' as const, ref: `${d.form} ${d.decidedOn}` })), ...pen.map((p) => ({ kind: 'penalty' as const, ref: p.date })), ...khtnv.map((y) => ({ kind: 'year' as const, ref: String(y) }))],
        message: () => msg(
          `Có sự kiện trái với tiêu chuẩn chấp hành pháp luật trong ${from}–${to}: ${[...disc.map((d) => `kỷ luật ${FORM_VI[d.form]} ${d.decidedOn}`), ...pen.map((p) => `xử phạt hành chính ${p.date}`), ...khtnv.map((y) => `năm ${y} không hoàn thành nhiệm vụ`)].join('; ')}`,
          `Facts contradict exemplary compliance within ${from}–${to}: ${[...disc.map((d) => `${d.form} ${d.decidedOn}`), ...pen.map((p) => `administrative penalty ${p.date}`), ...khtnv.map((y) => `${y} rated KHTNV`)].join('; ')}`,
        ),
      };
    },
  });
}

/** The spirit criteria of Advanced Worker, presumed unless `registered: false` contradicts them. */
export function spiritAttested(citations: Citation[]): Criterion {
  return criterion({
    id: 'vn.spirit',
    text: msg('Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua', 'Self-reliance, solidarity and active participation in emulation movements'),
    citations,
    test(ctx) {
      if (ctx.history.year(ctx.period)?.registered === false) return { outcome: 'ineligible', message: () => msg(`Không đăng ký thi đua năm ${ctx.period}`, `Did not register for emulation in ${ctx.period}`) };
      return ATTESTED;
    },
  });
}

/** A route the input cannot carry (a judgment), claimable only at a movement review or for an extraordinary achievement. */
export function judgmentRoute(id: string, route: string, text: Message, citations: Citation[]): Criterion {
  return notClaimed({ id, route, text, citations, claimable: (ctx) => ctx.request.occasion === 'movement-review' || ctx.request.occasion === 'extraordinary' });
}

/**
 * Decree 152/2025 Art 33 cl 9: a state-level dossier's achievements must run to a point no more
 * than 6 months before the ministry/province submits it to the Prime Minister.
 */
export function achievementAge(citation: Citation): Criterion {
  return criterion({
    id: 'vn.state-dossier-age',
    text: msg('Thành tích tính đến thời điểm trình Thủ tướng Chính phủ không quá 06 tháng', 'Achievements run to within 6 months of the submission to the Prime Minister'),
    citations: [citation],
    test(ctx) {
      const end = ctx.emulationYear(ctx.period).to;
      const limit = plusMonths(end, 6);
      const evidence: Evidence[] = [{ kind: 'fact', ref: 'submittedOn', detail: { achievementsTo: end, submittedOn: ctx.submittedOn, limit } }];
      return ctx.submittedOn <= limit
        ? { outcome: 'eligible', evidence, message: () => msg(`Thành tích đến ${end}, trình ngày ${ctx.submittedOn}: trong hạn 06 tháng`, `Achievements to ${end}, submitted ${ctx.submittedOn}: within 6 months`) }
        : { outcome: 'ineligible', evidence, message: () => msg(`Thành tích đến ${end} đã quá 06 tháng khi trình ngày ${ctx.submittedOn}: Bộ Nội vụ không nhận hồ sơ`, `Achievements end ${end}, more than 6 months before the submission on ${ctx.submittedOn}: the Ministry of Home Affairs does not accept the dossier`) };
    },
  });
}

/**
 * Facts that contradict each other are flagged, never guessed around: for an official, a
 * disciplinary decision issued in a year rated HTTNV or better (Decree 90/2020 Art 2 cl 5 a rates a
 * person disciplined in the assessment year KHTNV), unless the decision is for an earlier year's
 * violation already used to rate that year KHTNV (cl 5 b). Gives needs-review naming the fields.
 */
export function consistencyCheck(): Criterion {
  return criterion({
    id: 'vn.consistency',
    text: msg('Dữ liệu không mâu thuẫn (kỷ luật và xếp loại)', 'Consistent facts (discipline and rating)'),
    citations: [cite90a],
    test(ctx) {
      const s = ctx.request.subject;
      if (s.kind !== 'individual' || (s.group ?? 'official') !== 'official') return NOT_APPLICABLE;
      const clashes: string[] = [];
      (s.discipline ?? []).forEach((d, i) => {
        const y = yearOf(d.decidedOn);
        const r = ctx.history.rating(y);
        const earlierCounted = d.forYear !== undefined && d.forYear < y && ctx.history.rating(d.forYear) === 'KHTNV';
        if (!earlierCounted && atLeastRating(r, 'HTTNV')) {
          const j = (s.years ?? []).findIndex((x) => x.year === y);
          clashes.push(`subject.discipline[${i}] (${d.form} ${d.decidedOn}) ↔ subject.years[${j}].rating (${y}: ${r})`);
        }
      });
      if (clashes.length === 0) return NO_CONTRADICTION;
      return {
        outcome: 'needs-review',
        missing: clashes,
        message: () => msg(`Dữ liệu mâu thuẫn: người bị kỷ luật trong năm phải xếp loại không hoàn thành nhiệm vụ — ${clashes.join('; ')}`, `Contradicting facts: a person disciplined in the year is rated KHTNV — ${clashes.join('; ')}`),
      };
    },
  });
}

/**
 * A collective formed by a reorganisation: when its window reaches back before the date it took
 * over, whether the predecessors' years count is the parameter `vn.collective-chain.after-reorganisation`
 * (default needs-review, Decree 152/2025 Art 60 cl 5).
 */
export function collectiveLineage(windowStart: (ctx: EvalContext) => number): Criterion {
  return criterion({
    id: 'vn.collective-lineage',
    text: msg('Thành tích của tập thể hình thành do sắp xếp, sáp nhập', 'Achievements of a collective formed by a reorganisation'),
    citations: [cite.d152('official', { article: 60, clause: 5 })],
    test(ctx) {
      const start = `${windowStart(ctx)}-01-01`;
      const before = (ctx.request.subject.predecessors ?? []).filter((p) => p.until > start);
      if (before.length === 0) return NO_REORGANISATION;
      const p = ctx.param<string>(P.collectiveAfterReorganisation);
      const evidence: Evidence[] = before.map((b) => ({ kind: 'fact', ref: `predecessor ${b.unit}`, detail: { ...b } }));
      const names = before.map((b) => `${b.unit} (đến ${b.until})`).join(', ');
      if (p.value === 'carries-over') return { outcome: 'eligible', evidence, reliesOn: [p.citation], message: () => msg(`Thành tích của đơn vị trước sắp xếp (${names}) được tính tiếp`, `The predecessors' years (${names}) count`) };
      if (p.value === 'restarts') return { outcome: 'ineligible', evidence, reliesOn: [p.citation], message: () => msg(`Thành tích tính lại từ khi sắp xếp (${names}): chuỗi năm chưa đủ`, `Counting restarts at the reorganisation (${names}): the run is too short`) };
      return { outcome: 'needs-review', evidence, reliesOn: [p.citation], missing: ['Ministry of Home Affairs guidance on reorganised bodies'], message: () => msg(`Tập thể hình thành do sắp xếp (${names}): việc tính thành tích của đơn vị cũ theo hướng dẫn của Bộ Nội vụ`, `Collective formed by a reorganisation (${names}): whether the predecessors' years count follows Ministry of Home Affairs guidance`) };
    },
  });
}

/**
 * After discipline, achievements count only from the end of the disciplinary period (Decree 98
 * and 152 Art 4 cl 4): a window of years that reaches into a disciplinary period does not count.
 */
export function disciplineWindow(citations: Citation[], years: (ctx: EvalContext) => [number, number]): Criterion {
  return criterion({
    id: 'vn.discipline-window',
    text: msg('Thành tích chỉ tính từ khi chấp hành xong thời gian kỷ luật', 'Achievements count only from the end of a disciplinary period'),
    citations,
    test(ctx) {
      const [from, to] = years(ctx);
      const start = `${from}-01-01`;
      const end = `${to}-12-31`;
      const hits = (ctx.request.subject.discipline ?? []).filter((d) => d.decidedOn <= end && (d.until ?? d.decidedOn) >= start);
      if (hits.length === 0) return NO_DISCIPLINE_PERIOD;
      const noEnd = hits.filter((d) => !d.until);
      if (noEnd.length && noEnd.length === hits.length)
        return { outcome: 'needs-review', missing: ['discipline.until'], message: () => msg(`Quyết định kỷ luật ngày ${noEnd.map((d) => d.decidedOn).join(', ')} không ghi thời hạn`, `Disciplinary decision(s) of ${noEnd.map((d) => d.decidedOn).join(', ')} give no end of the period`) };
      return {
        outcome: 'ineligible',
        evidence: hits.map((d) => ({ kind: 'discipline' as const, ref: `${d.form} ${d.decidedOn}`, detail: { until: d.until ?? null } })),
        message: () => msg(`Có thời gian kỷ luật (${hits.map((d) => `${FORM_VI[d.form]} ${d.decidedOn}${d.until ? ` đến ${d.until}` : ''}`).join('; ')}) trong các năm ${from}–${to}: thành tích chỉ được tính từ khi chấp hành xong kỷ luật`, `A disciplinary period (${hits.map((d) => `${d.form} ${d.decidedOn}${d.until ? ` to ${d.until}` : ''}`).join('; ')}) falls within ${from}–${to}: achievements count only from its end`),
      };
    },
  });
}
