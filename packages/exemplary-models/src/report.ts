import { msg, numberLine, outcomeLabel, placeDateLine, viDate, walk, type Block, type Engine, type Explanation, type Message } from '@tdkt/core';
import { layoutDocx, type DocxBlock, type DocxSection } from '@tdkt/export-docx';
import { proposalFromModel, type ModelProposal } from './criteria.js';
import { CONTENT_NAMES, FIELD_NAMES, FORM_NAMES, STAGES, STAGE_NAMES, activityContentSchema, type ActivityContent, type ActivityForm, type Field, type Stage } from './model.js';
import type { ExemplaryTracker, PlanProgress } from './tracker.js';

/** One model of the congress list: the honoured model and the proposal it yields. */
export interface HonouredModel {
  id: string;
  name: string;
  unit: string;
  unitName: string;
  field: Field;
  movement: Message;
  /** The proposal through the eligibility engine (award, outcome, explanation citing the movement). */
  proposal: ModelProposal;
  /** Why the proposal came out as it did: the first deciding leaf that is not a trivial pass. */
  reason: Message;
}

/**
 * The report of a plan period: targets against results per field, models by stage, propagation
 * by form and by content category, replications, and the congress list of honoured models with
 * their proposals. Counts follow {@link ExemplaryTracker.scope} (the unit subtree, the plan period).
 */
export interface PeriodReport {
  unit: { id: string; name: string };
  /** The plan period (ISO dates). */
  from: string;
  to: string;
  /** The date of the report: proposals are evaluated on it. */
  asOf: string;
  progress: PlanProgress;
  /** Models of the plan by their current stage (every stage listed, in order). */
  stages: { stage: Stage; count: number }[];
  /** Activities by form: target, held, people reached. */
  activitiesByForm: { form: ActivityForm; target: number; actual: number; reach: number }[];
  /** Activities by content category: held, people reached. */
  activitiesByContent: { content: ActivityContent; actual: number; reach: number }[];
  /** The models of the plan with their current stage (ordered by id). */
  models: { id: string; name: string; unitName: string; field: Field; movement: Message; stage: Stage; since: string }[];
  /** Replications of the period, by date. */
  replications: { model: string; modelName: string; unitName: string; fromUnitName?: string; date: string; result?: string }[];
  /** The emulation congress that ends the period and the models honoured there. */
  congress: { name: string; date: string; honoured: HonouredModel[] };
}

/** Options of {@link periodReport}. */
export interface PeriodReportOptions {
  /** The unit whose plan is reported. */
  unit: string;
  /** The date of the report (ISO); proposals are evaluated on it. */
  asOf: string;
  /** The engine the proposals go through (e.g. `createVnEngine()`). */
  engine: Engine;
  /** The congress (Đại hội thi đua yêu nước) that ends the period, e.g. `{ name: 'Đại hội Thi đua yêu nước thành phố Đà Nẵng lần thứ I', date: '2025-09-04' }`. */
  congress: { name: string; date: string };
  /** Award proposed for the honoured models (default: the proposal's default, `bang-khen-bo-nganh-tinh`). */
  award?: string;
  /** Province plugin whose conditions tighten the general criteria. */
  province?: string;
}

/** The first deciding leaf that is not a trivial pass: why an explanation came out as it did. */
export function decidingReason(e: Explanation): Message {
  for (const n of walk(e)) if (n.decisive && n.kind === 'leaf' && n.outcome === e.outcome && !n.trivial && !n.notClaimed && !n.procedural) return n.message;
  return e.message;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Gathers the report of the plan of `o.unit`: progress, stages, propagation, replications and the
 * congress list (every model of the plan at the honouring stage or later, with its proposal
 * through `o.engine` on `o.asOf`).
 *
 * @throws TdktError `VALIDATION_FAILED` when the unit has no plan.
 */
export function periodReport(t: ExemplaryTracker, o: PeriodReportOptions): PeriodReport {
  const { plan, models, activities, replications } = t.scope(o.unit);
  const unitName = (id: string) => t.units.units.get(id)?.name ?? id;
  const movementName = (id: string): Message => t.movement(id)?.name ?? msg(id, id);
  const progress = t.progress(o.unit);
  const sorted = [...models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const honoured = sorted
    .filter((m) => STAGES.indexOf(m.stages.at(-1)!.stage) >= STAGES.indexOf('bieu-duong-ton-vinh'))
    .map((m): HonouredModel => {
      const proposal = proposalFromModel(t, m.id, o.engine, { asOf: o.asOf, ...(o.award ? { award: o.award } : {}), ...(o.province ? { province: o.province } : {}) });
      return { id: m.id, name: m.name, unit: m.unit, unitName: unitName(m.unit), field: m.field, movement: movementName(m.movement), proposal, reason: decidingReason(proposal.explanation) };
    });
  return {
    unit: { id: o.unit, name: unitName(o.unit) },
    from: plan.from,
    to: plan.to,
    asOf: o.asOf,
    progress,
    stages: STAGES.map((stage) => ({ stage, count: models.filter((m) => m.stages.at(-1)!.stage === stage).length })),
    activitiesByForm: progress.activities.map((a) => ({ form: a.form as ActivityForm, target: a.target, actual: a.actual, reach: sum(activities.filter((x) => x.form === a.form).map((x) => x.reach)) })),
    activitiesByContent: activityContentSchema.options.map((content) => {
      const of = activities.filter((x) => x.content === content);
      return { content, actual: of.length, reach: sum(of.map((x) => x.reach)) };
    }),
    models: sorted.map((m) => ({ id: m.id, name: m.name, unitName: unitName(m.unit), field: m.field, movement: movementName(m.movement), stage: m.stages.at(-1)!.stage, since: m.stages.at(-1)!.date })),
    replications: [...replications]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((r) => ({ model: r.model, modelName: t.model(r.model)?.name ?? r.model, unitName: unitName(r.unit), ...(r.fromUnit ? { fromUnitName: unitName(r.fromUnit) } : {}), date: r.date, ...(r.result ? { result: r.result } : {}) })),
    congress: { name: o.congress.name, date: o.congress.date, honoured },
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A bar chart of progress by field — target (light) against results (dark) — as standalone SVG
 * (Vietnamese labels, DejaVu Sans/Arial). Render it to PNG with any SVG rasteriser (the example
 * uses resvg) to embed it in {@link periodReportDocx}.
 *
 * @returns the SVG text; its size is {@link progressChartSize}.
 */
export function progressChartSvg(p: PlanProgress, title = 'Tiến độ điển hình tiên tiến theo lĩnh vực (thực hiện / kế hoạch)'): string {
  const { width, height } = progressChartSize(p);
  const rowH = 34;
  const max = Math.max(1, ...p.models.flatMap((m) => [m.target, m.actual]));
  const scale = (v: number) => (v / max) * 420;
  const bars = p.models
    .map((m, i) => {
      const y = 40 + i * rowH;
      return `<text x="10" y="${y + 14}" font-size="13">${esc(FIELD_NAMES[m.field].vi)}</text><rect x="200" y="${y}" width="${scale(m.target).toFixed(1)}" height="12" fill="#c9d6e8"/><rect x="200" y="${y + 13}" width="${scale(m.actual).toFixed(1)}" height="12" fill="#1f5fa8"/><text x="${(205 + Math.max(scale(m.target), scale(m.actual))).toFixed(1)}" y="${y + 22}" font-size="12">${m.actual}/${m.target}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="22" font-size="15" font-weight="bold">${esc(title)}</text>${bars}</svg>`;
}

/** The size of {@link progressChartSvg}'s picture, in pixels. */
export function progressChartSize(p: PlanProgress): { width: number; height: number } {
  return { width: 760, height: 60 + p.models.length * 34 };
}

/** Options of {@link periodReportLayout} and {@link periodReportDocx}. */
export interface PeriodReportLayoutOptions {
  /** The issuing body (cơ quan ban hành), e.g. `HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG`; and its parent body. */
  issuer: string;
  parent?: string;
  /** Abbreviation in the number line (e.g. `HĐTĐKT` gives `Số: …/BC-HĐTĐKT`). */
  abbreviation: string;
  /** Place in the place-and-date line, e.g. `Đà Nẵng`. */
  place: string;
  /** The signer (a draft: no signature or seal image). */
  signer: { authority?: string; title: string; name: string };
  /** The progress chart as PNG (from {@link progressChartSvg}); without it the report refers to the chart file `chartFile`. */
  chart?: { png: Uint8Array; width: number; height: number };
  /** Name of the chart file referred to when there is no PNG (default `tien-do-theo-linh-vuc.svg`). */
  chartFile?: string;
}

const heading = (text: string): Block => ({ type: 'paragraph', text, bold: true });
const percentOf = (actual: number, target: number) => (target > 0 ? `${Math.round((actual / target) * 100)}%` : '—');
const n = (x: number) => x.toLocaleString('vi-VN');

/**
 * The period report laid out in the Decree 30/2020 layout (blocks of `@tdkt/core`'s layout, plus
 * the chart picture): a report (báo cáo) with the header, title, the plan period and unit, I.
 * targets and results per field (with the chart), II. models by stage, III. propagation by form
 * and by content, IV. replications, V. the congress list with each model's proposal and its
 * reason; then a landscape appendix listing every model of the plan.
 */
export function periodReportLayout(r: PeriodReport, o: PeriodReportLayoutOptions): DocxSection[] {
  const period = `${r.from.slice(0, 4)}–${r.to.slice(0, 4)}`;
  const totalTarget = sum(r.progress.models.map((m) => m.target));
  const totalActual = sum(r.progress.models.map((m) => m.actual));
  const chart: DocxBlock = o.chart
    ? { type: 'image', png: o.chart.png, widthPx: 600, heightPx: Math.round((600 * o.chart.height) / o.chart.width), caption: `Biểu đồ: tiến độ điển hình tiên tiến theo lĩnh vực (thực hiện / kế hoạch), giai đoạn ${period}` }
    : { type: 'paragraph', text: `Biểu đồ tiến độ theo lĩnh vực: xem tệp ${o.chartFile ?? 'tien-do-theo-linh-vuc.svg'} kèm theo.`, italic: true };
  const main: DocxBlock[] = [
    { type: 'header', ...(o.parent ? { parent: o.parent } : {}), issuer: o.issuer, number: numberLine(undefined, 'BC', o.abbreviation), placeDate: placeDateLine(o.place, r.asOf) },
    { type: 'title', text: 'BÁO CÁO', summary: `Kết quả xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến giai đoạn ${period}`, note: `(Kế hoạch của ${r.unit.name}, từ ngày ${viDate(r.from)} đến ngày ${viDate(r.to)})` },
    { type: 'paragraph', indent: true, align: 'justify', text: `Trong giai đoạn ${period}, ${r.unit.name} đã phát hiện, xây dựng ${n(totalActual)}/${n(totalTarget)} mô hình, điển hình tiên tiến theo kế hoạch (${percentOf(totalActual, totalTarget)}), tổ chức ${n(sum(r.activitiesByForm.map((a) => a.actual)))} hoạt động tuyên truyền với ${n(sum(r.activitiesByForm.map((a) => a.reach)))} lượt người được tiếp cận, ghi nhận ${n(r.progress.replications.actual)}/${n(r.progress.replications.target)} lượt nhân rộng; ${n(r.congress.honoured.length)} điển hình được biểu dương, tôn vinh tại ${r.congress.name} (ngày ${viDate(r.congress.date)}).` },
    heading('I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO LĨNH VỰC'),
    { type: 'table', columns: [{ header: 'Lĩnh vực', width: 5 }, { header: 'Kế hoạch', width: 2 }, { header: 'Thực hiện', width: 2 }, { header: 'Tỷ lệ', width: 2 }], rows: [...r.progress.models.map((m) => [FIELD_NAMES[m.field].vi, n(m.target), n(m.actual), percentOf(m.actual, m.target)]), ['Tổng cộng', n(totalTarget), n(totalActual), percentOf(totalActual, totalTarget)]] },
    chart,
    heading('II. MÔ HÌNH, ĐIỂN HÌNH THEO CÁC BƯỚC'),
    { type: 'table', columns: [{ header: 'Bước', width: 6 }, { header: 'Số mô hình', width: 2 }], rows: r.stages.map((s) => [STAGE_NAMES[s.stage].vi, n(s.count)]) },
    heading('III. TUYÊN TRUYỀN ĐIỂN HÌNH TIÊN TIẾN'),
    { type: 'paragraph', text: '1. Theo hình thức', italic: true },
    { type: 'table', columns: [{ header: 'Hình thức', width: 6 }, { header: 'Kế hoạch', width: 2 }, { header: 'Thực hiện', width: 2 }, { header: 'Lượt tiếp cận', width: 3 }], rows: r.activitiesByForm.map((a) => [FORM_NAMES[a.form]?.vi ?? a.form, n(a.target), n(a.actual), n(a.reach)]) },
    { type: 'paragraph', text: '2. Theo nội dung', italic: true },
    { type: 'table', columns: [{ header: 'Nội dung', width: 8 }, { header: 'Số hoạt động', width: 2 }, { header: 'Lượt tiếp cận', width: 3 }], rows: r.activitiesByContent.map((a) => [CONTENT_NAMES[a.content].vi, n(a.actual), n(a.reach)]) },
    heading('IV. NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN'),
    { type: 'paragraph', indent: true, text: `Kế hoạch ${n(r.progress.replications.target)} lượt, thực hiện ${n(r.progress.replications.actual)} lượt (${percentOf(r.progress.replications.actual, r.progress.replications.target)}).` },
    { type: 'table', columns: [{ header: 'Mô hình', width: 6 }, { header: 'Đơn vị nhân rộng', width: 4 }, { header: 'Từ đơn vị', width: 4 }, { header: 'Ngày', width: 2 }, { header: 'Kết quả', width: 4 }], rows: r.replications.map((x) => [x.modelName, x.unitName, x.fromUnitName ?? '', viDate(x.date), x.result ?? '']) },
    heading(`V. ĐIỂN HÌNH ĐƯỢC BIỂU DƯƠNG, TÔN VINH TẠI ĐẠI HỘI THI ĐUA YÊU NƯỚC`),
    { type: 'paragraph', indent: true, align: 'justify', text: `${r.congress.name} (ngày ${viDate(r.congress.date)}) biểu dương, tôn vinh ${n(r.congress.honoured.length)} điển hình tiên tiến; đề nghị khen thưởng của từng điển hình được xét qua bộ máy xét điều kiện ngày ${viDate(r.asOf)}, căn cứ phong trào thi đua đã phát động:` },
    { type: 'table', columns: [{ header: 'STT', width: 1 }, { header: 'Điển hình', width: 5 }, { header: 'Đơn vị', width: 4 }, { header: 'Phong trào', width: 4 }, { header: 'Kết quả xét', width: 3 }, { header: 'Lý do', width: 6 }], rows: r.congress.honoured.map((h, i) => [String(i + 1), h.name, h.unitName, h.movement.vi, outcomeLabel(h.proposal.outcome), h.reason.vi]) },
    { type: 'signature', recipients: ['Như trên;', 'Lưu: VT, TĐKT.'], signers: [o.signer] },
  ];
  const appendix: DocxBlock[] = [
    { type: 'title', text: 'PHỤ LỤC', summary: `Danh sách mô hình, điển hình tiên tiến giai đoạn ${period}`, note: `(Kèm theo Báo cáo ngày ${viDate(r.asOf)})` },
    { type: 'table', columns: [{ header: 'STT', width: 1 }, { header: 'Mã', width: 2 }, { header: 'Tên mô hình, điển hình', width: 7 }, { header: 'Đơn vị', width: 5 }, { header: 'Lĩnh vực', width: 3 }, { header: 'Phong trào', width: 5 }, { header: 'Bước hiện tại', width: 4 }, { header: 'Từ ngày', width: 2 }], rows: r.models.map((m, i) => [String(i + 1), m.id, m.name, m.unitName, FIELD_NAMES[m.field].vi, m.movement.vi, STAGE_NAMES[m.stage].vi, viDate(m.since)]) },
  ];
  return [
    { id: 'bao-cao', title: `Báo cáo điển hình tiên tiến ${period}`, blocks: main },
    { id: 'phu-luc', title: 'Phụ lục', landscape: true, blocks: appendix },
  ];
}

/**
 * The period report as DOCX (Decree 30/2020 layout, see {@link periodReportLayout}), with the
 * chart embedded when `o.chart` holds its PNG.
 *
 * @returns the DOCX bytes.
 */
export function periodReportDocx(r: PeriodReport, o: PeriodReportLayoutOptions): Promise<Uint8Array> {
  return layoutDocx(periodReportLayout(r, o), { title: `Báo cáo điển hình tiên tiến ${r.from.slice(0, 4)}–${r.to.slice(0, 4)}` });
}
