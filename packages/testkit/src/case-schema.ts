import { checkRequestConsistency, evaluationRequestShape, outcomeSchema } from '@tdkt/core';
import { z } from 'zod';

/**
 * One eligibility case file (`shared/cases/FORMAT.md`): an evaluation request plus its id, title,
 * public sources, legal basis and the expected outcome. Unknown keys are an error.
 */
export const caseFileSchema = z
  .strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    /** Where the expected outcome comes from (URLs). */
    source: z.array(z.string().min(1)).min(1),
    /** Legal basis, as free text citations. */
    basis: z.array(z.string()).optional(),
    note: z.string().optional(),
    ...evaluationRequestShape,
    expect: z.strictObject({
      outcome: outcomeSchema,
      /** Strings the explanation's deciding messages must contain (NFC, case-folded). */
      mentions: z.array(z.string().min(1)).optional(),
    }),
  })
  .superRefine(checkRequestConsistency);
/** See {@link caseFileSchema}. */
export type CaseFile = z.infer<typeof caseFileSchema>;

/** The JSON Schema of the case-file format, generated from {@link caseFileSchema}. */
export function caseFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A unit-review case: several candidates of one unit (reserved for quota cases, see docs). */
export type { CaseFile as EligibilityCase };
