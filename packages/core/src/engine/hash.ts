import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Citation } from '../citation.js';
import type { Explanation } from './types.js';

/** Node's own `crypto`, found at run time without importing it (none in a browser). */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}
const nodeCrypto = ((): NodeCrypto | undefined => {
  try {
    const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return typeof p?.getBuiltinModule === 'function' ? (p.getBuiltinModule('node:crypto') as NodeCrypto | undefined) : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * SHA-256 of a text's UTF-8 bytes as 64 lowercase hex characters: Node's native implementation
 * when the runtime offers one (`process.getBuiltinModule`, Node ≥ 20.16), else the pure-JS
 * `@noble/hashes` (browsers, other runtimes). Both give the same digest.
 */
export function sha256Hex(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex') : bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * `JSON.stringify` of a string: quoted as it is when no character needs escaping (no quote,
 * backslash, control character or surrogate), which is what ids, codes and dates are.
 */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/**
 * Canonical JSON of a value: object keys sorted, undefined fields left out, `toJSON` honoured (a
 * `Date` is its ISO text, as in JSON). Values JSON cannot write do not throw: a bigint is written
 * as its decimal text, a function or symbol as `null`, a value whose reading throws as
 * `"[unreadable]"`, and past 64 levels (a cycle) or 100,000 values in one hash (a structure that
 * shares itself exponentially) as `"[too deep]"` / `"[too large]"`.
 */
function canonical(value: unknown, budget: { left: number } = { left: 100_000 }, depth = 0): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return quote(value.toString());
    case 'object':
      break;
    default:
      return 'null';
  }
  if (depth > 64) return '"[too deep]"';
  if (--budget.left < 0) return '"[too large]"';
  try {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return canonical(toJSON.call(value), budget, depth + 1);
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonical(value[i], budget, depth + 1);
      return `${out}]`;
    }
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    let out = '{';
    let first = true;
    for (const k of keys) {
      const v = o[k];
      if (v === undefined) continue;
      out += `${first ? '' : ','}${quote(k)}:${canonical(v, budget, depth + 1)}`;
      first = false;
    }
    return `${out}}`;
  } catch {
    return '"[unreadable]"';
  }
}

/**
 * Canonical text of the hashed fields of a citation, cached for a frozen citation of plain values
 * (those of a loaded plugin, frozen when the engine checks them): citations are shared by every
 * node citing them. One with a getter, or not frozen, is written each time.
 */
const citationText = new WeakMap<Citation, string>();
function citationOf(c: Citation): string {
  let t = citationText.get(c);
  if (t === undefined) {
    const fields: string[] = [];
    if (c.article !== undefined) fields.push(`"article":${canonical(c.article)}`);
    if (c.clause !== undefined) fields.push(`"clause":${canonical(c.clause)}`);
    if (c.confidence !== undefined) fields.push(`"confidence":${canonical(c.confidence)}`);
    if (c.doc !== undefined) fields.push(`"doc":${canonical(c.doc)}`);
    if (c.point !== undefined) fields.push(`"point":${canonical(c.point)}`);
    t = `{${fields.join(',')}}`;
    if (Object.isFrozen(c) && Object.values(Object.getOwnPropertyDescriptors(c)).every((d) => 'value' in d)) citationText.set(c, t);
  }
  return t;
}

/**
 * `canonical(structure(node))` written out for the known shape of a node — keys in sorted order,
 * undefined fields left out — without building the intermediate objects (several times faster on
 * large trees; the same string, checked in rules-vn's property tests). Structure: id, outcome,
 * kind, route, notClaimed, procedural, citations (doc, article, clause, point, confidence),
 * evidence, children.
 */
function structure(node: Explanation, budget: { left: number }): string {
  let out = '{"children":[';
  for (let i = 0; i < node.children.length; i++) out += (i ? ',' : '') + structure(node.children[i]!, budget);
  out += '],"citations":[';
  for (let i = 0; i < node.citations.length; i++) out += (i ? ',' : '') + citationOf(node.citations[i]!);
  out += `],"evidence":${node.evidence.length ? canonical(node.evidence, budget) : '[]'}`;
  if (node.id !== undefined) out += `,"id":${quote(node.id)}`;
  if (node.kind !== undefined) out += `,"kind":${quote(node.kind)}`;
  if (node.notClaimed !== undefined) out += `,"notClaimed":${canonical(node.notClaimed)}`;
  if (node.outcome !== undefined) out += `,"outcome":${quote(node.outcome)}`;
  if (node.procedural !== undefined) out += `,"procedural":${canonical(node.procedural)}`;
  if (node.route !== undefined) out += `,"route":${quote(node.route)}`;
  return `${out}}`;
}

/**
 * A SHA-256 hash of an explanation's structure — criterion ids, outcomes, evidence, citations —
 * and of the rule-pack versions, never of message text: a typo fix in a message keeps the hash,
 * so a stored decision can be replayed and compared.
 *
 * @returns 64 lowercase hex characters.
 */
export function explanationHash(node: Explanation, rulePacks: readonly { id: string; version: string }[]): string {
  const budget = { left: 100_000 };
  return sha256Hex(`{"rulePacks":${canonical(rulePacks, budget)},"tree":${structure(node, budget)}}`);
}
