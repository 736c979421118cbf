import { msg, type CalendarEntry } from '@tdkt/core';

/**
 * Đà Nẵng's yearly calendar — a TEMPLATE. The law fixes none of these dates (Law 06/2022 Art 17
 * names the steps of a movement — launch, review — but no dates; each agency sets its own), and
 * the city's own plan is not available to this project: every date below is an example to be
 * replaced with the city's decision. Each entry is marked `template: true` and cites the city's
 * regulation as `unverified`, so a date checked against it gives `needs-review`, never a verdict.
 */
const template = { doc: 'qd-da-nang-tdkt', confidence: 'unverified' as const, note: 'Mẫu: ngày minh họa, không phải quy định; thay bằng kế hoạch của UBND thành phố' };
const window = { validFrom: '2025-07-01' };

export const daNangCalendar: CalendarEntry[] = [
  { id: 'da-nang.emulation.launch', name: msg('Phát động phong trào thi đua năm (mẫu)', 'Launch of the year’s emulation movement (template)'), kind: 'launch', rule: { kind: 'fixed', month: 1, day: 31 }, citation: template, template: true, ...window },
  { id: 'da-nang.emulation.registration', name: msg('Đăng ký thi đua: 15 ngày làm việc sau khi phát động (mẫu)', 'Emulation registration: 15 working days after the launch (template)'), kind: 'registration', rule: { kind: 'relative', anchor: { entry: 'da-nang.emulation.launch' }, days: 15, unit: 'working-days' }, citation: template, template: true, ...window },
  { id: 'da-nang.review.mid-year', name: msg('Sơ kết 6 tháng (mẫu)', 'Mid-year review (template)'), kind: 'review', rule: { kind: 'fixed', month: 7, day: 15 }, citation: template, template: true, ...window },
  { id: 'da-nang.rating.year-end', name: msg('Đánh giá, xếp loại cuối năm (mẫu)', 'Year-end rating (template)'), kind: 'rating', rule: { kind: 'fixed', month: 12, day: 15 }, citation: template, template: true, ...window },
  {
    id: 'da-nang.review.unit',
    name: msg('Hội đồng đơn vị bình xét, không trước ngày đánh giá, xếp loại cuối năm (mẫu)', 'The unit council reviews no earlier than the year-end rating (template)'),
    kind: 'council',
    rule: { kind: 'relative', anchor: { entry: 'da-nang.rating.year-end' }, days: 0, unit: 'days' },
    appliesTo: { levels: ['ministry-province'] },
    check: { stage: 'council-reviewed', level: 'ministry-province', must: 'from' },
    citation: template,
    template: true,
    ...window,
  },
  {
    id: 'da-nang.dossier.city',
    name: msg('Hạn gửi hồ sơ đề nghị UBND thành phố khen thưởng (mẫu)', 'Deadline for dossiers to the city People’s Committee (template)'),
    kind: 'submission-deadline',
    rule: { kind: 'fixed', month: 1, day: 31, yearOffset: 1 },
    appliesTo: { levels: ['ministry-province'] },
    check: { stage: 'submitted', level: 'ministry-province', must: 'by' },
    citation: template,
    template: true,
    ...window,
  },
];
