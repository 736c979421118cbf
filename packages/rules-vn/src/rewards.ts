/**
 * Reward amounts (tiền thưởng): a multiplier of the base salary (mức lương cơ sở) in force on the
 * date of the decision, rounded up to the next 10,000 VND (Decree 152/2025 Art 49–55; Decree
 * 98/2023 Art 54 for the values confirmed before 2025-07-01).
 */
import { TdktError, msg, type Citation, type SubjectKind } from '@tdkt/core';
import { cite } from './cite.js';

/** One dated multiplier. `forms` are the award codes it applies to. */
interface MultiplierRow {
  codes: string[];
  individual: number;
  /** Collective multiplier when the decree sets one explicitly (else the rule of the group). */
  collective?: number;
  citation: Citation;
}

const d152 = (article: number, clause: number, point: string) => cite.d152('official', { article, clause, point });

/** Decree 152/2025 (from 2025-07-01). */
const D152: MultiplierRow[] = [
  { codes: ['chien-si-thi-dua-toan-quoc'], individual: 4.5, citation: d152(50, 1, 'a') },
  { codes: ['chien-si-thi-dua-bo-nganh-tinh'], individual: 3.0, citation: d152(50, 1, 'b') },
  { codes: ['chien-si-thi-dua-co-so'], individual: 1.0, citation: d152(50, 1, 'c') },
  { codes: ['lao-dong-tien-tien', 'chien-si-tien-tien'], individual: 0.3, citation: d152(50, 1, 'd') },
  { codes: ['tap-the-lao-dong-xuat-sac', 'don-vi-quyet-thang'], individual: 1.5, collective: 1.5, citation: d152(50, 2, 'a') },
  { codes: ['tap-the-lao-dong-tien-tien', 'don-vi-tien-tien'], individual: 0.8, collective: 0.8, citation: d152(50, 2, 'b') },
  { codes: ['xa-phuong-thi-tran-tieu-bieu'], individual: 2.0, collective: 2.0, citation: d152(50, 2, 'c') },
  { codes: ['thon-to-dan-pho-van-hoa'], individual: 1.5, collective: 1.5, citation: d152(50, 2, 'd') },
  { codes: ['co-thi-dua-chinh-phu'], individual: 12.0, collective: 12.0, citation: d152(50, 2, 'đ') },
  { codes: ['co-thi-dua-bo-nganh-tinh'], individual: 8.0, collective: 8.0, citation: d152(50, 2, 'e') },
  { codes: ['huan-chuong-sao-vang'], individual: 46.0, citation: d152(51, 1, 'a') },
  { codes: ['huan-chuong-ho-chi-minh'], individual: 30.5, citation: d152(51, 1, 'b') },
  { codes: ['huan-chuong-doc-lap-hang-nhat', 'huan-chuong-quan-cong-hang-nhat'], individual: 15.0, citation: d152(51, 1, 'c') },
  { codes: ['huan-chuong-doc-lap-hang-nhi', 'huan-chuong-quan-cong-hang-nhi'], individual: 12.5, citation: d152(51, 1, 'd') },
  { codes: ['huan-chuong-doc-lap-hang-ba', 'huan-chuong-quan-cong-hang-ba'], individual: 10.5, citation: d152(51, 1, 'đ') },
  { codes: ['huan-chuong-lao-dong-hang-nhat', 'huan-chuong-chien-cong-hang-nhat', 'huan-chuong-bao-ve-to-quoc-hang-nhat'], individual: 9.0, citation: d152(51, 1, 'e') },
  { codes: ['huan-chuong-lao-dong-hang-nhi', 'huan-chuong-chien-cong-hang-nhi', 'huan-chuong-bao-ve-to-quoc-hang-nhi', 'huan-chuong-dai-doan-ket-dan-toc'], individual: 7.5, citation: d152(51, 1, 'g') },
  { codes: ['huan-chuong-lao-dong-hang-ba', 'huan-chuong-chien-cong-hang-ba', 'huan-chuong-bao-ve-to-quoc-hang-ba', 'huan-chuong-dung-cam'], individual: 4.5, citation: d152(51, 1, 'h') },
  { codes: ['ba-me-viet-nam-anh-hung'], individual: 15.5, citation: cite.d152('official', { article: 52, clause: 1 }) },
  { codes: ['anh-hung-luc-luong-vu-trang-nhan-dan', 'anh-hung-lao-dong'], individual: 15.5, citation: cite.d152('official', { article: 52, clause: 2 }) },
  { codes: ['nha-giao-nhan-dan', 'thay-thuoc-nhan-dan', 'nghe-si-nhan-dan', 'nghe-nhan-nhan-dan'], individual: 12.5, citation: cite.d152('official', { article: 52, clause: 3 }) },
  { codes: ['nha-giao-uu-tu', 'thay-thuoc-uu-tu', 'nghe-si-uu-tu', 'nghe-nhan-uu-tu'], individual: 9.0, citation: cite.d152('official', { article: 52, clause: 3 }) },
  { codes: ['giai-thuong-ho-chi-minh'], individual: 270.0, citation: cite.d152('official', { article: 53, clause: 1 }) },
  { codes: ['giai-thuong-nha-nuoc'], individual: 170.0, citation: cite.d152('official', { article: 53, clause: 2 }) },
  { codes: ['bang-khen-thu-tuong'], individual: 3.5, citation: d152(54, 1, 'a') },
  { codes: ['bang-khen-bo-nganh-tinh'], individual: 1.5, citation: d152(54, 1, 'b') },
  { codes: ['giay-khen'], individual: 0.3, citation: d152(54, 1, 'e') },
  { codes: ['huy-chuong-quan-ky-quyet-thang', 'huy-chuong-vi-an-ninh-to-quoc', 'huy-chuong-chien-si-ve-vang-hang-nhat', 'huy-chuong-chien-si-ve-vang-hang-nhi', 'huy-chuong-chien-si-ve-vang-hang-ba'], individual: 1.5, citation: cite.d152('official', { article: 55 }) },
];

/** Decree 98/2023 (2024-01-01 → 2025-06-30): only the levels confirmed by a source quoting Art 54. */
const D98: MultiplierRow[] = [
  { codes: ['chien-si-thi-dua-toan-quoc'], individual: 4.5, citation: cite.d98('quoted', { article: 54 }) },
  { codes: ['chien-si-thi-dua-bo-nganh-tinh'], individual: 3.0, citation: cite.d98('quoted', { article: 54 }) },
  { codes: ['chien-si-thi-dua-co-so'], individual: 1.0, citation: cite.d98('quoted', { article: 54 }) },
  { codes: ['lao-dong-tien-tien', 'chien-si-tien-tien'], individual: 0.3, citation: cite.d98('quoted', { article: 54 }) },
  { codes: ['tap-the-lao-dong-xuat-sac', 'don-vi-quyet-thang'], individual: 1.5, collective: 1.5, citation: cite.d98('quoted', { article: 54 }) },
];

/** The base salary (mức lương cơ sở), VND per month, by date. */
export const BASE_SALARY: { validFrom: string; validTo?: string; vnd: number; citation: Citation }[] = [
  { validFrom: '2023-07-01', validTo: '2024-06-30', vnd: 1_800_000, citation: { doc: 'nd-24-2023', article: 3, confidence: 'quoted', note: 'Mức lương cơ sở 1.800.000 đồng/tháng từ 01/7/2023' } },
  { validFrom: '2024-07-01', vnd: 2_340_000, citation: { doc: 'nd-73-2024', article: 3, confidence: 'quoted', note: 'Từ ngày 01/7/2024, mức lương cơ sở là 2.340.000 đồng/tháng (trích dẫn Điều 3)' } },
];

/** A computed reward. */
export interface Reward {
  award: string;
  multiplier: number;
  baseSalaryVnd: number;
  /** multiplier × base salary (× 2 for collectives where the decree says so, × 1.5 for households), rounded up to 10,000 VND. */
  amountVnd: number;
  citations: Citation[];
}

const ROUND = 10_000;

/**
 * The reward for one award decided on `decidedOn` (YYYY-MM-DD) to a subject of `kind`.
 * Collectives receive twice the individual amount for orders, hero titles and Bằng khen/Giấy khen
 * (Art 51 cl 2, 52 cl 2, 54 cl 2); households 1.5 times for commendations (Art 54 cl 3).
 *
 * @returns `undefined` when no verified multiplier or base salary is known for the date.
 * @throws TdktError `VALIDATION_FAILED` for a malformed date.
 */
export function rewardFor(award: string, kind: SubjectKind, decidedOn: string): Reward | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) throw new TdktError('VALIDATION_FAILED', msg('Ngày quyết định cần dạng YYYY-MM-DD', 'The decision date needs YYYY-MM-DD'), { path: ['decidedOn'], value: decidedOn });
  const table = decidedOn >= '2025-07-01' ? D152 : decidedOn >= '2024-01-01' ? D98 : [];
  const row = table.find((r) => r.codes.includes(award));
  const base = BASE_SALARY.find((b) => b.validFrom <= decidedOn && (!b.validTo || decidedOn <= b.validTo));
  if (!row || !base) return undefined;
  let m = kind === 'collective' ? row.collective ?? row.individual : row.individual;
  const doubled = /^(huan-chuong|anh-hung|bang-khen|giay-khen)/.test(award);
  if (kind === 'collective' && row.collective === undefined && doubled) m *= 2;
  if (kind === 'household' && /^(bang-khen|giay-khen)/.test(award)) m *= 1.5;
  const raw = m * base.vnd;
  return { award, multiplier: m, baseSalaryVnd: base.vnd, amountVnd: Math.ceil(Math.round(raw) / ROUND) * ROUND, citations: [row.citation, base.citation, ...(decidedOn >= '2025-07-01' ? [cite.d152('official', { article: 49, clause: 2 })] : [])] };
}

/**
 * Rewards for several titles decided at the same time: for emulation titles with the same
 * achievement period only the highest is paid; titles with different periods, and forms of
 * commendation, are each paid (Decree 152/2025 Art 49 cl 5–7).
 */
export function rewardsAtOnce(items: { award: string; period: [number, number]; kind: 'emulation-title' | 'commendation' }[], subject: SubjectKind, decidedOn: string): Reward[] {
  const out: Reward[] = [];
  const titles = new Map<string, Reward>();
  for (const it of items) {
    const r = rewardFor(it.award, subject, decidedOn);
    if (!r) continue;
    if (it.kind === 'commendation') out.push(r);
    else {
      const key = it.period.join('-');
      const prior = titles.get(key);
      if (!prior || r.amountVnd > prior.amountVnd) titles.set(key, r);
    }
  }
  return [...titles.values(), ...out];
}
