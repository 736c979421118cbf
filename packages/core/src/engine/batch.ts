import { yearOf } from '../dates.js';
import { TdktError } from '../errors.js';
import { msg } from '../i18n.js';
import type { BriefDecision, Decision, Engine, EvaluateOptions } from './engine.js';

/** Counts reported by `onProgress` while a batch runs. */
export interface BatchProgress {
  /** Requests finished so far (decisions, per-item errors and reused decisions). */
  done: number;
  /** Of which: requests that gave a per-item {@link TdktError}. */
  failed: number;
  /** Of which: decisions reused without evaluating (only {@link reevaluateChanged}). */
  reused: number;
}

/** Options of {@link evaluateBatch} (and of the other batch functions). */
export interface BatchOptions {
  /** Stops the batch: the iteration then rejects with `signal.reason` and nothing more is evaluated. */
  signal?: AbortSignal;
  /** Called every `progressEvery` results and once at the end. Must not throw. */
  onProgress?: (progress: BatchProgress) => void;
  /** How often `onProgress` is called, in results (a positive integer; default 1000). */
  progressEvery?: number;
  /**
   * Passed through as the second argument of `engine.evaluate` ({@link EvaluateOptions}). With
   * `{ explain: false }` each result's `decision` is a {@link BriefDecision}: no `explanation`, no
   * `hash` (the result type says so when the option is written literally).
   */
  evaluateOptions?: EvaluateOptions;
}

/**
 * One result of a batch: the position of the request in the input (`index`, from 0), the request
 * as given, and either the decision or the typed error the request raised (bad data of one request
 * never stops the batch).
 */
export type BatchResult<R = unknown, D extends BriefDecision = Decision> =
  | { index: number; request: R; ok: true; decision: D }
  | { index: number; request: R; ok: false; error: TdktError };

/** A sync or async iterable: arrays, generators, streams of parsed rows, database cursors. */
export type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/** Requests are evaluated in slices of this size between two turns of the event loop. */
const SLICE = 100;

/** {@link BatchOptions} asking for explanations off: the results hold {@link BriefDecision}s. */
export type BriefBatchOptions = BatchOptions & { evaluateOptions: { explain: false } };

/**
 * Evaluates one request and turns a {@link TdktError} into an error result. Any other exception
 * (a bug, not bad data) propagates.
 *
 * @internal shared by the batch functions and the worker threads of `@tdkt/core/node`.
 */
export function evaluateItem<R>(engine: Engine, request: R, index: number, options?: EvaluateOptions): BatchResult<R> {
  try {
    // a BriefDecision when options say explain: false (the result type says so through evaluateBatch's overloads)
    const decision = (options === undefined ? engine.evaluate(request) : engine.evaluate(request, options)) as Decision;
    return { index, request, ok: true, decision };
  } catch (error) {
    if (error instanceof TdktError) return { index, request, ok: false, error };
    throw error;
  }
}

/**
 * Checks the options shared by the batch functions and returns a progress counter.
 *
 * @internal
 * @throws TdktError `VALIDATION_FAILED` for a bad `progressEvery`, `onProgress` or `signal`.
 */
export function batchProgress(options: BatchOptions): { tick(result: { ok: boolean; reused?: boolean }): void; finish(): void; counts: BatchProgress } {
  const every = options.progressEvery ?? 1000;
  if (!Number.isInteger(every) || every < 1)
    throw new TdktError('VALIDATION_FAILED', msg('progressEvery phải là số nguyên dương', 'progressEvery must be a positive integer'), { path: ['progressEvery'], value: every });
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    throw new TdktError('VALIDATION_FAILED', msg('onProgress phải là một hàm', 'onProgress must be a function'), { path: ['onProgress'], value: options.onProgress });
  if (options.signal !== undefined && typeof options.signal?.throwIfAborted !== 'function')
    throw new TdktError('VALIDATION_FAILED', msg('signal phải là một AbortSignal', 'signal must be an AbortSignal'), { path: ['signal'], value: options.signal });
  const counts: BatchProgress = { done: 0, failed: 0, reused: 0 };
  const report = () => options.onProgress?.({ ...counts });
  return {
    counts,
    tick(result) {
      counts.done++;
      if (!result.ok) counts.failed++;
      if (result.reused) counts.reused++;
      if (counts.done % every === 0) report();
    },
    finish: () => {
      if (counts.done % every !== 0 || counts.done === 0) report();
    },
  };
}

/**
 * Iterates any (sync or async) iterable.
 *
 * @internal
 * @throws TdktError `VALIDATION_FAILED` (path `requests`) when `items` is not iterable.
 */
export function iteratorOf<T>(items: AnyIterable<T>, what = 'requests'): AsyncIterator<T> | Iterator<T> {
  const source = items as Partial<AsyncIterable<T> & Iterable<T>> | null | undefined;
  const asyncIt = source?.[Symbol.asyncIterator];
  if (typeof asyncIt === 'function') return asyncIt.call(source);
  const syncIt = source?.[Symbol.iterator];
  if (typeof syncIt === 'function' && typeof items !== 'string') return syncIt.call(source);
  throw new TdktError('VALIDATION_FAILED', msg(`${what} phải là một danh sách hoặc một luồng (iterable)`, `${what} must be an iterable or an async iterable`), { path: [what], value: typeof items });
}

/** Gives the event loop a turn (timers, abort events, a browser's rendering). */
export function nextTurn(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  return new Promise((resolve) => (typeof g.setImmediate === 'function' ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * Pulls items one by one from `items`, maps each with `step` and yields the results in input order,
 * checking `signal` and reporting progress. Holds one item at a time.
 *
 * @internal
 */
export async function* mapStream<T, O extends { ok: boolean; reused?: boolean }>(items: AnyIterable<T>, options: BatchOptions, step: (item: T, index: number) => O): AsyncGenerator<O, void, undefined> {
  const progress = batchProgress(options);
  const it = iteratorOf(items);
  let finished = false;
  try {
    for (let index = 0; ; index++) {
      options.signal?.throwIfAborted();
      if (index > 0 && index % SLICE === 0) {
        await nextTurn();
        options.signal?.throwIfAborted();
      }
      const next = await it.next();
      if (next.done) {
        finished = true;
        break;
      }
      const out = step(next.value, index);
      progress.tick(out);
      yield out;
    }
    progress.finish();
  } finally {
    if (!finished) await it.return?.();
  }
}

/**
 * Evaluates a stream of requests with one engine, on the calling thread, and yields one result
 * per request in input order (each with its `index`). Input and output are streamed: only the
 * request being evaluated is held, so a province's roster of any size runs in bounded memory when
 * it comes from a generator or a cursor. A request with bad data yields an error result
 * (`ok: false`, a {@link TdktError} with the path inside the request and the value) and the batch
 * goes on; an exception that is not a `TdktError` (a bug) rejects the iteration.
 *
 * Browser-safe (no Node built-ins). For worker threads see `evaluateBatchInWorkers` in
 * `@tdkt/core/node`; for re-evaluating only what changed see {@link reevaluateChanged}.
 *
 * @param engine - the engine built with the rule packs to apply.
 * @param requests - evaluation requests (validated one by one by `engine.evaluate`), e.g. from
 *   {@link rosterRequests}.
 * @param options - abort signal, progress callback, options passed through to `engine.evaluate`.
 * @returns an async iterable of {@link BatchResult}s, one per request, in input order.
 * @throws TdktError `VALIDATION_FAILED` (when iterated) for a non-iterable input or bad options;
 *   rejects with `signal.reason` when aborted.
 *
 * @example
 * ```ts
 * for await (const r of evaluateBatch(engine, rosterRequests(people, { awards: ['lao-dong-tien-tien'], periods: 2025, asOf: '2025-12-15' })))
 *   if (r.ok) console.log(r.decision.subject.id, r.decision.outcome);
 *   else console.log(r.index, r.error.describe());
 * ```
 */
export function evaluateBatch<R = unknown>(engine: Engine, requests: AnyIterable<R>, options: BriefBatchOptions): AsyncGenerator<BatchResult<R, BriefDecision>, void, undefined>;
export function evaluateBatch<R = unknown>(engine: Engine, requests: AnyIterable<R>, options?: BatchOptions): AsyncGenerator<BatchResult<R>, void, undefined>;
export function evaluateBatch<R = unknown>(engine: Engine, requests: AnyIterable<R>, options: BatchOptions = {}): AsyncGenerator<BatchResult<R>, void, undefined> {
  return mapStream(requests, options ?? {}, (request, index) => evaluateItem(engine, request, index, options?.evaluateOptions));
}

/** Options of {@link rosterRequests}. */
export interface RosterOptions {
  /** Award codes to evaluate for each subject, or a function of the subject. */
  awards: readonly string[] | ((subject: Record<string, unknown>) => readonly string[]);
  /** Emulation years (periods) to evaluate, or a function of the subject. */
  periods: number | readonly number[] | ((subject: Record<string, unknown>) => readonly number[]);
  /** Decision date of each period (`YYYY-MM-DD`): selects the rules in force. */
  asOf: string | ((period: number) => string);
  /** Dossier date of each period (default: `asOf`). */
  submittedOn?: string | ((period: number) => string);
  /** Province plugin id to apply. */
  province?: string;
  /** Sector plugin id to apply. */
  sector?: string;
  /** When given, awards whose catalog entry is not for the subject's kind are left out. */
  engine?: Engine;
  /**
   * Cut each subject's history at `asOf` (default `true`): records dated after the decision date
   * are left out, and a subject recruited after it gets no request for that period. Without the
   * cut, a multi-year history evaluated for an early period is rejected ("fact after asOf").
   */
  snapshot?: boolean;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dated lists of a subject and the field holding each record's date (or year). */
const DATED: readonly [list: string, field: string, unit: 'date' | 'year'][] = [
  ['years', 'year', 'year'],
  ['initiatives', 'year', 'year'],
  ['awards', 'decidedOn', 'date'],
  ['discipline', 'decidedOn', 'date'],
  ['pending', 'since', 'date'],
  ['penalties', 'date', 'date'],
  ['transfers', 'date', 'date'],
  ['positions', 'from', 'date'],
  ['leaves', 'from', 'date'],
];

/**
 * A subject's history as known on `asOf`: yearly records and initiatives of later years, and
 * awards, discipline, open matters, penalties, transfers, posts and leaves dated after `asOf`, are
 * left out (the input is not changed; malformed records are kept for validation to report).
 *
 * @param subject - a subject (input shape; not validated here).
 * @param asOf - `YYYY-MM-DD`.
 * @returns a shallow copy with the dated lists filtered, or `subject` itself when it is not an object.
 */
export function subjectAsOf<S>(subject: S, asOf: string): S {
  if (!isRecord(subject)) return subject;
  const year = yearOf(asOf);
  const out: Rec = { ...subject };
  for (const [list, field, unit] of DATED) {
    const items = subject[list];
    if (!Array.isArray(items)) continue;
    out[list] = items.filter((x) => {
      const v = isRecord(x) ? x[field] : undefined;
      return unit === 'year' ? !(typeof v === 'number' && v > year) : !(typeof v === 'string' && v > asOf);
    });
  }
  return out as S;
}

const valueFor = <T>(v: T | ((period: number) => T), period: number): T => (typeof v === 'function' ? (v as (p: number) => T)(period) : v);

/**
 * Expands a roster (a unit's or a province's subjects, from any sync or async iterable) into
 * evaluation requests: every subject × award × period, lazily (one subject at a time), in that
 * order. Feed the result to {@link evaluateBatch}, {@link reevaluateChanged} or
 * `evaluateBatchInWorkers`.
 *
 * @throws TdktError `VALIDATION_FAILED` (when iterated) for a non-iterable roster.
 *
 * @example
 * ```ts
 * const requests = rosterRequests(subjects, { engine, awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'], periods: [2024, 2025], asOf: (y) => `${y}-12-15` });
 * ```
 */
export async function* rosterRequests(subjects: AnyIterable<unknown>, options: RosterOptions): AsyncGenerator<Rec, void, undefined> {
  const it = iteratorOf(subjects, 'subjects');
  const snapshot = options.snapshot ?? true;
  for (let next = await it.next(); !next.done; next = await it.next()) {
    const subject = next.value;
    const rec = isRecord(subject) ? subject : {};
    const awards = typeof options.awards === 'function' ? options.awards(rec) : options.awards;
    const periods = typeof options.periods === 'function' ? options.periods(rec) : typeof options.periods === 'number' ? [options.periods] : options.periods;
    for (const period of periods) {
      const asOf = valueFor(options.asOf, period);
      if (snapshot && typeof rec['recruited'] === 'string' && rec['recruited'] > asOf) continue;
      const submittedOn = options.submittedOn === undefined ? undefined : valueFor(options.submittedOn, period);
      const cut = snapshot ? subjectAsOf(subject, asOf) : subject;
      for (const award of awards) {
        const kinds = options.engine?.award(award)?.subjectKinds;
        if (kinds && typeof rec['kind'] === 'string' && !kinds.includes(rec['kind'] as never)) continue;
        yield {
          asOf,
          ...(submittedOn ? { submittedOn } : {}),
          award,
          period,
          subject: cut,
          ...(options.province ? { province: options.province } : {}),
          ...(options.sector ? { sector: options.sector } : {}),
        };
      }
    }
  }
}
