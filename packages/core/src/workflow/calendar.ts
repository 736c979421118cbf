import { z } from 'zod';
import { citationSchema, type Citation } from '../citation.js';
import { isoDateSchema, isIsoDate, toDate, type EmulationYearRule } from '../dates.js';
import { TdktError, formatPath, fromZodError } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import { awardCodeSchema } from '../model/codes.js';
import type { AwardDefinition, Plugin } from '../engine/plugin.js';
import { proposalLevelSchema, proposalStageSchema, workingDaysBetween, type Proposal, type ProposalLevel, type ProposalStage } from './proposal.js';

/** Forms an award can take (the `form` of an award definition). */
export const awardFormSchema = z.enum(['emulation-title', 'order', 'medal', 'state-honorary-title', 'prize', 'commemorative-medal', 'certificate-of-merit', 'certificate-of-commendation']);

const messageShape = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/**
 * What a relative date counts from: another calendar entry (`entry`), a proposal's stage at a
 * level (`stage`, resolved per proposal when it is checked), or a fact the caller gives (`fact`,
 * e.g. the date of an earlier decision).
 */
export const calendarAnchorSchema = z.union([
  z.strictObject({ entry: z.string().min(1) }),
  z.strictObject({ stage: proposalStageSchema, level: proposalLevelSchema }),
  z.strictObject({ fact: z.string().min(1) }),
]);
/** See {@link calendarAnchorSchema}. */
export type CalendarAnchor = z.infer<typeof calendarAnchorSchema>;

/**
 * How an entry's date is found:
 * - `fixed`: a month and day of the emulation year `year + yearOffset` (or of the year of the
 *   `yearOf` anchor plus `yearOffset`), e.g. 30 June of the next year;
 * - `relative`: `days` days (`unit`: `working-days` Monday–Friday minus holidays, or
 *   calendar `days`) after the anchor, before it when negative — e.g. "10 working days before X"
 *   is `{ anchor: { entry: 'x' }, days: -10, unit: 'working-days' }`.
 */
export const dateRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    yearOffset: z.number().int().min(-1).max(2).optional(),
    yearOf: calendarAnchorSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('relative'), anchor: calendarAnchorSchema, days: z.number().int().min(-366).max(366), unit: z.enum(['working-days', 'days']) }),
]);
/** See {@link dateRuleSchema}. */
export type DateRule = z.infer<typeof dateRuleSchema>;

/** Which proposals an entry concerns; every field given must match (absent: any). */
export const calendarScopeSchema = z.strictObject({
  /** Levels of the proposal (the level that receives it). */
  levels: z.array(proposalLevelSchema).min(1).optional(),
  awards: z.array(awardCodeSchema).min(1).optional(),
  exceptAwards: z.array(awardCodeSchema).min(1).optional(),
  forms: z.array(awardFormSchema).min(1).optional(),
  kinds: z.array(z.enum(['emulation-title', 'commendation'])).min(1).optional(),
  /** The level whose authority decides the award (from the catalog's `decidedBy`). */
  decidingLevels: z.array(z.enum(['unit', 'ministry-province', 'central'])).min(1).optional(),
  /** Only under this emulation year: the calendar year, or a year starting on another day (school year). */
  emulationYear: z.enum(['calendar-year', 'other']).optional(),
});
/** See {@link calendarScopeSchema}. */
export type CalendarScope = z.infer<typeof calendarScopeSchema>;

/** What kind of date an entry is. */
export const calendarEntryKindSchema = z.enum(['launch', 'registration', 'review', 'rating', 'council', 'submission-deadline', 'processing-deadline', 'other']);

/**
 * One entry of the yearly calendar a plugin declares: an id, a bilingual name, a date rule,
 * which proposals it applies to, the proposal stage whose date it bounds (`check`), a citation
 * and an effective window. `template: true` marks an agency's date given as an example, not law.
 */
export const calendarEntrySchema = z.strictObject({
  /** Stable id, e.g. `vn.co-thi-dua-chinh-phu.dossier`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: messageShape,
  kind: calendarEntryKindSchema,
  rule: dateRuleSchema,
  appliesTo: calendarScopeSchema.optional(),
  /** The stage (at a level) whose date must fall on or before (`by`) or on or after (`from`) the entry's date. */
  check: z.strictObject({ stage: proposalStageSchema, level: proposalLevelSchema, must: z.enum(['by', 'from']) }).optional(),
  citation: citationSchema,
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** A later plugin may replace it (entries of province and sector plugins always may). */
  delegable: z.boolean().optional(),
  /** An example date an agency sets, not the law. */
  template: z.boolean().optional(),
});
/** See {@link calendarEntrySchema}. */
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
/** Input shape of {@link calendarEntrySchema}. */
export type CalendarEntryInput = z.input<typeof calendarEntrySchema>;

const invalidEntry = (pluginId: string, entryId: string, i: number, vi: string, en: string, path: (string | number)[], value: unknown): TdktError =>
  new TdktError('PLUGIN_INVALID', msg(`Plugin ${pluginId}, mục lịch "${entryId}": ${vi}`, `Plugin ${pluginId}, calendar entry "${entryId}": ${en}`), { path: ['calendar', i, ...path], value });

/**
 * Checks a plugin's calendar entries at load (called by `definePlugin`): the shape, unique ids,
 * real month-days (29 February is refused: use 28 February or a relative rule), forward windows,
 * and that an entry's relative anchor is not itself.
 *
 * @throws TdktError `PLUGIN_INVALID` naming the plugin and the entry, with the path and value.
 */
export function checkCalendarEntries(pluginId: string, entries: unknown): void {
  if (entries === undefined) return;
  if (!Array.isArray(entries)) throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${pluginId}: "calendar" phải là một danh sách`, `Plugin ${pluginId}: "calendar" must be a list`), { path: ['calendar'], value: entries });
  const seen = new Set<string>();
  entries.forEach((raw, i) => {
    const id = String((raw as { id?: unknown })?.id ?? `#${i}`);
    const r = calendarEntrySchema.safeParse(raw);
    if (!r.success) {
      const z = fromZodError(r.error, raw);
      throw invalidEntry(pluginId, id, i, `${formatPath(z.path)}: ${z.messages.vi}`, `${formatPath(z.path)}: ${z.messages.en}`, z.path, z.value);
    }
    const e = r.data;
    if (seen.has(e.id)) throw invalidEntry(pluginId, e.id, i, 'mã bị lặp', 'duplicate id', ['id'], e.id);
    seen.add(e.id);
    if (e.rule.kind === 'fixed' && !isIsoDate(`2001-${pad(e.rule.month)}-${pad(e.rule.day)}`))
      throw invalidEntry(pluginId, e.id, i, `ngày ${e.rule.day}/${e.rule.month} không có trong mọi năm`, `${e.rule.month}-${e.rule.day} is not a day of every year`, ['rule', 'day'], e.rule.day);
    if (e.rule.kind === 'relative' && 'entry' in e.rule.anchor && e.rule.anchor.entry === e.id)
      throw invalidEntry(pluginId, e.id, i, 'mốc tính là chính nó', 'the anchor is the entry itself', ['rule', 'anchor'], e.rule.anchor);
    if (e.validFrom && e.validTo && e.validTo < e.validFrom) throw invalidEntry(pluginId, e.id, i, 'ngày hết hiệu lực trước ngày có hiệu lực', 'validTo is before validFrom', ['validTo'], e.validTo);
    if (e.check && e.rule.kind === 'relative' && 'stage' in e.rule.anchor && e.rule.anchor.stage === e.check.stage && e.rule.anchor.level === e.check.level)
      throw invalidEntry(pluginId, e.id, i, 'bước được kiểm tra trùng với mốc tính', 'the checked stage is the anchor itself', ['check'], e.check);
  });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `date` plus `days` working days (Monday–Friday, minus `holidays`); before it when negative. */
export function addWorkingDays(date: string, days: number, holidays: readonly string[] = []): string {
  const off = new Set(holidays);
  const d = toDate(date);
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0; ) {
    d.setDate(d.getDate() + step);
    const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    if (d.getDay() !== 0 && d.getDay() !== 6 && !off.has(iso)) left--;
  }
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function addDays(date: string, days: number): string {
  const d = toDate(date);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An entry of a year's calendar, with its date when it could be resolved. */
export interface ResolvedEntry extends CalendarEntry {
  /** Plugin that declared it (the last one, when a later plugin replaced it). */
  plugin: string;
  /** The date, or `undefined` when it depends on a proposal's stage or on a fact not given. */
  date?: string;
  /** Why there is no date: the anchor it waits for. */
  pending?: Message;
}

/** A year's calendar for a set of plugins (see {@link yearCalendar}). */
export interface YearCalendar {
  /** The emulation year. */
  year: number;
  /** Entries in force, ordered by date (entries without a date last, by id). */
  entries: ResolvedEntry[];
  /** The holidays used for working days. */
  holidays: readonly string[];
  /** The emulation year's rule under these plugins. */
  emulationYear: 'calendar-year' | 'other';
}

/** Options of {@link yearCalendar}. */
export interface CalendarOptions {
  /** Public holidays (YYYY-MM-DD) left out of working days; calendar data the caller or a plugin supplies. */
  holidays?: readonly string[];
  /** Dates of facts entries may count from (`{ fact: 'decided:chien-si-thi-dua-bo-nganh-tinh' }`). */
  facts?: Readonly<Record<string, string>>;
}

const inWindow = (d: string, from?: string, to?: string): boolean => (from === undefined || from <= d) && (to === undefined || d <= to);

/**
 * The calendar of emulation year `year` under `plugins` (in order: the national rules first,
 * then province and sector plugins, then their successors). Each entry is resolved to a date; it
 * is kept when that date falls in both its own effective window and its plugin's. A later
 * plugin's entry with the same id replaces an earlier one — only where the earlier one is a
 * province's or sector's, or is marked `delegable`: a date the law fixes cannot be moved.
 * Entries anchored on a proposal's stage, or on a fact not given, are kept without a date and
 * resolved per proposal by {@link checkProposalDates}.
 *
 * @throws TdktError `PLUGIN_INVALID` for an entry whose citation names an unknown document, whose
 *   anchor names an unknown entry or whose anchors loop; `PLUGIN_CONFLICT` when a plugin moves a
 *   date of the national rules; `VALIDATION_FAILED` for a bad year or holiday.
 *
 * @example yearCalendar(createVnEngine().plugins, 2025).entries.map((e) => [e.id, e.date])
 */
export function yearCalendar(plugins: readonly Plugin[], year: number, options: CalendarOptions = {}): YearCalendar {
  if (!Number.isInteger(year) || year < 1945 || year > 2100) throw new TdktError('VALIDATION_FAILED', msg(`Năm thi đua không hợp lệ: ${String(year)}`, `Invalid emulation year: ${String(year)}`), { path: ['year'], value: year });
  const holidays = options.holidays ?? [];
  holidays.forEach((h, i) => {
    if (!isIsoDate(h)) throw new TdktError('VALIDATION_FAILED', msg(`Ngày nghỉ không hợp lệ: ${String(h)}`, `Invalid holiday: ${String(h)}`), { path: ['holidays', i], value: h });
  });
  const docs = new Set(plugins.flatMap((p) => (p.documents ?? []).map((d) => d.id)));
  const rule: EmulationYearRule | undefined = plugins.find((p) => p.emulationYear)?.emulationYear;
  const emulationYear = !rule || (rule.startMonth === 1 && rule.startDay === 1) ? 'calendar-year' : 'other';
  const declared: { e: CalendarEntry; p: Plugin }[] = [];
  for (const p of plugins)
    (p.calendar ?? []).forEach((e, i) => {
      if (!docs.has(e.citation.doc))
        throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${p.id}, mục lịch "${e.id}": trích dẫn văn bản không có trong danh mục "${e.citation.doc}"`, `Plugin ${p.id}, calendar entry "${e.id}": citation names an unknown document "${e.citation.doc}"`), { path: [p.id, 'calendar', i, 'citation', 'doc'], value: e.citation.doc });
      declared.push({ e, p });
    });
  const ids = new Set(declared.map((d) => d.e.id));
  for (const { e, p } of declared)
    for (const a of anchorsOf(e.rule))
      if ('entry' in a && !ids.has(a.entry))
        throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${p.id}, mục lịch "${e.id}": mốc "${a.entry}" không có trong lịch`, `Plugin ${p.id}, calendar entry "${e.id}": its anchor "${a.entry}" is not in the calendar`), { path: [p.id, 'calendar', e.id, 'rule', 'anchor'], value: a.entry });

  const chosen = new Map<string, ResolvedEntry>();
  const resolving = new Set<string>();
  const dateOf = (id: string): ResolvedEntry | undefined => {
    const hit = chosen.get(id);
    if (hit) return hit;
    if (resolving.has(id)) throw new TdktError('PLUGIN_INVALID', msg(`Lịch thi đua: các mốc của "${id}" tạo thành vòng lặp`, `Calendar: the anchors of "${id}" loop`), { path: ['calendar', id], value: id });
    resolving.add(id);
    let out: ResolvedEntry | undefined;
    for (const { e, p } of declared.filter((d) => d.e.id === id)) {
      const r = resolve(e, p);
      if (!r) continue;
      if (r.date !== undefined && !(inWindow(r.date, e.validFrom, e.validTo) && inWindow(r.date, p.validFrom, p.validTo))) continue;
      if (r.date === undefined && !windowOpenInYear(e, p, year)) continue;
      if (out) {
        const earlier = out;
        const earlierPlugin = plugins.find((x) => x.id === earlier.plugin);
        if (earlierPlugin?.kind === 'national' && !earlier.delegable)
          throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${p.id} không được thay đổi mốc "${id}" do ${earlier.plugin} (văn bản quốc gia) quy định`, `Plugin ${p.id} may not move "${id}", set by ${earlier.plugin} (national law)`), { path: [p.id, 'calendar', id], value: id });
      }
      out = r;
    }
    resolving.delete(id);
    if (out) chosen.set(id, out);
    return out;
  };
  const resolve = (e: CalendarEntry, p: Plugin): ResolvedEntry | undefined => {
    const base: ResolvedEntry = { ...e, plugin: p.id };
    const anchorDate = (a: CalendarAnchor): { date?: string; pending?: Message; dropped?: true } => {
      if ('entry' in a) {
        const x = dateOf(a.entry);
        // an anchor entry not in force this year takes the entries counted from it along
        if (!x) return { dropped: true };
        return x.date ? { date: x.date } : { pending: msg(`chờ mốc "${a.entry}"`, `waits for "${a.entry}"`) };
      }
      if ('fact' in a) {
        const f = options.facts?.[a.fact];
        if (f !== undefined && !isIsoDate(f)) throw new TdktError('VALIDATION_FAILED', msg(`Ngày không hợp lệ cho "${a.fact}": ${String(f)}`, `Invalid date for "${a.fact}": ${String(f)}`), { path: ['facts', a.fact], value: f });
        return f ? { date: f } : { pending: msg(`chờ ngày "${a.fact}"`, `waits for the date of "${a.fact}"`) };
      }
      return { pending: msg(`tính theo ngày bước "${a.stage}" ở cấp ${a.level} của từng hồ sơ`, `counted from each proposal's "${a.stage}" at the ${a.level} level`) };
    };
    if (e.rule.kind === 'fixed') {
      let y = year;
      if (e.rule.yearOf) {
        const a = anchorDate(e.rule.yearOf);
        if (a.dropped) return undefined;
        if (!a.date) return { ...base, pending: a.pending! };
        y = Number(a.date.slice(0, 4));
      }
      return { ...base, date: `${y + (e.rule.yearOffset ?? 0)}-${pad(e.rule.month)}-${pad(e.rule.day)}` };
    }
    const a = anchorDate(e.rule.anchor);
    if (a.dropped) return undefined;
    if (!a.date) return { ...base, pending: a.pending! };
    return { ...base, date: shift(a.date, e.rule.days, e.rule.unit, holidays) };
  };
  for (const id of ids) dateOf(id);
  const entries = [...chosen.values()]
    .filter((e) => matchesYearRule(e.appliesTo, emulationYear))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  return { year, entries, holidays, emulationYear };
}

function shift(date: string, days: number, unit: 'working-days' | 'days', holidays: readonly string[]): string {
  return unit === 'working-days' ? addWorkingDays(date, days, holidays) : addDays(date, days);
}

function anchorsOf(rule: DateRule): CalendarAnchor[] {
  return rule.kind === 'relative' ? [rule.anchor] : rule.yearOf ? [rule.yearOf] : [];
}

/** An undated entry is kept when its windows overlap the emulation year (it may apply to a proposal of that year). */
function windowOpenInYear(e: CalendarEntry, p: Plugin, year: number): boolean {
  const from = `${year}-01-01`;
  const to = `${year + 1}-12-31`;
  return [e, p].every((w) => (w.validFrom ?? '0000') <= to && (w.validTo ?? '9999') >= from);
}

function matchesYearRule(scope: CalendarScope | undefined, rule: 'calendar-year' | 'other'): boolean {
  return !scope?.emulationYear || scope.emulationYear === rule;
}

/** The level whose authority decides `award` on `date`, from its catalog entry (`decidedBy[].level`). */
export function decidingLevel(award: Pick<AwardDefinition, 'decidedBy'>, date: string): 'unit' | 'ministry-province' | 'central' | undefined {
  const levels = new Set((award.decidedBy ?? []).filter((a) => inWindow(date, a.from, a.to) && a.level).map((a) => a.level!));
  // several authorities at once (unit heads, commune chairs, enterprise directors) share one level
  return levels.size === 1 ? [...levels][0] : undefined;
}

/** True when an entry's scope covers a proposal for `award` at `level` on `date`. */
export function entryApplies(scope: CalendarScope | undefined, award: Pick<AwardDefinition, 'code' | 'form' | 'kind' | 'decidedBy'>, level: ProposalLevel, date: string): boolean {
  if (!scope) return true;
  if (scope.levels && !scope.levels.includes(level)) return false;
  if (scope.awards && !scope.awards.includes(award.code)) return false;
  if (scope.exceptAwards?.includes(award.code)) return false;
  if (scope.forms && !scope.forms.includes(award.form)) return false;
  if (scope.kinds && !scope.kinds.includes(award.kind)) return false;
  if (scope.decidingLevels) {
    const d = decidingLevel(award, date);
    if (!d || !scope.decidingLevels.includes(d)) return false;
  }
  return true;
}

/** A stage date checked against a calendar entry. */
export interface CalendarFinding {
  entry: string;
  plugin: string;
  name: Message;
  proposalId: string;
  level: ProposalLevel;
  stage: ProposalStage;
  /** The stage's date. */
  date: string;
  /** The entry's date for this proposal. */
  deadline: string;
  must: 'by' | 'from';
  /** `ok`; `late` (after a `by` date) or `early` (before a `from` date) are findings. */
  status: 'ok' | 'late' | 'early';
  /**
   * `warning` for a date the cited text fixes; `needs-review` when the citation is not verified
   * against the official text or the entry is a template (an agency's example date).
   */
  severity: 'info' | 'warning' | 'needs-review';
  message: Message;
  citation: Citation;
  template: boolean;
}

/**
 * Checks the stage dates of a proposal — or of every proposal of a chain, lowest level first —
 * against a year's calendar: for each entry with a `check` that applies to the award and level,
 * each record of the checked stage is compared with the entry's date (entries anchored on a stage
 * count from the latest anchor record on or before it, e.g. a return from the submission it
 * answers). Returns every comparison; those with status `late` or `early` are the findings.
 *
 * @param award the award's catalog entry (`engine.award(code)`), for forms and the deciding level.
 * @throws TdktError `VALIDATION_FAILED` when a proposal is for another award or another year than the calendar.
 *
 * @example checkProposalDates(proposal, yearCalendar(engine.plugins, 2025), engine.award(proposal.award)!).filter((f) => f.status !== 'ok')
 */
export function checkProposalDates(proposals: Proposal | readonly Proposal[], calendar: YearCalendar, award: Pick<AwardDefinition, 'code' | 'form' | 'kind' | 'decidedBy'>): CalendarFinding[] {
  const list = Array.isArray(proposals) ? (proposals as readonly Proposal[]) : [proposals as Proposal];
  list.forEach((p, i) => {
    if (p.period !== calendar.year)
      throw new TdktError('VALIDATION_FAILED', msg(`Hồ sơ ${p.id} cho năm ${p.period}, lịch của năm ${calendar.year}`, `Proposal ${p.id} is for ${p.period}, the calendar for ${calendar.year}`), { path: [i, 'period'], value: p.period });
    if (p.award !== award.code) throw new TdktError('VALIDATION_FAILED', msg(`Hồ sơ ${p.id} đề nghị "${p.award}", không phải "${award.code}"`, `Proposal ${p.id} is for "${p.award}", not "${award.code}"`), { path: [i, 'award'], value: p.award });
  });
  const atLevel = (level: ProposalLevel) => list.find((p) => p.level === level);
  const out: CalendarFinding[] = [];
  for (const e of calendar.entries) {
    if (!e.check) continue;
    const p = atLevel(e.check.level);
    if (!p) continue;
    for (const rec of p.history.filter((h) => h.stage === e.check!.stage)) {
      if (!entryApplies(e.appliesTo, award, p.level, rec.date)) continue;
      let deadline = e.date;
      if (!deadline && e.rule.kind === 'relative' && 'stage' in e.rule.anchor) {
        const a = e.rule.anchor;
        const anchor = atLevel(a.level)?.history.filter((h) => h.stage === a.stage && h.date <= rec.date).at(-1);
        if (anchor) deadline = shift(anchor.date, e.rule.days, e.rule.unit, calendar.holidays);
      }
      if (!deadline || !(inWindow(deadline, e.validFrom, e.validTo))) continue;
      const must = e.check.must;
      const status = must === 'by' ? (rec.date <= deadline ? 'ok' : 'late') : rec.date >= deadline ? 'ok' : 'early';
      const unsure = e.template === true || e.citation.confidence === 'unverified';
      const days = Math.abs(workingDaysBetween(deadline, rec.date, calendar.holidays));
      const message =
        status === 'ok'
          ? msg(`${e.name.vi}: bước "${rec.stage}" ngày ${rec.date}, trong hạn ${deadline}`, `${e.name.en}: "${rec.stage}" on ${rec.date}, within ${deadline}`)
          : status === 'late'
            ? msg(`${e.name.vi}: bước "${rec.stage}" ngày ${rec.date}, quá hạn ${deadline} (${days} ngày làm việc)`, `${e.name.en}: "${rec.stage}" on ${rec.date}, after the deadline ${deadline} (${days} working days)`)
            : msg(`${e.name.vi}: bước "${rec.stage}" ngày ${rec.date}, trước mốc ${deadline}`, `${e.name.en}: "${rec.stage}" on ${rec.date}, before ${deadline}`);
      out.push({
        entry: e.id,
        plugin: e.plugin,
        name: e.name,
        proposalId: p.id,
        level: p.level,
        stage: rec.stage,
        date: rec.date,
        deadline,
        must,
        status,
        severity: status === 'ok' ? 'info' : unsure ? 'needs-review' : 'warning',
        message,
        citation: e.citation,
        template: e.template === true,
      });
    }
  }
  return out;
}
