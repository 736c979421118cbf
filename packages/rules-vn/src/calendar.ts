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

/** A time limit counted in working days from the submission at `level`, bounding the stage `stage` there. */
const within = (level: 'ministry-province' | 'home-affairs', days: number, stage: 'forwarded' | 'returned') => ({
  kind: 'processing-deadline' as const,
  rule: { kind: 'relative' as const, anchor: { stage: 'submitted' as const, level }, days, unit: 'working-days' as const },
  check: { stage, level, must: 'by' as const },
});

/** A dossier deadline for the submission to the Ministry of Home Affairs. */
const dossierBy = (month: number, day: number, extra: { yearOffset?: number; yearOf?: { fact: string } } = {}) => ({
  kind: 'submission-deadline' as const,
  rule: { kind: 'fixed' as const, month, day, ...extra },
  check: { stage: 'submitted' as const, level: 'home-affairs' as const, must: 'by' as const },
});

/** The national calendar entries (all from Decree 152/2025 Art 35, official text). */
export const nationalCalendar: CalendarEntry[] = [
  {
    id: 'vn.co-thi-dua-chinh-phu.dossier',
    name: msg('Hạn gửi hồ sơ "Cờ thi đua của Chính phủ" đến Bộ Nội vụ', 'Deadline for "Government Emulation Flag" dossiers to reach the Ministry of Home Affairs'),
    ...dossierBy(6, 30, { yearOffset: 1 }),
    appliesTo: { awards: ['co-thi-dua-chinh-phu'], emulationYear: 'calendar-year' },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'b', note: 'Chậm nhất ngày 30 tháng 6 hằng năm; cách đọc: hồ sơ của năm thi đua N gửi chậm nhất 30/6 năm N+1' }),
    ...D152,
  },
  {
    id: 'vn.co-thi-dua-chinh-phu.dossier-school-year',
    name: msg('Hạn gửi hồ sơ "Cờ thi đua của Chính phủ" của hệ thống giáo dục quốc dân (đánh giá theo năm học)', 'Deadline for "Government Emulation Flag" dossiers of the national education system (rated by school year)'),
    ...dossierBy(12, 31),
    appliesTo: { awards: ['co-thi-dua-chinh-phu'], emulationYear: 'other' },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'b', note: 'Chậm nhất ngày 31 tháng 12 hằng năm; cách đọc: năm học kết thúc trong năm N gửi chậm nhất 31/12 năm N' }),
    ...D152,
  },
  {
    id: 'vn.chien-si-thi-dua-toan-quoc.dossier',
    name: msg('Hạn gửi hồ sơ "Chiến sĩ thi đua toàn quốc" đến Bộ Nội vụ', 'Deadline for "National Emulation Fighter" dossiers to reach the Ministry of Home Affairs'),
    ...dossierBy(12, 31, { yearOffset: 1, yearOf: { fact: 'decided:chien-si-thi-dua-bo-nganh-tinh' } }),
    appliesTo: { awards: ['chien-si-thi-dua-toan-quoc'] },
    citation: cite.d152('official', { article: 35, clause: 1, point: 'a', note: 'Chậm nhất ngày 31/12 của năm liền kề với năm có quyết định tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh (sự kiện "decided:chien-si-thi-dua-bo-nganh-tinh")' }),
    ...D152,
  },
  {
    id: 'vn.home-affairs.appraisal',
    name: msg('Bộ Nội vụ thẩm định và trình Thủ tướng Chính phủ trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'The Ministry of Home Affairs appraises and submits to the Prime Minister within 20 working days of a complete dossier'),
    ...within('home-affairs', 20, 'forwarded'),
    appliesTo: { levels: ['home-affairs'], exceptAwards: CENTRAL_COUNCIL },
    citation: cite.d152('official', { article: 35, clause: 2, note: 'Danh hiệu anh hùng và Chiến sĩ thi đua toàn quốc theo Quy chế Hội đồng Thi đua - Khen thưởng Trung ương (điểm b khoản 4 Điều 45)' }),
    ...D152,
  },
  {
    id: 'vn.home-affairs.return',
    name: msg('Bộ Nội vụ thông báo trả lại hồ sơ không đủ điều kiện trong 10 ngày làm việc, nêu rõ căn cứ pháp lý', 'The Ministry of Home Affairs returns an ineligible dossier within 10 working days, stating its legal basis'),
    ...within('home-affairs', 10, 'returned'),
    appliesTo: { levels: ['home-affairs'] },
    citation: cite.d152('official', { article: 35, clause: 4, point: 'a', note: 'Văn bản không nêu mốc bắt đầu; tính từ ngày trình hồ sơ (như advanceProposal)' }),
    ...D152,
  },
  {
    id: 'vn.ministry-province.state-award',
    name: msg('Bộ, ban, ngành, tỉnh xem xét, trình Thủ tướng Chính phủ khen thưởng cấp Nhà nước trong 30 ngày làm việc kể từ ngày nhận đủ hồ sơ', 'The ministry/province considers and submits a state-level award to the Prime Minister within 30 working days of a complete dossier'),
    ...within('ministry-province', 30, 'forwarded'),
    appliesTo: { levels: ['ministry-province'], decidingLevels: ['central'], exceptAwards: FORTY_DAYS },
    citation: cite.d152('official', { article: 35, clause: 3, note: 'Khen thưởng theo công trạng cấp Nhà nước; loại hình khen thưởng không được kiểm tra ở đây' }),
    ...D152,
  },
  {
    id: 'vn.ministry-province.state-award-40',
    name: msg('Bộ, ban, ngành, tỉnh xem xét, trình Huân chương Độc lập, Hồ Chí Minh, Sao vàng, danh hiệu anh hùng, Bà mẹ Việt Nam anh hùng trong 40 ngày làm việc', 'The ministry/province submits the Independence, Ho Chi Minh and Gold Star orders, hero titles and Heroic Vietnamese Mother within 40 working days'),
    ...within('ministry-province', 40, 'forwarded'),
    appliesTo: { levels: ['ministry-province'], awards: FORTY_DAYS },
    citation: cite.d152('official', { article: 35, clause: 3 }),
    ...D152,
  },
];
