import { msg, type AwardDefinition, type AwardForm, type Citation, type SubjectKind } from '@tdkt/core';
import { cite } from './cite.js';

/** Law 2003 (15/2003/QH11) took effect on 2004-07-01: the encoded history of every rung starts there. */
export const OLD_LAW_FROM = '2004-07-01';

type Row = [code: string, nameVi: string, nameEn: string, form: AwardForm, subjects: SubjectKind[], article: number | string, confidence: Citation['confidence'], extra?: Partial<AwardDefinition>];

const I: SubjectKind[] = ['individual'];
const C: SubjectKind[] = ['collective'];
const IC: SubjectKind[] = ['individual', 'collective'];
const ICH: SubjectKind[] = ['individual', 'collective', 'household'];

const defence = { to: msg('Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an (Luật Điều 80 khoản 5)', 'the Ministers of Defence and Public Security (Law Art 80 cl 5)'), citation: cite.law('official', { article: 80, clause: 5, url: 'https://vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/56' }) };
const ministryProvince = (article: number, clause: number) => ({ to: msg('bộ, ban, ngành, tỉnh', 'the ministry, sector or province'), citation: cite.law('quoted', { article, clause }) });
const honoraryRegime = (article: number) => ({ to: msg('chế độ xét tặng riêng theo đợt của danh hiệu vinh dự nhà nước (nghị định riêng)', "the title's own periodic round under its own decree"), citation: cite.law('unverified', { article }) });
const family = { to: msg('Ủy ban nhân dân tỉnh, trong khung của Nghị định 86/2023/NĐ-CP', "the provincial People's Committee, within the framework of Decree 86/2023/NĐ-CP"), citation: cite.d86('secondary') };

/**
 * Every award code of the national catalog (`shared/legal/catalog.md`): emulation titles,
 * Bằng khen and Giấy khen, orders, medals, state honorary titles, prizes, Kỷ niệm chương.
 * Awards whose criteria the national text delegates, or that a special regime governs, carry
 * `delegated`: they evaluate to `needs-review` until a plugin supplies their rules.
 */
const rows: Row[] = [
  // 1. Individual emulation titles (Law Art 19)
  ['lao-dong-tien-tien', 'Lao động tiên tiến', 'Advanced Worker', 'emulation-title', I, 24, 'quoted'],
  ['chien-si-tien-tien', 'Chiến sĩ tiên tiến', 'Advanced Soldier', 'emulation-title', I, 24, 'quoted', { delegated: defence }],
  ['chien-si-thi-dua-co-so', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'emulation-title', I, 23, 'quoted'],
  ['chien-si-thi-dua-bo-nganh-tinh', 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'Ministerial/Provincial Emulation Fighter', 'emulation-title', I, 22, 'quoted'],
  ['chien-si-thi-dua-toan-quoc', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'emulation-title', I, 21, 'quoted'],
  // 2. Collective emulation titles (Art 20 cl 1)
  ['tap-the-lao-dong-tien-tien', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'emulation-title', C, 28, 'unverified'],
  ['don-vi-tien-tien', 'Đơn vị tiên tiến', 'Advanced Unit', 'emulation-title', C, 28, 'unverified', { delegated: defence }],
  ['tap-the-lao-dong-xuat-sac', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'emulation-title', C, 27, 'quoted'],
  ['don-vi-quyet-thang', 'Đơn vị quyết thắng', 'Determined-to-Win Unit', 'emulation-title', C, 27, 'quoted', { delegated: defence }],
  ['co-thi-dua-bo-nganh-tinh', 'Cờ thi đua của bộ, ban, ngành, tỉnh', 'Emulation Flag of a Ministry/Sector/Province', 'emulation-title', C, 26, 'secondary', { delegated: ministryProvince(26, 3) }],
  ['co-thi-dua-chinh-phu', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', 'emulation-title', C, 25, 'quoted'],
  ['xa-phuong-thi-tran-tieu-bieu', 'Xã, phường, thị trấn tiêu biểu', 'Exemplary Commune/Ward/Township', 'emulation-title', C, 29, 'quoted', { validFrom: '2024-01-01', delegated: family }],
  ['thon-to-dan-pho-van-hoa', 'Thôn, tổ dân phố văn hóa', 'Cultural Village/Residential Group', 'emulation-title', C, 30, 'quoted', { delegated: family }],
  // 3. Household title (Art 20 cl 2)
  ['gia-dinh-van-hoa', 'Gia đình văn hóa', 'Cultural Family', 'emulation-title', ['household'], 31, 'unverified', { delegated: family }],
  // 4. Bằng khen, Giấy khen (Art 72–75)
  ['bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificate of Merit", 'certificate-of-merit', ICH, 73, 'quoted'],
  ['bang-khen-bo-nganh-tinh', 'Bằng khen của bộ, ban, ngành, tỉnh', 'Certificate of Merit of a Ministry/Sector/Province', 'certificate-of-merit', ICH, 74, 'quoted'],
  ['giay-khen', 'Giấy khen', 'Certificate of Commendation', 'certificate-of-commendation', ICH, 75, 'quoted', { delegated: ministryProvince(75, 2) }],
  // 5. Orders (Art 33–53)
  ['huan-chuong-sao-vang', 'Huân chương Sao vàng', 'Gold Star Order', 'order', IC, 34, 'quoted'],
  ['huan-chuong-ho-chi-minh', 'Huân chương Hồ Chí Minh', 'Ho Chi Minh Order', 'order', IC, 35, 'quoted'],
  ['huan-chuong-doc-lap-hang-nhat', 'Huân chương Độc lập hạng Nhất', 'Independence Order, First Class', 'order', IC, 36, 'quoted'],
  ['huan-chuong-doc-lap-hang-nhi', 'Huân chương Độc lập hạng Nhì', 'Independence Order, Second Class', 'order', IC, 37, 'unverified'],
  ['huan-chuong-doc-lap-hang-ba', 'Huân chương Độc lập hạng Ba', 'Independence Order, Third Class', 'order', IC, 38, 'unverified'],
  ['huan-chuong-quan-cong-hang-nhat', 'Huân chương Quân công hạng Nhất', 'Military Exploit Order, First Class', 'order', IC, 39, 'unverified'],
  ['huan-chuong-quan-cong-hang-nhi', 'Huân chương Quân công hạng Nhì', 'Military Exploit Order, Second Class', 'order', IC, 40, 'unverified'],
  ['huan-chuong-quan-cong-hang-ba', 'Huân chương Quân công hạng Ba', 'Military Exploit Order, Third Class', 'order', IC, 41, 'unverified'],
  ['huan-chuong-lao-dong-hang-nhat', 'Huân chương Lao động hạng Nhất', 'Labour Order, First Class', 'order', IC, 42, 'unverified'],
  ['huan-chuong-lao-dong-hang-nhi', 'Huân chương Lao động hạng Nhì', 'Labour Order, Second Class', 'order', IC, 43, 'quoted'],
  ['huan-chuong-lao-dong-hang-ba', 'Huân chương Lao động hạng Ba', 'Labour Order, Third Class', 'order', IC, 44, 'quoted'],
  ['huan-chuong-bao-ve-to-quoc-hang-nhat', 'Huân chương Bảo vệ Tổ quốc hạng Nhất', 'Fatherland Defence Order, First Class', 'order', IC, 45, 'unverified'],
  ['huan-chuong-bao-ve-to-quoc-hang-nhi', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Fatherland Defence Order, Second Class', 'order', IC, 46, 'unverified'],
  ['huan-chuong-bao-ve-to-quoc-hang-ba', 'Huân chương Bảo vệ Tổ quốc hạng Ba', 'Fatherland Defence Order, Third Class', 'order', IC, 47, 'unverified'],
  ['huan-chuong-chien-cong-hang-nhat', 'Huân chương Chiến công hạng Nhất', 'Feat of Arms Order, First Class', 'order', IC, 48, 'unverified'],
  ['huan-chuong-chien-cong-hang-nhi', 'Huân chương Chiến công hạng Nhì', 'Feat of Arms Order, Second Class', 'order', IC, 49, 'unverified'],
  ['huan-chuong-chien-cong-hang-ba', 'Huân chương Chiến công hạng Ba', 'Feat of Arms Order, Third Class', 'order', IC, 50, 'unverified'],
  ['huan-chuong-dai-doan-ket-dan-toc', 'Huân chương Đại đoàn kết dân tộc', 'Great National Unity Order', 'order', I, 51, 'unverified'],
  ['huan-chuong-dung-cam', 'Huân chương Dũng cảm', 'Bravery Order', 'order', I, 52, 'unverified'],
  ['huan-chuong-huu-nghi', 'Huân chương Hữu nghị', 'Friendship Order', 'order', IC, 53, 'official'],
  // 6. Medals (Art 54–58)
  ['huy-chuong-quan-ky-quyet-thang', 'Huy chương Quân kỳ quyết thắng', 'Determined-to-Win Army Flag Medal', 'medal', I, 55, 'official', { delegated: defence }],
  ['huy-chuong-vi-an-ninh-to-quoc', 'Huy chương Vì an ninh Tổ quốc', "For the Fatherland's Security Medal", 'medal', I, 56, 'official', { delegated: defence }],
  ['huy-chuong-chien-si-ve-vang-hang-nhat', 'Huy chương Chiến sĩ vẻ vang hạng Nhất', 'Glorious Soldier Medal, First Class', 'medal', I, 57, 'unverified', { delegated: defence }],
  ['huy-chuong-chien-si-ve-vang-hang-nhi', 'Huy chương Chiến sĩ vẻ vang hạng Nhì', 'Glorious Soldier Medal, Second Class', 'medal', I, 57, 'unverified', { delegated: defence }],
  ['huy-chuong-chien-si-ve-vang-hang-ba', 'Huy chương Chiến sĩ vẻ vang hạng Ba', 'Glorious Soldier Medal, Third Class', 'medal', I, 57, 'unverified', { delegated: defence }],
  ['huy-chuong-huu-nghi', 'Huy chương Hữu nghị', 'Friendship Medal', 'medal', I, 58, 'unverified'],
  // 7. State honorary titles (Art 59–67)
  ['tinh-anh-hung', 'Tỉnh anh hùng', 'Heroic Province', 'state-honorary-title', C, 60, 'unverified'],
  ['thanh-pho-anh-hung', 'Thành phố anh hùng', 'Heroic City', 'state-honorary-title', C, 60, 'unverified'],
  ['ba-me-viet-nam-anh-hung', 'Bà mẹ Việt Nam anh hùng', 'Heroic Vietnamese Mother', 'state-honorary-title', I, 61, 'unverified', { delegated: honoraryRegime(61) }],
  ['anh-hung-luc-luong-vu-trang-nhan-dan', 'Anh hùng Lực lượng vũ trang nhân dân', "Hero of the People's Armed Forces", 'state-honorary-title', IC, 62, 'unverified'],
  ['anh-hung-lao-dong', 'Anh hùng Lao động', 'Labour Hero', 'state-honorary-title', IC, 63, 'quoted'],
  ['nha-giao-nhan-dan', 'Nhà giáo nhân dân', "People's Teacher", 'state-honorary-title', I, 64, 'quoted', { delegated: honoraryRegime(64) }],
  ['nha-giao-uu-tu', 'Nhà giáo ưu tú', 'Meritorious Teacher', 'state-honorary-title', I, 64, 'quoted', { delegated: honoraryRegime(64) }],
  ['thay-thuoc-nhan-dan', 'Thầy thuốc nhân dân', "People's Physician", 'state-honorary-title', I, 65, 'unverified', { delegated: honoraryRegime(65) }],
  ['thay-thuoc-uu-tu', 'Thầy thuốc ưu tú', 'Meritorious Physician', 'state-honorary-title', I, 65, 'unverified', { delegated: honoraryRegime(65) }],
  ['nghe-si-nhan-dan', 'Nghệ sĩ nhân dân', "People's Artist", 'state-honorary-title', I, 66, 'unverified', { delegated: honoraryRegime(66) }],
  ['nghe-si-uu-tu', 'Nghệ sĩ ưu tú', 'Meritorious Artist', 'state-honorary-title', I, 66, 'unverified', { delegated: honoraryRegime(66) }],
  ['nghe-nhan-nhan-dan', 'Nghệ nhân nhân dân', "People's Artisan", 'state-honorary-title', I, 67, 'unverified', { delegated: honoraryRegime(67) }],
  ['nghe-nhan-uu-tu', 'Nghệ nhân ưu tú', 'Meritorious Artisan', 'state-honorary-title', I, 67, 'unverified', { delegated: honoraryRegime(67) }],
  // 8. Prizes
  ['giai-thuong-ho-chi-minh', 'Giải thưởng Hồ Chí Minh', 'Ho Chi Minh Prize', 'prize', I, 9, 'quoted', { delegated: { to: msg('nghị định riêng về giải thưởng', 'the prizes\u2019 own decrees'), citation: cite.law('quoted', { article: 9 }) } }],
  ['giai-thuong-nha-nuoc', 'Giải thưởng Nhà nước', 'State Prize', 'prize', I, 9, 'quoted', { delegated: { to: msg('nghị định riêng về giải thưởng', 'the prizes\u2019 own decrees'), citation: cite.law('quoted', { article: 9 }) } }],
  // 9. Kỷ niệm chương (Art 71)
  ['ky-niem-chuong-bo-nganh', 'Kỷ niệm chương của bộ, ban, ngành, đoàn thể trung ương', 'Commemorative Medal (ministry/sector)', 'commemorative-medal', I, 71, 'secondary', { delegated: ministryProvince(71, 2) }],
  ['ky-niem-chuong-tinh', 'Kỷ niệm chương của tỉnh', 'Commemorative Medal (province)', 'commemorative-medal', I, 71, 'secondary', { delegated: { to: msg('Hội đồng nhân dân tỉnh', "the provincial People's Council"), citation: cite.law('secondary', { article: 71, clause: 2 }) } }],
];

const emulationTitleForms = new Set<AwardForm>(['emulation-title']);

const A80 = (clause: number) => cite.law('official', { article: 80, clause, url: 'https://vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/56' });
const D129 = cite.d129('quoted', { article: 59, note: 'Chủ tịch UBND cấp xã thực hiện thẩm quyền của Chủ tịch UBND cấp huyện theo Điều 80 khoản 2 Luật' });
const who = (vi: string, en: string) => msg(vi, en);
const UNIT_HEADS = { from: '2024-01-01', level: 'unit' as const, who: who('Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ban, ngành; thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh', 'Heads of legal-entity units under a ministry; heads of provincial specialised agencies'), citation: A80(1) };
const ENTERPRISE = { from: '2024-01-01', level: 'unit' as const, who: who('Tổng giám đốc, giám đốc doanh nghiệp, hợp tác xã', 'General directors and directors of enterprises and cooperatives'), citation: A80(4) };
const DISTRICT = { from: '2024-01-01', to: '2025-06-30', level: 'unit' as const, who: who('Chủ tịch UBND cấp huyện', "Chairperson of the district People's Committee"), citation: A80(2) };
const COMMUNE_FROM_2025 = { from: '2025-07-01', level: 'unit' as const, who: who('Chủ tịch UBND cấp xã (thay cấp huyện)', "Chairperson of the commune People's Committee (in place of the district)"), citation: D129 };
const COMMUNE = { from: '2024-01-01', level: 'unit' as const, who: who('Chủ tịch UBND cấp xã', "Chairperson of the commune People's Committee"), citation: A80(3) };
const MINISTRY_PROVINCE = [{ from: '2024-01-01', level: 'ministry-province' as const, who: who('Bộ trưởng, thủ trưởng cơ quan ngang bộ, cơ quan trung ương; Chủ tịch UBND tỉnh', "Ministers, heads of central bodies; chairperson of the provincial People's Committee"), citation: cite.law('unverified', { article: 79 }) }];
const PM = [{ from: '2024-01-01', level: 'central' as const, who: who('Thủ tướng Chính phủ', 'The Prime Minister'), citation: cite.law('quoted', { article: 78, clause: 2 }) }];
const PRESIDENT = [{ from: '2024-01-01', level: 'central' as const, who: who('Chủ tịch nước', 'The President'), citation: cite.law('secondary', { article: 77 }) }];

/**
 * Who decides each award, by date (Law Art 77–80; Decree 129/2025 Art 59 from 2025-07-01), with
 * the level of the proposal workflow it decides at (unit, ministry/province, central).
 */
const AUTHORITY: Record<string, AwardDefinition['decidedBy']> = {
  'lao-dong-tien-tien': [UNIT_HEADS, DISTRICT, COMMUNE, ENTERPRISE],
  'chien-si-thi-dua-co-so': [UNIT_HEADS, DISTRICT, COMMUNE_FROM_2025, ENTERPRISE],
  'tap-the-lao-dong-tien-tien': [UNIT_HEADS, DISTRICT, COMMUNE_FROM_2025, ENTERPRISE],
  'thon-to-dan-pho-van-hoa': [DISTRICT, COMMUNE_FROM_2025],
  'gia-dinh-van-hoa': [COMMUNE],
  'giay-khen': [UNIT_HEADS, DISTRICT, COMMUNE, ENTERPRISE],
  'chien-si-thi-dua-bo-nganh-tinh': MINISTRY_PROVINCE,
  'tap-the-lao-dong-xuat-sac': MINISTRY_PROVINCE,
  'co-thi-dua-bo-nganh-tinh': MINISTRY_PROVINCE,
  'bang-khen-bo-nganh-tinh': MINISTRY_PROVINCE,
  'xa-phuong-thi-tran-tieu-bieu': MINISTRY_PROVINCE,
  'chien-si-thi-dua-toan-quoc': PM,
  'bang-khen-thu-tuong': PM,
  'co-thi-dua-chinh-phu': [{ from: '2024-01-01', level: 'central', who: who('Chính phủ', 'The Government'), citation: cite.law('quoted', { article: 78, clause: 1 }) }],
};

/** Types of commendation (Law Art 8) per award, by form; medals by years of service, Friendship awards external. */
function typesOf(code: string, form: AwardForm): AwardDefinition['types'] {
  if (code.endsWith('huu-nghi')) return ['doi-ngoai'];
  if (form === 'medal') return ['nien-han'];
  if (form === 'emulation-title') return code.startsWith('co-thi-dua') ? ['cong-trang', 'phong-trao'] : ['cong-trang'];
  if (form === 'order') return code.startsWith('huan-chuong-lao-dong') || code.startsWith('huan-chuong-doc-lap') || code.startsWith('huan-chuong-bao-ve') ? ['cong-trang', 'phong-trao', 'dot-xuat', 'cong-hien'] : ['cong-trang', 'phong-trao', 'dot-xuat'];
  if (form === 'certificate-of-merit') return ['cong-trang', 'phong-trao', 'dot-xuat', 'doi-ngoai'];
  if (form === 'certificate-of-commendation') return ['cong-trang', 'phong-trao', 'dot-xuat'];
  if (form === 'state-honorary-title') return code.startsWith('anh-hung') ? ['cong-trang', 'dot-xuat'] : ['cong-trang'];
  return [];
}

/** The national award catalog. */
export const nationalAwards: AwardDefinition[] = rows.map(([code, nameVi, nameEn, form, subjectKinds, article, confidence, extra]) => ({
  code,
  nameVi,
  nameEn,
  kind: emulationTitleForms.has(form) ? 'emulation-title' : 'commendation',
  form,
  subjectKinds,
  citations: [cite.law(confidence, { article })],
  validFrom: OLD_LAW_FROM,
  types: typesOf(code, form),
  ...(AUTHORITY[code] ? { decidedBy: AUTHORITY[code] } : ['order', 'medal', 'state-honorary-title', 'prize'].includes(form) ? { decidedBy: PRESIDENT } : {}),
  ...extra,
}));
