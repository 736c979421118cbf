import type { Citation } from '../citation.js';
import { msg, type Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import { childNode, childOutcome, isMessage, ownRecord, partsOf, runTest, setOwn, settle, writeEvidence, writeMessage } from './safety.js';
import type { Criterion, EvalContext, Explanation, LeafResult } from './types.js';

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

const isUnverified = (c: Citation) => c.confidence === 'unverified';

export { evidenceOf, messageOf } from './safety.js';

/**
 * Gives `c` a fast {@link Criterion.outcome} (a non-enumerable property). `outcome` must equal
 * `c.evaluate(ctx).outcome` for every context. It is used only while it belongs to `c` itself
 * with the `evaluate` it had then (checked at every call): a criterion made from `c` — spread,
 * `Object.create(c)`, a proxy — or `c` with `evaluate` replaced, even after its parent was built,
 * falls back to `evaluate`. May be applied again (the last wins).
 *
 * @returns `c` itself.
 */
export function withOutcome<C extends Criterion>(c: C, outcome: (ctx: EvalContext) => Outcome): C {
  Object.defineProperty(c, 'outcome', { value: outcome, enumerable: false, writable: true, configurable: true });
  setOwn(c, { outcome, evaluate: c.evaluate });
  return c;
}

/**
 * The outcome of a criterion without its explanation — exactly `evaluate(ctx).outcome` — by the
 * fast path {@link withOutcome} gave it, else by `evaluate`. A criterion that throws or returns
 * something that is not an explanation gives `needs-review` (as in an explanation).
 */
export function outcomeOf(c: Criterion, ctx: EvalContext): Outcome {
  return childOutcome(c, ownRecord(c), ctx);
}

/**
 * `outcomeOf(c, ·)` with `c`'s fast path looked up once — for a wrapper that asks for the same
 * criterion's outcome at every evaluation. Still checks at each call that `c`'s `evaluate` is the
 * one the fast path stands for.
 */
export function outcomeFunction(c: Criterion): (ctx: EvalContext) => Outcome {
  const own = ownRecord(c);
  return (ctx) => childOutcome(c, own, ctx);
}

/**
 * A leaf criterion. When a deciding citation (its own unless the result is `trivial`, or one its
 * result `reliesOn`) is marked `unverified`, a definite outcome becomes `needs-review` and the
 * message says why.
 */
export function criterion(meta: CriterionMeta & { test: (ctx: EvalContext) => LeafResult }): Criterion {
  const citations = meta.citations ?? [];
  const ownUnverified = citations.some(isUnverified);
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
      const how = settle(r, provisional);
      const explain = ctx.explain !== false;
      const parts = partsOf(r);
      const node: Explanation = {
        id: meta.id,
        outcome: how === 0 ? r.outcome : 'needs-review',
        kind: 'leaf',
        text: meta.text,
        message: explain ? writeMessage(r) : NO_MESSAGE,
        citations: r.reliesOn?.length ? [...citations, ...r.reliesOn] : citations.slice(),
        evidence: writeEvidence(r),
        children: [],
      };
      // Optional fields set one by one (same order as before): cheaper than spreading objects.
      if (parts.missing) node.missing = parts.missing;
      if (meta.route) node.route = meta.route;
      if (parts.notClaimed) node.notClaimed = true;
      if (parts.procedural) node.procedural = true;
      if (parts.trivial) node.trivial = true;
      if (how === 1) {
        if (explain) {
          const was = r.outcome === 'eligible' ? msg('đạt', 'met') : msg('không đạt', 'not met');
          node.message = msg(
            `${node.message.vi} — kết quả tạm (${was.vi}) vì căn cứ chưa được đối chiếu với văn bản chính thức; cần xem xét`,
            `${node.message.en} — provisional (${was.en}): the deciding provision is not verified against the official text; needs review`,
          );
        }
        node.missing = [...(node.missing ?? []), 'verified legal text'];
      } else if (how === 2) node.missing = [...(node.missing ?? []), 'a working criterion'];
      return node;
    },
  };
  return withOutcome(c, (ctx) => {
    const r = runTest(meta.id, meta.test, ctx);
    return settle(r, provisional) === 0 ? r.outcome : 'needs-review';
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
        message: ctx.explain === false ? NO_MESSAGE : summaryOf(kind, outcome, nodes, summary),
        citations,
        evidence: [],
        children: nodes,
        ...(meta.route ? { route: meta.route } : {}),
      };
    },
  };
  // Outcome only: "all of" is decided by its first failing part, "any of" by its first route met.
  const owns = children.map(ownRecord);
  const n = children.length;
  const decided: Outcome = kind === 'all' ? 'ineligible' : 'eligible';
  const otherwise: Outcome = kind === 'all' ? 'eligible' : 'ineligible';
  return withOutcome(c, (ctx) => {
    let review = false;
    for (let i = 0; i < n; i++) {
      const o = childOutcome(children[i]!, owns[i], ctx);
      if (o === decided) return o;
      if (o === 'needs-review') review = true;
    }
    return review ? 'needs-review' : otherwise;
  });
}

/** A group's summary; a custom one that throws or gives no message falls back to the default (the outcome is not the summary's). */
function summaryOf(kind: 'all' | 'any', outcome: Outcome, nodes: Explanation[], summary?: (outcome: Outcome, nodes: Explanation[]) => Message): Message {
  if (summary)
    try {
      const m = summary(outcome, nodes);
      if (isMessage(m)) return m;
    } catch {
      // the default below
    }
  return defaultSummary(kind, outcome, nodes);
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
  const own = ownRecord(child);
  return withOutcome(c, (ctx) => invert(childOutcome(child, own, ctx)));
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
  const owns = children.map(ownRecord);
  return withOutcome(c, (ctx) => {
    if (n <= 0) return 'eligible';
    let yes = 0;
    let maybe = 0;
    for (let i = 0; i < children.length; i++) {
      const o = childOutcome(children[i]!, owns[i], ctx);
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
