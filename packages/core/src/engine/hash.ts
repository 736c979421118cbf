import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Explanation } from './types.js';

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function structure(node: Explanation): unknown {
  return {
    id: node.id,
    outcome: node.outcome,
    kind: node.kind,
    route: node.route,
    notClaimed: node.notClaimed,
    procedural: node.procedural,
    citations: node.citations.map((c) => ({ doc: c.doc, article: c.article, clause: c.clause, point: c.point, confidence: c.confidence })),
    evidence: node.evidence,
    children: node.children.map(structure),
  };
}

/**
 * A SHA-256 hash of an explanation's structure — criterion ids, outcomes, evidence, citations —
 * and of the rule-pack versions, never of message text: a typo fix in a message keeps the hash,
 * so a stored decision can be replayed and compared.
 *
 * @returns 64 lowercase hex characters.
 */
export function explanationHash(node: Explanation, rulePacks: readonly { id: string; version: string }[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonical({ rulePacks, tree: structure(node) }))));
}
