import type { Citation, LegalDocument } from '../citation.js';
import { CALENDAR_YEAR, emulationYearRange, isIsoDate, type DateRange } from '../dates.js';
import { TdktError, parseWith } from '../errors.js';
import { msg } from '../i18n.js';
import type { Outcome } from '../model/codes.js';
import { evaluationRequestSchema, type EvaluationRequest } from '../model/request.js';
import { allOf, criterion, markDecisive, outcomeFunction, withOutcome } from './combinators.js';
import { checkedNode, errorText, failedNode } from './safety.js';
import { explanationHash } from './hash.js';
import { SubjectHistory } from './history.js';
import { definePlugin, type AwardDefinition, type AwardRule, type ParameterDefinition, type ParameterSetting, type Plugin, type PluginDefinition } from './plugin.js';
import type { Criterion, EvalContext, Explanation, LeafResult, ParameterValue } from './types.js';

/**
 * The outcome of one request without its explanation: what {@link Engine.evaluate} returns with
 * `{ explain: false }`. The outcome, rule and rule packs are exactly those of the full
 * {@link Decision} for the same request.
 */
export interface BriefDecision {
  award: string;
  period: number;
  asOf: string;
  subject: { kind: string; id?: string; name?: string; unit?: string };
  outcome: Outcome;
  /** The award rule version applied, when one was found. */
  ruleId?: string;
  /** The date that selected the rules. */
  ruleDate: string;
  /** Rule packs applied, with their versions (pinned in stored decisions). */
  rulePacks: { id: string; version: string }[];
}

/** The result of evaluating one request, with its explanation tree and hash. */
export interface Decision extends BriefDecision {
  /** The explanation tree: every criterion with its outcome, citations, message and evidence. */
  explanation: Explanation;
  /** {@link explanationHash} of the explanation. */
  hash: string;
}

/** Options of {@link Engine.evaluate}. */
export interface EvaluateOptions {
  /**
   * `false`: the fast path for bulk runs. The outcome, `ruleId`, `ruleDate` and `rulePacks` are
   * those of the full {@link Decision}, but the result is a {@link BriefDecision}: no `explanation`
   * and no `hash`. Criteria are asked for their outcome alone (`Criterion.outcome`): no message,
   * evidence or node is built, and an "all of" stops at its first failing part, an "any of" at its
   * first route met, since those decide it. A part that throws gives needs-review on both paths,
   * so stopping early never changes the outcome. Default `true`.
   */
  explain?: boolean;
}

/**
 * A request validated once by {@link Engine.prepare} (schema, award codes, plugins applied), to be
 * evaluated any number of times with {@link Engine.evaluatePrepared} without validating it again.
 * Opaque: only the engine that prepared it accepts it. `request` is the parsed request, deeply
 * frozen.
 */
export interface PreparedRequest {
  readonly request: Readonly<EvaluationRequest>;
}

/** One entry of the award catalog, as `tdkt catalog --json` prints it. */
export interface CatalogEntry {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AwardDefinition['kind'];
  form: AwardDefinition['form'];
  subjectKinds: AwardDefinition['subjectKinds'];
  citations: Citation[];
  validFrom: string;
  validTo: string | null;
  delegated: boolean;
  /** Types of commendation (Law Art 8) it is given under. */
  types: string[];
  /** Plugin that defines it. */
  plugin: string;
}

/** The parts of a subject that name award codes (see {@link unknownAwardCodes}). */
export interface AwardFacts {
  years?: readonly { titles?: readonly string[] | undefined }[] | undefined;
  awards?: readonly { award: string }[] | undefined;
  initiatives?: readonly { usedFor?: { award: string } | undefined }[] | undefined;
  members?: { titles?: Readonly<Record<string, unknown>> | undefined } | undefined;
}

/**
 * The award codes a subject's facts name (titles of its years, awards held, initiatives' use,
 * members' titles) that `known` does not know, with their paths under `prefix`.
 */
export function unknownAwardCodes(s: AwardFacts, known: (code: string) => boolean, prefix: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  const bad: { path: (string | number)[]; value: string }[] = [];
  s.years?.forEach((y, i) => y.titles?.forEach((t, j) => { if (!known(t)) bad.push({ path: [...prefix, 'years', i, 'titles', j], value: t }); }));
  s.awards?.forEach((a, i) => { if (!known(a.award)) bad.push({ path: [...prefix, 'awards', i, 'award'], value: a.award }); });
  s.initiatives?.forEach((x, i) => { if (x.usedFor && !known(x.usedFor.award)) bad.push({ path: [...prefix, 'initiatives', i, 'usedFor', 'award'], value: x.usedFor.award }); });
  Object.keys(s.members?.titles ?? {}).forEach((k) => { if (!known(k)) bad.push({ path: [...prefix, 'members', 'titles', k], value: k }); });
  return bad;
}

/**
 * Throws the `UNKNOWN_AWARD` error for what {@link unknownAwardCodes} found (nothing when empty):
 * the first code in the message, every one in `issues`.
 *
 * @throws TdktError `UNKNOWN_AWARD`.
 */
export function throwUnknownCodes(bad: readonly { path: (string | number)[]; value: string }[]): void {
  if (!bad.length) return;
  throw new TdktError('UNKNOWN_AWARD', msg(`Mã danh hiệu/hình thức không có trong danh mục: "${bad[0]!.value}"`, `Unknown award code: "${bad[0]!.value}"`), {
    path: bad[0]!.path,
    value: bad[0]!.value,
    issues: bad.map((b) => ({ path: b.path, value: b.value, message: msg(`Mã không có trong danh mục: "${b.value}"`, `Unknown award code: "${b.value}"`) })),
  });
}

/** The rule engine over a set of loaded plugins. */
export interface Engine {
  /**
   * Evaluates one request (validated with zod first). With `{ explain: false }`: the outcome only, a
   * {@link BriefDecision} (see {@link EvaluateOptions.explain}); otherwise a {@link Decision}.
   *
   * @throws TdktError `VALIDATION_FAILED` (bad input, with path and value), `UNKNOWN_AWARD` (also for
   *   an unknown code among the facts),
   *   `UNKNOWN_PLUGIN`, `PLUGIN_CONFLICT`.
   */
  evaluate(input: unknown, options: { explain: false }): BriefDecision;
  evaluate(input: unknown, options: EvaluateOptions): Decision | BriefDecision;
  // Last, so that `ReturnType<Engine['evaluate']>` stays `Decision`.
  evaluate(input: unknown, options?: { explain?: true }): Decision;
  /**
   * Validates a request once, as {@link Engine.evaluate} does before evaluating it.
   *
   * @throws TdktError as {@link Engine.evaluate} does for bad input (`VALIDATION_FAILED`,
   *   `UNKNOWN_AWARD`, `UNKNOWN_PLUGIN`).
   */
  prepare(input: unknown): PreparedRequest;
  /**
   * Evaluates a request made by {@link Engine.prepare} of this engine, without validating it
   * again: the same result as `evaluate` on the original input, with the same options.
   *
   * @throws TdktError `VALIDATION_FAILED` when `prepared` was not made by this engine's `prepare`;
   *   `PLUGIN_CONFLICT` as `evaluate`.
   */
  evaluatePrepared(prepared: PreparedRequest, options: { explain: false }): BriefDecision;
  evaluatePrepared(prepared: PreparedRequest, options: EvaluateOptions): Decision | BriefDecision;
  evaluatePrepared(prepared: PreparedRequest, options?: { explain?: true }): Decision;
  /** Awards known on `asOf` (every award when omitted), sorted by plugin then catalog order. */
  catalog(asOf?: string): CatalogEntry[];
  /** Legal documents of every loaded plugin, by id. */
  readonly documents: ReadonlyMap<string, LegalDocument>;
  readonly plugins: readonly Plugin[];
  /** A loaded plugin by id. */
  plugin(id: string): Plugin | undefined;
  /** The award definition for a code among all loaded plugins. */
  award(code: string): AwardDefinition | undefined;
  /** Every declared parameter. */
  parameters(): ParameterDefinition[];
  /** Every award rule version of every loaded plugin. */
  rules(): (AwardRule & { plugin: string })[];
}

const inWindow = (date: string, from?: string, to?: string) => (from === undefined || from <= date) && (to === undefined || date <= to);

function collectCitations(c: Criterion, out: Citation[] = []): Citation[] {
  out.push(...c.citations);
  c.children?.forEach((k) => collectCitations(k, out));
  return out;
}

/**
 * Creates an engine over plugins (at least one `national`). Load-time checks: unique ids; every
 * citation names a known document; plugins add routes only to awards the national rules mark as
 * delegated (or to their own awards); parameters set by plugins are declared, delegable, within
 * bounds and only tightened.
 *
 * @throws TdktError `PLUGIN_INVALID`, `PLUGIN_CONFLICT`, `PLUGIN_RELAXES_NATIONAL_RULE`,
 *   `UNKNOWN_PARAMETER`, `PARAMETER_OUT_OF_BOUNDS`.
 */
export function createEngine(options: { plugins: Plugin[] }): Engine {
  if (!options || typeof options !== 'object' || !Array.isArray(options.plugins))
    throw new TdktError('PLUGIN_INVALID', msg('createEngine cần { plugins: Plugin[] }', 'createEngine needs { plugins: Plugin[] }'), { path: ['plugins'], value: options?.plugins });
  // Re-check every plugin: a hand-made object must not bypass definePlugin's validation.
  const plugins = options.plugins.map((p, i) => {
    try {
      return definePlugin(p as PluginDefinition);
    } catch (e) {
      if (e instanceof TdktError) throw new TdktError(e.code, e.messages, { path: ['plugins', i, ...e.path], value: e.value, issues: e.issues });
      throw e;
    }
  });
  const nationals = plugins.filter((p) => p.kind === 'national');
  if (nationals.length === 0) throw new TdktError('PLUGIN_INVALID', msg('Cần ít nhất một bộ quy tắc quốc gia', 'At least one national rule pack is required'));
  const byId = new Map<string, Plugin>();
  for (const p of plugins) {
    if (byId.has(p.id)) throw new TdktError('PLUGIN_CONFLICT', msg(`Hai plugin cùng mã "${p.id}"`, `Two plugins share the id "${p.id}"`), { value: p.id });
    byId.set(p.id, p);
  }
  const documents = new Map<string, LegalDocument>();
  const docOwner = new Map<string, string>();
  for (const p of plugins)
    for (const d of p.documents ?? []) {
      const prior = documents.get(d.id);
      if (prior && JSON.stringify(prior) !== JSON.stringify(d))
        throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${p.id} khai báo lại văn bản "${d.id}" của ${docOwner.get(d.id)} với nội dung khác`, `Plugin ${p.id} redefines document "${d.id}" of ${docOwner.get(d.id)} differently`), { path: [p.id, 'documents', d.id], value: d });
      documents.set(d.id, d);
      if (!docOwner.has(d.id)) docOwner.set(d.id, p.id);
    }
  const awards = new Map<string, { def: AwardDefinition; plugin: Plugin }>();
  for (const p of plugins)
    for (const a of p.awards ?? []) {
      const prior = awards.get(a.code);
      if (prior) throw new TdktError('PLUGIN_CONFLICT', msg(`Mã "${a.code}" được định nghĩa bởi cả ${prior.plugin.id} và ${p.id}`, `Award "${a.code}" is defined by both ${prior.plugin.id} and ${p.id}`), { value: a.code });
      awards.set(a.code, { def: a, plugin: p });
    }
  const params = new Map<string, { def: ParameterDefinition; plugin: Plugin }>();
  for (const p of nationals)
    for (const d of p.parameters ?? []) {
      const prior = params.get(d.id);
      if (prior) throw new TdktError('PLUGIN_CONFLICT', msg(`Tham số "${d.id}" được khai báo bởi cả ${prior.plugin.id} và ${p.id}`, `Parameter "${d.id}" is declared by both ${prior.plugin.id} and ${p.id}`), { value: d.id });
      params.set(d.id, { def: d, plugin: p });
    }
  for (const p of plugins) {
    if (p.kind !== 'national' && (p.parameters?.length || p.horizons?.length))
      throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${p.id}: chỉ bộ quy tắc quốc gia được khai báo tham số và mốc hiệu lực (horizons)`, `Plugin ${p.id}: only a national rule pack may declare parameters and horizons`), { path: [p.id, p.parameters?.length ? 'parameters' : 'horizons'] });
    if (p.successor) {
      const next = byId.get(p.successor);
      if (!next) throw new TdktError('UNKNOWN_PLUGIN', msg(`Plugin ${p.id}: chưa nạp plugin kế thừa "${p.successor}"`, `Plugin ${p.id}: its successor "${p.successor}" is not loaded`), { path: [p.id, 'successor'], value: p.successor });
      if (next.kind !== p.kind) throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${p.id}: plugin kế thừa "${next.id}" phải cùng loại (${p.kind})`, `Plugin ${p.id}: its successor "${next.id}" must be of the same kind (${p.kind})`), { path: [p.id, 'successor'], value: p.successor });
      const seen = new Set([p.id]);
      for (let q: Plugin | undefined = next; q?.successor; q = byId.get(q.successor)) {
        if (seen.has(q.id)) throw new TdktError('PLUGIN_INVALID', msg(`Chuỗi kế thừa bị vòng lặp tại "${q.id}"`, `The succession loops at "${q.id}"`), { path: [p.id, 'successor'], value: q.id });
        seen.add(q.id);
      }
    }
  }

  // Citations are frozen once checked: a rule pack's citations are data that never change after
  // loading (the explanation hash caches their canonical text).
  const checkCitations = (p: Plugin, cs: readonly Citation[], where: string) => {
    for (const c of cs) {
      Object.freeze(c);
      if (!documents.has(c.doc))
        throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${p.id}: trích dẫn văn bản không có trong danh mục "${c.doc}" (${where})`, `Plugin ${p.id}: citation names an unknown document "${c.doc}" (${where})`), { path: [p.id, where], value: c.doc });
    }
  };
  for (const p of plugins) {
    if (p.source) checkCitations(p, [p.source], 'source');
    for (const a of p.awards ?? []) checkCitations(p, [...a.citations, ...(a.delegated ? [a.delegated.citation] : []), ...(a.decidedBy ?? []).map((x) => x.citation)], `awards.${a.code}`);
    for (const r of p.rules ?? []) {
      checkCitations(p, collectCitations(r.criterion), `rules.${r.id}`);
      const owner = awards.get(r.award);
      if (!owner) throw new TdktError('UNKNOWN_AWARD', msg(`Plugin ${p.id}: quy tắc cho mã không tồn tại "${r.award}"`, `Plugin ${p.id}: rule for an unknown award "${r.award}"`), { path: [p.id, 'rules', r.id], value: r.award });
      if (owner.plugin.id !== p.id && !owner.def.delegated)
        throw new TdktError(
          'PLUGIN_RELAXES_NATIONAL_RULE',
          msg(`Plugin ${p.id} không được thêm trường hợp xét cho "${r.award}": tiêu chuẩn quốc gia không giao cho bộ, ngành, tỉnh quy định. Chỉ được thêm điều kiện (conditions).`, `Plugin ${p.id} may not add routes to "${r.award}": the national criteria are not delegated. Add conditions instead.`),
          { path: [p.id, 'rules', r.id], value: r.award },
        );
    }
    for (const c of p.conditions ?? []) {
      checkCitations(p, collectCitations(c.criterion), `conditions.${c.criterion.id}`);
      if (c.award !== '*' && !awards.has(c.award))
        throw new TdktError('UNKNOWN_AWARD', msg(`Plugin ${p.id}: điều kiện cho mã không có trong danh mục "${c.award}"`, `Plugin ${p.id}: a condition names an unknown award "${c.award}"`), { path: [p.id, 'conditions', c.criterion.id, 'award'], value: c.award });
    }
    for (const t of p.scoringTables ?? []) checkCitations(p, [t.source], `scoringTables.${t.id}`);
    for (const h of p.horizons ?? []) checkCitations(p, h.citations, `horizons.${h.id}`);
    for (const d of p.parameters ?? []) checkCitations(p, d.versions.map((v) => v.citation), `parameters.${d.id}`);
    for (const s of p.parameterValues ?? []) {
      checkCitations(p, [s.citation], `parameterValues.${s.id}`);
      checkSetting(p, s);
    }
  }

  // Two plugins that could apply to the same request (a province and a sector) must not change the
  // same thing: report the pair at load time.
  const overlaps = (a: { validFrom?: string; validTo?: string }, b: { validFrom?: string; validTo?: string }) => (a.validFrom ?? '0000') <= (b.validTo ?? '9999') && (b.validFrom ?? '0000') <= (a.validTo ?? '9999');
  const provinces = plugins.filter((p) => p.kind === 'province');
  const sectors = plugins.filter((p) => p.kind === 'sector');
  for (const a of provinces)
    for (const b of sectors) {
      if (a.emulationYear && b.emulationYear && overlaps(a, b))
        throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${a.id} và ${b.id} cùng quy định năm thi đua`, `Plugins ${a.id} and ${b.id} both set the emulation year`), { path: ['plugins', a.id, b.id, 'emulationYear'], value: [a.id, b.id] });
      for (const sa of a.parameterValues ?? [])
        for (const sb of b.parameterValues ?? [])
          if (sa.id === sb.id && overlaps({ validFrom: sa.validFrom ?? a.ownRulesFrom ?? a.validFrom, validTo: sa.validTo ?? a.validTo }, { validFrom: sb.validFrom ?? b.ownRulesFrom ?? b.validFrom, validTo: sb.validTo ?? b.validTo }))
            throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${a.id} và ${b.id} cùng đặt tham số "${sa.id}"`, `Plugins ${a.id} and ${b.id} both set parameter "${sa.id}"`), { path: ['plugins', a.id, b.id, sa.id], value: [a.id, b.id] });
      for (const ra of a.rules ?? [])
        for (const rb of b.rules ?? [])
          if (ra.award === rb.award && overlaps(ra, rb))
            throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${a.id} và ${b.id} cùng quy định tiêu chuẩn cho "${ra.award}"`, `Plugins ${a.id} and ${b.id} both set the criteria of "${ra.award}"`), { path: ['plugins', a.id, b.id, ra.award], value: [a.id, b.id] });
    }

  function checkSetting(p: Plugin, s: ParameterSetting) {
    const entry = params.get(s.id);
    if (!entry) throw new TdktError('UNKNOWN_PARAMETER', msg(`Plugin ${p.id}: tham số không được khai báo "${s.id}"`, `Plugin ${p.id}: parameter "${s.id}" is not declared by the national rules`), { path: [p.id, 'parameterValues', s.id], value: s.id });
    const d = entry.def;
    if (!d.delegable && p.kind !== 'national')
      throw new TdktError('PLUGIN_RELAXES_NATIONAL_RULE', msg(`Plugin ${p.id}: tham số "${s.id}" do văn bản quốc gia quy định, không được thay đổi`, `Plugin ${p.id}: parameter "${s.id}" is set by national law and cannot be changed`), { path: [p.id, 'parameterValues', s.id], value: s.value });
    const numeric = ['months', 'years', 'percent', 'count', 'VND', 'multiplier'].includes(d.unit);
    const typeOk = numeric ? typeof s.value === 'number' && Number.isFinite(s.value) : d.unit === 'boolean' ? typeof s.value === 'boolean' : d.unit === 'date' ? typeof s.value === 'string' && isIsoDate(s.value) : true;
    if (!typeOk)
      throw new TdktError('PARAMETER_OUT_OF_BOUNDS', msg(`Plugin ${p.id}: "${s.id}" cần giá trị kiểu ${d.unit}`, `Plugin ${p.id}: "${s.id}" needs a ${d.unit} value`), { path: [p.id, 'parameterValues', s.id], value: s.value });
    if (d.values && !d.values.includes(s.value))
      throw new TdktError('PARAMETER_OUT_OF_BOUNDS', msg(`Plugin ${p.id}: giá trị không cho phép cho "${s.id}"`, `Plugin ${p.id}: value not allowed for "${s.id}" (allowed: ${d.values.map(String).join(', ')})`), { path: [p.id, 'parameterValues', s.id], value: s.value });
    if (typeof s.value === 'number') {
      const { min, max } = d.bounds ?? {};
      if ((min !== undefined && s.value < min) || (max !== undefined && s.value > max))
        throw new TdktError('PARAMETER_OUT_OF_BOUNDS', msg(`Plugin ${p.id}: "${s.id}" = ${s.value} ngoài giới hạn [${min ?? '−∞'}, ${max ?? '∞'}]`, `Plugin ${p.id}: "${s.id}" = ${s.value} is outside [${min ?? '−∞'}, ${max ?? '∞'}]`), { path: [p.id, 'parameterValues', s.id], value: s.value });
      // Compare with every national version the setting could meet: an undated setting meets them all.
      const from = s.validFrom ?? p.ownRulesFrom ?? p.validFrom ?? '0000-01-01';
      const to = s.validTo ?? p.validTo ?? '9999-12-31';
      for (const v of d.versions) {
        if (!(v.validFrom <= to && (v.validTo ?? '9999-12-31') >= from) || typeof v.value !== 'number' || !d.tighten) continue;
        if (d.tighten === 'higher' ? s.value < v.value : s.value > v.value)
          throw new TdktError(
            'PLUGIN_RELAXES_NATIONAL_RULE',
            msg(`Plugin ${p.id} nới lỏng "${s.id}": ${s.value} so với mức quốc gia ${v.value} (từ ${v.validFrom})`, `Plugin ${p.id} relaxes "${s.id}": ${s.value} against the national ${v.value} (from ${v.validFrom})`),
            { path: [p.id, 'parameterValues', s.id], value: s.value },
          );
      }
    }
  }

  /** The plugins a request applies; a merged province's plugin hands over to its successor after `validTo`. */
  function applied(req: EvaluationRequest): { use: Plugin[]; handovers: { from: Plugin; to: Plugin }[] } {
    const out = [...nationals];
    const handovers: { from: Plugin; to: Plugin }[] = [];
    for (const [field, kind] of [['province', 'province'], ['sector', 'sector']] as const) {
      const id = req[field];
      if (!id) continue;
      let p = byId.get(id);
      if (!p || p.kind !== kind)
        throw new TdktError('UNKNOWN_PLUGIN', msg(`Không tìm thấy plugin ${kind === 'province' ? 'tỉnh' : 'ngành'} "${id}"`, `No ${kind} plugin with id "${id}" is loaded`), { path: [field], value: id });
      const seen = new Set<string>();
      while (p.validTo && req.asOf > p.validTo && p.successor && !seen.has(p.id)) {
        seen.add(p.id);
        const next = byId.get(p.successor);
        if (!next) throw new TdktError('UNKNOWN_PLUGIN', msg(`Plugin "${p.id}" hết hiệu lực từ ${p.validTo}; chưa nạp plugin kế thừa "${p.successor}"`, `Plugin "${p.id}" ended on ${p.validTo}; its successor "${p.successor}" is not loaded`), { path: [field], value: p.successor });
        handovers.push({ from: p, to: next });
        p = next;
      }
      out.push(p);
    }
    return { use: out, handovers };
  }

  /** Every award code in the facts must be known: a typo must not pass silently. */
  function checkCodes(req: EvaluationRequest): void {
    throwUnknownCodes(unknownAwardCodes(req.subject, (c) => awards.has(c), ['subject']));
  }

  /** Validates a request: schema, award codes, plugins applied, the award among them. */
  function validate(input: unknown): Validated {
    const req = parseWith(evaluationRequestSchema, input);
    checkCodes(req);
    const { use, handovers } = applied(req);
    const entry = awards.get(req.award);
    if (!entry || !use.includes(entry.plugin))
      throw new TdktError('UNKNOWN_AWARD', msg(`Mã danh hiệu/hình thức khen thưởng không có trong danh mục: "${req.award}"`, `Unknown award code: "${req.award}"`), { path: ['award'], value: req.award });
    return { req, use, handovers, award: entry.def };
  }

  // A prepared handle keeps its validated request and this engine's token in private fields: a
  // handle from another engine, a copy or a hand-made object is refused.
  const token = {};

  function prepare(input: unknown): PreparedRequest {
    const v = validate(input);
    return new PreparedHandle(deepFreeze(v.req), token, v);
  }

  function evaluatePrepared(prepared: PreparedRequest, options?: EvaluateOptions): Decision | BriefDecision {
    const v = PreparedHandle.open(prepared, token);
    if (!v) throw new TdktError('VALIDATION_FAILED', msg('Yêu cầu chưa được chuẩn bị bởi engine.prepare của bộ máy này', "The request was not made by this engine's prepare()"), { path: [], value: prepared });
    return run(v, explainOf(options));
  }

  function evaluate(input: unknown, options?: EvaluateOptions): Decision | BriefDecision {
    return run(validate(input), explainOf(options));
  }

  /** The date that selects the rules: the national plugin's `ruleDate(request)`, else `asOf`; a plugin that throws or gives no date is a typed error. */
  function ruleDateOf(req: EvaluationRequest): string {
    const national = nationals[0]!;
    let d: unknown;
    try {
      d = national.ruleDate?.(req) ?? req.asOf;
    } catch (e) {
      throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${national.id}: ruleDate lỗi: ${errorText(e)}`, `Plugin ${national.id}: ruleDate failed: ${errorText(e)}`), { path: [national.id, 'ruleDate'] });
    }
    if (typeof d !== 'string' || !isIsoDate(d))
      throw new TdktError('PLUGIN_INVALID', msg(`Plugin ${national.id}: ruleDate phải trả về một ngày YYYY-MM-DD`, `Plugin ${national.id}: ruleDate must return a date YYYY-MM-DD`), { path: [national.id, 'ruleDate'], value: d });
    return d;
  }

  /** Plans by award, period, dates and plugins applied (bounded: cleared when full). */
  const plans = new Map<string, EvalPlan>();
  const PLAN_CACHE_SIZE = 1_000;

  function planFor({ req, use, handovers, award }: Validated): EvalPlan {
    const ruleDate = ruleDateOf(req);
    const key = [req.award, req.period, req.asOf, ruleDate, use.map((p) => p.id).join(','), handovers.map((h) => `${h.from.id}>${h.to.id}`).join(',')].join('|');
    const cached = plans.get(key);
    if (cached) return cached;
    const yearRule = use.find((p) => p.emulationYear)?.emulationYear ?? CALENDAR_YEAR;
    const settings = new Map<string, { s: ParameterSetting; p: Plugin }>();
    for (const p of use) {
      if (p.kind === 'national') continue;
      if (!inWindow(req.asOf, p.validFrom, p.validTo)) continue;
      for (const s of p.parameterValues ?? []) {
        const from = s.validFrom ?? p.ownRulesFrom ?? p.validFrom;
        if (!inWindow(ruleDate, from, s.validTo)) continue;
        const prior = settings.get(s.id);
        if (prior)
          throw new TdktError('PLUGIN_CONFLICT', msg(`Plugin ${prior.p.id} và ${p.id} cùng đặt tham số "${s.id}"`, `Plugins ${prior.p.id} and ${p.id} both set parameter "${s.id}"`), { path: ['parameters', s.id], value: [prior.p.id, p.id] });
        settings.set(s.id, { s, p });
      }
    }

    const candidates = use
      .filter((p) => p.kind === 'national' || inWindow(req.asOf, p.validFrom, p.validTo))
      .flatMap((p) => (p.rules ?? []).filter((r) => r.award === req.award && inWindow(ruleDate, r.validFrom, r.validTo)).map((r) => ({ r, p })));
    // A plugin's rule for a delegated award is evaluated alongside the national rule, whose
    // delegated part then steps aside (ctx.delegatedTo) while its own checks still apply.
    const chosen = candidates;
    const delegatedTo = [...new Set(candidates.filter((c) => c.p.kind !== 'national').map((c) => c.p.id))];
    // Parameter values depend on the plan alone (its rule date and plugins): found once, frozen, shared.
    const paramValues = new Map<string, ParameterValue>();
    const param = <T,>(id: string): ParameterValue<T> => {
      let v = paramValues.get(id);
      if (!v) {
        v = Object.freeze(findParam(id));
        paramValues.set(id, v);
      }
      return v as ParameterValue<T>;
    };
    const findParam = (id: string): ParameterValue => {
      const set = settings.get(id);
      if (set) return { id, value: set.s.value, citation: set.s.citation, source: set.p.id };
      const e = params.get(id);
      if (!e) throw new TdktError('UNKNOWN_PARAMETER', msg(`Tham số không được khai báo "${id}"`, `Parameter "${id}" is not declared`), { value: id });
      const v = e.def.versions.find((x) => inWindow(ruleDate, x.validFrom, x.validTo));
      if (!v) return { id, value: null, citation: e.def.versions[e.def.versions.length - 1]!.citation, source: e.plugin.id };
      return { id, value: v.value, citation: v.citation, source: e.plugin.id };
    };

    const parts: Criterion[] = [];
    const forThisKind: LeafResult = Object.freeze({ outcome: 'eligible', trivial: true, message: msg(`${award.nameVi} xét cho đối tượng này`, `${award.nameEn} is for this kind of subject`) });
    parts.push(
      criterion({
        id: 'engine.subject-kind',
        text: msg('Đối tượng được xét tặng', 'Subject the award is for'),
        citations: award.citations.slice(0, 1),
        test: (c) =>
          award.subjectKinds.includes(c.request.subject.kind)
            ? forThisKind
            : { outcome: 'ineligible', message: () => msg(`${award.nameVi} không xét tặng cho ${kindVi(c.request.subject.kind)}`, `${award.nameEn} is not awarded to a ${c.request.subject.kind}`) },
      }),
    );
    for (const h of handovers)
      parts.push(
        criterion({
          id: 'engine.plugin-successor',
          text: msg('Quy định địa phương áp dụng', 'Local rules applied'),
          citations: h.to.source ? [h.to.source] : award.citations.slice(0, 1),
          test: () => ({ outcome: 'eligible', trivial: true, message: () => msg(`Quy định của "${h.from.id}" hết hiệu lực từ sau ngày ${h.from.validTo}; áp dụng quy định của "${h.to.id}" (đơn vị kế thừa)`, `The rules of "${h.from.id}" ended on ${h.from.validTo}; the successor "${h.to.id}" applies`) }),
        }),
      );
    if (!inWindow(req.asOf, award.validFrom, award.validTo))
      parts.push(
        criterion({
          id: 'engine.award-in-force',
          text: msg('Danh hiệu/hình thức còn hiệu lực', 'The award exists on the date'),
          citations: award.citations.slice(0, 1),
          test: (c) =>
            award.validTo && c.asOf > award.validTo
              ? { outcome: 'ineligible', message: () => msg(`${award.nameVi} không còn trong quy định từ sau ngày ${award.validTo}`, `${award.nameEn} no longer exists after ${award.validTo}`) }
              : { outcome: 'needs-review', missing: ['rules before the covered period'], message: () => msg(`Quy định về ${award.nameVi} trước ngày ${award.validFrom} chưa được đưa vào bộ quy tắc`, `The rules on ${award.nameEn} before ${award.validFrom} are not encoded`) },
        }),
      );
    let ruleId: string | undefined;
    if (chosen.length) {
      ruleId = chosen.map((c) => c.r.id).join('+');
      parts.push(...chosen.map((c) => guarded(c.p, c.r.criterion)));
    } else {
      parts.push(
        criterion({
          id: 'engine.no-rule',
          text: msg('Tiêu chuẩn xét tặng', 'Criteria of the award'),
          citations: award.delegated ? [award.delegated.citation] : award.citations,
          test: () => {
            const to = award.delegated?.to;
            return to
              ? { outcome: 'needs-review', missing: [to.en], message: () => msg(`Tiêu chuẩn do ${to.vi} quy định; chưa nạp quy định đó`, `The criteria are set by ${to.en}; no such rule is loaded`) }
              : { outcome: 'needs-review', missing: ['encoded criteria'], message: () => msg(`Tiêu chuẩn của ${award.nameVi} chưa được đưa vào bộ quy tắc vào ngày ${ruleDate}`, `The criteria of ${award.nameEn} on ${ruleDate} are not encoded`) };
          },
        }),
      );
    }
    for (const p of use)
      for (const c of p.conditions ?? []) {
        if ((c.award !== req.award && c.award !== '*') || !inWindow(ruleDate, c.validFrom, c.validTo)) continue;
        if (p.kind !== 'national' && !inWindow(req.asOf, p.validFrom, p.validTo)) continue;
        parts.push(guarded(p, c.criterion));
      }

    const root = allOf({ id: `award.${req.award}`, text: msg(`Xét tặng ${award.nameVi} năm ${req.period}`, `${award.nameEn} for ${req.period}`), citations: award.citations }, parts);
    // Emulation years are asked for again and again (the period, the years of a chain): computed once each.
    const years = new Map<number, DateRange>();
    const emulationYear = (y: number): DateRange => {
      let r = years.get(y);
      if (!r) {
        r = Object.freeze(emulationYearRange(y, yearRule));
        years.set(y, r);
      }
      return r;
    };
    const plan: EvalPlan = { root, rootOutcome: outcomeFunction(root), ruleId, ruleDate, rulePacks: use.map((p) => ({ id: p.id, version: p.version })), pluginIds: use.map((p) => p.id), delegatedTo, param, emulationYear };
    if (plans.size >= PLAN_CACHE_SIZE) plans.clear();
    plans.set(key, plan);
    return plan;
  }

  /** Evaluates a validated request; `explain: false` skips summaries, decisive marks and the hash. */
  function run(v: Validated, explain: boolean): Decision | BriefDecision {
    const { req, use } = v;
    const plan = (v.plan ??= planFor(v));
    const { ruleDate, rulePacks } = plan;
    const submittedOn = req.submittedOn ?? req.asOf;
    const ctx: EvalContext = {
      request: req,
      ruleDate,
      asOf: req.asOf,
      submittedOn,
      period: req.period,
      history: new SubjectHistory(req.subject, req.period),
      documents,
      plugins: plan.pluginIds,
      delegatedTo: plan.delegatedTo,
      explain,
      emulationYear: plan.emulationYear,
      param: plan.param,
    };
    // Horizons past which the encoded rules may no longer hold: each one reached gates the outcome.
    // (None, usually: the list is made only when one is reached.)
    let reached: { h: NonNullable<Plugin['horizons']>[number]; date: string }[] | undefined;
    for (const p of use)
      for (const h of p.horizons ?? []) {
        const date = h.keyOn === 'asOf' ? req.asOf : submittedOn;
        if (date >= h.from) (reached ??= []).push({ h, date });
      }
    if (!explain) {
      // Outcome only: no explanation node, message or evidence is built.
      return briefOf(req, reached ? 'needs-review' : plan.rootOutcome(ctx), plan);
    }
    let root = plan.root.evaluate(ctx);
    for (const { h, date } of reached ?? [])
      root = {
        id: `horizon.${h.id}`,
        outcome: 'needs-review',
        kind: 'gate',
        text: h.message,
        message: msg(`${h.message.vi}. Kết quả tạm theo quy định trước đó: ${outcomeVi(root.outcome)}`, `${h.message.en}. Provisional outcome under the previous rules: ${root.outcome}`),
        citations: h.citations,
        evidence: [{ kind: 'fact', ref: h.keyOn, detail: { date, from: h.from } }],
        children: [root],
        missing: ['rules in force on the date'],
      };
    markDecisive(root);
    return { ...briefOf(req, root.outcome, plan), explanation: root, hash: explanationHash(root, rulePacks) };
  }

  function briefOf(req: EvaluationRequest, outcome: Outcome, { ruleId, ruleDate, rulePacks }: EvalPlan): BriefDecision {
    const s = req.subject;
    const subject: BriefDecision['subject'] = { kind: s.kind };
    if (s.id) subject.id = s.id;
    if (s.name) subject.name = s.name;
    if (s.unit) subject.unit = s.unit;
    const packs = rulePacks.map((p) => ({ id: p.id, version: p.version }));
    return ruleId ? { award: req.award, period: req.period, asOf: req.asOf, subject, outcome, ruleId, ruleDate, rulePacks: packs } : { award: req.award, period: req.period, asOf: req.asOf, subject, outcome, ruleDate, rulePacks: packs };
  }

  function catalog(asOf?: string): CatalogEntry[] {
    if (asOf !== undefined && !isIsoDate(asOf)) throw new TdktError('VALIDATION_FAILED', msg(`Ngày không hợp lệ (YYYY-MM-DD): ${String(asOf)}`, `Invalid date (YYYY-MM-DD): ${String(asOf)}`), { path: ['asOf'], value: asOf });
    const out: CatalogEntry[] = [];
    for (const p of plugins)
      for (const a of p.awards ?? []) {
        if (asOf !== undefined && !inWindow(asOf, a.validFrom, a.validTo)) continue;
        out.push({ code: a.code, nameVi: a.nameVi, nameEn: a.nameEn, kind: a.kind, form: a.form, subjectKinds: a.subjectKinds, citations: a.citations, validFrom: a.validFrom, validTo: a.validTo ?? null, delegated: Boolean(a.delegated), types: a.types ?? [], plugin: p.id });
      }
    return out;
  }

  return {
    evaluate: evaluate as Engine['evaluate'],
    prepare,
    evaluatePrepared: evaluatePrepared as Engine['evaluatePrepared'],
    catalog,
    documents,
    plugins,
    plugin: (id) => byId.get(id),
    award: (code) => awards.get(code)?.def,
    parameters: () => [...params.values()].map((e) => e.def),
    rules: () => plugins.flatMap((p) => (p.rules ?? []).map((r) => ({ ...r, plugin: p.id }))),
  };
}

/** What evaluating an award needs that does not depend on the subject: the plan of a request. */
interface EvalPlan {
  /** The root's outcome alone (explanations off). */
  rootOutcome: (ctx: EvalContext) => Outcome;
  root: Criterion;
  ruleId: string | undefined;
  ruleDate: string;
  rulePacks: { id: string; version: string }[];
  pluginIds: string[];
  delegatedTo: string[];
  param: EvalContext['param'];
  emulationYear: EvalContext['emulationYear'];
}

/**
 * A prepared request: the frozen request, and — in private fields no caller can reach or forge —
 * its validated form and the token of the engine that made it.
 */
class PreparedHandle implements PreparedRequest {
  readonly request: Readonly<EvaluationRequest>;
  readonly #token: object;
  readonly #validated: Validated;

  constructor(request: Readonly<EvaluationRequest>, token: object, validated: Validated) {
    this.request = request;
    this.#token = token;
    this.#validated = validated;
    Object.freeze(this);
  }

  /** The validated form of `p` when this engine (`token`) prepared it. */
  static open(p: unknown, token: object): Validated | undefined {
    // `#token in p` is a brand check: no getter or proxy trap of `p` runs.
    return typeof p === 'object' && p !== null && #token in p && p.#token === token ? p.#validated : undefined;
  }
}

/** A request that passed validation, with the plugins it applies and its award. */
interface Validated {
  req: EvaluationRequest;
  use: Plugin[];
  handovers: { from: Plugin; to: Plugin }[];
  award: AwardDefinition;
  /** The evaluation plan, found on the first evaluation (it depends on the request alone). */
  plan?: EvalPlan;
}

/** `options.explain`, read once; options that cannot be read are a typed error. */
function explainOf(options: EvaluateOptions | undefined): boolean {
  try {
    return options?.explain !== false;
  } catch (e) {
    throw new TdktError('VALIDATION_FAILED', msg(`Không đọc được tùy chọn: ${errorText(e)}`, `The options cannot be read: ${errorText(e)}`), { path: ['options'] });
  }
}

/** Freezes a parsed request and everything in it (plain JSON data from zod). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Wraps a plugin's criterion so that an exception becomes a needs-review node naming the plugin. */
function guarded(p: Plugin, c: Criterion): Criterion {
  const g: Criterion = {
    ...c,
    evaluate(ctx) {
      let n: Explanation;
      try {
        n = c.evaluate(ctx);
      } catch (err) {
        return failedNode(c, msg(`Lỗi khi chạy điều kiện của plugin ${p.id}: ${errorText(err)}`, `Plugin ${p.id} failed while evaluating: ${errorText(err)}`), [`plugin ${p.id}`]);
      }
      return checkedNode(c, n);
    },
  };
  return withOutcome(g, outcomeFunction(c));
}

function kindVi(k: string): string {
  return k === 'individual' ? 'cá nhân' : k === 'collective' ? 'tập thể' : 'hộ gia đình';
}

/** Vietnamese label of an outcome. */
export function outcomeVi(o: Outcome): string {
  return o === 'eligible' ? 'đủ điều kiện' : o === 'ineligible' ? 'không đủ điều kiện' : 'cần xem xét';
}
