import type { Citation } from '../citation.js';
import { yearOf } from '../dates.js';
import { TdktError } from '../errors.js';
import { msg, type Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import type { EvaluationRequestInput } from '../model/request.js';
import type { AwardHeld, Subject } from '../model/subject.js';
import type { Engine } from '../engine/engine.js';
import type { Explanation } from '../engine/types.js';
import { decisionRecord, type Cancellation, type DecisionEvent, type Storage, type StoredDecision, type StoredSubject, type WriteContext } from './storage.js';
import { notFound } from './storage-errors.js';

/**
 * Law 06/2022/QH15 Art 93 cl 2: the cases in which a decision awarding a title or form is
 * cancelled (its award and reward recovered). The default citation of a re-evaluation report.
 */
export const CANCELLATION_CITATION: Citation = {
  doc: 'luat-06-2022',
  article: 93,
  clause: 2,
  url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-vii-1004.html',
  confidence: 'official',
  note: 'Hủy bỏ quyết định tặng danh hiệu thi đua, hình thức khen thưởng; thủ tục: Nghị định 152/2025/NĐ-CP Điều 56',
};

/** The re-evaluation of one decision that relied on the cancelled one. */
export interface ReevaluationReport {
  decisionId: string;
  subjectId: string;
  award: string;
  period: number;
  oldOutcome: Outcome;
  newOutcome: Outcome;
  oldHash: string;
  /** Explanation hash of the re-evaluation (structure only, see `explanationHash`). */
  newHash: string;
  /** The outcome or its reasons (the hash) changed. */
  changed: boolean;
  outcomeChanged: boolean;
  /** The decisions left out of the subject's awards for this re-evaluation: the cancelled one and dependents no longer eligible. */
  without: string[];
  explanation: Explanation;
  /** Id of the re-evaluation appended as a new decision record, when asked for and changed. */
  appendedId?: string;
  /** The cancellation's legal basis (as in {@link ReevaluationResult.citation}). */
  citation: Citation;
  message: Message;
}

/** What {@link reevaluateAfterCancellation} did. */
export interface ReevaluationResult {
  /** The cancelled decision, now with its cancellation event. */
  cancelled: StoredDecision;
  event: DecisionEvent;
  /** The legal basis of the cancellation (default {@link CANCELLATION_CITATION}). */
  citation: Citation;
  /** One report per dependent, in dependency order (a decision after those it relied on). */
  reports: ReevaluationReport[];
}

/** Options of {@link reevaluateAfterCancellation}. */
export interface ReevaluationOptions {
  /**
   * Builds the request for a dependent from the default one (`asOf`, `award`, `period` of the
   * stored decision; the stored subject as of `asOf` without the awards no longer held; the
   * province and sector plugins among its rule packs) — e.g. to add the council vote or the
   * dossier date.
   */
  requestFor?: (input: { decision: StoredDecision; subject: Subject; request: EvaluationRequestInput }) => EvaluationRequestInput;
  /**
   * Append each changed re-evaluation as a new decision record (append-only: the old one stays),
   * with `supersedes` naming the old one; its id is `idFor(old)` (default `<old id>#after-<cancelled id>`).
   */
  append?: boolean | { idFor: (old: StoredDecision) => string };
  /** The cancellation's legal basis (default {@link CANCELLATION_CITATION}). */
  citation?: Citation;
}

/**
 * Cancels a decision (Law Art 93) and re-evaluates the decisions that relied on it, in one
 * transaction: for each dependent, in dependency order, the request is rebuilt from the stored
 * subject as of the decision's `asOf` with the cancelled award marked `cancelled` (it then
 * counts for nothing) — and, down the chain, with the awards of dependents that are no longer
 * eligible removed — then the engine runs again on the rules of that date. Each report gives
 * the old and new outcome, the new explanation hash, whether it changed, and the cancellation's
 * citation; with `append`, each changed re-evaluation is appended as a new decision record that
 * `supersedes` the old one. Any failure leaves the store as it was (the cancellation included).
 *
 * Only the subject of the cancelled decision loses the award: a dependent of another subject
 * (a collective relying on a member's title) is re-evaluated on its own facts.
 *
 * @throws StorageError `NOT_FOUND` (the decision or a dependent's subject), `ALREADY_CANCELLED`,
 *   `DUPLICATE` (an appended id taken); TdktError from the engine, its path prefixed with
 *   `['dependents', id]`.
 *
 * @example const r = await reevaluateAfterCancellation(storage, engine, 'QD-LDTT-2024', { date: '2026-03-01', reason: { vi: 'Gian dối', en: 'False declaration' } }, { actor: 'UBND' }, { append: true });
 */
export async function reevaluateAfterCancellation(storage: Storage, engine: Engine, cancelledId: string, cancellation: Cancellation, w: WriteContext, options: ReevaluationOptions = {}): Promise<ReevaluationResult> {
  return storage.transaction(async (s) => {
    const { event, dependents } = await s.decisions.cancel(cancelledId, cancellation, w);
    const cancelled = (await s.decisions.get(cancelledId))!;
    const dropped: { d: StoredDecision; how: 'cancelled' | 'no-longer-eligible' }[] = [{ d: cancelled, how: 'cancelled' }];
    const reports: ReevaluationReport[] = [];
    const citation = options.citation ?? CANCELLATION_CITATION;
    for (const d of dependencyOrder(dependents)) {
      if (d.status === 'cancelled') continue;
      const stored = await s.subjects.get(d.data.subjectId);
      if (!stored) throw Object.assign(notFound('subjects', d.data.subjectId), { path: ['dependents', d.id, 'subjectId'] });
      const own = dropped.filter((x) => x.d.data.subjectId === d.data.subjectId);
      const subject = without(asOf(stored.data, d.data.asOf), own);
      const base: EvaluationRequestInput = { asOf: d.data.asOf, award: d.data.award, period: d.data.period, subject, ...pluginsOf(engine, d) };
      const request = options.requestFor ? options.requestFor({ decision: d, subject, request: base }) : base;
      let decision;
      try {
        decision = engine.evaluate(request);
      } catch (e) {
        if (!(e instanceof TdktError)) throw e;
        throw new TdktError(e.code, msg(`Xét lại quyết định ${d.id}: ${e.messages.vi}`, `Re-evaluating decision ${d.id}: ${e.messages.en}`), { path: ['dependents', d.id, ...e.path], value: e.value, issues: e.issues, cause: e });
      }
      const outcomeChanged = decision.outcome !== d.data.outcome;
      const changed = outcomeChanged || decision.hash !== d.data.hash;
      if (d.data.outcome === 'eligible' && decision.outcome !== 'eligible') dropped.push({ d, how: 'no-longer-eligible' });
      let appendedId: string | undefined;
      if (options.append && changed) {
        appendedId = typeof options.append === 'object' ? options.append.idFor(d) : `${d.id}#after-${cancelledId}`;
        const gone = new Set(dropped.map((x) => x.d.id));
        await s.decisions.append(decisionRecord(decision, { id: appendedId, subjectId: d.data.subjectId, supersedes: d.id, reliesOn: d.data.reliesOn.filter((r) => !gone.has(r)), ...(d.data.proposalId ? { proposalId: d.data.proposalId } : {}) }), w);
      }
      reports.push({
        decisionId: d.id,
        subjectId: d.data.subjectId,
        award: d.data.award,
        period: d.data.period,
        oldOutcome: d.data.outcome,
        newOutcome: decision.outcome,
        oldHash: d.data.hash,
        newHash: decision.hash,
        changed,
        outcomeChanged,
        without: own.map((x) => x.d.id),
        explanation: decision.explanation,
        ...(appendedId ? { appendedId } : {}),
        citation,
        message: outcomeChanged
          ? msg(`Quyết định ${d.id} (${d.data.award} ${d.data.period}) dựa vào quyết định ${cancelledId} đã bị hủy bỏ: xét lại, kết quả đổi từ "${d.data.outcome}" thành "${decision.outcome}"`, `Decision ${d.id} (${d.data.award} ${d.data.period}) relied on the cancelled ${cancelledId}: re-evaluated, the outcome changes from "${d.data.outcome}" to "${decision.outcome}"`)
          : msg(`Quyết định ${d.id} (${d.data.award} ${d.data.period}) xét lại sau khi hủy bỏ ${cancelledId}: kết quả giữ nguyên "${decision.outcome}"${changed ? ', căn cứ thay đổi' : ''}`, `Decision ${d.id} (${d.data.award} ${d.data.period}) re-evaluated after ${cancelledId} was cancelled: the outcome stays "${decision.outcome}"${changed ? ', its reasons changed' : ''}`),
      });
    }
    return { cancelled, event, citation, reports };
  });
}

/** Dependents ordered so that each comes after the dependents it relied on (ties by id). */
function dependencyOrder(ds: StoredDecision[]): StoredDecision[] {
  const left = new Map(ds.map((d) => [d.id, d]));
  const out: StoredDecision[] = [];
  while (left.size) {
    const ready = [...left.values()].filter((d) => !d.data.reliesOn.some((r) => left.has(r)));
    // a loop cannot be stored (reliesOn must name existing decisions), but never spin: take the rest in id order
    for (const d of ready.length ? ready : [...left.values()]) (out.push(d), left.delete(d.id));
  }
  return out;
}

/** Province and sector plugins among a decision's rule packs (the national ones apply anyway). */
function pluginsOf(engine: Engine, d: StoredDecision): { province?: string; sector?: string } {
  const out: { province?: string; sector?: string } = {};
  for (const r of d.data.rulePacks) {
    const kind = engine.plugin(r.id)?.kind;
    if (kind === 'province' && !out.province) out.province = r.id;
    if (kind === 'sector' && !out.sector) out.sector = r.id;
  }
  return out;
}

/** The subject's facts known on `date` (later records are left out: the decision is replayed as of its date). */
function asOf(subject: StoredSubject, date: string): Subject {
  const y = yearOf(date);
  const upTo = (d: string | undefined) => d === undefined || d <= date;
  const s: Subject = { ...subject };
  if (s.years) s.years = s.years.filter((x) => x.year <= y);
  if (s.awards) s.awards = s.awards.filter((x) => upTo(x.decidedOn));
  if (s.discipline) s.discipline = s.discipline.filter((x) => upTo(x.decidedOn));
  if (s.pending) s.pending = s.pending.filter((x) => upTo(x.since));
  if (s.penalties) s.penalties = s.penalties.filter((x) => upTo(x.date));
  if (s.transfers) s.transfers = s.transfers.filter((x) => upTo(x.date));
  if (s.positions) s.positions = s.positions.filter((x) => upTo(x.from));
  if (s.leaves) s.leaves = s.leaves.filter((x) => upTo(x.from));
  if (s.initiatives) s.initiatives = s.initiatives.filter((x) => x.year <= y);
  return s;
}

/**
 * The subject without the awards of `dropped`: the title is taken out of the year's titles; a
 * held award of that decision is marked `cancelled` (a cancelled decision counts for nothing and
 * is shown as such) or, for a dependent no longer eligible, left out — and a cancelled decision
 * not listed among the held awards is added as one, so the explanation shows it.
 */
function without(subject: Subject, dropped: { d: StoredDecision; how: 'cancelled' | 'no-longer-eligible' }[]): Subject {
  let years = subject.years;
  let awards: AwardHeld[] | undefined = subject.awards;
  for (const { d, how } of dropped) {
    const r = d.data;
    years = years?.map((y) => (y.year === r.period && y.titles?.includes(r.award) ? { ...y, titles: y.titles.filter((t) => t !== r.award) } : y));
    const same = (a: AwardHeld) => a.award === r.award && (r.decisionNo && a.decisionNo ? a.decisionNo === r.decisionNo : a.period ? a.period[1] === r.period : a.decidedOn !== undefined && a.decidedOn === r.decidedOn);
    const matched = (awards ?? []).some(same);
    awards = how === 'cancelled' ? (awards ?? []).map((a) => (same(a) ? { ...a, status: 'cancelled' as const } : a)) : (awards ?? []).filter((a) => !same(a));
    if (how === 'cancelled' && !matched)
      awards.push({ award: r.award, period: [r.period, r.period], status: 'cancelled', ...(r.decisionNo ? { decisionNo: r.decisionNo } : {}), ...(r.decidedOn ? { decidedOn: r.decidedOn } : {}) });
  }
  return { ...subject, ...(years ? { years } : {}), ...(awards ? { awards } : {}) };
}
