/**
 * Emulation clusters and blocks (cụm, khối thi đua): membership by year, scoring tables (criteria
 * with maximum points, bonus and penalty items), score sheets, ranking with deterministic
 * tie-breaks, and the choice of the leading units — by the cluster's assessment, comparison and
 * vote, with the score as an input to that vote (Decree 152/2025 Art 7) — proposed for the
 * ministry/province flag.
 */
import { z } from 'zod';
import { citationSchema, type Citation } from './citation.js';
import { TdktError, parseWith } from './errors.js';
import { msg, type Message } from './i18n.js';

const message = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** A scoring table: criteria with maximum points, bonus and penalty items, the flag quota. */
export const scoringTableSchema = z
  .strictObject({
  id: z.string().min(1),
  name: message,
  /** Total of the criteria's maximum points (100, 1000, …). */
  scale: z.number().positive(),
  source: citationSchema,
  criteria: z.array(z.strictObject({ id: z.string().min(1), name: message, maxPoints: z.number().positive() })).min(1),
  bonuses: z.array(z.strictObject({ id: z.string().min(1), name: message, points: z.number().positive(), cap: z.number().positive().optional() })).default([]),
  penalties: z.array(z.strictObject({ id: z.string().min(1), name: message, points: z.number().positive(), excludesFlag: z.boolean().optional() })).default([]),
  /** How many ministry/province flags one cluster or block may propose (a count set by the rule). */
  flagQuota: z.number().int().min(0).optional(),
  })
  .superRefine((t, ctx) => {
    const dup = (ids: string[], path: string) =>
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: 'duplicate id', params: { vi: `Mã bị lặp: ${id}`, en: `Duplicate id: ${id}` } });
      });
    dup(t.criteria.map((c) => c.id), 'criteria');
    dup(t.bonuses.map((c) => c.id), 'bonuses');
    dup(t.penalties.map((c) => c.id), 'penalties');
    const sum = t.criteria.reduce((a, c) => a + c.maxPoints, 0);
    if (Math.abs(sum - t.scale) > 1e-9) ctx.addIssue({ code: 'custom', path: ['scale'], message: 'scale mismatch', params: { vi: `Tổng điểm tối đa các tiêu chí (${sum}) khác thang điểm (${t.scale})`, en: `The criteria's maximum points add up to ${sum}, not the scale ${t.scale}` } });
  });
/** See {@link scoringTableSchema}. */
export type ScoringTable = z.infer<typeof scoringTableSchema>;

/** A cluster or block for one year: its members. */
export const clusterSchema = z
  .strictObject({ id: z.string().min(1), name: message, year: z.number().int(), members: z.array(z.string().min(1)).min(2) })
  .refine((c) => new Set(c.members).size === c.members.length, { message: 'duplicate member', path: ['members'], params: { vi: 'Đơn vị thành viên bị lặp', en: 'A member appears twice' } });
/** See {@link clusterSchema}. */
export type Cluster = z.infer<typeof clusterSchema>;

/** One unit's score sheet: points per criterion, counts of bonus and penalty items. */
export const scoreSheetSchema = z.strictObject({
  unit: z.string().min(1),
  criteria: z.record(z.string(), z.number().min(0)),
  bonuses: z.record(z.string(), z.number().int().min(0)).default({}),
  penalties: z.record(z.string(), z.number().int().min(0)).default({}),
});
/** See {@link scoreSheetSchema}. */
export type ScoreSheet = z.input<typeof scoreSheetSchema>;

/** A unit's score with its breakdown. */
export interface UnitScore {
  unit: string;
  total: number;
  criteria: number;
  bonus: number;
  penalty: number;
  /** A penalty item that rules the unit out of the flag this year. */
  excludedFromFlag: boolean;
  rank: number;
  message: Message;
}

/**
 * Scores and ranks a cluster. Ties are broken deterministically: higher total, then fewer penalty
 * points, then higher points on the criteria in the table's order, then unit id.
 *
 * @throws TdktError `VALIDATION_FAILED` for a malformed table or sheet, points above a
 *   criterion's maximum, an unknown criterion/bonus/penalty id, a sheet for a unit outside the
 *   cluster, or a member without a sheet.
 */
export function rankCluster(tableInput: unknown, clusterInput: unknown, sheetsInput: unknown[]): UnitScore[] {
  const table = parseWith(scoringTableSchema, tableInput, ['table']);
  const cluster = parseWith(clusterSchema, clusterInput, ['cluster']);
  const sheets = sheetsInput.map((s, i) => parseWith(scoreSheetSchema, s, ['sheets', i]));
  const bad = (path: (string | number)[], value: unknown, vi: string, en: string) => new TdktError('VALIDATION_FAILED', msg(vi, en), { path, value });
  const byUnit = new Map<string, (typeof sheets)[number]>();
  sheets.forEach((s, i) => {
    if (byUnit.has(s.unit)) throw bad(['sheets', i, 'unit'], s.unit, `Hai phiếu chấm điểm cho ${s.unit}`, `Two score sheets for ${s.unit}`);
    byUnit.set(s.unit, s);
  });
  for (const [i, s] of sheets.entries()) if (!cluster.members.includes(s.unit)) throw bad(['sheets', i, 'unit'], s.unit, `Đơn vị ${s.unit} không thuộc cụm ${cluster.id}`, `Unit ${s.unit} is not a member of ${cluster.id}`);
  for (const m of cluster.members) if (!byUnit.has(m)) throw bad(['sheets'], m, `Thiếu phiếu chấm điểm của ${m}`, `No score sheet for ${m}`);
  const scores = cluster.members.map((unit) => {
    const s = byUnit.get(unit)!;
    const i = sheets.indexOf(s);
    let criteria = 0;
    for (const [id, pts] of Object.entries(s.criteria)) {
      const c = table.criteria.find((x) => x.id === id);
      if (!c) throw bad(['sheets', i, 'criteria', id], id, `Tiêu chí không có trong bảng điểm: ${id}`, `Criterion not in the table: ${id}`);
      if (pts > c.maxPoints) throw bad(['sheets', i, 'criteria', id], pts, `Điểm ${pts} vượt tối đa ${c.maxPoints} của tiêu chí ${id}`, `${pts} points exceed the maximum ${c.maxPoints} of ${id}`);
      criteria += pts;
    }
    let bonus = 0;
    for (const [id, n] of Object.entries(s.bonuses)) {
      const b = table.bonuses.find((x) => x.id === id);
      if (!b) throw bad(['sheets', i, 'bonuses', id], id, `Mục cộng điểm không có trong bảng: ${id}`, `Bonus item not in the table: ${id}`);
      bonus += Math.min(n * b.points, b.cap ?? Infinity);
    }
    let penalty = 0;
    let excludedFromFlag = false;
    for (const [id, n] of Object.entries(s.penalties)) {
      const p = table.penalties.find((x) => x.id === id);
      if (!p) throw bad(['sheets', i, 'penalties', id], id, `Mục trừ điểm không có trong bảng: ${id}`, `Penalty item not in the table: ${id}`);
      penalty += n * p.points;
      if (n > 0 && p.excludesFlag) excludedFromFlag = true;
    }
    return { unit, total: criteria + bonus - penalty, criteria, bonus, penalty, excludedFromFlag, sheet: s };
  });
  const order = table.criteria.map((c) => c.id);
  scores.sort((a, b) => b.total - a.total || a.penalty - b.penalty || order.reduce((acc, id) => acc || (b.sheet.criteria[id] ?? 0) - (a.sheet.criteria[id] ?? 0), 0) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return scores.map(({ sheet: _s, ...s }, i) => ({
    ...s,
    rank: i + 1,
    message: msg(
      `Hạng ${i + 1}/${scores.length}: ${s.total} điểm (tiêu chí ${s.criteria}, cộng ${s.bonus}, trừ ${s.penalty})${s.excludedFromFlag ? '; không đề nghị Cờ thi đua năm nay' : ''}`,
      `Rank ${i + 1} of ${scores.length}: ${s.total} points (criteria ${s.criteria}, bonus ${s.bonus}, penalties ${s.penalty})${s.excludedFromFlag ? '; not proposed for the flag this year' : ''}`,
    ),
  }));
}

/** The cluster's vote on a unit as a leading unit. */
export interface ClusterVote {
  unit: string;
  inFavour: number;
  members: number;
}

/** A unit proposed (or not) for the flag, with why. */
export interface FlagProposal {
  unit: string;
  proposed: boolean;
  message: Message;
  /** The rule that sets the quota. */
  citation: Citation;
}

/**
 * Chooses the leading units the way the law says — the cluster's assessment, comparison and vote
 * (Decree 152/2025 Art 7), the score being an input to that vote: units voted by a majority of the
 * cluster's members, ordered by vote share then rank, within the table's flag quota; units with a
 * penalty that excludes the flag are left out.
 *
 * @throws TdktError `VALIDATION_FAILED` when a vote names a unit that was not ranked.
 */
export function proposeFlags(ranking: UnitScore[], votes: ClusterVote[], quota: number, citation: Citation): FlagProposal[] {
  const bad = (path: (string | number)[], value: unknown, vi: string, en: string) => new TdktError('VALIDATION_FAILED', msg(vi, en), { path, value });
  if (!Array.isArray(ranking) || !Array.isArray(votes)) throw bad(['votes'], votes, 'Cần danh sách xếp hạng và phiếu bầu', 'A ranking and a list of votes are needed');
  if (!Number.isInteger(quota) || quota < 0) throw bad(['quota'], quota, 'Chỉ tiêu phải là số nguyên không âm', 'The quota must be a whole number ≥ 0');
  const seen = new Set<string>();
  votes.forEach((v, i) => {
    if (seen.has(v.unit)) throw bad(['votes', i, 'unit'], v.unit, `Hai phiếu bầu cho ${v.unit}`, `Two votes for ${v.unit}`);
    seen.add(v.unit);
    if (!Number.isInteger(v.members) || v.members < 1 || v.members > ranking.length) throw bad(['votes', i, 'members'], v.members, `Số thành viên bỏ phiếu phải từ 1 đến ${ranking.length} (số đơn vị của cụm)`, `Voting members must be 1 to ${ranking.length} (the cluster's units)`);
    if (!Number.isInteger(v.inFavour) || v.inFavour < 0 || v.inFavour > v.members) throw bad(['votes', i, 'inFavour'], v.inFavour, 'Số phiếu đồng ý phải từ 0 đến số thành viên bỏ phiếu', 'Votes in favour must be between 0 and the voting members');
  });
  const rankOf = new Map(ranking.map((r) => [r.unit, r]));
  for (const v of votes) if (!rankOf.has(v.unit)) throw new TdktError('VALIDATION_FAILED', msg(`Phiếu bầu cho đơn vị không có trong xếp hạng: ${v.unit}`, `Vote for a unit that was not ranked: ${v.unit}`), { path: ['votes'], value: v.unit });
  const share = (u: string) => {
    const v = votes.find((x) => x.unit === u);
    return v ? v.inFavour / v.members : 0;
  };
  const candidates = ranking.filter((r) => !r.excludedFromFlag && share(r.unit) > 0.5).sort((a, b) => share(b.unit) - share(a.unit) || a.rank - b.rank);
  const chosen = new Set(candidates.slice(0, quota).map((c) => c.unit));
  return ranking.map((r) => {
    const pct = Math.round(share(r.unit) * 1000) / 10;
    if (chosen.has(r.unit)) return { unit: r.unit, proposed: true, citation, message: msg(`Được cụm bình chọn dẫn đầu (${String(pct).replace('.', ',')}% phiếu, hạng ${r.rank}): đề nghị Cờ thi đua`, `Voted a leading unit by the cluster (${pct}%, rank ${r.rank}): proposed for the flag`) };
    if (r.excludedFromFlag) return { unit: r.unit, proposed: false, citation, message: msg('Bị trừ điểm thuộc trường hợp không đề nghị Cờ thi đua năm nay', 'A penalty item rules out the flag this year') };
    if (share(r.unit) <= 0.5) return { unit: r.unit, proposed: false, citation, message: msg(`Không được quá nửa thành viên cụm bình chọn dẫn đầu (${String(pct).replace('.', ',')}%)`, `Not voted a leading unit by a majority of the cluster (${pct}%)`) };
    return { unit: r.unit, proposed: false, citation, message: msg(`Hết chỉ tiêu Cờ thi đua của cụm (${quota})`, `The cluster's flag quota (${quota}) is full`) };
  });
}
