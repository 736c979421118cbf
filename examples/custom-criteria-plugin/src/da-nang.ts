import { readFileSync } from 'node:fs';
import { criterion, msg, type ScoringTable } from '@tdkt/core';
import { defineVnPlugin } from '@tdkt/rules-vn';
import { daNangCalendar } from './calendar.js';
import { documents } from './documents.js';

const lcai = { doc: 'qd-14-2024-lao-cai', article: 9, clause: 1, confidence: 'secondary' as const, note: 'Mẫu: quy định của Lào Cai, dùng làm ví dụ cho Đà Nẵng' };
const bninh = { doc: 'qd-86-2025-bac-ninh', confidence: 'secondary' as const, note: 'Mẫu: tiêu chuẩn Giấy khen của Bắc Ninh, dùng làm ví dụ cho Đà Nẵng' };

/**
 * Đà Nẵng city (from 2025-07-01, successor of Quảng Nam): a TEMPLATE. Each rule is one another
 * province verifiably adopted, cited to it:
 * - a tightening of Lao động tiên tiến: no administrative penalty in the year (Lào Cai QĐ 14/2024 Art 9 cl 1);
 * - the Giấy khen criteria the Law delegates (Art 75 cl 2): completing tasks well AND a movement or
 *   extraordinary achievement (Bắc Ninh QĐ 86/2025);
 * - the council threshold for Chiến sĩ thi đua cơ sở once Decree 98's transition ends (from
 *   2026-01-01): kept at Decree 98's 80% of the total membership;
 * - a yearly calendar (launch, registration, reviews, the city's dossier deadline) whose dates
 *   are examples, each marked `template` (see `calendar.ts`).
 */
/** A block scoring table built from real provinces' rules (sources inside the file). */
export const blockTable = JSON.parse(readFileSync(new URL('../../../fixtures/clusters/hung-yen-block-table.json', import.meta.url), 'utf8')) as ScoringTable;

export const daNangPlugin = defineVnPlugin({
  id: 'da-nang',
  kind: 'province',
  name: msg('Thành phố Đà Nẵng (mẫu)', 'Đà Nẵng city (template)'),
  version: '0.1.0',
  source: { doc: 'qd-da-nang-tdkt', confidence: 'unverified' },
  validFrom: '2025-07-01',
  documents,
  conditions: [
    {
      award: 'lao-dong-tien-tien',
      criterion: criterion({
        id: 'da-nang.lao-dong-tien-tien.no-penalty',
        text: msg('Không bị xử phạt vi phạm hành chính trong năm', 'No administrative penalty in the year'),
        citations: [lcai],
        test: (ctx) => {
          const hits = (ctx.request.subject.penalties ?? []).filter((p) => p.date.startsWith(String(ctx.period)));
          return hits.length
            ? { outcome: 'ineligible', message: msg(`Bị xử phạt vi phạm hành chính ngày ${hits.map((h) => h.date).join(', ')}`, `Administrative penalty on ${hits.map((h) => h.date).join(', ')}`) }
            : { outcome: 'eligible', trivial: true, message: msg('Không bị xử phạt vi phạm hành chính trong năm', 'No administrative penalty in the year') };
        },
      }),
    },
  ],
  rules: [
    {
      id: 'da-nang.giay-khen',
      award: 'giay-khen',
      validFrom: '2025-07-01',
      criterion: criterion({
        id: 'da-nang.giay-khen.criteria',
        text: msg('Hoàn thành tốt nhiệm vụ và có thành tích được bình xét trong phong trào thi đua hoặc thành tích đột xuất', 'Completed tasks well, and an achievement selected in a movement or an extraordinary one'),
        citations: [bninh],
        test: (ctx) => {
          const r = ctx.history.rating(ctx.period);
          if (r !== 'HTXSNV' && r !== 'HTTNV') return { outcome: 'ineligible', message: msg(`Năm ${ctx.period} chưa hoàn thành tốt nhiệm vụ`, `${ctx.period} not rated good or better`) };
          const o = ctx.request.occasion;
          if (o === 'movement-review' || o === 'extraordinary') return { outcome: 'needs-review', missing: ['council judgment'], message: msg('Thành tích trong phong trào/đột xuất do Hội đồng đánh giá', 'The movement or extraordinary achievement is for the council to judge') };
          return { outcome: 'ineligible', notClaimed: true, message: msg('Không có thành tích phong trào hoặc đột xuất được đề nghị', 'No movement or extraordinary achievement is claimed') };
        },
      }),
    },
  ],
  scoringTables: [blockTable],
  calendar: daNangCalendar,
  parameterValues: [{ id: 'vn.council.chien-si-thi-dua-co-so.percent', value: 80, validFrom: '2026-01-01', citation: { doc: 'nd-98-2023', article: 30, clause: 7, confidence: 'quoted', note: 'Mẫu: giữ mức 80% của Nghị định 98/2023 sau khi hết thời gian chuyển tiếp' } }],
});

export { documents };
