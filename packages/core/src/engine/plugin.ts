import { z } from 'zod';
import { citationSchema, legalDocumentSchema, type Citation, type LegalDocument } from '../citation.js';
import { isoDateSchema, type EmulationYearRule } from '../dates.js';
import { TdktError, fromZodError } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import { awardCodeSchema, awardTypeSchema, pluginIdSchema, subjectKindSchema, type AwardType, type SubjectKind } from '../model/codes.js';
import type { EvaluationRequest } from '../model/request.js';
import type { Criterion } from './types.js';
import { scoringTableSchema, type ScoringTable } from '../clusters.js';
import { awardFormSchema, calendarEntrySchema, checkCalendarEntries, type CalendarEntry } from '../workflow/calendar.js';

/** Forms an award can take. */
export type AwardForm = z.infer<typeof awardFormSchema>;

/** Who decides an award during a window of dates (the authority map is versioned by date). */
export interface Authority {
  from: string;
  to?: string;
  /** e.g. "Chủ tịch UBND cấp xã" / "Chairperson of the commune People's Committee". */
  who: Message;
  citation: Citation;
  /**
   * The level of the proposal workflow this authority decides at: `unit` (heads of units,
   * commune chairs, enterprise directors), `ministry-province`, or `central` (the Prime Minister,
   * the Government, the President). Proposal chains stop at it (see `proposalRoute`).
   */
  level?: 'unit' | 'ministry-province' | 'central';
}

/**
 * An award the rules know: a catalog entry. `delegated` marks awards whose criteria the national
 * text leaves to ministries, provinces or a special regime: only they accept plugin routes.
 */
export interface AwardDefinition {
  /** Catalog code, e.g. `lao-dong-tien-tien`. */
  code: string;
  nameVi: string;
  nameEn: string;
  abbreviation?: string;
  /** `emulation-title` (danh hiệu thi đua) or `commendation` (hình thức khen thưởng). */
  kind: 'emulation-title' | 'commendation';
  form: AwardForm;
  subjectKinds: SubjectKind[];
  /** Legal basis of the award itself. */
  citations: Citation[];
  /** First day the award exists under the loaded rules (YYYY-MM-DD). */
  validFrom: string;
  /** Last day, when it was abolished. */
  validTo?: string;
  /** Criteria left to another body: to whom, and the provision that delegates them. */
  delegated?: { to: Message; citation: Citation };
  /** Who decides, by date. */
  decidedBy?: Authority[];
  /** The types of commendation (loại hình khen thưởng, Law Art 8) under which it is given. */
  types?: AwardType[];
}

/** One version of an award's criteria, in force over a window of dates. */
export interface AwardRule {
  /** Stable id, e.g. `vn.lao-dong-tien-tien.2024`. */
  id: string;
  award: string;
  validFrom: string;
  validTo?: string;
  criterion: Criterion;
}

/** Units of parameters. */
export type ParameterUnit = 'months' | 'years' | 'percent' | 'count' | 'VND' | 'multiplier' | 'enum' | 'boolean' | 'date';

/** One dated value of a parameter. `value: null` means "delegated, not set nationally". */
export interface ParameterVersion<T = unknown> {
  validFrom: string;
  validTo?: string;
  value: T | null;
  citation: Citation;
}

/**
 * A named, dated parameter with its source, declared by the national rules. Plugins may set it
 * within `bounds` (numbers) or among `values` (enums), and only in the `tighten` direction when one
 * is given.
 */
export interface ParameterDefinition<T = unknown> {
  id: string;
  text: Message;
  unit: ParameterUnit;
  versions: ParameterVersion<T>[];
  /** Allowed values for enum parameters. */
  values?: readonly T[];
  bounds?: { min?: number; max?: number };
  /** A plugin may only move the value this way (`higher` = stricter when larger). */
  tighten?: 'higher' | 'lower';
  /** Whether ministries/provinces/sectors may set it. */
  delegable?: boolean;
}

/** A plugin's setting of a declared parameter. */
export interface ParameterSetting<T = unknown> {
  id: string;
  value: T;
  citation: Citation;
  /** Default: the plugin's `ownRulesFrom`, else its `validFrom`. */
  validFrom?: string;
  validTo?: string;
}

/** An extra condition a plugin adds to an award (it can only tighten: it joins an "all of"). */
export interface AwardCondition {
  /** Award code, or `*` for every award the plugin applies to. */
  award: string;
  criterion: Criterion;
  validFrom?: string;
  validTo?: string;
}

/**
 * A date past which the loaded rules are not known to hold: from `from` (keyed on `asOf` or on the
 * dossier's `submittedOn`) the outcome is `needs-review`, with the provisional outcome under the
 * rules before it.
 */
export interface Horizon {
  id: string;
  from: string;
  keyOn: 'asOf' | 'submittedOn';
  message: Message;
  citations: Citation[];
}

/** What a plugin is. */
export interface PluginDefinition {
  /** Kebab-case id, e.g. `vn`, `da-nang`, `kiem-sat`. */
  id: string;
  kind: 'national' | 'province' | 'sector';
  name: Message;
  /** Semantic version of the rule pack. */
  version: string;
  /** The issuing decision or circular (e.g. QĐ 14/2024/QĐ-UBND). */
  source?: Citation;
  validFrom?: string;
  validTo?: string;
  /** Plugin id that takes over after `validTo` (e.g. `quang-nam` → `da-nang`). */
  successor?: string;
  /** Date the plugin's own rules replaced the national defaults for delegated matters. */
  ownRulesFrom?: string;
  /** The emulation year where it differs from the calendar year (education: 1 September). */
  emulationYear?: EmulationYearRule;
  /** Legal documents the plugin's citations refer to. */
  documents?: LegalDocument[];
  awards?: AwardDefinition[];
  rules?: AwardRule[];
  parameters?: ParameterDefinition[];
  parameterValues?: ParameterSetting[];
  conditions?: AwardCondition[];
  horizons?: Horizon[];
  /** The date that selects rule versions (default `asOf`), for transitions keyed on the dossier date. */
  ruleDate?: (request: EvaluationRequest) => string;
  /** Scoring tables of the plugin's emulation clusters and blocks (see `rankCluster`). */
  scoringTables?: ScoringTable[];
  /**
   * The yearly calendar: launch, registration, reviews, ratings, deadlines, each with its date
   * rule, scope, citation and window (see `yearCalendar`, `checkProposalDates`).
   */
  calendar?: CalendarEntry[];
}

/** A checked plugin. */
export type Plugin = Readonly<PluginDefinition> & { readonly __checked: true };

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'expected a function' });
const criterionShape = z.looseObject({ id: z.string().min(1), text: z.looseObject({ vi: z.string().min(1), en: z.string().min(1) }), citations: z.array(citationSchema), evaluate: fn });
const messageShape = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const dated = { validFrom: isoDateSchema.optional(), validTo: isoDateSchema.optional() };

/** Schema of an {@link AwardDefinition} (shared by TypeScript and data plugins). */
export const awardDefinitionSchema = z.strictObject({
  code: awardCodeSchema,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  abbreviation: z.string().optional(),
  kind: z.enum(['emulation-title', 'commendation']),
  form: awardFormSchema,
  subjectKinds: z.array(subjectKindSchema).min(1),
  citations: z.array(citationSchema).min(1),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  delegated: z.strictObject({ to: messageShape, citation: citationSchema }).optional(),
  decidedBy: z.array(z.strictObject({ from: isoDateSchema, to: isoDateSchema.optional(), who: messageShape, citation: citationSchema, level: z.enum(['unit', 'ministry-province', 'central']).optional() })).optional(),
  types: z.array(awardTypeSchema).optional(),
});

/** The fields every plugin has, whether written in TypeScript or as data. */
export const pluginHeaderShape = {
  id: pluginIdSchema,
  name: messageShape,
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  source: citationSchema.optional(),
  ...dated,
  successor: pluginIdSchema.optional(),
  ownRulesFrom: isoDateSchema.optional(),
  emulationYear: z.strictObject({ startMonth: z.number().int().min(1).max(12), startDay: z.number().int().min(1).max(31) }).optional(),
  documents: z.array(legalDocumentSchema).optional(),
  awards: z.array(awardDefinitionSchema).optional(),
  scoringTables: z.array(scoringTableSchema).optional(),
  calendar: z.array(calendarEntrySchema).optional(),
};

const pluginSchema = z.strictObject({
  ...pluginHeaderShape,
  kind: z.enum(['national', 'province', 'sector']),
  rules: z.array(z.strictObject({ id: z.string().min(1), award: awardCodeSchema, validFrom: isoDateSchema, validTo: isoDateSchema.optional(), criterion: criterionShape })).optional(),
  parameters: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        text: messageShape,
        unit: z.enum(['months', 'years', 'percent', 'count', 'VND', 'multiplier', 'enum', 'boolean', 'date']),
        versions: z.array(z.strictObject({ validFrom: isoDateSchema, validTo: isoDateSchema.optional(), value: z.unknown(), citation: citationSchema })).min(1),
        values: z.array(z.unknown()).optional(),
        bounds: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
        tighten: z.enum(['higher', 'lower']).optional(),
        delegable: z.boolean().optional(),
      }),
    )
    .optional(),
  parameterValues: z.array(z.strictObject({ id: z.string().min(1), value: z.unknown(), citation: citationSchema, ...dated })).optional(),
  conditions: z.array(z.strictObject({ award: z.union([awardCodeSchema, z.literal('*')]), criterion: criterionShape, ...dated })).optional(),
  horizons: z.array(z.strictObject({ id: z.string().min(1), from: isoDateSchema, keyOn: z.enum(['asOf', 'submittedOn']), message: messageShape, citations: z.array(citationSchema).min(1) })).optional(),
  ruleDate: fn.optional(),
}).superRefine(checkWindows);

/** Every dated window of a plugin must run forward: `validFrom` ≤ `validTo`. */
export function checkWindows(p: { validFrom?: string; validTo?: string; rules?: { validFrom?: string; validTo?: string }[]; conditions?: { validFrom?: string; validTo?: string }[]; parameterValues?: { validFrom?: string; validTo?: string }[] }, ctx: z.core.$RefinementCtx): void {
  const bad = (path: (string | number)[]) => ctx.addIssue({ code: 'custom', path, message: 'validTo before validFrom', params: { vi: 'Ngày hết hiệu lực trước ngày có hiệu lực', en: 'validTo is before validFrom' } });
  if (p.validFrom && p.validTo && p.validTo < p.validFrom) bad(['validTo']);
  for (const key of ['rules', 'conditions', 'parameterValues'] as const)
    (p[key] ?? []).forEach((x, i) => {
      if (x.validFrom && x.validTo && x.validTo < x.validFrom) bad([key, i, 'validTo']);
    });
}

/**
 * Defines a plugin (a rule pack): the national rules, a province's or a sector's. Its data is
 * validated now; its relation to the other loaded plugins (tightening only, no conflicts) is
 * checked when an engine loads it, and its calendar when a year's calendar is built.
 *
 * @throws TdktError `PLUGIN_INVALID` with the path and reason when the definition is malformed
 *   (for a calendar entry, the message names the plugin and the entry).
 */
export function definePlugin(def: PluginDefinition): Plugin {
  if (def === null || typeof def !== 'object') throw new TdktError('PLUGIN_INVALID', msg('Plugin phải là một đối tượng', 'A plugin must be an object'), { value: def });
  const { __checked: _checked, ...plain } = def as PluginDefinition & { __checked?: unknown };
  checkCalendarEntries(String((def as { id?: unknown }).id), (def as { calendar?: unknown }).calendar);
  let r: ReturnType<typeof pluginSchema.safeParse>;
  try {
    r = pluginSchema.safeParse(plain);
  } catch (e) {
    throw new TdktError('PLUGIN_INVALID', msg(`Không đọc được plugin: ${(e as Error)?.message}`, `Cannot read the plugin: ${(e as Error)?.message}`));
  }
  if (!r.success) {
    const e = fromZodError(r.error, def);
    throw new TdktError('PLUGIN_INVALID', msg(`Plugin "${String((def as { id?: unknown }).id)}" không hợp lệ: ${e.messages.vi}`, `Plugin "${String((def as { id?: unknown }).id)}" is invalid: ${e.messages.en}`), {
      path: e.path,
      value: e.value,
      issues: e.issues,
    });
  }
  return Object.freeze({ ...(plain as PluginDefinition), __checked: true as const });
}
