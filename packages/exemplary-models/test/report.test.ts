import { UnitRegistry } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { docxText, hasTool, libreOfficePdf, pdfText, toolsRequired } from '@tdkt/testkit';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExemplaryTracker, STAGES, periodReport, periodReportDocx, progressChartSvg, type PeriodReportLayoutOptions } from '../src/index.js';
import { MERGER, MODEL, MOVEMENT, PLAN, STAGE_DATES, UNITS } from './fixture.js';

// A 1×1 PNG (a white pixel): the report embeds whatever picture it is given.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));
const LAYOUT: PeriodReportLayoutOptions = { parent: 'UBND THÀNH PHỐ ĐÀ NẴNG', issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', abbreviation: 'HĐTĐKT', place: 'Đà Nẵng', signer: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } };

function plan(): ExemplaryTracker {
  const t = new ExemplaryTracker(new UnitRegistry([...UNITS], [{ ...MERGER, from: [...MERGER.from], to: [...MERGER.to] }]));
  t.addMovement(MOVEMENT);
  t.addPlan(PLAN);
  t.addModel(MODEL);
  t.addModel({ ...MODEL, id: 'clb-van-nghe', name: 'Câu lạc bộ văn nghệ dân gian Hòa Vang', unit: 'xa-hoa-vang', field: 'culture-society', stages: [{ stage: 'phat-hien', date: '2025-08-01' }] });
  STAGES.slice(1).forEach((s, i) => t.advance('hop-tac-xa-rau', s, STAGE_DATES[i]!));
  t.addReplication({ model: 'hop-tac-xa-rau', unit: 'xa-hoa-vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ' });
  t.addActivity({ id: 'bao-1', date: '2024-05-01', unit: 'da-nang', form: 'mass-media', content: 'sector-models', models: ['hop-tac-xa-rau'], reach: 12000 });
  t.addActivity({ id: 'toa-dam', date: '2025-09-01', unit: 'phuong-hoi-an', form: 'talk-exchange', content: 'ho-chi-minh-thought-and-law', models: ['hop-tac-xa-rau'], reach: 80 });
  return t;
}

const report = () => periodReport(plan(), { unit: 'da-nang', asOf: '2025-12-10', engine: createVnEngine(), congress: { name: 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', date: '2025-09-04' } });

describe('the period report', () => {
  it('counts targets and results per field, models by stage, propagation by form and content, replications, and lists the congress proposals', () => {
    const r = report();
    expect(r.progress.models).toEqual([{ field: 'agriculture', target: 2, actual: 1 }, { field: 'culture-society', target: 1, actual: 1 }]);
    expect(r.stages.find((s) => s.stage === 'hoc-tap-lam-theo')!.count).toBe(1);
    expect(r.stages.find((s) => s.stage === 'phat-hien')!.count).toBe(1);
    expect(r.activitiesByForm.find((a) => a.form === 'mass-media')).toEqual({ form: 'mass-media', target: 2, actual: 1, reach: 12000 });
    expect(r.activitiesByContent.map((a) => [a.content, a.actual, a.reach])).toEqual([['ho-chi-minh-thought-and-law', 1, 80], ['movements-and-results', 0, 0], ['sector-models', 1, 12000]]);
    expect(r.replications).toEqual([{ model: 'hop-tac-xa-rau', modelName: 'Hợp tác xã rau hữu cơ Trà Quế', unitName: 'Xã Hòa Vang', date: '2025-08-01', result: 'Thêm 12 hộ trồng rau hữu cơ' }]);
    expect(r.congress.honoured.map((h) => h.id)).toEqual(['hop-tac-xa-rau']);
    const h = r.congress.honoured[0]!;
    expect(h.proposal.explanation.citations[0]!.note).toContain('2218/QĐ-UBND');
    expect(h.proposal.outcome).toBe('needs-review');
    expect(h.reason.vi.length).toBeGreaterThan(0);
  });

  it('writes a DOCX in the Decree 30 layout with every part, in Vietnamese, and the chart embedded as PNG', { timeout: 180_000 }, async () => {
    const bytes = await periodReportDocx(report(), { ...LAYOUT, chart: { png: PNG, width: 760, height: 128 } });
    const text = await docxText(bytes);
    let at = 0;
    for (const needle of ['UBND THÀNH PHỐ ĐÀ NẴNG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Đà Nẵng, ngày 10 tháng 12 năm 2025', 'BÁO CÁO', 'giai đoạn 2022–2025', 'Kế hoạch của Thành phố Đà Nẵng, từ ngày 01/01/2022 đến ngày 31/12/2025', 'I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO LĨNH VỰC', 'Nông nghiệp', 'Văn hóa – xã hội', 'Biểu đồ: tiến độ', 'II. MÔ HÌNH, ĐIỂN HÌNH THEO CÁC BƯỚC', 'Học tập, làm theo', 'III. TUYÊN TRUYỀN', 'Thông tin đại chúng', '12.000', 'Tư tưởng Hồ Chí Minh', 'IV. NHÂN RỘNG', 'Xã Hòa Vang', 'Thêm 12 hộ trồng rau hữu cơ', 'V. ĐIỂN HÌNH ĐƯỢC BIỂU DƯƠNG, TÔN VINH TẠI ĐẠI HỘI THI ĐUA YÊU NƯỚC', 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', 'Hợp tác xã rau hữu cơ Trà Quế', 'Chung sức xây dựng nông thôn mới', 'Cần xem xét', 'CHỦ TỊCH', 'PHỤ LỤC', 'Câu lạc bộ văn nghệ dân gian Hòa Vang']) {
      const i = text.indexOf(needle, at);
      expect(i, `"${needle}" missing or out of order`).toBeGreaterThanOrEqual(0);
      at = i + needle.length;
    }
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && !zip.files[f]!.dir);
    expect(media).toHaveLength(1);
    expect(await zip.file(media[0]!)!.async('uint8array')).toEqual(PNG);
    if (hasTool('soffice') || hasTool('libreoffice') || toolsRequired()) {
      const pdf = await libreOfficePdf(bytes);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      if (hasTool('pdftotext') || toolsRequired()) expect(await pdfText(pdf)).toContain('NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN');
    }
  });

  it('without a PNG the report refers to the chart file; the SVG chart labels every field', async () => {
    const r = report();
    const text = await docxText(await periodReportDocx(r, LAYOUT));
    expect(text).toContain('xem tệp tien-do-theo-linh-vuc.svg kèm theo');
    expect(progressChartSvg(r.progress)).toMatch(/^<svg[\s\S]*Nông nghiệp[\s\S]*1\/2[\s\S]*Văn hóa – xã hội[\s\S]*1\/1/);
  });
});
