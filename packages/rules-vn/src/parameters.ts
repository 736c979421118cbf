import type { ParameterDefinition } from '@tdkt/core';
import { msg } from '@tdkt/core';
import { cite } from './cite.js';
import { SOURCES } from './documents.js';

/** Ids of the parameters the national rules declare. */
export const P = {
  newRecruitMonths: 'vn.lao-dong-tien-tien.new-recruit-min-months',
  workingMonths: 'vn.rating.min-working-months',
  transferCommentsMonths: 'vn.transfer.comments-after-months',
  councilCstdcs: 'vn.council.chien-si-thi-dua-co-so.percent',
  councilCstdBoTinh: 'vn.council.chien-si-thi-dua-bo-nganh-tinh.percent',
  councilCstdtq: 'vn.council.chien-si-thi-dua-toan-quoc.percent',
  councilHero: 'vn.council.anh-hung.percent',
  disciplineYearAfter: 'vn.discipline.year-after-violation',
  ttldttMemberShare: 'vn.tap-the-lao-dong-tien-tien.member-ldtt-percent',
  heroCycle: 'vn.anh-hung-lao-dong.congress-cycle-years',
  gdvhGiayKhenYears: 'vn.giay-khen.gia-dinh-van-hoa-years',
  collectiveAfterReorganisation: 'vn.collective-chain.after-reorganisation',
} as const;

const d98Until = '2025-06-30';

/**
 * The national parameters: every number the rules use, dated and cited. Values marked
 * `unverified` make a deciding criterion give `needs-review`.
 */
export const nationalParameters: ParameterDefinition[] = [
  {
    id: P.newRecruitMonths,
    text: msg('Thời gian tối thiểu kể từ khi tuyển dụng để được xét Lao động tiên tiến (tháng, tính đến hết năm thi đua)', 'Minimum months from recruitment to the end of the emulation year to be considered for Advanced Worker'),
    unit: 'months',
    delegable: true,
    tighten: 'higher',
    bounds: { min: 1, max: 12 },
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: 10, citation: cite.d91('quoted', { article: 10, url: SOURCES.oldLdtt, note: 'Người mới tuyển dụng dưới 10 tháng không xét LĐTT (NĐ 91/2017, trích dẫn bởi trang hỏi đáp pháp luật)' }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 6, citation: cite.tt01('quoted', { note: 'Không xét tặng LĐTT đối với cá nhân mới tuyển dụng dưới 06 tháng' }) },
      { validFrom: '2025-07-01', value: 6, citation: cite.tt15('unverified', { note: 'TT 15/2025/TT-BNV thay TT 01/2024; quy định về người mới tuyển dụng chưa được đối chiếu — giữ mức 06 tháng của TT 01/2024 làm tham số' }) },
    ],
  },
  {
    id: P.workingMonths,
    text: msg('Thời gian công tác tối thiểu trong năm để được đánh giá, xếp loại (tháng)', 'Minimum months of work in the year for a rating to be given'),
    unit: 'months',
    versions: [{ validFrom: '2020-08-20', value: 6, citation: cite.d90('quoted', { article: 2, clause: 3, note: 'Dưới 06 tháng công tác trong năm thì đánh giá nhưng không xếp loại (trừ nghỉ thai sản); số khoản suy luận' }) }],
  },
  {
    id: P.transferCommentsMonths,
    text: msg('Thời gian công tác ở đơn vị cũ từ đó đơn vị mới phải có ý kiến nhận xét của đơn vị cũ (tháng)', 'Months at the former unit from which the new unit needs its written comments'),
    unit: 'months',
    delegable: true,
    tighten: 'lower',
    bounds: { min: 0, max: 12 },
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: 6, citation: cite.d91('secondary', { note: 'Quy định cũ tương tự' }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 6, citation: cite.tt01('secondary', { url: SOURCES.transferRule, note: 'Theo tóm tắt TT 01/2024/TT-BNV và các thông tư ngành (TT 01/2024/TT-UBDT)' }) },
      { validFrom: '2025-07-01', value: 6, citation: cite.tt15('unverified', { note: 'Quy định về điều động trong TT 15/2025/TT-BNV chưa được đối chiếu' }) },
    ],
  },
  {
    id: P.councilCstdcs,
    text: msg('Tỷ lệ phiếu đồng ý của Hội đồng TĐKT để đề nghị "Chiến sĩ thi đua cơ sở" (% tổng số thành viên)', 'Council vote share needed for Grassroots Emulation Fighter (% of total membership)'),
    unit: 'percent',
    delegable: true,
    bounds: { min: 50, max: 100 },
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: null, citation: cite.d91('secondary', { note: 'Tỷ lệ do từng đơn vị quy định' }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 80, citation: cite.d98('quoted', { article: 30, clause: 7, url: SOURCES.decree98Art30 }) },
      { validFrom: '2025-07-01', validTo: '2025-12-31', value: 80, citation: cite.d152('official', { article: 60, clause: 2, note: 'Nghị định 98/2023 Điều 30 khoản 7 tiếp tục áp dụng đến khi bộ, tỉnh ban hành quy định (chậm nhất 31/12/2025)' }) },
      { validFrom: '2026-01-01', value: null, citation: cite.d152('official', { article: 6, clause: 2, point: 'đ', note: 'Bộ, ngành, tỉnh quy định tổ chức, hoạt động của Hội đồng TĐKT' }) },
    ],
  },
  {
    id: P.councilCstdBoTinh,
    text: msg('Tỷ lệ phiếu đồng ý của Hội đồng TĐKT bộ, tỉnh để đề nghị "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" (% tổng số thành viên)', 'Council vote share needed for the Ministerial/Provincial Emulation Fighter (% of total membership)'),
    unit: 'percent',
    delegable: true,
    bounds: { min: 50, max: 100 },
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: 90, citation: cite.d91('secondary', { article: 45, clause: 8 }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 90, citation: cite.d98('quoted', { article: 30, clause: 7, url: SOURCES.decree98Art30 }) },
      { validFrom: '2025-07-01', validTo: '2025-12-31', value: 90, citation: cite.d152('official', { article: 60, clause: 2 }) },
      { validFrom: '2026-01-01', value: null, citation: cite.d152('official', { article: 6, clause: 2, point: 'đ' }) },
    ],
  },
  {
    id: P.councilCstdtq,
    text: msg('Tỷ lệ phiếu đồng ý để đề nghị "Chiến sĩ thi đua toàn quốc" (% tổng số thành viên)', 'Council vote share needed for the National Emulation Fighter (% of total membership)'),
    unit: 'percent',
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: 90, citation: cite.d91('secondary', { article: 45, clause: 8 }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 90, citation: cite.d98('quoted', { article: 30, clause: 7, url: SOURCES.decree98Art30 }) },
      { validFrom: '2025-07-01', value: 90, citation: cite.d152('official', { article: 33, clause: 5 }) },
    ],
  },
  {
    id: P.councilHero,
    text: msg('Tỷ lệ phiếu đồng ý để đề nghị danh hiệu Anh hùng (% tổng số thành viên)', 'Council vote share needed for the hero titles (% of total membership)'),
    unit: 'percent',
    versions: [
      { validFrom: '2017-07-31', validTo: '2023-12-31', value: 90, citation: cite.d91('secondary', { article: 45, clause: 8 }) },
      { validFrom: '2024-01-01', validTo: d98Until, value: 90, citation: cite.d98('quoted', { article: 30, clause: 7, url: SOURCES.decree98Art30 }) },
      { validFrom: '2025-07-01', value: 90, citation: cite.d152('official', { article: 33, clause: 5 }) },
    ],
  },
  {
    id: P.disciplineYearAfter,
    text: msg(
      'Năm sau năm vi phạm, khi thời gian kỷ luật kết thúc trong năm xét: "needs-review" (văn bản quốc gia chưa quy định rõ), "not-counted-again" (vi phạm đã tính khi xếp loại năm trước không tính lại)',
      'The year after the violation, when the disciplinary period ends within it: "needs-review" (national texts leave it open) or "not-counted-again" (a violation already counted in the earlier rating is not counted again)',
    ),
    unit: 'enum',
    values: ['needs-review', 'not-counted-again'],
    delegable: true,
    versions: [
      { validFrom: '2024-01-01', validTo: d98Until, value: 'needs-review', citation: cite.d98('quoted', { article: 4, clause: 4 }) },
      { validFrom: '2025-07-01', value: 'needs-review', citation: cite.d152('official', { article: 4, clause: 4 }) },
    ],
  },
  {
    id: P.ttldttMemberShare,
    text: msg('Tỷ lệ thành viên đạt "Lao động tiên tiến" để tập thể được xét "Tập thể lao động tiên tiến" (%, phải vượt)', 'Share of members with Advanced Worker for the Advanced Labour Collective (%, must exceed)'),
    unit: 'percent',
    delegable: true,
    tighten: 'higher',
    bounds: { min: 50, max: 100 },
    versions: [
      { validFrom: OLD(), validTo: '2023-12-31', value: 50, citation: cite.oldLaw('secondary', { article: 28, note: 'Luật 2003 (sửa đổi 2013): trên 50% cá nhân đạt LĐTT' }) },
      { validFrom: '2024-01-01', value: 50, citation: cite.law('unverified', { article: 28, note: 'Ngưỡng của Luật 2022 chưa đối chiếu (giá trị của luật cũ; một số tỉnh dùng 70%)' }) },
    ],
  },
  {
    id: P.heroCycle,
    text: msg('Chu kỳ xét danh hiệu "Anh hùng Lao động" tại Đại hội thi đua yêu nước (năm)', 'Cycle of the Labour Hero title at the patriotic emulation congresses (years)'),
    unit: 'years',
    versions: [
      { validFrom: OLD(), validTo: '2023-12-31', value: 5, citation: cite.portal('quoted', { note: 'Xét 5 năm một lần tại Đại hội thi đua yêu nước, trừ thành tích đặc biệt xuất sắc đột xuất' }) },
      { validFrom: '2024-01-01', value: 5, citation: cite.law('unverified', { article: 63, note: 'Chu kỳ theo Luật 2022 và Nghị định 152/2025 chưa được đối chiếu' }) },
    ],
  },
  {
    id: P.gdvhGiayKhenYears,
    text: msg('Số năm liên tục đạt "Gia đình văn hóa" để được xét Giấy khen của Chủ tịch UBND cấp xã', 'Consecutive years of Cultural Family for the commune chair\u2019s Certificate of Commendation'),
    unit: 'years',
    delegable: true,
    bounds: { min: 1, max: 10 },
    versions: [
      { validFrom: OLD(), validTo: '2024-01-29', value: 3, citation: cite.culture('quoted', { note: 'Nghị định 122/2018/NĐ-CP, theo trả lời của Bộ VHTTDL (2023)' }) },
      { validFrom: '2024-01-30', value: null, citation: cite.d86('unverified', { note: 'Quy định về Giấy khen theo Nghị định 86/2023 chưa được đối chiếu; tỉnh quy định' }) },
    ],
  },
  {
    id: P.collectiveAfterReorganisation,
    text: msg(
      'Chuỗi năm thành tích của tập thể hình thành do sắp xếp, sáp nhập: "needs-review" (theo hướng dẫn của Bộ Nội vụ), "carries-over" (tính tiếp thành tích của đơn vị cũ), "restarts" (tính lại từ khi sáp nhập)',
      'A collective formed by a reorganisation: "needs-review" (Ministry of Home Affairs guidance decides), "carries-over" (the predecessors\u2019 years count) or "restarts" (counting starts at the reorganisation)',
    ),
    unit: 'enum',
    values: ['needs-review', 'carries-over', 'restarts'],
    delegable: true,
    versions: [{ validFrom: '2025-07-01', value: 'needs-review', citation: cite.d152('official', { article: 60, clause: 5, note: 'Khen thưởng đối với cơ quan, tổ chức, đơn vị sắp xếp năm 2025 thực hiện theo hướng dẫn của Bộ Nội vụ' }) }],
  },
];

function OLD(): string {
  return '2004-07-01';
}
