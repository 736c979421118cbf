import { msg, type Message } from '../i18n.js';
import { criterion, evidenceOf, messageOf, type CriterionMeta } from './combinators.js';
import type { Criterion, EvalContext, Evidence, LeafResult, MessageSource, ParameterValue } from './types.js';

const vi = (n: number) => String(n).replace('.', ',');

/** One link of a year chain, with the reason it holds or breaks. */
export interface YearTest {
  ok: boolean;
  /** Why (shown when the chain breaks here). */
  reason?: MessageSource;
}

/**
 * `count` consecutive emulation years ending at `endYear` (default: the period), each passing
 * `test`. The evidence keeps every link; the message names the year that breaks the chain.
 */
export function consecutiveYears(
  meta: CriterionMeta & {
    count: number;
    endYear?: (ctx: EvalContext) => number;
    test: (ctx: EvalContext, year: number) => YearTest;
    /** What one link is, e.g. `msg('CSTĐCS', 'Grassroots Emulation Fighter')`. */
    link: Message;
  },
): Criterion {
  return criterion({
    ...meta,
    test(ctx) {
      const end = meta.endYear ? meta.endYear(ctx) : ctx.period;
      const years: number[] = [];
      const links: (YearTest & { year: number })[] = [];
      let first: (YearTest & { year: number }) | undefined;
      for (let y = end - meta.count + 1; y <= end; y++) {
        const t = meta.test(ctx, y);
        const link = { year: y, ok: t.ok, reason: t.reason };
        years.push(y);
        links.push(link);
        if (!t.ok && !first) first = link;
      }
      const evidence = (): Evidence[] => links.map((l) => ({ kind: 'year', ref: String(l.year), detail: { ok: l.ok } }));
      if (!first)
        return {
          outcome: 'eligible',
          evidence,
          message: () => msg(`${meta.count} năm liên tục ${years[0]}–${end} đều đạt ${meta.link.vi}`, `${meta.count} consecutive years ${years[0]}–${end}, each with ${meta.link.en}`),
        };
      const broken = first;
      return {
        outcome: 'ineligible',
        evidence,
        message: () => msg(
          `Không đủ ${meta.count} năm liên tục ${meta.link.vi} (${years[0]}–${end}): năm ${broken.year} ${broken.reason ? messageOf(broken.reason).vi : 'không đạt'}`,
          `Not ${meta.count} consecutive years of ${meta.link.en} (${years[0]}–${end}): ${broken.year} ${broken.reason ? messageOf(broken.reason).en : 'does not qualify'}`,
        ),
      };
    },
  });
}

/** The start of a window, as found by a rule (or why none could be found). */
export type WindowStart = { ok: true; year: number; evidence: Evidence[] | (() => Evidence[]); message: MessageSource } | { ok: false; result: LeafResult };

/**
 * A window such as "the ≥ 5 consecutive years after award X up to the proposal": from
 * `start(ctx)` to the period, at least `minYears` long, every year passing `everyYear`, and the
 * counts inside the window (e.g. "3 × CSTĐCS", "≥ 1 HTXSNV year") met.
 */
export function windowAfter(
  meta: CriterionMeta & {
    start: (ctx: EvalContext) => WindowStart;
    minYears: number;
    everyYear: { label: Message; test: (ctx: EvalContext, year: number) => boolean };
    counts?: { label: Message; min: number; test: (ctx: EvalContext, year: number) => boolean }[];
  },
): Criterion {
  return criterion({
    ...meta,
    test(ctx) {
      const s = meta.start(ctx);
      if (!s.ok) return s.result;
      const years: number[] = [];
      for (let y = s.year; y <= ctx.period; y++) years.push(y);
      const bad = years.filter((y) => !meta.everyYear.test(ctx, y));
      const evidence = (): Evidence[] => [...evidenceOf(s.evidence), ...years.map((y): Evidence => ({ kind: 'year', ref: String(y), detail: { ok: !bad.includes(y), rating: ctx.history.rating(y) ?? null, titles: ctx.history.year(y)?.titles ?? [] } }))];
      const started = (): Message => messageOf(s.message);
      const span = (): string => (years.length ? `${years[0]}–${ctx.period}` : `${s.year}–${ctx.period}`);
      if (years.length < meta.minYears)
        return {
          outcome: 'ineligible',
          evidence,
          message: () => msg(
            `${started().vi}: từ ${s.year} đến ${ctx.period} chỉ có ${years.length} năm, chưa đủ ${meta.minYears} năm liên tục`,
            `${started().en}: from ${s.year} to ${ctx.period} there are only ${years.length} years, fewer than the ${meta.minYears} consecutive years required`,
          ),
        };
      if (bad.length)
        return {
          outcome: 'ineligible',
          evidence,
          message: () => msg(
            `Trong ${span()} có năm không ${meta.everyYear.label.vi}: ${bad.join(', ')}`,
            `Within ${span()} some years are not ${meta.everyYear.label.en}: ${bad.join(', ')}`,
          ),
        };
      const countResults = (meta.counts ?? []).map((c) => ({ c, years: years.filter((y) => c.test(ctx, y)) }));
      const short = countResults.filter((r) => r.years.length < r.c.min);
      if (short.length)
        return {
          outcome: 'ineligible',
          evidence,
          message: () => msg(
            `Trong ${span()} (${years.length} năm): ${short.map((r) => `${r.c.label.vi} ${r.years.length}/${r.c.min} lần`).join('; ')}`,
            `Within ${span()} (${years.length} years): ${short.map((r) => `${r.c.label.en} ${r.years.length} of ${r.c.min}`).join('; ')}`,
          ),
        };
      return {
        outcome: 'eligible',
        evidence,
        message: () => msg(
          `${started().vi}; ${years.length} năm liên tục ${span()} đều ${meta.everyYear.label.vi}${countResults.map((r) => `; ${r.c.label.vi}: ${r.years.join(', ')}`).join('')}`,
          `${started().en}; ${years.length} consecutive years ${span()}, all ${meta.everyYear.label.en}${countResults.map((r) => `; ${r.c.label.en}: ${r.years.join(', ')}`).join('')}`,
        ),
      };
    },
  });
}

/**
 * A share of a collective's members: `numerator / denominator ≥ threshold` percent. Unknown counts
 * give needs-review naming the missing count.
 */
export function memberShare(
  meta: CriterionMeta & {
    numerator: (ctx: EvalContext) => number | undefined;
    denominator: (ctx: EvalContext) => number | undefined;
    /** Threshold in percent, or a parameter holding it. */
    threshold: (ctx: EvalContext) => number | ParameterValue<number>;
    /** `>` instead of `≥`. */
    strict?: boolean;
    what: Message;
  },
): Criterion {
  return criterion({
    ...meta,
    test(ctx) {
      const t = meta.threshold(ctx);
      const param = typeof t === 'number' ? undefined : t;
      const pct = typeof t === 'number' ? t : t.value;
      const reliesOn = param ? [param.citation] : [];
      if (pct === null || pct === undefined)
        return { outcome: 'needs-review', reliesOn, missing: [param?.id ?? 'threshold'], message: () => msg(`Ngưỡng tỷ lệ ${meta.what.vi} do bộ, ngành, tỉnh quy định; chưa có quy định được nạp`, `The threshold for ${meta.what.en} is set by the ministry/province; no such rule is loaded`) };
      const n = meta.numerator(ctx);
      const d = meta.denominator(ctx);
      if (n === undefined || d === undefined || d === 0)
        return { outcome: 'needs-review', reliesOn, missing: [`members: ${meta.what.en}`], message: () => msg(`Thiếu số liệu ${meta.what.vi}`, `The count of ${meta.what.en} is not given`) };
      const share = (n / d) * 100;
      const ok = meta.strict ? share > pct : share >= pct;
      const shown = Math.round(share * 10) / 10;
      const op = meta.strict ? '>' : '≥';
      return {
        outcome: ok ? 'eligible' : 'ineligible',
        reliesOn,
        evidence: () => [{ kind: 'members', ref: meta.id, detail: { numerator: n, denominator: d, percent: shown, threshold: pct } }],
        message: () => ok
          ? msg(`${meta.what.vi}: ${n}/${d} = ${vi(shown)}% (${op} ${pct}%)`, `${meta.what.en}: ${n} of ${d} = ${shown}% (${op} ${pct}%)`)
          : msg(`${meta.what.vi}: ${n}/${d} = ${vi(shown)}%, chưa đạt ${op} ${pct}%`, `${meta.what.en}: ${n} of ${d} = ${shown}%, below the required ${op} ${pct}%`),
      };
    },
  });
}
