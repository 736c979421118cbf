import type { EvaluationRequest } from '@tdkt/core';

/**
 * The regimes the national rules encode, by the date that selects them.
 * - `old`: Law 2003 (amended 2005/2009/2013) with Decree 91/2017, until 2023-12-31;
 * - `d98`: Law 06/2022/QH15 with Decree 98/2023/NĐ-CP, 2024-01-01 → 2025-06-30;
 * - `d152`: Law 06/2022/QH15 with Decree 152/2025/NĐ-CP and Decree 129/2025/NĐ-CP, from 2025-07-01
 *   (Decree 152 ceases on 2027-03-01 unless extended: Art 60 cl 1).
 */
export const REGIMES = {
  old: { from: '1945-01-01', to: '2023-12-31' },
  d98: { from: '2024-01-01', to: '2025-06-30' },
  d152: { from: '2025-07-01', to: undefined },
} as const;

/** Regime key. */
export type Regime = keyof typeof REGIMES;

/** The regime in force on a rule date. */
export function regimeOn(date: string): Regime {
  if (date <= REGIMES.old.to) return 'old';
  if (date <= REGIMES.d98.to) return 'd98';
  return 'd152';
}

/**
 * The date that selects the rules: `asOf`, except that a dossier sent before 2025-07-01 is
 * appraised and decided under Decree 98/2023 (Decree 152/2025 Art 60 cl 3).
 */
export function ruleDate(req: EvaluationRequest): string {
  const sent = req.submittedOn ?? req.asOf;
  if (req.asOf >= REGIMES.d152.from && sent < REGIMES.d152.from) return REGIMES.d98.to;
  return req.asOf;
}
