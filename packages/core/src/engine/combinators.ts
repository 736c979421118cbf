import type { Citation } from '../citation.js';
import { msg, type Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import type { Criterion, EvalContext, Evidence, Explanation, LeafResult, MessageSource } from './types.js';

/** Metadata every criterion carries. */
export interface CriterionMeta {
  id: string;
  text: Message;
  citations?: Citation[];
  route?: string;
}

/** "All of": fails when any part fails, else needs review when any part does, else passes. */
export function combineAll(outcomes: Outcome[]): Outcome {
  if (outcomes.includes('ineligible')) return 'ineligible';
  if (outcomes.includes('needs-review')) return 'needs-review';
  return 'eligible';
}

/** "Any of": passes when any route passes, else needs review when any route does, else fails. */
export function combineAny(outcomes: Outcome[]): Outcome {
  if (outcomes.includes('eligible')) return 'eligible';
  if (outcomes.includes('needs-review')) return 'needs-review';
  return 'ineligible';
}

function unverifiedOf(citations: readonly Citation[]): Citation[] {
  return citations.filter((c) => c.confidence === 'unverified');
}

const isUnverified = (c: Citation) => c.confidence === 'unverified';

/** Writes a {@link MessageSource}: calls it when it is a function. */
export function messageOf(m: MessageSource): Message {
  return typeof m === 'function' ? m() : m;
}

/** The evidence of a leaf result, written (a function is called). */
export function evidenceOf(e: LeafResult['evidence']): Evidence[] {
  return e === undefined ? [] : typeof e === 'function' ? e() : e;
}

const isOutcome = (o: unknown): o is Outcome => o === 'eligible' || o === 'ineligible' || o === 'needs-review';
const isMessage = (m: unknown): m is Message => typeof m === 'object' && m !== null && typeof (m as Message).vi === 'string' && typeof (m as Message).en === 'string';
const errorText = (e: unknown): string => {
  try {
    return String((e as Error)?.message ?? e);
  } catch {
    return 'unknown error';
  }
};

/** What a criterion gives when its test throws or returns something that is not a result: needs review, saying why. */
function failure(id: string, why: string): LeafResult {
  return { outcome: 'needs-review', missing: ['a working criterion'], message: msg(`Không đánh giá được điều kiện ${id}: ${why}`, `Criterion ${id} could not be evaluated: ${why}`) };
}

/** A leaf's test, run so that an exception or a malformed result becomes needs-review in both paths alike. */
function runTest(id: string, test: (ctx: EvalContext) => LeafResult, ctx: EvalContext): LeafResult {
  let r: LeafResult;
  try {
    r = test(ctx);
  } catch (e) {
    return failure(id, errorText(e));
  }
  return r !== null && typeof r === 'object' && isOutcome(r.outcome) ? r : failure(id, `not a result (outcome ${String((r as LeafResult | null)?.outcome)})`);
}

/** A leaf's message, written: a function that throws or gives no message does not change the outcome. */
function writeMessage(m: MessageSource): Message {
  try {
    const x = typeof m === 'function' ? m() : m;
    if (isMessage(x)) return x;
  } catch (e) {
    return msg(`(không viết được nội dung: ${errorText(e)})`, `(the message could not be written: ${errorText(e)})`);
  }
  return msg('(không có nội dung)', '(no message)');
}

/** A leaf's evidence, written: a function that throws is reported as such, the outcome unchanged. */
function writeEvidence(e: LeafResult['evidence']): Evidence[] {
  try {
    const x = evidenceOf(e);
    return Array.isArray(x) ? x : [];
  } catch (err) {
    return [{ kind: 'fact', ref: 'evidence-error', detail: { error: errorText(err) } }];
  }
}

/**
 * A child's explanation node; a child that throws or returns something that is not a node (a
 * hand-made criterion) gives a needs-review node saying why — exactly what its outcome function
 * ({@link outcomeFn}) gives, so both paths agree.
 */
function childNode(c: Criterion, ctx: EvalContext): Explanation {
  let n: Explanation;
  try {
    n = c.evaluate(ctx);
  } catch (e) {
    return failedNode(c, errorText(e));
  }
  if (n === null || typeof n !== 'object' || !isOutcome(n.outcome)) return failedNode(c, `not an explanation (outcome ${String((n as Explanation | null)?.outcome)})`);
  if (!Array.isArray(n.children) || !isMessage(n.message) || !isMessage(n.text)) {
    return { ...n, children: Array.isArray(n.children) ? n.children : [], message: isMessage(n.message) ? n.message : msg('(không có nội dung)', '(no message)'), text: isMessage(n.text) ? n.text : msg(String(n.id ?? c.id), String(n.id ?? c.id)) };
  }
  return n;
}

function failedNode(c: Criterion, why: string): Explanation {
  const f = failure(c.id, why);
  return { id: c.id, outcome: 'needs-review', kind: 'leaf', text: isMessage(c.text) ? c.text : msg(c.id, c.id), message: f.message as Message, citations: Array.isArray(c.citations) ? [...c.citations] : [], evidence: [], children: [], missing: f.missing! };
}

/** Where {@link withOutcome} keeps what it was given, to check that the criterion is still the one it was given for. */
const OWN_OUTCOME = Symbol('tdkt.outcome');
type Own = { outcome: (ctx: EvalContext) => Outcome; evaluate: Criterion['evaluate'] };

/**
 * Gives `c` a fast {@link Criterion.outcome} (a non-enumerable property). `outcome` must equal
 * `c.evaluate(ctx).outcome` for every context. It is used only while it belongs to `c` itself
 * with the `evaluate` it had then: a criterion made from `c` — spread, `Object.create(c)`, a proxy
 * — or `c` with `evaluate` replaced falls back to `evaluate`. May be applied again (the last wins).
 *
 * @returns `c` itself.
 */
export function withOutcome<C extends Criterion>(c: C, outcome: (ctx: EvalContext) => Outcome): C {
  Object.defineProperty(c, 'outcome', { value: outcome, enumerable: false, writable: true, configurable: true });
  const own: Own = { outcome, evaluate: c.evaluate };
  Object.defineProperty(c, OWN_OUTCOME, { value: own, enumerable: false, writable: true, configurable: true });
  return c;
}

/** The fast outcome {@link withOutcome} gave `c`, if it still belongs to `c` as it is. */
function ownOutcome(c: Criterion): ((ctx: EvalContext) => Outcome) | undefined {
  try {
    if (!Object.prototype.hasOwnProperty.call(c, OWN_OUTCOME)) return undefined;
    const own = (c as { [OWN_OUTCOME]?: Own })[OWN_OUTCOME];
    return own && c.evaluate === own.evaluate && c.outcome === own.outcome ? own.outcome : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The outcome of a criterion without its explanation — exactly `evaluate(ctx).outcome` — by the
 * fast path {@link withOutcome} gave it, else by `evaluate`. A criterion that throws or returns
 * something that is not an explanation gives `needs-review` (as in an explanation).
 */
export function outcomeOf(c: Criterion, ctx: EvalContext): Outcome {
  return outcomeFn(c)(ctx);
}

/** `outcomeOf(c, ·)` resolved once, when a group is built (its children are built before it). */
function outcomeFn(c: Criterion): (ctx: EvalContext) => Outcome {
  return ownOutcome(c) ?? ((ctx) => childNode(c, ctx).outcome);
}

/**
 * A leaf criterion. When a deciding citation (its own unless the result is `trivial`, or one its
 * result `reliesOn`) is marked `unverified`, a definite outcome becomes `needs-review` and the
 * message says why.
 */
export function criterion(meta: CriterionMeta & { test: (ctx: EvalContext) => LeafResult }): Criterion {
  const citations = meta.citations ?? [];
  const ownUnverified = unverifiedOf(citations).length > 0;
  /** The deciding citation is unverified: a definite outcome becomes needs-review. */
  const provisional = (r: LeafResult) =>
    !(r.notClaimed || r.procedural) && r.outcome !== 'needs-review' && ((!r.trivial && ownUnverified) || (r.reliesOn !== undefined && r.reliesOn.some(isUnverified)));
  const c: Criterion = {
    id: meta.id,
    text: meta.text,
    citations,
    ...(meta.route ? { route: meta.route } : {}),
    evaluate(ctx) {
      const r = runTest(meta.id, meta.test, ctx);
      const explain = ctx.explain !== false;
      const node: Explanation = {
        id: meta.id,
        outcome: r.outcome,
        kind: 'leaf',
        text: meta.text,
        message: explain ? writeMessage(r.message) : NO_MESSAGE,
        citations: r.reliesOn?.length ? [...citations, ...r.reliesOn] : citations.slice(),
        evidence: writeEvidence(r.evidence),
        children: [],
      };
      // Optional fields set one by one (same order as before): cheaper than spreading objects.
      if (r.missing) node.missing = r.missing;
      if (meta.route) node.route = meta.route;
      if (r.notClaimed) node.notClaimed = true;
      if (r.procedural) node.procedural = true;
      if (r.trivial) node.trivial = true;
      if (provisional(r)) {
        if (explain) {
          const was = node.outcome === 'eligible' ? msg('đạt', 'met') : msg('không đạt', 'not met');
          node.message = msg(
            `${node.message.vi} — kết quả tạm (${was.vi}) vì căn cứ chưa được đối chiếu với văn bản chính thức; cần xem xét`,
            `${node.message.en} — provisional (${was.en}): the deciding provision is not verified against the official text; needs review`,
          );
        }
        node.outcome = 'needs-review';
        node.missing = [...(node.missing ?? []), 'verified legal text'];
      }
      return node;
    },
  };
  return withOutcome(c, (ctx) => {
    const r = runTest(meta.id, meta.test, ctx);
    return provisional(r) ? 'needs-review' : r.outcome;
  });
}

function group(kind: 'all' | 'any', meta: CriterionMeta, children: Criterion[], summary?: (outcome: Outcome, nodes: Explanation[]) => Message): Criterion {
  const citations = meta.citations ?? [];
  const c: Criterion = {
    id: meta.id,
    text: meta.text,
    citations,
    children,
    ...(meta.route ? { route: meta.route } : {}),
    evaluate(ctx) {
      // Every part, also with explanations off: a hand-made parent may read its children's nodes.
      const nodes = children.map((c) => childNode(c, ctx));
      const outcome = kind === 'all' ? combineAll(nodes.map((n) => n.outcome)) : combineAny(nodes.map((n) => n.outcome));
      return {
        id: meta.id,
        outcome,
        kind,
        text: meta.text,
        message: ctx.explain === false ? NO_MESSAGE : summary ? summary(outcome, nodes) : defaultSummary(kind, outcome, nodes),
        citations,
        evidence: [],
        children: nodes,
        ...(meta.route ? { route: meta.route } : {}),
      };
    },
  };
  // Outcome only: "all of" is decided by its first failing part, "any of" by its first route met.
  const fns = children.map(outcomeFn);
  const n = fns.length;
  const decided: Outcome = kind === 'all' ? 'ineligible' : 'eligible';
  const otherwise: Outcome = kind === 'all' ? 'eligible' : 'ineligible';
  return withOutcome(c, (ctx) => {
    let review = false;
    for (let i = 0; i < n; i++) {
      const o = fns[i]!(ctx);
      if (o === decided) return o;
      if (o === 'needs-review') review = true;
    }
    return review ? 'needs-review' : otherwise;
  });
}

/** A route not claimed (see {@link notClaimed}): the same result every time. */
const NOT_CLAIMED: LeafResult = Object.freeze({ outcome: 'ineligible', notClaimed: true, message: msg('Không đề nghị theo trường hợp này (không có dữ liệu)', 'Not claimed: the input carries no such achievement') });

/** The message of a node when explanations are off (it is not returned). */
const NO_MESSAGE: Message = Object.freeze({ vi: '', en: '' });

function defaultSummary(kind: 'all' | 'any', outcome: Outcome, nodes: Explanation[]): Message {
  if (kind === 'any') {
    const passed = nodes.filter((n) => n.outcome === 'eligible');
    if (outcome === 'eligible')
      return msg(`Đạt theo: ${passed.map((n) => n.text.vi).join('; ')}`, `Met through: ${passed.map((n) => n.text.en).join('; ')}`);
    if (outcome === 'needs-review') return msg('Chưa đủ căn cứ để kết luận ở các trường hợp còn lại; cần xem xét', 'No route is met for certain; at least one needs review');
    return msg('Không đáp ứng trường hợp nào', 'No route is met');
  }
  const say = (n: Explanation) => (n.kind === 'leaf' ? n.message : n.text);
  const failed = nodes.filter((n) => n.outcome === 'ineligible');
  if (outcome === 'eligible') return msg('Đáp ứng tất cả các tiêu chuẩn', 'Every criterion is met');
  if (outcome === 'ineligible')
    return msg(`Không đạt: ${failed.map((n) => say(n).vi).join('; ')}`, `Not met: ${failed.map((n) => say(n).en).join('; ')}`);
  const review = nodes.filter((n) => n.outcome === 'needs-review');
  return msg(`Cần xem xét: ${review.map((n) => say(n).vi).join('; ')}`, `Needs review: ${review.map((n) => say(n).en).join('; ')}`);
}

/** Every child must be met (see {@link combineAll}). */
export function allOf(meta: CriterionMeta, children: Criterion[], summary?: (outcome: Outcome, nodes: Explanation[]) => Message): Criterion {
  return group('all', meta, children, summary);
}

/** At least one route must be met (see {@link combineAny}); each route keeps its own explanation. */
export function anyOf(meta: CriterionMeta, routes: Criterion[], summary?: (outcome: Outcome, nodes: Explanation[]) => Message): Criterion {
  return group('any', meta, routes, summary);
}

/** Negation: eligible ↔ ineligible; needs-review stays. */
export function not(meta: CriterionMeta, child: Criterion): Criterion {
  const invert = (o: Outcome): Outcome => (o === 'eligible' ? 'ineligible' : o === 'ineligible' ? 'eligible' : 'needs-review');
  const c: Criterion = {
    id: meta.id,
    text: meta.text,
    citations: meta.citations ?? [],
    children: [child],
    evaluate(ctx) {
      const n = childNode(child, ctx);
      return { id: meta.id, outcome: invert(n.outcome), kind: 'not', text: meta.text, message: n.message, citations: meta.citations ?? [], evidence: [], children: [n] };
    },
  };
  const fn = outcomeFn(child);
  return withOutcome(c, (ctx) => invert(fn(ctx)));
}

/**
 * At least `n` of the children must be met: eligible when ≥ n are, ineligible when even counting
 * every needs-review child fewer than n could be, else needs-review.
 */
export function atLeast(meta: CriterionMeta, n: number, children: Criterion[]): Criterion {
  const c: Criterion = {
    id: meta.id,
    text: meta.text,
    citations: meta.citations ?? [],
    children,
    evaluate(ctx) {
      const nodes = children.map((c) => childNode(c, ctx));
      const yes = nodes.filter((x) => x.outcome === 'eligible').length;
      const maybe = nodes.filter((x) => x.outcome === 'needs-review').length;
      const outcome: Outcome = yes >= n ? 'eligible' : yes + maybe >= n ? 'needs-review' : 'ineligible';
      return {
        id: meta.id,
        outcome,
        kind: 'at-least',
        text: meta.text,
        message: msg(`${yes}/${n} điều kiện được đáp ứng`, `${yes} of the ${n} required are met`),
        citations: meta.citations ?? [],
        evidence: [],
        children: nodes,
      };
    },
  };
  const fns = children.map(outcomeFn);
  return withOutcome(c, (ctx) => {
    if (n <= 0) return 'eligible';
    let yes = 0;
    let maybe = 0;
    for (const fn of fns) {
      const o = fn(ctx);
      if (o === 'eligible' && ++yes >= n) return 'eligible';
      if (o === 'needs-review') maybe++;
    }
    return yes + maybe >= n ? 'needs-review' : 'ineligible';
  });
}

/**
 * A route of an "any of" that rests on a judgment the input cannot carry (selected as outstanding
 * in a movement, an extraordinary achievement…): counted as not met and listed as "not claimed",
 * unless `claimable(ctx)` says the occasion makes it a matter for the council (then needs-review).
 */
export function notClaimed(meta: CriterionMeta & { claimable?: (ctx: EvalContext) => boolean }): Criterion {
  return criterion({
    ...meta,
    test(ctx) {
      if (meta.claimable?.(ctx))
        return {
          outcome: 'needs-review',
          message: () => msg('Thành tích này do hội đồng thi đua – khen thưởng đánh giá', 'This achievement is for the emulation council to judge'),
          missing: ['council judgment'],
        };
      return NOT_CLAIMED;
    },
  });
}

/**
 * Marks the nodes that decided the outcome (`decisive: true`): for "all", the failing children
 * when it fails, the reviewing ones when it needs review, all when it passes; for "any", the
 * passing routes when it passes, the reviewing ones when it needs review, all when it fails.
 */
export function markDecisive(node: Explanation): Explanation {
  node.decisive = true;
  let next: Explanation[];
  if (node.kind === 'all' || node.kind === 'gate') {
    next = node.outcome === 'eligible' ? node.children : node.children.filter((c) => c.outcome === node.outcome);
    if (next.length === 0) next = node.children;
  } else if (node.kind === 'any' || node.kind === 'at-least') {
    next = node.outcome === 'ineligible' ? node.children : node.children.filter((c) => c.outcome === node.outcome);
  } else {
    next = node.children;
  }
  next.forEach(markDecisive);
  return node;
}

/** Walks an explanation tree depth-first. */
export function* walk(node: Explanation): Generator<Explanation> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

/**
 * The part of a national rule that the national text leaves to a ministry, province or sector:
 * needs review naming the body, unless a loaded plugin's rule supplies those criteria (then it
 * steps aside and the plugin's rule, evaluated alongside, decides them).
 */
export function delegated(meta: CriterionMeta & { to: Message }): Criterion {
  return criterion({
    ...meta,
    test(ctx) {
      if (ctx.delegatedTo.length)
        return { outcome: 'eligible', trivial: true, message: () => msg(`Tiêu chuẩn do ${meta.to.vi} quy định: theo quy định của ${ctx.delegatedTo.join(', ')}`, `Criteria set by ${meta.to.en}: those of ${ctx.delegatedTo.join(', ')}`) };
      return { outcome: 'needs-review', missing: [meta.to.en], message: () => msg(`Tiêu chuẩn do ${meta.to.vi} quy định; chưa nạp quy định đó`, `The criteria are set by ${meta.to.en}; no such rule is loaded`) };
    },
  });
}
