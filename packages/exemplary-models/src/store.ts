import { TdktError, msg, staleWrite, type ExemplaryRecord, type Storage, type StorageSession, type Stored, type WriteContext } from '@tdkt/core';
import type { Activity, Exemplar, Movement, Plan, Replication, Stage } from './model.js';
import { ExemplaryTracker, type TrackerSnapshot } from './tracker.js';

/** The kinds of record an exemplary store keeps, with the id each is stored under. */
export const RECORD_KINDS = {
  movement: (m: Movement) => `movement:${m.id}`,
  plan: (p: Plan) => `plan:${p.unit}:${p.from}:${p.to}`,
  model: (m: Exemplar) => `model:${m.id}`,
  activity: (a: Activity) => `activity:${a.id}`,
  replication: (r: Replication) => `replication:${r.model}:${r.unit}:${r.date}`,
} as const;
/** A record kind of {@link RECORD_KINDS}. */
export type RecordKind = keyof typeof RECORD_KINDS;

const SNAPSHOT_KEY: Record<RecordKind, keyof TrackerSnapshot> = { movement: 'movements', plan: 'plans', model: 'models', activity: 'activities', replication: 'replications' };

/** The records of a snapshot as the port stores them (`exemplary` collection), in snapshot order. */
export function snapshotRecords(s: TrackerSnapshot): ExemplaryRecord[] {
  return (Object.keys(RECORD_KINDS) as RecordKind[]).flatMap((kind) =>
    (s[SNAPSHOT_KEY[kind]] as Record<string, unknown>[]).map((data) => ({ id: (RECORD_KINDS[kind] as (d: unknown) => string)(data), kind, data })),
  );
}

/** What {@link ExemplaryStore.edit} wrote. */
export interface EditResult<T> {
  /** What the edit function returned. */
  value: T;
  /** Ids of the records created and updated (e.g. `model:dhtt-001`). */
  created: string[];
  updated: string[];
}

/** Options of {@link ExemplaryStore.edit}. */
export interface EditOptions {
  /**
   * Versions the caller read earlier (record id → version, from {@link ExemplaryStore.versions}):
   * a record written since fails the edit with `STALE_WRITE` (optimistic concurrency across
   * transactions; inside one transaction the port's compare-and-set already guards each write).
   */
  expectedVersions?: Record<string, number>;
}

/** A loaded tracker with the stored version of each record. */
interface Loaded {
  tracker: ExemplaryTracker;
  versions: Map<string, { version: number; json: string }>;
}

async function loadIn(session: StorageSession): Promise<Loaded> {
  const rows: Stored<ExemplaryRecord>[] = await session.exemplary.list();
  const snapshot: TrackerSnapshot = { movements: [], plans: [], models: [], activities: [], replications: [] };
  for (const r of rows) {
    const key = SNAPSHOT_KEY[r.data.kind as RecordKind];
    if (!key) throw new TdktError('VALIDATION_FAILED', msg(`Bản ghi ${r.id} có loại không biết: ${r.data.kind}`, `Record ${r.id} has an unknown kind: ${r.data.kind}`), { path: ['exemplary', r.id, 'kind'], value: r.data.kind });
    (snapshot[key] as unknown[]).push(r.data.data);
  }
  let tracker: ExemplaryTracker;
  try {
    tracker = ExemplaryTracker.restore(await session.unitRegistry(), snapshot);
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    throw new TdktError('VALIDATION_FAILED', msg(`Dữ liệu điển hình tiên tiến đã lưu không hợp lệ: ${e.messages.vi}`, `Stored exemplary-model data is invalid: ${e.messages.en}`), { path: ['exemplary', ...(e.path ?? [])], value: e.value, cause: e });
  }
  const versions = new Map(rows.map((r) => [r.id, { version: r.version, json: JSON.stringify(r.data) }]));
  return { tracker, versions };
}

/**
 * Keeps the records of exemplary-model plans — movements, plans, models with their stage history,
 * propagation activities and replications — in a tdkt storage (memory, SQLite, PostgreSQL) through
 * the port's `exemplary` collection: versioned, audited, and validated by the same
 * {@link ExemplaryTracker} checks as in memory, against the units (and lineage) stored in the same
 * storage.
 *
 * Every write runs in one transaction: the stored records and units are read, the change is
 * checked, and the records it creates or changes are written; a change that fails a check (a stage
 * out of order, an activity dated outside its plan, a replication into a unit that does not
 * exist) throws a typed error naming the record and writes nothing. A write reads the plan's
 * records once: batch many changes into one {@link ExemplaryStore.edit}.
 */
export interface ExemplaryStore {
  /** The stored records as a tracker (units and lineage from the same storage). @throws TdktError for malformed stored data. */
  load(): Promise<ExemplaryTracker>;
  /** Record id → stored version, for {@link EditOptions.expectedVersions}. */
  versions(): Promise<Record<string, number>>;
  /**
   * Runs `fn` on the stored tracker in one transaction and writes the records it added or changed
   * (audited with `w.actor`). When `fn` throws, or a write fails, nothing is written and the error
   * is rethrown as is.
   *
   * @throws TdktError from the tracker's checks; StorageError `STALE_WRITE` when a record changed
   * since `expectedVersions` (or concurrently), `DUPLICATE` on a concurrent create.
   */
  edit<T>(fn: (t: ExemplaryTracker) => T, w: WriteContext, options?: EditOptions): Promise<EditResult<T>>;
  /** Adds a movement (one transaction). */
  addMovement(input: unknown, w: WriteContext): Promise<Movement>;
  /** Adds a plan of a stored unit. */
  addPlan(input: unknown, w: WriteContext): Promise<Plan>;
  /** Adds a model; its stages must be in order. */
  addModel(input: unknown, w: WriteContext): Promise<Exemplar>;
  /** Moves a model to its next stage (the stored model is updated at its version). */
  advance(id: string, stage: Stage, date: string, w: WriteContext, options?: EditOptions & { actor?: string }): Promise<Exemplar>;
  /** Records a propagation activity dated inside its plan. */
  addActivity(input: unknown, w: WriteContext): Promise<Activity>;
  /** Records a replication into a stored unit. */
  addReplication(input: unknown, w: WriteContext): Promise<Replication>;
}

/**
 * An {@link ExemplaryStore} over a storage (each write in its own transaction), or over the
 * session of a transaction the caller opened (`storage.transaction((s) => …exemplaryStore(s)…)`),
 * to write the plan together with other records (units, lineage) all or nothing.
 *
 * @example
 * const store = exemplaryStore(sqliteStorage({ file: 'out/tdkt.sqlite' }));
 * await store.addModel({ id: 'htx-tra-que', … , stages: [{ stage: 'phat-hien', date: '2022-03-01' }] }, { actor: 'ban-tdkt' });
 * await store.advance('htx-tra-que', 'xay-dung-boi-duong', '2022-09-01', { actor: 'ban-tdkt' });
 * const tracker = await store.load(); // progress, replication trees, proposals
 */
export function exemplaryStore(storage: StorageSession & Partial<Pick<Storage, 'transaction'>>): ExemplaryStore {
  // A Storage opens a transaction per call; a session (inside the caller's transaction) is used as is.
  const inTx = <T>(fn: (s: StorageSession) => Promise<T>): Promise<T> => (storage.transaction ? storage.transaction(fn) : fn(storage));
  const edit: ExemplaryStore['edit'] = (fn, w, options = {}) =>
    inTx(async (session) => {
      const { tracker, versions } = await loadIn(session);
      for (const [id, expected] of Object.entries(options.expectedVersions ?? {})) {
        const cur = versions.get(id)?.version;
        if (cur !== expected) throw staleWrite('exemplary', id, expected, cur);
      }
      const value = fn(tracker);
      const created: string[] = [];
      const updated: string[] = [];
      for (const r of snapshotRecords(tracker.snapshot())) {
        const before = versions.get(r.id);
        if (!before) {
          await session.exemplary.create(r, w);
          created.push(r.id);
        } else if (before.json !== JSON.stringify(r)) {
          await session.exemplary.update(r, before.version, w);
          updated.push(r.id);
        }
      }
      return { value, created, updated };
    });
  const one = async <T>(fn: (t: ExemplaryTracker) => T, w: WriteContext, options?: EditOptions): Promise<T> => (await edit(fn, w, options)).value;
  return {
    load: () => inTx(async (s) => (await loadIn(s)).tracker),
    versions: async () => Object.fromEntries((await storage.exemplary.list()).map((r) => [r.id, r.version])),
    edit,
    addMovement: (input, w) => one((t) => t.addMovement(input), w),
    addPlan: (input, w) => one((t) => t.addPlan(input), w),
    addModel: (input, w) => one((t) => t.addModel(input), w),
    advance: (id, stage, date, w, options = {}) => one((t) => t.advance(id, stage, date, options.actor), w, options),
    addActivity: (input, w) => one((t) => t.addActivity(input), w),
    addReplication: (input, w) => one((t) => t.addReplication(input), w),
  };
}
