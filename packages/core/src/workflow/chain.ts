import { TdktError } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import type { AwardDefinition, Authority } from '../engine/plugin.js';
import type { Storage, StorageSession, Stored, WriteContext } from '../ports/storage.js';
import { StorageError, notFound } from '../ports/storage-errors.js';
import { decidingLevel } from './calendar.js';
import { PROPOSAL_LEVELS, advanceProposal, draftProposal, nextLevel, publicPostingRequired, type DocumentRef, type Proposal, type ProposalLevel, type StageRecord, type WorkflowOptions } from './proposal.js';

/** The levels a proposal for an award climbs, from where it starts to the level that decides it. */
export interface ProposalRoute {
  award: string;
  /** The award's form (for public posting, Decree 152/2025 Art 44 cl 2). */
  form: AwardDefinition['form'];
  /** Level of the first proposal. */
  from: ProposalLevel;
  /** Level whose authority decides the award on the date. */
  deciding: 'unit' | 'ministry-province' | 'central';
  /** Who decides, with the citation (the catalog's `decidedBy` entry in force). */
  authority: Authority;
  /** Every level from `from` to `deciding`, in order (Prime Minister/President awards pass through the Ministry of Home Affairs). */
  levels: ProposalLevel[];
}

/**
 * The route of a proposal for `award` started at level `from` on `date`: which level decides it,
 * from the catalog's authority map (`decidedBy`, whose entries carry their `level`), and the
 * levels in between. Awards the Prime Minister or the President decide go through the Ministry
 * of Home Affairs (Decree 152/2025 Art 33 cl 10).
 *
 * @throws TdktError `VALIDATION_FAILED` when no authority with a level decides the award on that
 *   date, or when `from` is above the deciding level.
 *
 * @example proposalRoute(engine.award('bang-khen-thu-tuong')!, '2025-12-01').levels // ['unit', 'ministry-province', 'home-affairs', 'central']
 */
export function proposalRoute(award: Pick<AwardDefinition, 'code' | 'form' | 'nameVi' | 'nameEn' | 'decidedBy'>, date: string, from: ProposalLevel = 'unit'): ProposalRoute {
  const deciding = decidingLevel(award, date);
  const authority = (award.decidedBy ?? []).find((a) => a.level === deciding && (a.from ?? '0000') <= date && (a.to === undefined || date <= a.to));
  if (!deciding || !authority)
    throw new TdktError('VALIDATION_FAILED', msg(`Không xác định được cấp quyết định ${award.nameVi} vào ngày ${date} (danh mục không ghi thẩm quyền theo cấp)`, `No level is known to decide ${award.nameEn} on ${date} (the catalog gives no authority with a level)`), { path: ['award'], value: award.code });
  const start = PROPOSAL_LEVELS.indexOf(from);
  const end = PROPOSAL_LEVELS.indexOf(deciding);
  if (start > end)
    throw new TdktError('VALIDATION_FAILED', msg(`${award.nameVi} do cấp ${deciding} quyết định; không thể bắt đầu đề nghị ở cấp ${from}`, `${award.nameEn} is decided at the ${deciding} level; a proposal cannot start at ${from}`), { path: ['from'], value: from });
  return { award: award.code, form: award.form, from, deciding, authority, levels: PROPOSAL_LEVELS.slice(start, end + 1) };
}

/**
 * Whether the proposal at `level` must be posted publicly before the ministry/province council:
 * only at the ministry/province level, for orders, state honorary titles and "Chiến sĩ thi đua
 * toàn quốc" (Decree 152/2025 Art 44 cl 2; see {@link publicPostingRequired}).
 */
export function postingRequiredAt(award: { code: string; form?: string }, level: ProposalLevel, simplified = false): boolean {
  return level === 'ministry-province' && publicPostingRequired(award, simplified);
}

/** The forwarding step: the date, the forwarding level's actor and its submission (tờ trình). */
export interface ForwardStep {
  date: string;
  actor: string;
  /** The forwarding level's documents (tờ trình, list); they start the next level's proposal. */
  documents?: readonly DocumentRef[];
  note?: string;
  /** Id of the next level's proposal (default `<id>/<level>`). */
  nextId?: string;
}

/**
 * Forwards a proposal its level agreed to (stage `appraised`) to the level above, on the
 * award's route: returns the proposal at stage `forwarded`, naming the next one, and the next
 * level's proposal at `drafted`, linked back by `forwardedFrom` (public posting required there
 * per {@link postingRequiredAt}). Neither input is changed.
 *
 * @throws StorageError `INVALID_TRANSITION` when the proposal's level decides the award (decide
 *   instead), is not on the route, the proposal is for another award, or it is not `appraised`.
 *
 * @example const { forwarded, next } = forwardProposal(p, { date: '2026-01-05', actor: 'Chủ tịch UBND xã', documents: [{ kind: 'dossier', title: 'Tờ trình' }] }, route);
 */
export function forwardProposal(proposal: Proposal, step: ForwardStep, route: ProposalRoute, options: WorkflowOptions = {}): { forwarded: Proposal; next: Proposal } {
  const fail = (vi: string, en: string, path: (string | number)[], value: unknown) => new StorageError('INVALID_TRANSITION', msg(`Hồ sơ đề nghị ${proposal.id}: ${vi}`, `Proposal ${proposal.id}: ${en}`), { path, value });
  if (proposal.award !== route.award) throw fail(`đề nghị "${proposal.award}", không theo tuyến của "${route.award}"`, `is for "${proposal.award}", not on the route of "${route.award}"`, ['award'], proposal.award);
  if (!route.levels.includes(proposal.level)) throw fail(`cấp ${proposal.level} không nằm trên tuyến ${route.levels.join(' → ')}`, `level ${proposal.level} is not on the route ${route.levels.join(' → ')}`, ['level'], proposal.level);
  if (proposal.level === route.deciding)
    throw fail(`cấp ${proposal.level} có thẩm quyền quyết định (${route.authority.who.vi}); hãy ra quyết định thay vì chuyển lên`, `the ${proposal.level} level decides (${route.authority.who.en}); decide instead of forwarding`, ['level'], proposal.level);
  const level = nextLevel(proposal.level)!;
  const id = step.nextId ?? `${proposal.id}/${level}`;
  const forwarded = advanceProposal(proposal, { to: 'forwarded', date: step.date, actor: step.actor, documents: step.documents ?? [], ...(step.note ? { note: step.note } : {}), next: { id, level } }, options);
  const next = draftProposal(
    { id, subjectId: proposal.subjectId, award: proposal.award, period: proposal.period, level, postingRequired: postingRequiredAt({ code: route.award, form: route.form }, level), forwardedFrom: proposal.id },
    { date: step.date, actor: step.actor, documents: step.documents ?? [], ...(step.note ? { note: step.note } : {}) },
  );
  return { forwarded, next };
}

/**
 * {@link forwardProposal} on a stored proposal, in one transaction: the proposal is updated
 * with the version read (compare-and-set) and the next level's proposal created, or neither.
 *
 * @throws StorageError `NOT_FOUND`, `INVALID_TRANSITION`, `STALE_WRITE`, `DUPLICATE` (next id taken).
 */
export async function forwardStoredProposal(storage: Storage | StorageSession, id: string, step: ForwardStep, route: ProposalRoute, w: WriteContext, options: WorkflowOptions = {}): Promise<{ forwarded: Stored<Proposal>; next: Stored<Proposal> }> {
  const run = async (s: StorageSession) => {
    const cur = await s.proposals.require(id);
    const { forwarded, next } = forwardProposal(cur.data, step, route, options);
    return { forwarded: await s.proposals.update(forwarded, cur.version, w), next: await s.proposals.create(next, w) };
  };
  return 'transaction' in storage ? storage.transaction(run) : run(storage);
}

/** One level of a proposal chain. */
export interface ProposalChainLink {
  id: string;
  level: ProposalLevel;
  stage: Proposal['stage'];
  version: number;
  /** Every stage with its date, actor, documents and facts (vote, posting, return reason, decision). */
  history: StageRecord[];
  /** Date of the first and the last stage. */
  from: string;
  to: string;
}

/** A proposal's whole chain, lowest level first (see {@link proposalChain}). */
export interface ProposalChain {
  subjectId: string;
  award: string;
  period: number;
  links: ProposalChainLink[];
  /** The proposal furthest up and its stage. */
  current: { id: string; level: ProposalLevel; stage: Proposal['stage'] };
  /** The decision, when the chain ended in one. */
  decision?: { level: ProposalLevel; date: string; actor: string; outcome: 'granted' | 'not-granted'; decisionId?: string };
  /** Every return, with its legal reason. */
  returns: { level: ProposalLevel; date: string; actor: string; reason?: Message; legalBasis?: string; overdue: boolean }[];
}

/**
 * The chain a stored proposal belongs to, from the first level to the last, read in one
 * transaction: each level's stages, dates, actors and documents, the returns with their legal
 * reason, and the decision.
 *
 * @throws StorageError `NOT_FOUND` for an unknown id or a broken link; `INVALID_TRANSITION` for
 *   links that loop or name proposals of another subject or award.
 */
export async function proposalChain(storage: Storage | StorageSession, id: string): Promise<ProposalChain> {
  const run = async (s: StorageSession): Promise<ProposalChain> => {
    const start = await s.proposals.require(id);
    const seen = new Set<string>([start.id]);
    const follow = async (nextId: string, from: Stored<Proposal>): Promise<Stored<Proposal>> => {
      if (seen.has(nextId)) throw new StorageError('INVALID_TRANSITION', msg(`Chuỗi hồ sơ đề nghị bị vòng lặp tại ${nextId}`, `The proposal chain loops at ${nextId}`), { path: ['proposals', nextId], value: nextId });
      seen.add(nextId);
      const got = await s.proposals.get(nextId);
      if (!got) throw notFound('proposals', nextId);
      if (got.data.subjectId !== from.data.subjectId || got.data.award !== from.data.award)
        throw new StorageError('INVALID_TRANSITION', msg(`Hồ sơ ${nextId} không cùng đối tượng và hình thức với ${from.id}`, `Proposal ${nextId} is not for the same subject and award as ${from.id}`), { path: ['proposals', nextId], value: nextId });
      return got;
    };
    const down: Stored<Proposal>[] = [];
    for (let p = start; p.data.forwardedFrom; ) (p = await follow(p.data.forwardedFrom, p), down.unshift(p));
    const up: Stored<Proposal>[] = [];
    for (let p = start; ; ) {
      const next = p.data.history.at(-1)?.forwardedTo;
      if (p.data.stage !== 'forwarded' || !next) break;
      p = await follow(next.id, p);
      up.push(p);
    }
    const all = [...down, start, ...up];
    const links = all.map((p) => ({ id: p.id, level: p.data.level, stage: p.data.stage, version: p.version, history: p.data.history, from: p.data.history[0]!.date, to: p.data.history.at(-1)!.date }));
    const top = all.at(-1)!;
    const decided = top.data.stage === 'decided' ? top.data.history.at(-1)! : undefined;
    return {
      subjectId: start.data.subjectId,
      award: start.data.award,
      period: start.data.period,
      links,
      current: { id: top.id, level: top.data.level, stage: top.data.stage },
      ...(decided ? { decision: { level: top.data.level, date: decided.date, actor: decided.actor, outcome: decided.outcome!, ...(decided.decisionId ? { decisionId: decided.decisionId } : {}) } } : {}),
      returns: all.flatMap((p) =>
        p.data.history.filter((h) => h.stage === 'returned').map((h) => ({ level: p.data.level, date: h.date, actor: h.actor, ...(h.reason ? { reason: h.reason } : {}), ...(h.legalBasis ? { legalBasis: h.legalBasis } : {}), overdue: h.overdue === true })),
      ),
    };
  };
  return 'transaction' in storage ? storage.transaction(run) : run(storage);
}
