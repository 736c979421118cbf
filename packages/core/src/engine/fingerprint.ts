import { TdktError, parseWith } from '../errors.js';
import { evaluationRequestSchema, type EvaluationRequest } from '../model/request.js';
import { sha256Hex } from './hash.js';
import { evaluateItem, mapStream, type AnyIterable, type BatchOptions } from './batch.js';
import type { Decision, Engine } from './engine.js';
import type { Plugin } from './plugin.js';

/** Bumped when the fingerprint's recipe changes, so that old fingerprints never match new ones. */
const FORMAT = 'tdkt-fingerprint/1';

/** JSON with object keys sorted at every level: equal values give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const digest = sha256Hex;
const inWindow = (date: string, from?: string, to?: string) => (from === undefined || from <= date) && (to === undefined || date <= to);

/** What the fingerprint needs from an engine, computed once per engine. */
interface EngineDigest {
  /** Digest of every loaded plugin's id, kind, version and window. */
  packs: string;
  national: Plugin | undefined;
  /** Rule digests by award and rule date. */
  rules: Map<string, string>;
}

const digests = new WeakMap<Engine, EngineDigest>();

function engineDigest(engine: Engine): EngineDigest {
  let d = digests.get(engine);
  if (!d) {
    const packs = engine.plugins.map((p) => ({ id: p.id, kind: p.kind, version: p.version, validFrom: p.validFrom, validTo: p.validTo, successor: p.successor, ownRulesFrom: p.ownRulesFrom }));
    d = { packs: digest(stableJson(packs)), national: engine.plugins.find((p) => p.kind === 'national'), rules: new Map() };
    digests.set(engine, d);
  }
  return d;
}

/**
 * The rule and parameter versions in force on `ruleDate` for `award`, among every loaded plugin:
 * the award rules and conditions (id and window), each national parameter's version (window,
 * value, citation confidence) and the plugins' parameter settings.
 */
function ruleDigest(engine: Engine, d: EngineDigest, award: string, ruleDate: string): string {
  const key = `${award}\u0000${ruleDate}`;
  let r = d.rules.get(key);
  if (r === undefined) {
    const rules = engine.rules()
      .filter((x) => x.award === award && inWindow(ruleDate, x.validFrom, x.validTo))
      .map((x) => ({ plugin: x.plugin, id: x.id, validFrom: x.validFrom, validTo: x.validTo }));
    const conditions = engine.plugins.flatMap((p) =>
      (p.conditions ?? []).filter((c) => (c.award === award || c.award === '*') && inWindow(ruleDate, c.validFrom, c.validTo)).map((c) => ({ plugin: p.id, id: c.criterion.id, validFrom: c.validFrom, validTo: c.validTo })),
    );
    const parameters = engine.parameters().map((p) => {
      const v = p.versions.find((x) => inWindow(ruleDate, x.validFrom, x.validTo));
      return { id: p.id, version: v ? { validFrom: v.validFrom, validTo: v.validTo, value: v.value, confidence: v.citation.confidence } : null };
    });
    const settings = engine.plugins.flatMap((p) =>
      (p.parameterValues ?? []).filter((s) => inWindow(ruleDate, s.validFrom ?? p.ownRulesFrom ?? p.validFrom, s.validTo)).map((s) => ({ plugin: p.id, id: s.id, value: s.value, validFrom: s.validFrom, validTo: s.validTo, confidence: s.citation.confidence })),
    );
    r = digest(stableJson({ rules, conditions, parameters, settings }));
    d.rules.set(key, r);
  }
  return r;
}

/** A validated request with its fingerprint. */
export interface Fingerprinted {
  request: EvaluationRequest;
  fingerprint: string;
}

/**
 * Validates a request and computes its fingerprint: a SHA-256 (64 hex characters) over
 * - the whole validated request (the subject's records, the award, the period, `asOf`,
 *   `submittedOn`, council and meeting votes, province and sector; NFC-normalised by the schema,
 *   object keys sorted, so key order and Unicode forms do not matter),
 * - every loaded rule pack's id, kind, version and window (adding, removing or bumping a plugin
 *   changes every fingerprint),
 * - the award rules, conditions, parameter versions and parameter settings in force on the rule
 *   date the national rule pack chooses for the request (its `ruleDate`, else `asOf`).
 *
 * Two requests with the same fingerprint get the same decision from engines with the same rule
 * packs, so a stored decision can be reused (see {@link reevaluateChanged}). The whole request is
 * hashed: a change to any record re-evaluates, even one that cannot change the outcome — the engine
 * decides what is relevant, never the fingerprint.
 *
 * @throws TdktError `VALIDATION_FAILED` for a request the engine would reject as malformed.
 */
export function fingerprintRequest(engine: Engine, input: unknown): Fingerprinted {
  const request = parseWith(evaluationRequestSchema, input);
  const d = engineDigest(engine);
  const ruleDate = d.national?.ruleDate?.(request) ?? request.asOf;
  const fingerprint = digest(`${FORMAT}\n${d.packs}\n${ruleDigest(engine, d, request.award, ruleDate)}\n${stableJson(request)}`);
  return { request, fingerprint };
}

/**
 * The default key of a request in a store of previous evaluations: subject kind and id (else its
 * name), award, period, province and sector — so the same person and award for the same year is
 * found again after their records change. A subject with neither id nor name is keyed by the
 * fingerprint itself (it can be reused but never reported as changed).
 */
export function requestKey(request: EvaluationRequest, fingerprint: string): string {
  const who = request.subject.id ?? request.subject.name;
  return [who === undefined ? `#${fingerprint}` : `${request.subject.kind}:${who}`, request.award, request.period, request.province ?? '', request.sector ?? ''].join('|');
}

/** A decision kept from an earlier run, with the fingerprint of the request that gave it. */
export interface PreviousEvaluation {
  fingerprint: string;
  decision: Decision;
}

/** Options of {@link reevaluateChanged}. */
export interface ReevaluateOptions extends BatchOptions {
  /** Key of a request in `previous` (default {@link requestKey}). */
  key?: (request: EvaluationRequest, fingerprint: string) => string;
}

/**
 * One result of {@link reevaluateChanged}. `change` says why: `none` (same fingerprint: the previous
 * decision is reused, `reused: true`), `changed` (the key is known with another fingerprint) or
 * `new` (the key is not in `previous`). Store `{ fingerprint, decision }` under `key` for the next run.
 */
export type IncrementalResult<R = unknown> =
  | { index: number; request: R; ok: true; decision: Decision; key: string; fingerprint: string; reused: boolean; change: 'none' | 'changed' | 'new' }
  | { index: number; request: R; ok: false; error: TdktError; key?: string; fingerprint?: string; reused: false; change: 'changed' | 'new' };

/**
 * Incremental re-evaluation: computes each request's fingerprint ({@link fingerprintRequest}),
 * reuses the previous decision when the fingerprint under the request's key is unchanged, and
 * evaluates the others — a changed record re-evaluates that subject only; a rule pack added,
 * removed or whose version changed re-evaluates everything. Streams like {@link evaluateBatch}
 * (input order, per-item typed errors, abort signal, progress with a `reused` count).
 *
 * @param previous - decisions of the last run by key (any map-like store with `get`).
 * @returns an async iterable of {@link IncrementalResult}s in input order.
 * @throws TdktError `VALIDATION_FAILED` (when iterated) for a non-iterable input or bad options;
 *   rejects with `signal.reason` when aborted.
 *
 * @example
 * ```ts
 * const next = new Map<string, PreviousEvaluation>();
 * for await (const r of reevaluateChanged(engine, requests, previous))
 *   if (r.ok) next.set(r.key, { fingerprint: r.fingerprint, decision: r.decision });
 * ```
 */
export function reevaluateChanged<R = unknown>(
  engine: Engine,
  requests: AnyIterable<R>,
  previous: Pick<ReadonlyMap<string, PreviousEvaluation>, 'get'>,
  options: ReevaluateOptions = {},
): AsyncGenerator<IncrementalResult<R>, void, undefined> {
  const keyOf = options?.key ?? requestKey;
  return mapStream(requests, options ?? {}, (input, index): IncrementalResult<R> => {
    let fp: Fingerprinted;
    try {
      fp = fingerprintRequest(engine, input);
    } catch (error) {
      if (error instanceof TdktError) return { index, request: input, ok: false, error, reused: false, change: 'new' };
      throw error;
    }
    const key = keyOf(fp.request, fp.fingerprint);
    const before = previous.get(key);
    if (before && before.fingerprint === fp.fingerprint) return { index, request: input, ok: true, decision: before.decision, key, fingerprint: fp.fingerprint, reused: true, change: 'none' };
    const change = before ? 'changed' : 'new';
    const r = evaluateItem(engine, input, index, options?.evaluateOptions);
    return r.ok ? { ...r, key, fingerprint: fp.fingerprint, reused: false, change } : { ...r, key, fingerprint: fp.fingerprint, reused: false, change };
  });
}
