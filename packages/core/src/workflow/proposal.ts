import { z } from 'zod';
import { isoDateSchema, toDate } from '../dates.js';
import { parseWith } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import { awardCodeSchema } from '../model/codes.js';
import { StorageError } from '../ports/storage-errors.js';

const text = z.string().min(1).transform((s) => s.normalize('NFC'));

/**
 * The stages of a proposal for an award, in the order offices run them: the proposing unit's
 * council review and vote (with minutes), public posting where the law requires it (Decree
 * 152/2025 Art 44), submission with the dossier, appraisal, return with its legal reason (Art 35
 * cl 4) and decision — or, at a level that does not decide the award, `forwarded`: the level
 * agreed and sent the proposal on to the next level, where a linked proposal continues (see
 * `forwardProposal`).
 */
export const proposalStageSchema = z.enum(['drafted', 'council-reviewed', 'posted', 'submitted', 'appraised', 'returned', 'decided', 'forwarded']);
/** See {@link proposalStageSchema}. */
export type ProposalStage = z.infer<typeof proposalStageSchema>;

/** The level that receives the proposal: unit, ministry/province, Ministry of Home Affairs, Prime Minister/President. */
export const proposalLevelSchema = z.enum(['unit', 'ministry-province', 'home-affairs', 'central']);

/** The levels in the order a proposal climbs them. */
export const PROPOSAL_LEVELS: readonly ProposalLevel[] = proposalLevelSchema.options;

/** The level above `level`, or `undefined` at the top (`central`). */
export function nextLevel(level: ProposalLevel): ProposalLevel | undefined {
  return PROPOSAL_LEVELS[PROPOSAL_LEVELS.indexOf(level) + 1];
}
/** See {@link proposalLevelSchema}. */
export type ProposalLevel = z.infer<typeof proposalLevelSchema>;

/** A document attached to a stage: minutes (`minutes`), dossier (`dossier`), report, notice, decision. */
export const documentRefSchema = z.strictObject({
  /** What it is: `minutes` (biên bản), `dossier` (hồ sơ), `posting` (công khai), `notice`, `decision`, `report`, … */
  kind: z.string().min(1),
  title: text,
  number: z.string().optional(),
  date: isoDateSchema.optional(),
  /** Where the file is kept (path or URL). */
  uri: z.string().optional(),
});
/** See {@link documentRefSchema}. */
export type DocumentRef = z.infer<typeof documentRefSchema>;

const messageSchema = z.strictObject({ vi: text, en: z.string().min(1) });

/** One stage reached by a proposal: when, by whom, with which documents and the stage's own facts. */
export const stageRecordSchema = z.strictObject({
  stage: proposalStageSchema,
  date: isoDateSchema,
  /** Who acted (person or body). Stored as given. */
  actor: z.string().min(1),
  documents: z.array(documentRefSchema),
  note: z.string().optional(),
  /** Council review: the vote. */
  vote: z.strictObject({ members: z.number().int().positive(), inFavour: z.number().int().min(0) }).optional(),
  /** Public posting: the date of the ministry/province council meeting it precedes. */
  councilDate: isoDateSchema.optional(),
  /** Return: the reason and its legal basis (Decree 152/2025 Art 35 cl 4 point a). */
  reason: messageSchema.optional(),
  legalBasis: z.string().min(1).optional(),
  /** Return: sent later than 10 working days after the submission. */
  overdue: z.boolean().optional(),
  /** Decision: granted or not, and the stored decision's id. */
  outcome: z.enum(['granted', 'not-granted']).optional(),
  decisionId: z.string().min(1).optional(),
  /** Forwarding: the id and level of the next level's proposal. */
  forwardedTo: z.strictObject({ id: z.string().min(1), level: proposalLevelSchema }).optional(),
});
/** See {@link stageRecordSchema}. */
export type StageRecord = z.infer<typeof stageRecordSchema>;

/** A proposal for an award and its history of stages (the last one is the current stage). */
export const proposalSchema = z.strictObject({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  award: awardCodeSchema,
  period: z.number().int().min(1945).max(2100),
  level: proposalLevelSchema,
  /** Public posting is required before the ministry/province council (see {@link publicPostingRequired}). */
  postingRequired: z.boolean(),
  stage: proposalStageSchema,
  history: z.array(stageRecordSchema).min(1),
  /** The lower level's proposal this one continues (set by `forwardProposal`). */
  forwardedFrom: z.string().min(1).optional(),
});
/** See {@link proposalSchema}. */
export type Proposal = z.infer<typeof proposalSchema>;
/** Input shape of {@link proposalSchema}. */
export type ProposalInput = z.input<typeof proposalSchema>;

/**
 * Whether the law requires public posting of the list before the ministry/province council:
 * orders, state honorary titles and "Chiến sĩ thi đua toàn quốc" (Decree 152/2025 Art 44 cl 2;
 * not for the simplified procedure).
 *
 * @example publicPostingRequired({ code: 'chien-si-thi-dua-toan-quoc', form: 'emulation-title' }) // true
 */
export function publicPostingRequired(award: { code: string; form?: string }, simplified = false): boolean {
  if (simplified) return false;
  return award.form === 'order' || award.form === 'state-honorary-title' || award.code === 'chien-si-thi-dua-toan-quoc';
}

/**
 * Working days after `from` up to and including `to` (Monday to Friday, minus `holidays`, which
 * is calendar data a plugin supplies). Negative when `to` is before `from`.
 *
 * @example workingDaysBetween('2025-12-01', '2025-12-15') // 10
 */
export function workingDaysBetween(from: string, to: string, holidays: readonly string[] = []): number {
  if (to < from) return -workingDaysBetween(to, from, holidays);
  const off = new Set(holidays);
  let n = 0;
  const d = toDate(from);
  const end = toDate(to).getTime();
  for (d.setDate(d.getDate() + 1); d.getTime() <= end; d.setDate(d.getDate() + 1)) {
    const wd = d.getDay();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (wd !== 0 && wd !== 6 && !off.has(iso)) n++;
  }
  return n;
}

interface StepBase {
  date: string;
  actor: string;
  documents?: readonly DocumentRef[];
  note?: string;
}

/** One move of a proposal to its next stage, with that stage's facts. */
export type ProposalStep =
  | (StepBase & { to: 'council-reviewed'; vote: { readonly members: number; readonly inFavour: number } })
  | (StepBase & { to: 'posted'; councilDate: string })
  | (StepBase & { to: 'submitted' })
  | (StepBase & { to: 'appraised'; vote?: { readonly members: number; readonly inFavour: number } })
  | (StepBase & { to: 'returned'; reason: Message; legalBasis: string })
  | (StepBase & { to: 'decided'; outcome: 'granted' | 'not-granted'; decisionId?: string })
  | (StepBase & { to: 'forwarded'; next: { id: string; level: ProposalLevel } });

/** Stages reachable from each stage (posting only when required; see {@link advanceProposal}). */
export const proposalTransitions: Readonly<Record<ProposalStage, readonly ProposalStage[]>> = {
  drafted: ['council-reviewed'],
  'council-reviewed': ['posted', 'submitted'],
  posted: ['submitted'],
  submitted: ['appraised', 'returned'],
  appraised: ['decided', 'returned', 'forwarded'],
  returned: ['submitted'],
  decided: [],
  forwarded: [],
};

/** Options of {@link advanceProposal}: the holiday calendar (plugin data) for working days. */
export interface WorkflowOptions {
  holidays?: readonly string[];
}

function invalid(p: { id: string; stage: string }, vi: string, en: string, path: (string | number)[], value: unknown): StorageError {
  return new StorageError('INVALID_TRANSITION', msg(`Hồ sơ đề nghị ${p.id}: ${vi}`, `Proposal ${p.id}: ${en}`), { path, value });
}

function checkedVote(p: Proposal, vote: { readonly members: number; readonly inFavour: number }): { members: number; inFavour: number } {
  if (vote.inFavour > vote.members) throw invalid(p, 'số phiếu đồng ý lớn hơn số thành viên', 'more votes in favour than members', ['vote', 'inFavour'], vote.inFavour);
  return { members: vote.members, inFavour: vote.inFavour };
}

/**
 * Starts a proposal at the `drafted` stage.
 *
 * @throws TdktError `VALIDATION_FAILED` for malformed input.
 */
export function draftProposal(
  input: { id: string; subjectId: string; award: string; period: number; level: ProposalLevel; postingRequired: boolean; forwardedFrom?: string },
  step: StepBase,
): Proposal {
  return parseWith(proposalSchema, { ...input, stage: 'drafted', history: [{ stage: 'drafted', date: step.date, actor: step.actor, documents: [...(step.documents ?? [])], ...(step.note ? { note: step.note } : {}) }] });
}

/**
 * Moves a proposal to its next stage and returns the new proposal (the input is not changed).
 * Checks the order of stages, that dates do not go back, that the council review carries its
 * minutes and vote, that posting (where required) starts at least 10 working days before the
 * ministry/province council (Decree 152/2025 Art 44 cl 2), that a submission carries its dossier
 * and that a return states its legal basis (Art 35 cl 4 point a); a return later than 10 working
 * days after the submission is recorded with `overdue: true`. A proposal forwarded from the level
 * below (`forwardedFrom`) may go from `drafted` straight to `posted` or `submitted` (the lower
 * level's council reviewed it); `forwarded` (from `appraised`) names the next level's proposal,
 * which must be the level just above — use `forwardProposal` to create both at once.
 *
 * @throws StorageError `INVALID_TRANSITION` (code `VALIDATION_FAILED`) with the path and value.
 */
export function advanceProposal(proposal: Proposal, step: ProposalStep, options: WorkflowOptions = {}): Proposal {
  const p = parseWith(proposalSchema, proposal);
  // A proposal forwarded from the level below was reviewed by that level's council: it is posted
  // (where required) or submitted as drafted.
  const allowed: readonly ProposalStage[] = p.stage === 'drafted' && p.forwardedFrom ? ['council-reviewed', 'posted', 'submitted'] : proposalTransitions[p.stage];
  if (!allowed.includes(step.to))
    throw invalid(p, `không thể chuyển từ bước "${p.stage}" sang "${step.to}"`, `cannot move from "${p.stage}" to "${step.to}"`, ['stage'], { from: p.stage, to: step.to });
  const last = p.history[p.history.length - 1]!;
  if (step.date < last.date) throw invalid(p, `ngày ${step.date} trước ngày của bước trước (${last.date})`, `date ${step.date} is before the previous stage (${last.date})`, ['date'], step.date);
  const documents = [...(step.documents ?? [])];
  const record: StageRecord = { stage: step.to, date: step.date, actor: step.actor, documents, ...(step.note ? { note: step.note } : {}) };
  switch (step.to) {
    case 'council-reviewed': {
      if (!documents.some((d) => d.kind === 'minutes')) throw invalid(p, 'thiếu biên bản họp Hội đồng', 'the council minutes are missing', ['documents'], documents);
      record.vote = checkedVote(p, step.vote);
      break;
    }
    case 'posted': {
      if (!p.postingRequired) throw invalid(p, 'hình thức này không phải công khai', 'this award needs no public posting', ['stage'], { from: p.stage, to: step.to });
      const days = workingDaysBetween(step.date, step.councilDate, options.holidays);
      if (days < 10)
        throw invalid(
          p,
          `công khai phải ít nhất 10 ngày làm việc trước họp Hội đồng bộ, ngành, tỉnh (Điều 44 khoản 2 Nghị định 152/2025); mới có ${days}`,
          `posting must start at least 10 working days before the ministry/province council (Decree 152/2025 Art 44 cl 2); only ${days}`,
          ['councilDate'],
          step.councilDate,
        );
      record.councilDate = step.councilDate;
      break;
    }
    case 'submitted': {
      if ((p.stage === 'council-reviewed' || p.stage === 'drafted') && p.postingRequired)
        throw invalid(p, 'phải công khai danh sách trước khi trình (Điều 44 khoản 2 Nghị định 152/2025)', 'the list must be posted publicly before submission (Decree 152/2025 Art 44 cl 2)', ['stage'], { from: p.stage, to: step.to });
      if (!documents.some((d) => d.kind === 'dossier')) throw invalid(p, 'thiếu hồ sơ đề nghị', 'the dossier is missing', ['documents'], documents);
      break;
    }
    case 'appraised': {
      // the receiving level's council may vote at appraisal (e.g. the ministry/province council, Decree 152/2025 Art 33 cl 5)
      if (step.vote) record.vote = checkedVote(p, step.vote);
      break;
    }
    case 'returned': {
      if (!step.legalBasis?.trim() || !step.reason?.vi?.trim() || !step.reason?.en?.trim())
        throw invalid(p, 'văn bản trả lại hồ sơ phải nêu rõ lý do và căn cứ pháp lý (Điều 35 khoản 4 Nghị định 152/2025)', 'a return must state its reason and legal basis (Decree 152/2025 Art 35 cl 4)', ['legalBasis'], step.legalBasis);
      const submitted = [...p.history].reverse().find((h) => h.stage === 'submitted');
      record.reason = msg(step.reason.vi, step.reason.en);
      record.legalBasis = step.legalBasis;
      if (submitted && workingDaysBetween(submitted.date, step.date, options.holidays) > 10) record.overdue = true;
      break;
    }
    case 'decided': {
      record.outcome = step.outcome;
      if (step.decisionId) record.decisionId = step.decisionId;
      break;
    }
    case 'forwarded': {
      const above = nextLevel(p.level);
      if (!above || step.next?.level !== above)
        throw invalid(p, `chỉ chuyển được lên cấp liền trên (${above ?? 'không có'})`, `can only be forwarded to the level above (${above ?? 'none'})`, ['next', 'level'], step.next?.level);
      if (!step.next.id?.trim() || step.next.id === p.id) throw invalid(p, 'thiếu mã hồ sơ của cấp trên', 'the next level\'s proposal id is missing', ['next', 'id'], step.next.id);
      record.forwardedTo = { id: step.next.id, level: step.next.level };
      break;
    }
  }
  return parseWith(proposalSchema, { ...p, stage: step.to, history: [...p.history, record] });
}
