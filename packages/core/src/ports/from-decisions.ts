/**
 * Building export documents from engine decisions: a proposal list for one award and year, and an
 * explanation report, with the award resolved against a catalog (`engine.catalog()`).
 */
import { formatCitation, type LegalDocument } from '../citation.js';
import { walk } from '../engine/combinators.js';
import type { Decision } from '../engine/engine.js';
import type { Explanation } from '../engine/types.js';
import { TdktError } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import type { AwardRef, ExplanationReport, Issuer, PersonalData, ProposalList, ReportNode } from './documents.js';

/** One decided line: who, where, and the engine's decision. */
export interface DecidedLine {
  name: string;
  unit: string;
  decision: Pick<Decision, 'award' | 'period' | 'outcome' | 'explanation' | 'hash'> & { subject?: { kind?: string }; rulePacks?: { id: string; version: string }[] };
  position?: string;
  personal?: PersonalData;
}

/**
 * Finds an award in a catalog.
 *
 * @throws TdktError `UNKNOWN_AWARD` when the code is not in the catalog.
 */
export function resolveAward(code: string, catalog: readonly AwardRef[]): AwardRef {
  const a = catalog.find((x) => x.code === code);
  if (!a) throw new TdktError('UNKNOWN_AWARD', msg(`Mã danh hiệu/hình thức khen thưởng không có trong danh mục: ${code}`, `Unknown award code: ${code}`), { path: ['award'], value: code });
  return { code: a.code, nameVi: a.nameVi, nameEn: a.nameEn, ...(a.kind ? { kind: a.kind } : {}) };
}

/** The deciding leaf messages of a decision (at most 4), for a list's "reasons" column. */
export function decidingReasons(e: Explanation, outcome: Outcome): Message {
  const pick = (lang: 'vi' | 'en'): string => {
    const out: string[] = [];
    if (outcome === 'ineligible') {
      for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === 'ineligible' && !n.notClaimed) out.push(n.message[lang]);
      if (out.length) return [...new Set(out)].slice(0, 4).join('; ');
    }
    for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === outcome && !n.procedural && !n.notClaimed && !n.trivial) out.push(n.message[lang]);
    return [...new Set(out)].slice(0, 4).join('; ') || e.text[lang];
  };
  return { vi: pick('vi').replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1'), en: pick('en') };
}

/** Options of {@link proposalListFromDecisions}. */
export interface ProposalListInput {
  award: string;
  year: number;
  asOf: string;
  lines: readonly DecidedLine[];
  /** The award catalog, e.g. `engine.catalog()`. */
  catalog: readonly AwardRef[];
  /** Outcomes to list (default: eligible only — a danh sách đề nghị lists proposals). */
  outcomes?: readonly Outcome[];
  issuer?: Issuer;
  note?: Message;
}

/**
 * A proposal list for one award and year from decided lines: the lines of that award and period
 * with the chosen outcomes, sorted by unit then given name (Vietnamese order).
 *
 * @throws TdktError `UNKNOWN_AWARD` when `award` is not in the catalog.
 */
export function proposalListFromDecisions(input: ProposalListInput): ProposalList {
  const award = resolveAward(input.award, input.catalog);
  const outcomes = input.outcomes ?? ['eligible'];
  const given = (n: string) => n.trim().split(/\s+/).at(-1) ?? n;
  const rows = input.lines
    .filter((l) => l.decision.award === input.award && l.decision.period === input.year && outcomes.includes(l.decision.outcome))
    .sort((a, b) => outcomes.indexOf(a.decision.outcome) - outcomes.indexOf(b.decision.outcome) || a.unit.localeCompare(b.unit, 'vi') || given(a.name).localeCompare(given(b.name), 'vi') || a.name.localeCompare(b.name, 'vi'))
    .map((l) => ({
      name: l.name,
      unit: l.unit,
      outcome: l.decision.outcome,
      reasons: decidingReasons(l.decision.explanation, l.decision.outcome),
      hash: l.decision.hash,
      ...(l.position ? { position: l.position } : {}),
      ...(l.decision.subject?.kind === 'collective' || l.decision.subject?.kind === 'individual' || l.decision.subject?.kind === 'household' ? { subjectKind: l.decision.subject.kind as 'individual' | 'collective' | 'household' } : {}),
      ...(l.personal ? { personal: l.personal } : {}),
    }));
  return { kind: 'proposal-list', award, year: input.year, asOf: input.asOf, rows, ...(input.issuer ? { issuer: input.issuer } : {}), ...(input.note ? { note: input.note } : {}) };
}

/** An explanation tree as a report prints it: texts and formatted citations; trivial nodes dropped. */
export function reportNode(e: Explanation, docs?: ReadonlyMap<string, LegalDocument>): ReportNode {
  return {
    outcome: e.outcome,
    text: e.kind === 'leaf' ? e.message : e.text,
    citations: [...new Set(e.citations.map((c) => formatCitation(c, docs)))],
    ...(e.route ? { route: e.route } : {}),
    ...(e.procedural ? { procedural: true } : {}),
    ...(e.decisive ? { decisive: true } : {}),
    children: e.children.filter((c) => !c.trivial).map((c) => reportNode(c, docs)),
  };
}

/** Options of {@link explanationReportFromDecisions}. */
export interface ExplanationReportInput {
  year: number;
  asOf: string;
  lines: readonly DecidedLine[];
  catalog: readonly AwardRef[];
  /** Legal documents for formatting citations (`engine.documents`). */
  documents?: ReadonlyMap<string, LegalDocument>;
  /** Only these awards (default: all in the lines). */
  awards?: readonly string[];
  /** Only these outcomes (default: all). */
  outcomes?: readonly Outcome[];
}

/**
 * The explanation report of decided lines: every decision of the year with its cited tree.
 *
 * @throws TdktError `UNKNOWN_AWARD` when a line's award is not in the catalog.
 */
export function explanationReportFromDecisions(input: ExplanationReportInput): ExplanationReport {
  const lines = input.lines.filter((l) => l.decision.period === input.year && (!input.awards || input.awards.includes(l.decision.award)) && (!input.outcomes || input.outcomes.includes(l.decision.outcome)));
  const packs = [...new Set(lines.flatMap((l) => (l.decision.rulePacks ?? []).map((p) => `${p.id}@${p.version}`)))];
  return {
    kind: 'explanation-report',
    year: input.year,
    asOf: input.asOf,
    rulePacks: packs,
    entries: lines.map((l) => ({ award: resolveAward(l.decision.award, input.catalog), name: l.name, unit: l.unit, outcome: l.decision.outcome, hash: l.decision.hash, explanation: reportNode(l.decision.explanation, input.documents) })),
  };
}
