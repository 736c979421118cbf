import { atLeastDiscipline, atLeastRating } from '../model/codes.js';
import { allOf, anyOf, criterion, not } from '../engine/combinators.js';
import { msg } from '../i18n.js';
import type { Criterion, EvalContext, LeafResult } from '../engine/types.js';
import { daysBetween, overlap, yearOf } from '../dates.js';
import type { DataCriterion, DataTest } from './schema.js';

const span = (ctx: EvalContext, [a, b]: [number, number]) => [ctx.period + a, ctx.period + b] as const;
/** "2025" for one year, "2021–2025" for several. */
const yrs = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);

function run(t: DataTest, ctx: EvalContext): LeafResult {
  if ('rating' in t) {
    const y = ctx.period + (t.rating.year ?? 0);
    const r = ctx.history.rating(y);
    if (r === undefined) return { outcome: 'needs-review', missing: [`rating ${y}`], message: () => msg(`Chưa có xếp loại năm ${y}`, `No rating for ${y}`) };
    return atLeastRating(r, t.rating.atLeast) ? { outcome: 'eligible', message: () => msg(`Năm ${y} xếp loại ${r}`, `${y} rated ${r}`) } : { outcome: 'ineligible', message: () => msg(`Năm ${y} xếp loại ${r}, chưa đạt ${t.rating.atLeast}`, `${y} rated ${r}, below ${t.rating.atLeast}`) };
  }
  if ('title' in t) {
    const [a, b] = span(ctx, t.title.years);
    const held: number[] = [];
    for (let y = a; y <= b; y++) if (ctx.history.hasTitle(t.title.code, y)) held.push(y);
    return held.length >= t.title.atLeast
      ? { outcome: 'eligible', message: () => msg(`${t.title.code}: ${held.join(', ')} (${held.length}/${t.title.atLeast} lần trong ${a}–${b})`, `${t.title.code}: ${held.join(', ')} (${held.length} of ${t.title.atLeast} in ${a}–${b})`) }
      : { outcome: 'ineligible', message: () => msg(`${t.title.code}: chỉ ${held.length}/${t.title.atLeast} lần trong ${a}–${b}`, `${t.title.code}: only ${held.length} of ${t.title.atLeast} in ${a}–${b}`) };
  }
  if ('consecutive' in t) {
    const c = t.consecutive;
    const ok = (y: number) => (c.code ? ctx.history.hasTitle(c.code, y) : true) && (c.rating ? atLeastRating(ctx.history.rating(y), c.rating) : true);
    const run = ctx.history.runEndingAt(ctx.period, ok, ctx.period - c.count + 1);
    const what = [c.code, c.rating].filter(Boolean).join(' + ');
    return run.length >= c.count
      ? { outcome: 'eligible', message: () => msg(`${c.count} năm liên tục ${what}: ${run.join(', ')}`, `${c.count} consecutive years of ${what}: ${run.join(', ')}`) }
      : { outcome: 'ineligible', message: () => msg(`Chưa đủ ${c.count} năm liên tục ${what} (có ${run.length})`, `Not ${c.count} consecutive years of ${what} (${run.length})`) };
  }
  if ('noPenalty' in t) {
    const [a, b] = span(ctx, t.noPenalty.years);
    const hits = (ctx.request.subject.penalties ?? []).filter((p) => yearOf(p.date) >= a && yearOf(p.date) <= b);
    return hits.length ? { outcome: 'ineligible', message: () => msg(`Bị xử phạt vi phạm hành chính (${hits.map((h) => h.date).join(', ')})`, `Administrative penalty (${hits.map((h) => h.date).join(', ')})`) } : { outcome: 'eligible', trivial: true, message: () => msg(`Không bị xử phạt hành chính trong năm ${yrs(a, b)}`, `No administrative penalty in ${yrs(a, b)}`) };
  }
  if ('noDiscipline' in t) {
    const [a, b] = span(ctx, t.noDiscipline.years);
    const hits = (ctx.request.subject.discipline ?? []).filter((d) => atLeastDiscipline(d.form, t.noDiscipline.from) && (d.forYear ?? yearOf(d.decidedOn)) >= a && (d.forYear ?? yearOf(d.decidedOn)) <= b);
    return hits.length ? { outcome: 'ineligible', message: () => msg(`Bị kỷ luật (${hits.map((h) => h.form).join(', ')})`, `Disciplined (${hits.map((h) => h.form).join(', ')})`) } : { outcome: 'eligible', trivial: true, message: () => msg(`Không bị kỷ luật từ ${t.noDiscipline.from} trở lên trong năm ${yrs(a, b)}`, `No discipline from ${t.noDiscipline.from} up in ${yrs(a, b)}`) };
  }
  if ('noPending' in t) {
    const open = (ctx.request.subject.pending ?? []).filter((p) => t.noPending.kinds.includes(p.kind) && p.since <= ctx.asOf);
    return open.length ? { outcome: 'ineligible', message: () => msg(`Đang có vụ việc xem xét: ${open.map((p) => p.kind).join(', ')}`, `Open matter(s): ${open.map((p) => p.kind).join(', ')}`) } : { outcome: 'eligible', trivial: true, message: () => msg('Không có vụ việc đang xem xét', 'No open matter') };
  }
  if ('maxLeaveDays' in t) {
    const yr = ctx.emulationYear(ctx.period);
    let days = 0;
    for (const l of ctx.request.subject.leaves ?? []) {
      if (!t.maxLeaveDays.kinds.includes(l.kind)) continue;
      const o = overlap({ from: l.from, to: l.to }, yr);
      if (o) days += daysBetween(o.from, o.to);
    }
    return days <= t.maxLeaveDays.days
      ? { outcome: 'eligible', message: () => msg(`Nghỉ ${days} ngày (tối đa ${t.maxLeaveDays.days})`, `${days} days of leave (at most ${t.maxLeaveDays.days})`) }
      : { outcome: 'ineligible', message: () => msg(`Nghỉ ${days} ngày, quá ${t.maxLeaveDays.days} ngày`, `${days} days of leave, more than ${t.maxLeaveDays.days}`) };
  }
  if ('memberShare' in t) {
    const m = ctx.request.subject.members;
    const n = m?.titles?.[t.memberShare.code];
    if (!m || n === undefined) return { outcome: 'needs-review', missing: [`members.titles.${t.memberShare.code}`], message: () => msg('Thiếu số liệu thành viên', 'Member counts are not given') };
    const share = (n / m.total) * 100;
    return share >= t.memberShare.atLeastPercent
      ? { outcome: 'eligible', message: () => msg(`${n}/${m.total} = ${Math.round(share * 10) / 10}% (≥ ${t.memberShare.atLeastPercent}%)`, `${n} of ${m.total} = ${Math.round(share * 10) / 10}% (≥ ${t.memberShare.atLeastPercent}%)`) }
      : { outcome: 'ineligible', message: () => msg(`${n}/${m.total} = ${Math.round(share * 10) / 10}%, chưa đạt ${t.memberShare.atLeastPercent}%`, `${n} of ${m.total} = ${Math.round(share * 10) / 10}%, below ${t.memberShare.atLeastPercent}%`) };
  }
  if ('judgment' in t) {
    const o = ctx.request.occasion ?? 'year-end';
    return t.judgment.occasions.includes(o)
      ? { outcome: 'needs-review', missing: ['council judgment'], message: () => msg('Thành tích này do Hội đồng thi đua – khen thưởng đánh giá', 'This achievement is for the emulation council to judge') }
      : { outcome: 'ineligible', notClaimed: true, message: () => msg('Không đề nghị theo trường hợp này (không có dữ liệu)', 'Not claimed: the input carries no such achievement') };
  }
  const kinds = t.subjectKind;
  return kinds.includes(ctx.request.subject.kind) ? { outcome: 'eligible', trivial: true, message: () => msg('Đúng đối tượng', 'Subject kind matches') } : { outcome: 'ineligible', message: () => msg(`Chỉ áp dụng cho ${kinds.join(', ')}`, `Applies only to ${kinds.join(', ')}`) };
}

/** Turns a data criterion into an engine criterion: same explanations and citations as code. */
export function fromData(c: DataCriterion): Criterion {
  const meta = { id: c.id, text: msg(c.text.vi, c.text.en), citations: c.citations, ...(c.route ? { route: c.route } : {}) };
  if ('all' in c) return allOf(meta, c.all.map(fromData));
  if ('any' in c) return anyOf(meta, c.any.map(fromData));
  if ('not' in c) return not(meta, fromData(c.not));
  const t = c.test;
  return criterion({ ...meta, test: (ctx) => run(t, ctx) });
}
