import type { Citation, LegalDocument } from '../citation.js';
import type { DateRange } from '../dates.js';
import type { Message } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import type { EvaluationRequest } from '../model/request.js';
import type { SubjectHistory } from './history.js';

/** A fact the evaluation used: which year, which decision, which initiative, which parameter. */
export interface Evidence {
  kind: 'year' | 'award' | 'initiative' | 'leave' | 'transfer' | 'discipline' | 'pending' | 'penalty' | 'council' | 'meeting' | 'members' | 'parameter' | 'fact';
  /** What it points at, e.g. `2024`, `sk-1`, `bang-khen-thu-tuong 2018–2019`, a parameter id. */
  ref: string;
  /** Values used (JSON-safe). */
  detail?: Record<string, unknown>;
}

/** How a node combined its children. */
export type NodeKind = 'all' | 'any' | 'not' | 'at-least' | 'leaf' | 'gate';

/**
 * One node of an explanation tree: the criterion, its outcome, its citations, a message in
 * Vietnamese and English, the evidence used and the children that produced it.
 */
export interface Explanation {
  /** Criterion id, e.g. `vn.cstdcs.initiative-route`. */
  id: string;
  outcome: Outcome;
  kind: NodeKind;
  /** What the criterion requires. */
  text: Message;
  /** What was found. */
  message: Message;
  citations: Citation[];
  evidence: Evidence[];
  children: Explanation[];
  /** For `needs-review`: the missing facts or the body that must judge. */
  missing?: string[];
  /** Set on alternative routes of an "any of": the route's label (e.g. `74.1.d`). */
  route?: string;
  /** A route the case cannot express (a judgment), counted as not met. */
  notClaimed?: boolean;
  /** A procedural step not evaluated here (e.g. the council's vote is still required). */
  procedural?: boolean;
  /** The rule did not fire (nothing it applies to); reports may leave such nodes out. */
  trivial?: boolean;
  /** Marked after evaluation: the node is on the path that decided the outcome. */
  decisive?: boolean;
}

/** A value of a rule parameter in force, with where it comes from. */
export interface ParameterValue<T = unknown> {
  id: string;
  /** `null`: delegated and not set by any loaded plugin. */
  value: T | null;
  citation: Citation;
  /** Plugin that supplied it. */
  source: string;
}

/** Everything a criterion may read. Read-only; the wall clock is never available. */
export interface EvalContext {
  readonly request: EvaluationRequest;
  /** The date used to select rules and parameters (usually `asOf`). */
  readonly ruleDate: string;
  readonly asOf: string;
  /** Dossier date (`submittedOn`, default `asOf`). */
  readonly submittedOn: string;
  readonly period: number;
  readonly history: SubjectHistory;
  /** Dates of an emulation year under the loaded plugins. */
  emulationYear(year: number): DateRange;
  /** A parameter in force on `ruleDate`. @throws TdktError `UNKNOWN_PARAMETER` */
  param<T = unknown>(id: string): ParameterValue<T>;
  /** The legal documents known to the loaded rule packs. */
  readonly documents: ReadonlyMap<string, LegalDocument>;
  /** Ids of the plugins applied (national first). */
  readonly plugins: readonly string[];
  /**
   * Plugins whose rules fill the criteria the national text delegates for this award (their
   * rules are evaluated alongside the national rule, which keeps its own checks).
   */
  readonly delegatedTo: readonly string[];
  /**
   * `false` when the caller asked for the outcome only (`evaluate(input, { explain: false })`).
   * The engine then calls {@link Criterion.outcome} where it can; a criterion's `evaluate` may still
   * be called (a hand-made wrapper has no fast path) and then leaves messages empty. Outcomes,
   * `missing`, evidence and children must not depend on it. Absent: explanations on.
   */
  readonly explain?: boolean;
}

/**
 * A message, or a function that writes it. A function is called only when the explanation is
 * returned (explanations on), so a bulk run with `{ explain: false }` never formats text. It must
 * be pure: it may read what the test computed, never change it.
 */
export type MessageSource = Message | (() => Message);

/** What a leaf criterion's test returns. */
export interface LeafResult {
  outcome: Outcome;
  /** What was found: a message, or a function writing it (see {@link MessageSource}). */
  message: MessageSource;
  /** Facts used; a function is called only when the explanation is returned (like `message`). */
  evidence?: Evidence[] | (() => Evidence[]);
  missing?: string[];
  /** Citations of parameters or readings the result depended on (checked for confidence). */
  reliesOn?: Citation[];
  notClaimed?: boolean;
  procedural?: boolean;
  /**
   * The rule did not fire (no fact it applies to: no pending matter, no transfer, in service the
   * whole year…). The criterion's own citations then do not decide the outcome, so their
   * confidence is not checked; `reliesOn` citations always are.
   */
  trivial?: boolean;
}

/**
 * A criterion is a value: an id, what it requires (vi/en), its citations and an evaluate function
 * over a read-only context that returns an explanation node.
 */
export interface Criterion {
  readonly id: string;
  readonly text: Message;
  readonly citations: readonly Citation[];
  /** Label of the route when the criterion is an alternative of an "any of". */
  readonly route?: string;
  evaluate(ctx: EvalContext): Explanation;
  /**
   * The outcome alone — exactly `evaluate(ctx).outcome` — without building explanation nodes,
   * messages or evidence: what the engine calls when explanations are off. Set it with
   * `withOutcome` (the combinators of `@tdkt/core` do): the engine uses it only while it belongs
   * to this very object with the `evaluate` it was set with, so a criterion made from another —
   * spread, `Object.create`, a proxy, `evaluate` replaced — falls back to `evaluate` and stays
   * correct. A criterion must decide from its children's outcomes (`outcomeOf`), never from their
   * messages.
   */
  outcome?(ctx: EvalContext): Outcome;
  /** Children, for documentation generators and load-time checks. */
  readonly children?: readonly Criterion[];
}
