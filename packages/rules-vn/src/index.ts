/**
 * `@tdkt/rules-vn` — the national rules of Vietnam's emulation and commendation law as a tdkt
 * plugin: Law 06/2022/QH15 with Decree 98/2023/NĐ-CP (2024-01-01 → 2025-06-30) and Decree
 * 152/2025/NĐ-CP (from 2025-07-01), and the earlier regime (Law 2003 as amended, Decree 91/2017)
 * for history. Ships the sector plugin `kiem-sat`.
 *
 * @packageDocumentation
 */
import { TdktError, createEngine, definePlugin, msg, type Engine, type Plugin } from '@tdkt/core';
import { chienSiThiDuaCoSo, laoDongTienTien } from './awards/annual.js';
import { giayKhen, tapTheLaoDongTienTien, tapTheLaoDongXuatSac } from './awards/collective.js';
import { anhHungLaoDong, bangKhenBoNganhTinh, bangKhenThuTuong, chienSiThiDuaBoNganhTinh, chienSiThiDuaToanQuoc, huanChuongLaoDongHangBa, huanChuongLaoDongHangNhat, huanChuongLaoDongHangNhi } from './awards/higher.js';
import { nationalAwards } from './catalog.js';
import { cite } from './cite.js';
import { nationalCalendar } from './calendar.js';
import { consistencyCheck } from './common.js';
import { documents } from './documents.js';
import { nationalParameters } from './parameters.js';
import { giaoDucPlugin } from './plugins/giao-duc.js';
import { kiemSatPlugin } from './plugins/kiem-sat.js';
import { ruleDate } from './regimes.js';

import pkg from '../package.json';
export { nationalAwards, OLD_LAW_FROM } from './catalog.js';
export { documents, SOURCES } from './documents.js';
export { nationalParameters, P as PARAMETERS } from './parameters.js';
export { REGIMES, regimeOn, ruleDate, type Regime } from './regimes.js';
export { kiemSatPlugin } from './plugins/kiem-sat.js';
export { giaoDucPlugin } from './plugins/giao-duc.js';
export { cite } from './cite.js';
export { nationalCalendar } from './calendar.js';
export { BASE_SALARY, rewardFor, rewardsAtOnce, type Reward } from './rewards.js';

/**
 * Version of the national rule pack: the `@tdkt/rules-vn` package version, so a release's changeset
 * (bumped on every legal change, see docs/rule-pack-versioning.md) is the version pinned in stored
 * decisions.
 */
export const NATIONAL_VERSION: string = pkg.version;

/**
 * The national rules as a plugin (id `vn`). Horizons: a dossier received on or after 2026-10-01
 * falls under Law 06/2026/QH16, whose amended text is not encoded (needs-review with the provisional
 * outcome); from 2027-03-01 Decree 152/2025 is no longer known to be in force (Art 60 cl 1).
 */
export const vnNational: Plugin = definePlugin({
  id: 'vn',
  kind: 'national',
  name: msg('Quy định quốc gia về thi đua, khen thưởng', 'National emulation and commendation rules'),
  version: NATIONAL_VERSION,
  source: cite.law('official', { note: 'Luật Thi đua, khen thưởng 06/2022/QH15 và các văn bản hướng dẫn' }),
  documents,
  awards: nationalAwards,
  parameters: nationalParameters,
  rules: [
    ...laoDongTienTien,
    ...chienSiThiDuaCoSo,
    ...chienSiThiDuaBoNganhTinh,
    ...chienSiThiDuaToanQuoc,
    ...tapTheLaoDongXuatSac,
    ...tapTheLaoDongTienTien,
    ...bangKhenBoNganhTinh,
    ...bangKhenThuTuong,
    ...giayKhen,
    ...huanChuongLaoDongHangBa,
    ...huanChuongLaoDongHangNhi,
    ...huanChuongLaoDongHangNhat,
    ...anhHungLaoDong,
  ],
  conditions: [{ award: '*', criterion: consistencyCheck() }],
  calendar: nationalCalendar,
  horizons: [
    {
      id: 'luat-06-2026',
      from: '2026-10-01',
      keyOn: 'submittedOn',
      message: msg(
        'Hồ sơ nhận từ ngày 01/10/2026 thuộc phạm vi Luật 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng; nội dung sửa đổi chưa được đưa vào bộ quy tắc từ văn bản chính thức, cần xem xét',
        'A dossier received on or after 2026-10-01 falls under Law 06/2026/QH16 amending the Law on Emulation and Commendation; its amended text is not encoded from the official text, so this needs review',
      ),
      citations: [cite.law2026('secondary', { article: 4, clause: 4, note: 'Hồ sơ nhận trước 01/10/2026 tiếp tục theo Luật 06/2022 trừ khi quy định mới có lợi hơn; số hiệu, ngày hiệu lực theo cơ sở dữ liệu văn bản' })],
    },
    {
      id: 'nd-152-2025-sunset',
      from: '2027-03-01',
      keyOn: 'asOf',
      message: msg('Nghị định 152/2025/NĐ-CP hết hiệu lực từ 01/03/2027 nếu không được gia hạn; quy định áp dụng sau ngày đó chưa được đưa vào bộ quy tắc', 'Decree 152/2025/NĐ-CP ceases on 2027-03-01 unless extended; the rules after that date are not encoded'),
      citations: [cite.d152('official', { article: 60, clause: 1 })],
    },
  ],
  ruleDate,
});

/** Every plugin this package ships, by id. */
export const shippedPlugins: readonly Plugin[] = [vnNational, kiemSatPlugin, giaoDucPlugin];

/**
 * An engine over the national rules, the shipped sector plugins and any extra plugins.
 *
 * @throws TdktError when an extra plugin conflicts with the loaded ones or relaxes a national rule.
 */
export function createVnEngine(extra: Plugin[] = []): Engine {
  if (!Array.isArray(extra)) throw new TdktError('PLUGIN_INVALID', msg('Danh sách plugin phải là một mảng', 'The extra plugins must be an array'), { value: extra });
  extra.forEach((p, i) => {
    if (p && typeof p === 'object' && (p as { kind?: unknown }).kind === 'national')
      throw new TdktError('PLUGIN_INVALID', msg(`Plugin "${(p as { id?: string }).id}" là bộ quy tắc quốc gia: chỉ được thêm plugin tỉnh hoặc ngành`, `Plugin "${(p as { id?: string }).id}" is a national rule pack: only province or sector plugins can be added`), { path: ['plugins', i, 'kind'], value: 'national' });
  });
  return createEngine({ plugins: [...shippedPlugins, ...extra] });
}
export { legalReference } from './reference.js';
export { governmentFlagQuota } from './quotas.js';
export { CAREER_BANDS, CAREER_POSTS } from './career.js';
export { governmentFlagDeadline, nationalFighterDeadline } from './deadlines.js';
export { VN_AWARD_CODES, type VnAwardCode } from './codes.js';
export { defineVnPlugin, type VnParameterId, type VnPluginDefinition } from './sdk.js';
