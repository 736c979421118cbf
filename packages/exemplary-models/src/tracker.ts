import { TdktError, msg, parseWith, type UnitRegistry } from '@tdkt/core';
import { STAGES, STAGE_NAMES, activitySchema, exemplarSchema, movementSchema, planSchema, replicationSchema, type Activity, type Exemplar, type Field, type Movement, type Plan, type Replication, type Stage } from './model.js';

const fail = (path: (string | number)[], value: unknown, vi: string, en: string) => new TdktError('VALIDATION_FAILED', msg(vi, en), { path, value });

/** The replication tree of a model: the units that adopted it, each with those that adopted it from them. */
export interface ReplicationNode {
  unit: string;
  date?: string;
  result?: string;
  children: ReplicationNode[];
}

/** Progress of a unit's plan (its unit subtree counted), per target. */
export interface PlanProgress {
  unit: string;
  models: { field: Field; target: number; actual: number }[];
  activities: { form: string; target: number; actual: number }[];
  replications: { target: number; actual: number };
}

/** Every record a tracker holds, as plain data: what a store persists and restores. */
export interface TrackerSnapshot {
  movements: Movement[];
  plans: Plan[];
  models: Exemplar[];
  activities: Activity[];
  replications: Replication[];
}

/**
 * Keeps the exemplary models of a plan period: movements, models and their stages, propagation
 * activities, replications and plans; checks every record against the unit tree and the plan; a
 * rejected record leaves everything as it was.
 */
export class ExemplaryTracker {
  private readonly movements = new Map<string, Movement>();
  private readonly models = new Map<string, Exemplar>();
  private readonly activities: Activity[] = [];
  private readonly replications: Replication[] = [];
  private readonly plans: Plan[] = [];

  constructor(readonly units: UnitRegistry) {}

  /**
   * A tracker holding `snapshot`'s records as they are (each parsed with its schema, not checked
   * against the others again: they were checked when recorded), e.g. records read from storage.
   *
   * @throws TdktError `VALIDATION_FAILED` for a malformed record (path `[kind, index]`).
   */
  static restore(units: UnitRegistry, snapshot: TrackerSnapshot): ExemplaryTracker {
    const t = new ExemplaryTracker(units);
    snapshot.movements.forEach((m, i) => t.movements.set(m.id, parseWith(movementSchema, m, ['movements', i])));
    snapshot.plans.forEach((p, i) => t.plans.push(parseWith(planSchema, p, ['plans', i])));
    snapshot.models.forEach((m, i) => t.models.set(m.id, parseWith(exemplarSchema, m, ['models', i])));
    snapshot.activities.forEach((a, i) => t.activities.push(parseWith(activitySchema, a, ['activities', i])));
    snapshot.replications.forEach((r, i) => t.replications.push(parseWith(replicationSchema, r, ['replications', i])));
    return t;
  }

  /** Copies of every record, in the order they were recorded (or restored). */
  snapshot(): TrackerSnapshot {
    return structuredClone({ movements: [...this.movements.values()], plans: this.plans, models: [...this.models.values()], activities: this.activities, replications: this.replications });
  }

  private unit(id: string, path: (string | number)[], date?: string): void {
    if (!this.units.units.has(id) || (date !== undefined && !this.units.activeOn(id, date))) throw fail(path, id, `Đơn vị không tồn tại${date ? ` vào ngày ${date}` : ''}: ${id}`, `No such unit${date ? ` on ${date}` : ''}: ${id}`);
  }

  /** Adds a movement. @throws TdktError on bad input. */
  addMovement(input: unknown): Movement {
    const m = parseWith(movementSchema, input, ['movement']);
    this.movements.set(m.id, m);
    return m;
  }

  /** Adds a model; its stages must be in order and dated forward. @throws TdktError naming the record. */
  addModel(input: unknown): Exemplar {
    const m = parseWith(exemplarSchema, input, ['model']);
    if (this.models.has(m.id)) throw fail(['model', 'id'], m.id, `Mô hình ${m.id} đã có`, `Model ${m.id} already exists`);
    if (!this.movements.has(m.movement)) throw fail(['model', 'movement'], m.movement, `Phong trào không tồn tại: ${m.movement}`, `No such movement: ${m.movement}`);
    this.unit(m.unit, ['model', 'unit'], m.stages[0]!.date);
    m.stages.forEach((s, i) => this.checkNext(m, i === 0 ? undefined : m.stages[i - 1], s.stage, s.date, ['model', 'stages', i]));
    this.models.set(m.id, m);
    return m;
  }

  private checkNext(m: { id: string }, last: { stage: Stage; date: string } | undefined, stage: Stage, date: string, path: (string | number)[]): void {
    const expected = last ? STAGES[STAGES.indexOf(last.stage) + 1] : 'phat-hien';
    if (stage !== expected)
      throw fail(path, stage, `Mô hình ${m.id}: không thể chuyển sang "${STAGE_NAMES[stage].vi}"${expected ? `; bước tiếp theo là "${STAGE_NAMES[expected].vi}"` : ''}`, `Model ${m.id}: cannot move to "${STAGE_NAMES[stage].en}"${expected ? `; the next stage is "${STAGE_NAMES[expected].en}"` : ''}`);
    if (last && date < last.date) throw fail(path, date, `Mô hình ${m.id}: ngày ${date} trước bước trước (${last.date})`, `Model ${m.id}: ${date} is before the previous stage (${last.date})`);
  }

  /** Moves a model to its next stage. @throws TdktError when out of order. */
  advance(id: string, stage: Stage, date: string, actor?: string): Exemplar {
    const m = this.models.get(id);
    if (!m) throw fail(['model'], id, `Không có mô hình ${id}`, `No model ${id}`);
    this.checkNext(m, m.stages.at(-1), stage, date, ['model', id, 'stage']);
    m.stages.push({ stage, date, ...(actor ? { actor } : {}) });
    return m;
  }

  /** The model's current stage. */
  stageOf(id: string): Stage | undefined {
    return this.models.get(id)?.stages.at(-1)?.stage;
  }

  /** A model by id. */
  model(id: string): Exemplar | undefined {
    return this.models.get(id);
  }

  /** A movement by id. */
  movement(id: string): Movement | undefined {
    return this.movements.get(id);
  }

  /** Adds a plan. @throws TdktError on bad input or an unknown unit. */
  addPlan(input: unknown): Plan {
    const p = parseWith(planSchema, input, ['plan']);
    if (p.to < p.from) throw fail(['plan', 'to'], p.to, 'Kế hoạch kết thúc trước khi bắt đầu', 'The plan ends before it starts');
    this.unit(p.unit, ['plan', 'unit']);
    if (this.plans.some((q) => q.unit === p.unit && q.from === p.from && q.to === p.to)) throw fail(['plan'], p.unit, `Đơn vị ${p.unit} đã có kế hoạch ${p.from}–${p.to}`, `Unit ${p.unit} already has a plan for ${p.from}–${p.to}`);
    this.plans.push(p);
    return p;
  }

  /** Records a propagation activity: dated inside a plan of its unit (or an ancestor), featuring known models. */
  addActivity(input: unknown): Activity {
    const a = parseWith(activitySchema, input, ['activity']);
    if (this.activities.some((x) => x.id === a.id)) throw fail(['activity', 'id'], a.id, `Hoạt động ${a.id} đã có`, `Activity ${a.id} already exists`);
    this.unit(a.unit, ['activity', 'unit']);
    a.models.forEach((id, i) => {
      if (!this.models.has(id)) throw fail(['activity', 'models', i], id, `Hoạt động ${a.id}: không có mô hình ${id}`, `Activity ${a.id}: no model ${id}`);
    });
    const plan = this.plans.find((p) => this.within(a.unit, p.unit));
    if (plan && (a.date < plan.from || a.date > plan.to)) throw fail(['activity', 'date'], a.date, `Hoạt động ${a.id} ngày ${a.date} nằm ngoài kế hoạch ${plan.from}–${plan.to}`, `Activity ${a.id} on ${a.date} is outside the plan ${plan.from}–${plan.to}`);
    this.activities.push(a);
    return a;
  }

  /** Records a replication into an existing unit, of a model that has been selected. */
  addReplication(input: unknown): Replication {
    const r = parseWith(replicationSchema, input, ['replication']);
    const m = this.models.get(r.model);
    if (!m) throw fail(['replication', 'model'], r.model, `Không có mô hình ${r.model}`, `No model ${r.model}`);
    this.unit(r.unit, ['replication', 'unit'], r.date);
    if (r.fromUnit) this.unit(r.fromUnit, ['replication', 'fromUnit']);
    const at = STAGES.indexOf(m.stages.at(-1)!.stage);
    if (at < STAGES.indexOf('binh-chon-gioi-thieu')) throw fail(['replication', 'model'], r.model, `Mô hình ${r.model} chưa được bình chọn, giới thiệu để nhân rộng`, `Model ${r.model} has not been selected and presented for replication`);
    if (this.replications.some((x) => x.model === r.model && x.unit === r.unit && x.date === r.date)) throw fail(['replication'], r.unit, `Mô hình ${r.model} đã được ghi nhân rộng tại ${r.unit} ngày ${r.date}`, `Model ${r.model} is already recorded as replicated in ${r.unit} on ${r.date}`);
    this.replications.push(r);
    return r;
  }

  /** The replication tree of a model, rooted at its discovering unit. */
  replicationTree(id: string): ReplicationNode {
    const m = this.models.get(id);
    if (!m) throw fail(['model'], id, `Không có mô hình ${id}`, `No model ${id}`);
    const rs = this.replications.filter((r) => r.model === id).sort((a, b) => (a.date < b.date ? -1 : 1));
    const build = (unit: string, seen: Set<string>): ReplicationNode[] =>
      rs.filter((r) => (r.fromUnit ?? m.unit) === unit && !seen.has(r.unit)).map((r) => ({ unit: r.unit, date: r.date, ...(r.result ? { result: r.result } : {}), children: build(r.unit, new Set([...seen, r.unit])) }));
    return { unit: m.unit, children: build(m.unit, new Set([m.unit])) };
  }

  /** True when `unit` lies under `ancestor` in the unit tree, following reorganisations (a former Quảng Nam unit lies under Đà Nẵng after the 2025 merger). */
  private within(unit: string, ancestor: string, seen: Set<string> = new Set()): boolean {
    for (let u: string | undefined = unit; u && !seen.has(u); u = this.units.units.get(u)?.parent) {
      if (u === ancestor) return true;
      seen.add(u);
      for (const next of this.units.successors(u, '9999-12-31')) if (next !== u && this.within(next, ancestor, seen)) return true;
    }
    return false;
  }

  /** Progress against the plan of `unit`, rolled up over its unit subtree. */
  progress(unit: string): PlanProgress {
    const { plan, models, activities: acts, replications } = this.scope(unit);
    const fields = new Set<Field>([...(Object.keys(plan.targets.modelsByField) as Field[]), ...models.map((m) => m.field)]);
    const forms = new Set([...Object.keys(plan.targets.activitiesByForm), ...acts.map((a) => a.form)]);
    return {
      unit,
      models: [...fields].map((field) => ({ field, target: plan.targets.modelsByField[field] ?? 0, actual: models.filter((m) => m.field === field).length })),
      activities: [...forms].map((form) => ({ form, target: (plan.targets.activitiesByForm as Record<string, number>)[form] ?? 0, actual: acts.filter((a) => a.form === form).length })),
      replications: { target: plan.targets.replications, actual: replications.length },
    };
  }

  /**
   * The records that count for the plan of `unit`: models discovered, activities held and
   * replications made in its period, in its unit subtree (following reorganisations).
   *
   * @throws TdktError `VALIDATION_FAILED` when the unit has no plan.
   */
  scope(unit: string): { plan: Plan; models: Exemplar[]; activities: Activity[]; replications: Replication[] } {
    const plan = this.plans.find((p) => p.unit === unit);
    if (!plan) throw fail(['plan'], unit, `Đơn vị ${unit} chưa có kế hoạch`, `Unit ${unit} has no plan`);
    const inPlan = (d: string) => d >= plan.from && d <= plan.to;
    return {
      plan,
      models: [...this.models.values()].filter((m) => this.within(m.unit, unit) && inPlan(m.stages[0]!.date)),
      activities: this.activities.filter((a) => this.within(a.unit, unit) && inPlan(a.date)),
      replications: this.replications.filter((r) => this.within(r.unit, unit) && inPlan(r.date)),
    };
  }

  /** Every model, in insertion order. */
  all(): Exemplar[] {
    return [...this.models.values()];
  }
}
