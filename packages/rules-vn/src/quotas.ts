/** National caps on proposals. */
import { allocateQuota, type QuotaCandidate, type QuotaResult } from '@tdkt/core';
import { cite } from './cite.js';

/**
 * "Cờ thi đua của Chính phủ": proposals are at most 20% of the collectives leading clusters/blocks
 * and meeting the ministry/province flag standard (Decree 152/2025 Art 7 cl 1; the figure is not
 * confirmed for Decree 98, where letter 5007/BNV-TĐKT set the same 20%). A plugin may only tighten it.
 *
 * @param leaders number of collectives leading clusters/blocks that meet the flag standard
 * @param candidates the eligible candidates with their council votes
 * @param percent a plugin's tighter share (≤ 20)
 */
export function governmentFlagQuota(leaders: number, candidates: QuotaCandidate[], percent = 20): QuotaResult {
  return allocateQuota(candidates, { kind: 'share', percent: Math.min(percent, 20), of: leaders, rounding: 'floor', citation: cite.d152('official', { article: 7, clause: 1 }) });
}
