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

/**
 * `canonical(structure(node))` written out for the known shape of a node — keys in sorted order,
 * undefined fields left out — without building the intermediate objects (several times faster on
 * large trees; the same string, checked in rules-vn's property tests). Structure: id, outcome,
 * kind, route, notClaimed, procedural, citations (doc, article, clause, point, confidence),
 * evidence, children.
 */
function structure(node: Explanation): string {
  let out = `{"children":[${node.children.map(structure).join(',')}],"citations":[`;
  node.citations.forEach((c, i) => {
    const fields: string[] = [];
    if (c.article !== undefined) fields.push(`"article":${canonical(c.article)}`);
    if (c.clause !== undefined) fields.push(`"clause":${canonical(c.clause)}`);
    if (c.confidence !== undefined) fields.push(`"confidence":${canonical(c.confidence)}`);
    if (c.doc !== undefined) fields.push(`"doc":${canonical(c.doc)}`);
    if (c.point !== undefined) fields.push(`"point":${canonical(c.point)}`);
    out += `${i ? ',' : ''}{${fields.join(',')}}`;
  });
  out += `],"evidence":${canonical(node.evidence)}`;
  if (node.id !== undefined) out += `,"id":${canonical(node.id)}`;
  if (node.kind !== undefined) out += `,"kind":${canonical(node.kind)}`;
  if (node.notClaimed !== undefined) out += `,"notClaimed":${canonical(node.notClaimed)}`;
  if (node.outcome !== undefined) out += `,"outcome":${canonical(node.outcome)}`;
  if (node.procedural !== undefined) out += `,"procedural":${canonical(node.procedural)}`;
  if (node.route !== undefined) out += `,"route":${canonical(node.route)}`;
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
  return bytesToHex(sha256(utf8ToBytes(`{"rulePacks":${canonical(rulePacks)},"tree":${structure(node)}}`)));
}
