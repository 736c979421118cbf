/**
 * What keeps the two paths of an evaluation — the explanation (`evaluate`) and the outcome alone
 * (`Criterion.outcome`) — in agreement whatever a plugin's criteria do: a test that throws or
 * returns something that is not a result, a hand-made criterion that returns something that is
 * not an explanation node, a message or evidence that cannot be written. Each becomes the same
 * needs-review on both paths, or leaves the outcome alone. Internal to `@tdkt/core` (not exported
 * from the package).
 */
import { msg, type Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import type { Citation } from '../citation.js';
import type { Criterion, EvalContext, Evidence, Explanation, LeafResult, MessageSource } from './types.js';

export const isOutcome = (o: unknown): o is Outcome => o === 'eligible' || o === 'ineligible' || o === 'needs-review';
export const isMessage = (m: unknown): m is Message => typeof m === 'object' && m !== null && typeof (m as Message).vi === 'string' && typeof (m as Message).en === 'string';
const isCitation = (c: unknown): c is Citation => typeof c === 'object' && c !== null && typeof (c as Citation).doc === 'string';

/** The text of an error, whatever was thrown. */
export function errorText(e: unknown): string {
  try {
    return String((e as Error)?.message ?? e);
  } catch {
    return 'unknown error';
  }
}

const NO_TEXT: Message = Object.freeze(msg('(không có nội dung)', '(no message)'));

/** What a criterion gives when it fails: needs review, saying why. */
function failure(id: string, why: string): LeafResult {
  return { outcome: 'needs-review', missing: ['a working criterion'], message: msg(`Không đánh giá được điều kiện ${id}: ${why}`, `Criterion ${id} could not be evaluated: ${why}`) };
}

/**
 * A leaf's test, run so that an exception or a malformed result — no valid outcome, `reliesOn`
 * not a list of citations — becomes the same needs-review on both paths.
 */
export function runTest(id: string, test: (ctx: EvalContext) => LeafResult, ctx: EvalContext): LeafResult {
  try {
    const r = test(ctx);
    if (r === null || typeof r !== 'object' || !isOutcome(r.outcome)) return failure(id, `not a result (outcome ${describe(r)})`);
    const reliesOn = r.reliesOn;
    if (reliesOn !== undefined && !(Array.isArray(reliesOn) && reliesOn.every(isCitation))) return failure(id, '`reliesOn` is not a list of citations');
    return r;
  } catch (e) {
    return failure(id, errorText(e));
  }
}

/**
 * How a leaf's result settles, the same on both paths: `0` as it is, `1` provisional (a deciding
 * citation is unverified: needs review), `2` unreadable (a flag's getter threw: needs review).
 */
export function settle(r: LeafResult, provisional: (r: LeafResult) => boolean): 0 | 1 | 2 {
  try {
    return provisional(r) ? 1 : 0;
  } catch {
    return 2;
  }
}

/** The optional parts of a leaf's result the explanation shows; a getter that throws leaves that part out. */
export function partsOf(r: LeafResult): { missing?: string[]; notClaimed: boolean; procedural: boolean; trivial: boolean } {
  const out: { missing?: string[]; notClaimed: boolean; procedural: boolean; trivial: boolean } = { notClaimed: false, procedural: false, trivial: false };
  try {
    const m = r.missing;
    if (Array.isArray(m) && m.every((x) => typeof x === 'string')) out.missing = m;
    out.notClaimed = Boolean(r.notClaimed);
    out.procedural = Boolean(r.procedural);
    out.trivial = Boolean(r.trivial);
  } catch {
    // what was read so far
  }
  return out;
}

function describe(r: unknown): string {
  try {
    return String((r as LeafResult | null)?.outcome);
  } catch {
    return 'unreadable';
  }
}

/** Writes a {@link MessageSource}: calls it when it is a function. */
export function messageOf(m: MessageSource): Message {
  return typeof m === 'function' ? m() : m;
}

/** The evidence of a leaf result, written (a function is called). */
export function evidenceOf(e: LeafResult['evidence']): Evidence[] {
  return e === undefined ? [] : typeof e === 'function' ? e() : e;
}

/** A leaf's message, written: a function (or a getter) that throws or gives no message does not change the outcome. */
export function writeMessage(r: LeafResult): Message {
  try {
    const x = messageOf(r.message);
    if (isMessage(x)) return x;
  } catch (e) {
    return msg(`(không viết được nội dung: ${errorText(e)})`, `(the message could not be written: ${errorText(e)})`);
  }
  return NO_TEXT;
}

/** A leaf's evidence, written: a function (or a getter) that throws is reported as such, the outcome unchanged. */
export function writeEvidence(r: LeafResult): Evidence[] {
  try {
    const x = evidenceOf(r.evidence);
    return Array.isArray(x) ? x : [];
  } catch (err) {
    return [{ kind: 'fact', ref: 'evidence-error', detail: { error: errorText(err) } }];
  }
}

/** A needs-review node for a criterion that failed: `why` in the generic wording, or the message and missing facts given. */
export function failedNode(c: Criterion, why: string | Message, missing: string[] = ['a working criterion']): Explanation {
  const message = typeof why === 'string' ? (failure(safeId(c), why).message as Message) : why;
  return { id: safeId(c), outcome: 'needs-review', kind: 'leaf', text: safeText(c), message, citations: safeCitations(c), evidence: [], children: [], missing };
}

function safeId(c: Criterion): string {
  try {
    return typeof c.id === 'string' ? c.id : 'criterion';
  } catch {
    return 'criterion';
  }
}
function safeText(c: Criterion): Message {
  try {
    return isMessage(c.text) ? c.text : msg(safeId(c), safeId(c));
  } catch {
    return msg(safeId(c), safeId(c));
  }
}
function safeCitations(c: Criterion): Citation[] {
  try {
    return Array.isArray(c.citations) ? c.citations.filter(isCitation) : [];
  } catch {
    return [];
  }
}

const KINDS = new Set(['all', 'any', 'not', 'at-least', 'leaf', 'gate']);

/**
 * A node made by a hand-made criterion, checked all the way down: what cannot be an explanation
 * node (no valid outcome; a child that is not a node) becomes a needs-review node; missing lists
 * and messages are filled in. Only a node whose outcome is readable keeps it.
 */
function repair(n: unknown, c: Criterion, depth: number): Explanation {
  if (n === null || typeof n !== 'object') return failedNode(c, 'not an explanation');
  const x = n as Explanation;
  if (!isOutcome(x.outcome)) return failedNode(c, `not an explanation (outcome ${describe(x)})`);
  if (depth > 64) return failedNode(c, 'explanation nested too deep');
  const children = Array.isArray(x.children) ? x.children.map((k) => repair(k, c, depth + 1)) : [];
  const out: Explanation = {
    ...x,
    id: typeof x.id === 'string' ? x.id : safeId(c),
    kind: KINDS.has(x.kind) ? x.kind : 'leaf',
    text: isMessage(x.text) ? x.text : safeText(c),
    message: isMessage(x.message) ? x.message : NO_TEXT,
    citations: Array.isArray(x.citations) ? x.citations.filter(isCitation) : [],
    evidence: Array.isArray(x.evidence) ? x.evidence.filter((e) => typeof e === 'object' && e !== null) : [],
    children,
  };
  if (x.missing !== undefined && !(Array.isArray(x.missing) && x.missing.every((m) => typeof m === 'string'))) delete out.missing;
  return out;
}

/** Where `withOutcome` keeps what it was given, to check that the criterion is still the one it was given for. */
const OWN_OUTCOME = Symbol('tdkt.outcome');

/** A fast outcome and the `evaluate` it stands for. */
export interface Own {
  outcome: (ctx: EvalContext) => Outcome;
  evaluate: Criterion['evaluate'];
}

/** Records `own` on `c` (see `withOutcome`). */
export function setOwn(c: Criterion, own: Own): void {
  Object.defineProperty(c, OWN_OUTCOME, { value: own, enumerable: false, writable: true, configurable: true });
}

/** The record `withOutcome` left on `c` itself (not inherited, not through a proxy's own traps failing). */
export function ownRecord(c: Criterion): Own | undefined {
  try {
    if (!Object.prototype.hasOwnProperty.call(c, OWN_OUTCOME)) return undefined;
    const own = (c as { [OWN_OUTCOME]?: Own })[OWN_OUTCOME];
    return own && c.evaluate === own.evaluate ? own : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The explanation node of a child: checked, unless the child is made by the combinators of this
 * package and unchanged (their nodes are well formed by construction). A child that throws or
 * returns something that is not a node gives a needs-review node saying why — exactly what
 * {@link childOutcome} gives, so both paths agree.
 */
export function childNode(c: Criterion, ctx: EvalContext): Explanation {
  let n: Explanation;
  try {
    n = c.evaluate(ctx);
  } catch (e) {
    return failedNode(c, errorText(e));
  }
  return checkedNode(c, n);
}

/** `n`, the node `c` returned, checked unless `c` is made by this package's combinators and unchanged. */
export function checkedNode(c: Criterion, n: Explanation): Explanation {
  if (ownRecord(c)) return n;
  try {
    return repair(n, c, 0);
  } catch (e) {
    return failedNode(c, errorText(e));
  }
}

/**
 * The outcome of a child: its fast outcome when `own` (found when the parent was built) still
 * stands for its `evaluate`, else its checked node's outcome.
 */
export function childOutcome(c: Criterion, own: Own | undefined, ctx: EvalContext): Outcome {
  if (own !== undefined) {
    let same = false;
    try {
      same = c.evaluate === own.evaluate;
    } catch {
      same = false;
    }
    if (same)
      try {
        return own.outcome(ctx);
      } catch {
        // A fast outcome must not throw (it must equal evaluate's outcome); if it does, needs review.
        return 'needs-review';
      }
  }
  return childNode(c, ctx).outcome;
}
