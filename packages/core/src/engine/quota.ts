import type { Citation } from '../citation.js';
import { TdktError } from '../errors.js';
import { msg, type Message } from '../i18n.js';

/** A candidate for a capped award. */
export interface QuotaCandidate {
  /** Stable id (the last tie-break). */
  id: string;
  /** The council's vote: in favour / members. Absent = no vote recorded (ranked last). */
  vote?: { inFavour: number; members: number };
  /** Women are preferred among candidates otherwise equal (Decree 98/152 Art 4 cl 6). */
  female?: boolean;
  /** Collectives with ≥ 70% women are preferred the same way (Art 4 cl 6). */
  womenShare?: number;
  /** People working directly in production are preferred (Law Art 5 cl 2 d). */
  directWorker?: boolean;
}

/** A cap: a share of a base count, or a count. */
export type QuotaCap =
  | { kind: 'share'; percent: number; of: number; rounding: 'floor' | 'ceil' | 'round'; citation: Citation }
  | { kind: 'count'; count: number; citation: Citation };

/** One candidate's place in the allocation. */
export interface QuotaPlacement {
  id: string;
  rank: number;
  selected: boolean;
  /** Why: the ordering keys used, or "quota full". */
  message: Message;
}

/** The result of an allocation. */
export interface QuotaResult {
  /** The number of places under the cap. */
  places: number;
  placements: QuotaPlacement[];
  citation: Citation;
}

const share = (c: QuotaCandidate) => (c.vote && c.vote.members > 0 ? c.vote.inFavour / c.vote.members : -1);
const womanFirst = (c: QuotaCandidate) => (c.female || (c.womenShare ?? 0) >= 70 ? 1 : 0);

/**
 * Allocates a capped award among eligible candidates: ordered by the council's vote share, then
 * women (or collectives with ≥ 70% women) where otherwise equal, then direct workers, then id;
 * the cap is rounded as its rule says. Those left out are explained as "quota full".
 *
 * @throws TdktError `VALIDATION_FAILED` for a negative cap or duplicate ids.
 */
export function allocateQuota(candidates: QuotaCandidate[], cap: QuotaCap): QuotaResult {
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.id)) throw new TdktError('VALIDATION_FAILED', msg(`Mã ứng viên bị lặp: ${c.id}`, `Duplicate candidate id: ${c.id}`), { path: ['candidates'], value: c.id });
    ids.add(c.id);
  }
  const raw = cap.kind === 'count' ? cap.count : (cap.percent / 100) * cap.of;
  if (!(raw >= 0) || !Number.isFinite(raw)) throw new TdktError('VALIDATION_FAILED', msg('Chỉ tiêu không hợp lệ', 'Invalid cap'), { path: ['cap'], value: cap });
  const places = cap.kind === 'count' ? Math.floor(raw) : Math[cap.rounding](Number(raw.toFixed(9)));
  const ordered = [...candidates].sort((a, b) => share(b) - share(a) || womanFirst(b) - womanFirst(a) || Number(Boolean(b.directWorker)) - Number(Boolean(a.directWorker)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placements = ordered.map((c, i): QuotaPlacement => {
    const pct = share(c) >= 0 ? `${Math.round(share(c) * 1000) / 10}%` : '—';
    const keys = msg(
      `phiếu đồng ý ${pct.replace('.', ',')}${womanFirst(c) ? ', ưu tiên nữ' : ''}${c.directWorker ? ', lao động trực tiếp' : ''}`,
      `votes in favour ${pct}${womanFirst(c) ? ', women preferred' : ''}${c.directWorker ? ', direct worker' : ''}`,
    );
    const selected = i < places;
    return {
      id: c.id,
      rank: i + 1,
      selected,
      message: selected
        ? msg(`Xếp thứ ${i + 1}/${ordered.length} (${keys.vi}), trong chỉ tiêu ${places}`, `Ranked ${i + 1} of ${ordered.length} (${keys.en}), within the ${places} place(s)`)
        : msg(`Xếp thứ ${i + 1}/${ordered.length} (${keys.vi}): hết chỉ tiêu (${places})`, `Ranked ${i + 1} of ${ordered.length} (${keys.en}): quota full (${places} place(s))`),
    };
  });
  return { places, placements, citation: cap.citation };
}
