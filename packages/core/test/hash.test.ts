import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/engine/hash.js';

describe('sha256Hex', () => {
  it('gives the pure-JS digest (what browsers compute) for any text, Vietnamese and lone surrogates included', () => {
    const samples = ['', 'Lao động tiên tiến', 'Hoa\u0300', '\ud800', 'x'.repeat(70_000)];
    for (const s of samples) expect(sha256Hex(s)).toBe(bytesToHex(sha256(utf8ToBytes(s))));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sha256Hex(s) === bytesToHex(sha256(utf8ToBytes(s)))), { numRuns: 2_000 });
  });
});
