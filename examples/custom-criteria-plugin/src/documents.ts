import type { LegalDocument } from '@tdkt/core';

/**
 * Documents the example plugins cite. Đà Nẵng's own post-merger regulation is not available to
 * this project, so the example builds Đà Nẵng's rules from rules that other provinces verifiably
 * adopted, each cited to its real source — replace them with the city's decision before use.
 */
export const documents: LegalDocument[] = [
  { id: 'qd-da-nang-tdkt', kind: 'decision', number: '(chưa nạp) Quy định công tác thi đua, khen thưởng của UBND thành phố Đà Nẵng', titleVi: 'Quy định của UBND thành phố Đà Nẵng về công tác thi đua, khen thưởng — chưa có trong dự án; plugin này là mẫu', titleEn: "Đà Nẵng city's regulation on emulation and commendation — not available to the project; this plugin is a template" },
  { id: 'qd-14-2024-lao-cai', kind: 'decision', number: '14/2024/QĐ-UBND (Lào Cai)', issuedOn: '2024-06-30', effectiveFrom: '2024-07-15', titleVi: 'Quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai', titleEn: 'Lào Cai rules on emulation and commendation', url: 'https://thanhtra.laocai.gov.vn/thi-dua-khen-thuong/quy-dinh-mot-so-noi-dung-ve-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-lao-cai-1276438' },
  { id: 'qd-86-2025-bac-ninh', kind: 'decision', number: '86/2025/QĐ-UBND (Bắc Ninh)', issuedOn: '2025-12-03', titleVi: 'Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Ninh', titleEn: 'Bắc Ninh rules on emulation and commendation', url: 'https://github.com/tnt305/tai_lieu_noi_bo' },
  { id: 'hd-hdtdkt-hung-yen-2021', kind: 'regulation', number: 'Hướng dẫn HĐTĐKT tỉnh Hưng Yên về khối thi đua (dự thảo 2021)', titleVi: 'Hướng dẫn tổ chức hoạt động và chấm điểm các khối thi đua của tỉnh Hưng Yên (dự thảo 2021, theo QĐ 18/2020/QĐ-UBND)', titleEn: 'Hưng Yên council guidance on emulation blocks and their scoring (2021 draft)', url: 'https://github.com/lifephongphanmem/thiduakhenthuong' },
  { id: 'qd-11-2021-quang-nam', kind: 'decision', number: '11/2021/QĐ-UBND (Quảng Nam)', issuedOn: '2021-07-29', effectiveFrom: '2021-08-10', titleVi: 'Quy chế công tác thi đua, khen thưởng tỉnh Quảng Nam', titleEn: 'Quảng Nam rules on emulation and commendation', url: 'http://tuphapdienban.gov.vn/2021/08/22/quyet-dinh-so-11-2021-qd-ubnd-ngay-29-7-2021-cua-ubnd-tinh-ve-ban-hanh-quy-che-cong-tac-thi-dua-khen-thuong/' },
  { id: 'qd-759-2025-ttg', kind: 'decision', number: '759/QĐ-TTg', issuedOn: '2025-04-14', titleVi: 'Quyết định phê duyệt Đề án sắp xếp đơn vị hành chính cấp tỉnh (Quảng Nam, Đà Nẵng hợp nhất thành thành phố Đà Nẵng)', titleEn: 'Decision approving the merger of Quảng Nam and Đà Nẵng into Đà Nẵng city' },
];
