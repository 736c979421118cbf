import { QUOC_HIEU, TIEU_NGU } from '@tdkt/core';
import { docxText, hasTool, libreOfficePdf, sampleDossierDocuments, toolsRequired } from '@tdkt/testkit';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dossierDocumentDocx } from '../src/index.js';

const { individual, collective, initiative, decision } = sampleDossierDocuments();

const HEADER = ['THÀNH PHỐ ĐÀ NẴNG', 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI VÂN'];

function inOrder(text: string, needles: string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    expect(i, `"${n}" missing or out of order`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

async function noImages(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
}

describe('dossier documents (DOCX)', () => {
  it('individual achievement report (Decree 152/2025 Mẫu số 05): Decree 30 header verbatim, sections in order, personal data masked', async () => {
    const bytes = await dossierDocumentDocx(individual);
    const t = await docxText(bytes);
    inOrder(t, [...HEADER, QUOC_HIEU, TIEU_NGU, 'Đà Nẵng, ngày 05 tháng 12 năm 2025', 'BÁO CÁO THÀNH TÍCH', 'Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm 2025', 'Mẫu số 05', 'I. SƠ LƯỢC LÝ LỊCH', 'Họ và tên: Nguyễn Thị Thu Hà.', 'Ngày sinh: **/**/1985.', 'Số định danh cá nhân: *********234.', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'Hoàn thành xuất sắc nhiệm vụ năm 2025.', 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', 'Lao động tiên tiến', 'NGƯỜI BÁO CÁO THÀNH TÍCH']);
    expect(t).not.toContain('048185001234');
    await noImages(bytes);
  });

  it('shows personal data only with a stated purpose, and audits it', async () => {
    const audit: unknown[] = [];
    const t = await docxText(await dossierDocumentDocx(individual, { personalData: { include: true, purpose: 'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở' }, audit: (e) => void audit.push(e) }));
    expect(t).toContain('Số định danh cá nhân: 048185001234.');
    expect(t).toContain('Ngày sinh: 07/03/1985.');
    expect(audit).toEqual([{ kind: 'dossier', format: 'docx', award: 'chien-si-thi-dua-co-so', year: 2025, rows: 1, purpose: 'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở' }]);
    await expect(dossierDocumentDocx(individual, { personalData: { include: true, purpose: 'vì' } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['personalData', 'purpose'] });
  });

  it('collective achievement report', async () => {
    const t = await docxText(await dossierDocumentDocx(collective));
    inOrder(t, [...HEADER, QUOC_HIEU, TIEU_NGU, 'BÁO CÁO THÀNH TÍCH', 'Đề nghị xét tặng Tập thể lao động xuất sắc năm 2025', 'Báo cáo thành tích của tập thể', 'I. ĐẶC ĐIỂM, TÌNH HÌNH', 'Tên tập thể: Phòng Văn hóa - Xã hội.', 'Phòng có 12 công chức.', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', 'Chưa có.']);
  });

  it('initiative confirmation (Mẫu số 13, Decree 152/2025 Art 33 cl 6)', async () => {
    const bytes = await dossierDocumentDocx(initiative);
    const t = await docxText(bytes);
    inOrder(t, [...HEADER, 'Số:', '/XN-UBND', QUOC_HIEU, TIEU_NGU, 'Đà Nẵng, ngày 20 tháng 11 năm 2025', 'XÁC NHẬN', 'Hiệu quả áp dụng, khả năng nhân rộng của sáng kiến', 'khoản 6 Điều 33 Nghị định số 152/2025/NĐ-CP', 'Hội đồng sáng kiến phường Hải Vân ngày 18/11/2025', 'Tên sáng kiến', 'Số hóa hồ sơ thi đua, khen thưởng', 'Nguyễn Thị Thu Hà, Đặng Quốc Bảo', 'Giảm 40% thời gian lập hồ sơ', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Võ Văn Hưởng']);
    await noImages(bytes);
  });

  it('draft decision with its attached list, number left blank', async () => {
    const bytes = await dossierDocumentDocx(decision);
    const t = await docxText(bytes);
    inOrder(t, [...HEADER, '/QĐ-UBND', QUOC_HIEU, TIEU_NGU, 'Đà Nẵng, ngày 20 tháng 12 năm 2025', 'QUYẾT ĐỊNH', 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI VÂN', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường.', 'QUYẾT ĐỊNH:', 'Điều 1. Công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025 cho 5 cá nhân', 'Điều 2.', 'Điều 3. Chánh Văn phòng HĐND và UBND phường', 'Nơi nhận:', '- Như Điều 3;', 'CHỦ TỊCH', 'Võ Văn Hưởng', 'DANH SÁCH', 'Được công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025', 'Nguyễn Thị Thu Hà', 'Trương Văn Ẩn']);
    expect(t).not.toMatch(/Số: \d/);
    await noImages(bytes);
  });

  it('rejects malformed documents with a typed, bilingual error', async () => {
    await expect(dossierDocumentDocx({ ...individual, achievements: [] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['achievements'] });
    await expect(dossierDocumentDocx({ ...initiative, symbol: 'x n' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['symbol'] });
    await expect(dossierDocumentDocx({ ...decision, rows: [] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: ['rows'] });
  });

  const soffice = hasTool('soffice') || hasTool('libreoffice');
  it.skipIf(!soffice && !toolsRequired())('LibreOffice opens the draft decision', async () => {
    const pdf = await libreOfficePdf(await dossierDocumentDocx(decision));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
