/**
 * The dates of the yearly calendar that the national text itself fixes, read in the official text
 * of Decree 152/2025/NĐ-CP (shared/legal/texts/nd-152-2025.txt): the Ministry of Home Affairs'
 * dossier deadlines and processing times (Art 35). Launch, registration, mid-year and year-end
 * reviews are set by each agency (Law Art 17 names the steps, no dates; no national emulation
 * year is defined) — they belong to province and sector plugins.
 */
import { msg, type CalendarEntry } from '@tdkt/core';
import { cite } from './cite.js';

/** Decree 152/2025 is in force from 2025-07-01 and ceases on 2027-03-01 unless extended (Art 59, Art 60 cl 1). */
const D152 = { validFrom: '2025-07-01', validTo: '2027-02-28' } as const;

/** Awards whose ministry/province handling time is 40 working days instead of 30 (Art 35 cl 3). */
const FORTY_DAYS = [
  'huan-chuong-doc-lap-hang-nhat',
  'huan-chuong-doc-lap-hang-nhi',
  'huan-chuong-doc-lap-hang-ba',
  'huan-chuong-ho-chi-minh',
  'huan-chuong-sao-vang',
  'tinh-anh-hung',
  'thanh-pho-anh-hung',
  'anh-hung-luc-luong-vu-trang-nhan-dan',
  'anh-hung-lao-dong',
  'ba-me-viet-nam-anh-hung',
];

/** Hero titles and the national fighter: examined under the Central Council's rules, not the 20-day appraisal (Art 35 cl 2). */
const CENTRAL_COUNCIL = ['tinh-anh-hung', 'thanh-pho-anh-hung', 'anh-hung-luc-luong-vu-trang-nhan-dan', 'anh-hung-lao-dong', 'chien-si-thi-dua-toan-quoc'];

/** The national calendar entries (all from Decree 152/2025 Art 35, official text). */
export const nationalCalendar: CalendarEntry[] = [
  {
    id: 'vn.co-thi-dua-chinh-phu.dossier',
    name: msg('Hạn gửi hồ sơ "Cờ thi đua của Chính phủ" đến Bộ Nội vụ', 'Deadline for "Government Emulation Flag" dossiers to reach the Ministry of Home Affairs'),
    kind: 'submission-deadline',
    rule: { kind: 'fixed', month: 6, day: 30, yearOffset: 1 },
    appliesTo: { awards: ['co-thi-dua-chinh-phu'], emulationYear: 'calendar-year' },
    check: { stage: 'submitted', level: 'home-affairs', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'b', note: 'Chậm nhất ngày 30 tháng 6 hằng năm; cách đọc: hồ sơ của năm thi đua N gửi chậm nhất 30/6 năm N+1' }),
    ...D152,
  },
  {
    id: 'vn.co-thi-dua-chinh-phu.dossier-school-year',
    name: msg('Hạn gửi hồ sơ "Cờ thi đua của Chính phủ" của hệ thống giáo dục quốc dân (đánh giá theo năm học)', 'Deadline for "Government Emulation Flag" dossiers of the national education system (rated by school year)'),
    kind: 'submission-deadline',
    rule: { kind: 'fixed', month: 12, day: 31 },
    appliesTo: { awards: ['co-thi-dua-chinh-phu'], emulationYear: 'other' },
    check: { stage: 'submitted', level: 'home-affairs', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'b', note: 'Chậm nhất ngày 31 tháng 12 hằng năm; cách đọc: năm học kết thúc trong năm N gửi chậm nhất 31/12 năm N' }),
    ...D152,
  },
  {
    id: 'vn.chien-si-thi-dua-toan-quoc.dossier',
    name: msg('Hạn gửi hồ sơ "Chiến sĩ thi đua toàn quốc" đến Bộ Nội vụ', 'Deadline for "National Emulation Fighter" dossiers to reach the Ministry of Home Affairs'),
    kind: 'submission-deadline',
    rule: { kind: 'fixed', month: 12, day: 31, yearOffset: 1, yearOf: { fact: 'decided:chien-si-thi-dua-bo-nganh-tinh' } },
    appliesTo: { awards: ['chien-si-thi-dua-toan-quoc'] },
    check: { stage: 'submitted', level: 'home-affairs', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'a', note: 'Chậm nhất ngày 31/12 của năm liền kề với năm có quyết định tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh (sự kiện "decided:chien-si-thi-dua-bo-nganh-tinh")' }),
    ...D152,
  },
  {
    id: 'vn.home-affairs.appraisal',
    name: msg('Bộ Nội vụ thẩm định và trình Thủ tướng Chính phủ trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'The Ministry of Home Affairs appraises and submits to the Prime Minister within 20 working days of a complete dossier'),
    kind: 'processing-deadline',
    rule: { kind: 'relative', anchor: { stage: 'submitted', level: 'home-affairs' }, days: 20, unit: 'working-days' },
    appliesTo: { levels: ['home-affairs'], exceptAwards: CENTRAL_COUNCIL },
    check: { stage: 'forwarded', level: 'home-affairs', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 2, note: 'Danh hiệu anh hùng và Chiến sĩ thi đua toàn quốc theo Quy chế Hội đồng Thi đua - Khen thưởng Trung ương (điểm b khoản 4 Điều 45)' }),
    ...D152,
  },
  {
    id: 'vn.home-affairs.return',
    name: msg('Bộ Nội vụ thông báo trả lại hồ sơ không đủ điều kiện trong 10 ngày làm việc, nêu rõ căn cứ pháp lý', 'The Ministry of Home Affairs returns an ineligible dossier within 10 working days, stating its legal basis'),
    kind: 'processing-deadline',
    rule: { kind: 'relative', anchor: { stage: 'submitted', level: 'home-affairs' }, days: 10, unit: 'working-days' },
    appliesTo: { levels: ['home-affairs'] },
    check: { stage: 'returned', level: 'home-affairs', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 4, point: 'a', note: 'Văn bản không nêu mốc bắt đầu; tính từ ngày trình hồ sơ (như advanceProposal)' }),
    ...D152,
  },
  {
    id: 'vn.ministry-province.state-award',
    name: msg('Bộ, ban, ngành, tỉnh xem xét, trình Thủ tướng Chính phủ khen thưởng cấp Nhà nước trong 30 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'The ministry/province considers and submits a state-level award to the Prime Minister within 30 working days of a complete dossier'),
    kind: 'processing-deadline',
    rule: { kind: 'relative', anchor: { stage: 'submitted', level: 'ministry-province' }, days: 30, unit: 'working-days' },
    appliesTo: { levels: ['ministry-province'], decidingLevels: ['central'], exceptAwards: FORTY_DAYS },
    check: { stage: 'forwarded', level: 'ministry-province', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 3, note: 'Khen thưởng theo công trạng cấp Nhà nước; loại hình khen thưởng không được kiểm tra ở đây' }),
    ...D152,
  },
  {
    id: 'vn.ministry-province.state-award-40',
    name: msg('Bộ, ban, ngành, tỉnh xem xét, trình Huân chương Độc lập, Hồ Chí Minh, Sao vàng, danh hiệu anh hùng, Bà mẹ Việt Nam anh hùng trong 40 ngày làm việc', 'The ministry/province submits the Independence, Ho Chi Minh and Gold Star orders, hero titles and Heroic Vietnamese Mother within 40 working days'),
    kind: 'processing-deadline',
    rule: { kind: 'relative', anchor: { stage: 'submitted', level: 'ministry-province' }, days: 40, unit: 'working-days' },
    appliesTo: { levels: ['ministry-province'], awards: FORTY_DAYS },
    check: { stage: 'forwarded', level: 'ministry-province', must: 'by' },
    citation: cite.d152('official', { article: 35, clause: 3 }),
    ...D152,
  },
];
