import { definePlugin, msg } from '@tdkt/core';
import { cite } from '../cite.js';
import { P } from '../parameters.js';

/**
 * The People's Procuracy sector (ngành Kiểm sát nhân dân), Circular 02/2024/TT-VKSNDTC: a
 * disciplinary decision issued after the year of the violation, for a violation already counted
 * when that year was rated, is not counted again for the year of the decision; the new-recruit
 * minimum is 6 months (10 before).
 *
 * Not encoded (wording not seen): the circular's absence bar (3 to under 6 months, with listed
 * exceptions) and its own reprimand-or-heavier exclusion, which the national rating rule already
 * covers for the year of the violation.
 */
export const kiemSatPlugin = definePlugin({
  id: 'kiem-sat',
  kind: 'sector',
  name: msg('Ngành Kiểm sát nhân dân', "People's Procuracy"),
  version: '0.1.0',
  source: cite.ttKiemSat('secondary'),
  validFrom: '2024-01-01',
  parameterValues: [
    { id: P.disciplineYearAfter, value: 'not-counted-again', citation: cite.ttKiemSat('secondary', { note: 'Vi phạm đã tính khi đánh giá năm trước thì không tính lại khi xét LĐTT năm ra quyết định kỷ luật' }) },
    { id: P.newRecruitMonths, value: 6, citation: cite.ttKiemSat('secondary', { note: 'Không xét LĐTT đối với người mới tuyển dụng dưới 06 tháng (trước đây 10 tháng)' }) },
  ],
});
