import { SubjectHistory, TdktError, allOf, combineAll, criterion, emulationYearRange, markDecisive, msg, type Citation, type Criterion, type Decision, type Engine, type EvalContext, type Explanation, type LegalDocument } from '@tdkt/core';
import { documents as vnDocuments } from '@tdkt/rules-vn';
import { STAGES, STAGE_NAMES, type Exemplar } from './model.js';
import type { ExemplaryTracker } from './tracker.js';

/** Documents the exemplary-model criteria cite. */
export const documents: LegalDocument[] = [
  ...vnDocuments.filter((d) => d.id === 'luat-06-2022'),
  { id: 'kh-hoi-an-dhtt-2022-2025', kind: 'regulation', number: 'Kế hoạch xây dựng, bồi dưỡng, tuyên truyền và nhân rộng mô hình, điển hình tiên tiến 2022–2025 (Hội An, Quảng Nam)', titleVi: 'Kế hoạch xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến giai đoạn 2022–2025', titleEn: 'Plan to build, nurture, propagate and replicate exemplary models, 2022–2025 (Hội An)' },
];

const art17: Citation = { doc: 'luat-06-2022', article: 17, confidence: 'official', url: 'https://vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/8', note: 'Kiểm tra, hướng dẫn, nhân rộng điển hình tiên tiến là một bước tổ chức phong trào thi đua' };
const plan: Citation = { doc: 'kh-hoi-an-dhtt-2022-2025', confidence: 'secondary', note: 'Tiêu chí chung của điển hình tiên tiến theo kế hoạch của địa phương' };

/**
 * The general criteria of an exemplary model, as a criteria set on the engine: exemplary compliance
 * with the Party's lines and the State's law (presumed unless disciplined); excellent completion
 * of tasks; new models, initiatives or creative solutions with practical effect, standing out and
 * leading in the area's movements; mutual help, charity and social-security activities.
 */
export function generalCriteria(extra: Criterion[] = []): Criterion {
  return allOf({ id: 'dhtt.general', text: msg('Tiêu chí chung của điển hình tiên tiến', 'General criteria of an exemplary model'), citations: [art17, plan] }, [
    // A province's added or tighter criteria join the "all of": they can only tighten.
    ...extra,
    criterion({ id: 'dhtt.compliance', text: msg('Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', "Exemplary compliance with the Party's lines and the State's policies and laws"), citations: [plan], test: (ctx) => (model(ctx).evidence.disciplined ? { outcome: 'ineligible', message: msg('Bị kỷ luật: không đạt tiêu chí chấp hành', 'Disciplined: compliance not met') } : { outcome: 'eligible', trivial: true, message: msg('Được tập thể xác nhận (không có sự kiện trái ngược)', 'Attested by the collective (no contrary fact)') }) }),
    criterion({ id: 'dhtt.tasks', text: msg('Hoàn thành xuất sắc nhiệm vụ được giao', 'Completed the assigned tasks excellently'), citations: [plan], test: (ctx) => {
      const r = model(ctx).evidence.rating;
      if (!r) return { outcome: 'needs-review', missing: ['evidence.rating'], message: msg('Chưa có kết quả đánh giá, xếp loại', 'No rating is given') };
      return r === 'HTXSNV' ? { outcome: 'eligible', message: msg('Hoàn thành xuất sắc nhiệm vụ', 'Completed tasks excellently') } : { outcome: 'ineligible', message: msg(`Xếp loại ${r}, chưa hoàn thành xuất sắc nhiệm vụ`, `Rated ${r}, not excellently`) };
    } }),
    criterion({ id: 'dhtt.innovation', text: msg('Có mô hình mới, cách làm hay, sáng kiến, giải pháp sáng tạo hiệu quả; nổi trội, dẫn đầu trong phong trào thi đua', 'New models, good practices, initiatives or creative solutions with effect; standing out and leading in the movements'), citations: [plan], test: (ctx) => {
      const e = model(ctx).evidence;
      return (e.initiatives ?? 0) > 0 || e.leading ? { outcome: 'eligible', message: msg(`${e.initiatives ?? 0} sáng kiến, giải pháp${e.leading ? '; dẫn đầu phong trào' : ''}`, `${e.initiatives ?? 0} initiative(s)${e.leading ? '; leading the movement' : ''}`) } : { outcome: 'ineligible', message: msg('Chưa có mô hình mới, sáng kiến hoặc vai trò dẫn đầu', 'No new model, initiative or leading role') };
    } }),
    criterion({ id: 'dhtt.solidarity', text: msg('Tích cực tham gia hoạt động tương thân tương ái, từ thiện, an sinh xã hội', 'Active in mutual help, charity and social-security activities'), citations: [plan], test: (ctx) => ((model(ctx).evidence.socialActivities ?? 0) > 0 ? { outcome: 'eligible', message: msg(`${model(ctx).evidence.socialActivities} hoạt động an sinh xã hội`, `${model(ctx).evidence.socialActivities} social activities`) } : { outcome: 'needs-review', missing: ['evidence.socialActivities'], message: msg('Chưa ghi nhận hoạt động tương thân tương ái, từ thiện', 'No mutual-help or charity activity recorded') }) }),
  ]);
}

const MODEL = Symbol('model');
const model = (ctx: EvalContext): Exemplar => (ctx as unknown as { [MODEL]: Exemplar })[MODEL];

/** Evaluates the general criteria for a model on `asOf` (explanation with citations). */
export function evaluateGeneral(m: Exemplar, asOf: string, extra: Criterion[] = [], extraDocuments: LegalDocument[] = []): Explanation {
  const year = Number(asOf.slice(0, 4));
  const docs = new Map([...documents, ...extraDocuments].map((d) => [d.id, d]));
  const ctx = {
    [MODEL]: m,
    request: { asOf, award: 'giay-khen', period: year, subject: { kind: m.subjectKind } },
    ruleDate: asOf,
    asOf,
    submittedOn: asOf,
    period: year,
    history: new SubjectHistory({ kind: m.subjectKind }, year),
    documents: docs,
    plugins: [],
    delegatedTo: [],
    emulationYear: (y: number) => emulationYearRange(y),
    param: (id: string) => {
      throw new TdktError('UNKNOWN_PARAMETER', msg(`Không có tham số ${id}`, `No parameter ${id}`), { value: id });
    },
  } as unknown as EvalContext;
  return markDecisive(generalCriteria(extra).evaluate(ctx));
}

/** A proposal a model yields at the honouring stage. */
export interface ModelProposal {
  outcome: Decision['outcome'];
  /** The proposal's explanation: the movement (cited), the general criteria and the award's own decision. */
  explanation: Explanation;
  decision: Decision;
}

/**
 * Turns a model that reached the honouring stage into a proposal through the eligibility engine —
 * e.g. a ministry/province Bằng khen for an achievement in a movement (type phong-trao, decided at
 * the movement's review) — with the model's record and the movement as evidence.
 *
 * @throws TdktError `VALIDATION_FAILED` when the model has not reached the honouring stage.
 */
export function proposalFromModel(tracker: ExemplaryTracker, id: string, engine: Engine, o: { asOf: string; award?: string; period?: number; province?: string; extraCriteria?: Criterion[] }): ModelProposal {
  const m = tracker.model(id);
  if (!m) throw new TdktError('VALIDATION_FAILED', msg(`Không có mô hình ${id}`, `No model ${id}`), { path: ['model'], value: id });
  const at = STAGES.indexOf(m.stages.at(-1)!.stage);
  if (at < STAGES.indexOf('bieu-duong-ton-vinh')) throw new TdktError('VALIDATION_FAILED', msg(`Mô hình ${id} chưa đến bước "${STAGE_NAMES['bieu-duong-ton-vinh'].vi}"`, `Model ${id} has not reached "${STAGE_NAMES['bieu-duong-ton-vinh'].en}"`), { path: ['model', id, 'stage'], value: m.stages.at(-1)!.stage });
  const mv = tracker.movement(m.movement)!;
  const period = o.period ?? Number(o.asOf.slice(0, 4));
  // A province plugin's conditions for exemplary models (award '*' or 'dien-hinh-tien-tien') tighten the general criteria.
  const fromPlugin = o.province ? (engine.plugin(o.province)?.conditions ?? []).filter((c) => c.award === '*' || c.award === 'dien-hinh-tien-tien').map((c) => c.criterion) : [];
  const general = evaluateGeneral(m, o.asOf, [...fromPlugin, ...(o.extraCriteria ?? [])], o.province ? (engine.plugin(o.province)?.documents ?? []) : []);
  const decision = engine.evaluate({
    asOf: o.asOf,
    award: o.award ?? 'bang-khen-bo-nganh-tinh',
    period,
    occasion: 'movement-review',
    ...(o.province ? { province: o.province } : {}),
    subject: { kind: m.subjectKind, id: m.id, name: m.name, unit: m.unit, years: m.evidence.rating ? [{ year: period, rating: m.evidence.rating }] : [] },
  });
  const outcome = combineAll([general.outcome, decision.outcome]);
  const explanation: Explanation = {
    id: 'dhtt.proposal',
    outcome,
    kind: 'all',
    text: msg(`Đề nghị khen thưởng điển hình "${m.name}" trong phong trào "${mv.name.vi}"`, `Proposal for the exemplary model "${m.name}" in the movement "${mv.name.en}"`),
    message: msg(`Khen thưởng phong trào thi đua (theo đợt/chuyên đề) — phong trào "${mv.name.vi}" do ${mv.launchedBy} phát động`, `Movement commendation (phong-trao) — the movement "${mv.name.en}" launched by ${mv.launchedBy}`),
    citations: [mv.citation, art17],
    evidence: [
      { kind: 'fact', ref: `movement ${mv.id}`, detail: { name: mv.name.vi, launchedBy: mv.launchedBy, kind: mv.kind, from: mv.from } },
      { kind: 'fact', ref: `model ${m.id}`, detail: { stages: m.stages.map((s) => `${s.stage} ${s.date}`), field: m.field } },
    ],
    children: [general, decision.explanation],
  };
  return { outcome, explanation: markDecisive(explanation), decision };
}
