/** Messages between `evaluateBatchInWorkers` and its worker threads, and errors on the wire. */
import { TdktError, type Issue, type TdktErrorCode } from '../errors.js';
import type { Message } from '../i18n.js';
import type { Decision } from '../engine/engine.js';
import type { EvaluateOptions } from '../engine/batch.js';

/** A {@link TdktError} as plain data (structured-cloneable): code, messages, path, value, issues. */
export interface WireTdktError {
  code: TdktErrorCode;
  messages: Message;
  path: (string | number)[];
  value: unknown;
  issues: Issue[];
}

/** An exception that is not a TdktError (a bug), as plain data. */
export interface WireBug {
  name: string;
  message: string;
  stack?: string;
}

/** What a worker needs to build its engine. */
export interface WorkerInit {
  /** URL (or specifier) of the module to import. */
  module: string;
  /** Export to read: an Engine, a Plugin[], or a (possibly async) function returning either. */
  export: string;
  /** Arguments for the export when it is a function (structured-cloneable). */
  args: unknown[];
  evaluateOptions?: EvaluateOptions;
  /** URL of tsx's ESM register API when TypeScript sources must be loaded. */
  tsx?: string;
  /** URL of the worker entry to import. */
  entry: string;
}

/** Main → worker: evaluate these requests. */
export interface ChunkMessage {
  id: number;
  requests: unknown[];
}

/**
 * A chunk's results on the wire: the decisions as one JSON text (`null` where the request failed;
 * decisions are JSON data, and one string crosses threads cheaper than a tree of objects) and the
 * typed errors by position in the chunk.
 */
export interface ChunkReply {
  decisions: string;
  errors: [position: number, error: WireTdktError][];
}

/** Parses a {@link ChunkReply}'s decisions. */
export const decisionsOf = (reply: ChunkReply): (Decision | null)[] => JSON.parse(reply.decisions) as (Decision | null)[];

/** Worker → main. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'fatal'; error: WireTdktError | WireBug }
  | ({ type: 'result'; id: number } & ChunkReply)
  | { type: 'bug'; id: number; error: WireBug };

/** True for a TdktError, also one built by another copy of `@tdkt/core` (as a plugin module may load). */
export function isTdktErrorLike(e: unknown): e is TdktError {
  if (e instanceof TdktError) return true;
  const x = e as Partial<TdktError> | null;
  return typeof x === 'object' && x !== null && x.name === 'TdktError' && typeof x.code === 'string' && Array.isArray(x.path) && typeof x.messages === 'object';
}

/** Serialises a TdktError for `postMessage` (the cause is dropped; values that cannot be cloned become their string form). */
export function toWire(e: TdktError): WireTdktError {
  const safe = (v: unknown): unknown => {
    try {
      return structuredClone(v);
    } catch {
      return String(v);
    }
  };
  return { code: e.code, messages: e.messages, path: e.path, value: safe(e.value), issues: e.issues.map((i) => ({ path: i.path, value: safe(i.value), message: i.message })) };
}

/** Rebuilds the TdktError a worker sent. */
export function fromWire(w: WireTdktError): TdktError {
  return new TdktError(w.code, w.messages, { path: w.path, value: w.value, issues: w.issues });
}

/** Serialises any other exception. */
export function bugToWire(e: unknown): WireBug {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

/** Rebuilds an exception sent by {@link bugToWire}, keeping its name and message. */
export function bugFromWire(w: WireBug): Error {
  const e = new Error(w.message);
  e.name = w.name;
  if (w.stack) e.stack = w.stack;
  return e;
}
