import { z } from 'zod';

/**
 * How sure we are that a cited provision says what the rule encodes:
 * - `official`: seen in the official text (or a full-text copy of it);
 * - `quoted`: the provision was quoted near-verbatim with its number by an official answer or legal source;
 * - `secondary`: a secondary paraphrase (news, Q&A without the text in view);
 * - `unverified`: not verified against the official text — a deciding criterion with this
 *   confidence makes the outcome `needs-review`.
 */
export const confidenceSchema = z.enum(['official', 'quoted', 'secondary', 'unverified']);
/** See {@link confidenceSchema}. */
export type Confidence = z.infer<typeof confidenceSchema>;

/** Kinds of legal document. */
export const documentKindSchema = z.enum(['law', 'decree', 'circular', 'decision', 'official-letter', 'answer', 'regulation']);

/**
 * A legal document known to a rule pack: the registry that every citation is checked against.
 */
export const legalDocumentSchema = z.strictObject({
  /** Stable id used by citations, e.g. `luat-06-2022`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: documentKindSchema,
  /** Official number, e.g. `06/2022/QH15`, `152/2025/NĐ-CP`. */
  number: z.string().min(1),
  /** Date of issue (YYYY-MM-DD), when known. */
  issuedOn: z.string().optional(),
  /** Date the document took effect (YYYY-MM-DD), when known. */
  effectiveFrom: z.string().optional(),
  /** Vietnamese title. */
  titleVi: z.string().min(1),
  /** English gloss of the title (no legal force). */
  titleEn: z.string().min(1),
  /** Where the text can be read. */
  url: z.string().url().optional(),
});
/** See {@link legalDocumentSchema}. */
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

/**
 * A structured citation: the document, article / clause / point where known, a source URL and a
 * confidence tag.
 */
export const citationSchema = z.strictObject({
  /** Id of a {@link LegalDocument} in the rule pack's registry. */
  doc: z.string().min(1),
  /** Article (Điều). */
  article: z.union([z.number().int().positive(), z.string()]).optional(),
  /** Clause (khoản). */
  clause: z.union([z.number().int().positive(), z.string()]).optional(),
  /** Point (điểm), e.g. `b`, `đ`. */
  point: z.string().optional(),
  /** URL of the source used for this citation (official text or the answer quoting it). */
  url: z.string().url().optional(),
  confidence: confidenceSchema,
  /** Short note on what the citation supports or how it was read. */
  note: z.string().optional(),
});
/** See {@link citationSchema}. */
export type Citation = z.infer<typeof citationSchema>;

/**
 * Formats a citation the Vietnamese way: `Luật 06/2022/QH15 Điều 24 khoản 1 điểm b`.
 *
 * @param docs registry used to print the document's number; unknown ids print as given.
 */
export function formatCitation(c: Citation, docs?: ReadonlyMap<string, LegalDocument>, lang: 'vi' | 'en' = 'vi'): string {
  const d = docs?.get(c.doc);
  const head = d ? `${kindLabel(d.kind, lang)} ${d.number}` : c.doc;
  const parts = [head];
  if (c.article !== undefined) parts.push(`${lang === 'vi' ? 'Điều' : 'Art.'} ${c.article}`);
  if (c.clause !== undefined) parts.push(`${lang === 'vi' ? 'khoản' : 'cl.'} ${c.clause}`);
  if (c.point !== undefined) parts.push(`${lang === 'vi' ? 'điểm' : 'pt.'} ${c.point}`);
  return parts.join(' ');
}

function kindLabel(kind: LegalDocument['kind'], lang: 'vi' | 'en'): string {
  const vi: Record<LegalDocument['kind'], string> = {
    law: 'Luật',
    decree: 'Nghị định',
    circular: 'Thông tư',
    decision: 'Quyết định',
    'official-letter': 'Công văn',
    answer: 'Trả lời',
    regulation: 'Quy định',
  };
  const en: Record<LegalDocument['kind'], string> = {
    law: 'Law',
    decree: 'Decree',
    circular: 'Circular',
    decision: 'Decision',
    'official-letter': 'Letter',
    answer: 'Answer',
    regulation: 'Regulation',
  };
  return (lang === 'vi' ? vi : en)[kind];
}
