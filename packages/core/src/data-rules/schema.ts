import { z } from 'zod';
import { citationSchema } from '../citation.js';
import { isoDateSchema } from '../dates.js';
import { checkWindows, pluginHeaderShape } from '../engine/plugin.js';
import { awardCodeSchema, disciplineFormSchema, leaveKindSchema, pendingKindSchema, ratingSchema, subjectKindSchema } from '../model/codes.js';

const message = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
/** A year relative to the period: 0 = the period, -1 = the year before. */
const offset = z.number().int().min(-50).max(0);
/** A range of years relative to the period, earlier first. */
const range = z.tuple([offset, offset]).refine(([a, b]) => a <= b, { message: 'reversed range', params: { vi: 'Khoảng năm bị đảo ngược (năm đầu phải ≤ năm cuối)', en: 'Reversed range of years (the first must be ≤ the last)' } });

/**
 * The tests a data rule can state. A closed vocabulary, interpreted (never `eval`): each is a
 * strict object, so unknown keys — `__proto__` and `constructor` included — are refused.
 */
export const dataTestSchema = z.union([
  z.strictObject({ rating: z.strictObject({ atLeast: ratingSchema, year: offset.optional() }) }),
  z.strictObject({ title: z.strictObject({ code: awardCodeSchema, years: range, atLeast: z.number().int().min(1) }) }),
  z.strictObject({ consecutive: z.strictObject({ code: awardCodeSchema.optional(), rating: ratingSchema.optional(), count: z.number().int().min(1).max(50) }) }),
  z.strictObject({ noPenalty: z.strictObject({ years: range }) }),
  z.strictObject({ noDiscipline: z.strictObject({ from: disciplineFormSchema, years: range }) }),
  z.strictObject({ noPending: z.strictObject({ kinds: z.array(pendingKindSchema).min(1) }) }),
  z.strictObject({ maxLeaveDays: z.strictObject({ kinds: z.array(leaveKindSchema).min(1), days: z.number().int().min(0) }) }),
  z.strictObject({ memberShare: z.strictObject({ code: awardCodeSchema, atLeastPercent: z.number().min(0).max(100) }) }),
  z.strictObject({ subjectKind: z.array(subjectKindSchema).min(1) }),
  /** A judgment the input cannot carry: needs-review at these occasions, else "not claimed". */
  z.strictObject({ judgment: z.strictObject({ occasions: z.array(z.enum(['year-end', 'congress', 'movement-review', 'extraordinary'])).min(1) }) }),
]);
/** See {@link dataTestSchema}. */
export type DataTest = z.infer<typeof dataTestSchema>;

/** A criterion written as data: a leaf test, or all / any / not of other criteria. */
export type DataCriterion = {
  id: string;
  text: { vi: string; en: string };
  citations: z.infer<typeof citationSchema>[];
  route?: string;
} & ({ test: DataTest } | { all: DataCriterion[] } | { any: DataCriterion[] } | { not: DataCriterion });

/** Schema of {@link DataCriterion} (recursive). */
export const dataCriterionSchema: z.ZodType<DataCriterion> = z.lazy(() =>
  z.union([
    z.strictObject({ id: z.string().min(1), text: message, citations: z.array(citationSchema).min(1), route: z.string().optional(), test: dataTestSchema }),
    z.strictObject({ id: z.string().min(1), text: message, citations: z.array(citationSchema).min(1), route: z.string().optional(), all: z.array(dataCriterionSchema).min(1) }),
    z.strictObject({ id: z.string().min(1), text: message, citations: z.array(citationSchema).min(1), route: z.string().optional(), any: z.array(dataCriterionSchema).min(1) }),
    z.strictObject({ id: z.string().min(1), text: message, citations: z.array(citationSchema).min(1), route: z.string().optional(), not: dataCriterionSchema }),
  ]),
) as z.ZodType<DataCriterion>;

const dated = { validFrom: isoDateSchema.optional(), validTo: isoDateSchema.optional() };

/** A whole plugin written as data (YAML or JSON). */
export const dataPluginSchema = z.strictObject({
  ...pluginHeaderShape,
  kind: z.enum(['province', 'sector']),
  rules: z.array(z.strictObject({ id: z.string().min(1), award: awardCodeSchema, validFrom: isoDateSchema, validTo: isoDateSchema.optional(), criterion: dataCriterionSchema })).optional(),
  parameterValues: z.array(z.strictObject({ id: z.string().min(1), value: z.union([z.number(), z.string(), z.boolean()]), citation: citationSchema, ...dated })).optional(),
  conditions: z.array(z.strictObject({ award: z.union([awardCodeSchema, z.literal('*')]), criterion: dataCriterionSchema, ...dated })).optional(),
}).superRefine(checkWindows);
/** See {@link dataPluginSchema}. */
export type DataPlugin = z.infer<typeof dataPluginSchema>;
