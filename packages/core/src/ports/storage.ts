import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { TdktError, parseWith } from '../errors.js';
import { msg } from '../i18n.js';
import { awardCodeSchema, outcomeSchema } from '../model/codes.js';
import { subjectSchema, type Subject, type SubjectInput } from '../model/subject.js';
import { UnitRegistry, lineageEventSchema, unitSchema, type LineageEvent, type Unit } from '../model/unit.js';
import type { Decision } from '../engine/engine.js';
import { proposalSchema, type Proposal, type ProposalInput } from '../workflow/proposal.js';
import { StorageError, driverFailed, duplicate, notFound, staleWrite } from './storage-errors.js';
import { putManyIn, validateRows, type PutManyOptions, type PutManyResult, type StorageDriverBulk, type Validated } from './storage-bulk.js';

// ---------------------------------------------------------------------------------------------
// The driver: what an adapter implements (a few methods over JSON text, like unstorage's drivers)
// ---------------------------------------------------------------------------------------------

/**
 * The versioned collections of the port. `decisions` is only ever inserted into (append-only);
 * `exemplary` holds the records of exemplary-model plans (see {@link exemplaryRecordSchema}).
 */
export type CollectionName = 'units' | 'subjects' | 'proposals' | 'decisions' | 'imports' | 'exemplary';
/** The append-only logs of the port. */
export type LogName = 'lineage' | 'decision-events' | 'audit';

/** A record as a driver stores it: the data is JSON text, stored and returned byte for byte. */
export interface RawRecord {
  id: string;
  /** 1 on insert, +1 on every update. */
  version: number;
  /** ISO timestamp of the last write. */
  updatedAt: string;
  /** JSON text. */
  data: string;
}

/** An entry of an append-only log as a driver stores it. */
export interface RawLogEntry {
  /** Increasing sequence number given by the driver. */
  seq: number;
  /** What the entry is about (a decision id, a unit id, `collection/id` for audit). */
  ref: string;
  at: string;
  /** JSON text. */
  data: string;
}

/**
 * The operations a driver offers inside one transaction. The bulk operations of
 * {@link StorageDriverBulk} are optional: without them the port loops over the one-row ones.
 */
export interface StorageDriverTx extends Partial<StorageDriverBulk> {
  /** The record, or `undefined`. */
  get(collection: CollectionName, id: string): Promise<RawRecord | undefined>;
  /** Every record of the collection, ordered by id. */
  list(collection: CollectionName): Promise<RawRecord[]>;
  /** Inserts the record; `false` (and nothing written) when the id exists. */
  insert(collection: CollectionName, record: RawRecord): Promise<boolean>;
  /**
   * Replaces the data of the record at `expectedVersion` and sets its version to
   * `expectedVersion + 1`, atomically (compare-and-set); `false` when no record has that id and version.
   */
  update(collection: CollectionName, id: string, expectedVersion: number, data: string, updatedAt: string): Promise<boolean>;
  /** Appends to a log; returns the sequence number. */
  append(log: LogName, entry: { ref: string; at: string; data: string }): Promise<number>;
  /** The log's entries (about `ref` only, when given), ordered by sequence number. */
  read(log: LogName, ref?: string): Promise<RawLogEntry[]>;
}

/**
 * What a storage adapter implements: transactions over {@link StorageDriverTx}. `transaction`
 * runs `fn` so that either every write it made is kept or, when it throws, none is; transactions
 * on one driver do not interleave their writes.
 */
export interface StorageDriver {
  /** Name for messages, e.g. `sqlite`. */
  readonly name: string;
  transaction<T>(fn: (tx: StorageDriverTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The typed port
// ---------------------------------------------------------------------------------------------

/** Who writes: recorded in the audit log with every write. */
export interface WriteContext {
  /** Person or system that writes (stored as given). */
  actor: string;
}

/** A stored record with its version (for optimistic concurrency) and last write time. */
export interface Stored<T> {
  id: string;
  version: number;
  updatedAt: string;
  data: T;
}

/** A stored subject: {@link Subject} with a required `id`. */
export type StoredSubject = Subject & { id: string };

/** A decision as stored: who, which award, the outcome, the rule packs and the explanation hash. */
export const decisionRecordSchema = z.strictObject({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  award: awardCodeSchema,
  period: z.number().int().min(1945).max(2100),
  asOf: isoDateSchema,
  outcome: outcomeSchema,
  ruleId: z.string().optional(),
  ruleDate: isoDateSchema,
  /** Rule packs applied, with their versions: pinned so the decision can be replayed. */
  rulePacks: z.array(z.strictObject({ id: z.string().min(1), version: z.string().min(1) })).min(1),
  /** Explanation hash over structure (see `explanationHash`). */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The explanation tree, kept for display (the hash decides comparisons). */
  explanation: z.unknown().optional(),
  /** Number, date and issuer of the formal decision (quyết định), when issued. */
  decisionNo: z.string().optional(),
  decidedOn: isoDateSchema.optional(),
  issuer: z.string().optional(),
  proposalId: z.string().optional(),
  /** Ids of stored decisions this one relied on (the awards that made it eligible). */
  reliesOn: z.array(z.string().min(1)).default([]),
  /** The stored decision this one re-evaluates (e.g. after a cancellation); that one stays as it was. */
  supersedes: z.string().min(1).optional(),
});
/** See {@link decisionRecordSchema}. */
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
/** Input shape of {@link decisionRecordSchema}. */
export type DecisionRecordInput = z.input<typeof decisionRecordSchema>;

/** A cancellation of a decision (Law 06/2022/QH15 Art 93): when, by whom, why and under which basis. */
export const cancellationSchema = z.strictObject({
  date: isoDateSchema,
  /** The reason, in Vietnamese and English (stored as given). */
  reason: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
  /** The cancelling decision's number or legal basis. */
  basis: z.string().optional(),
});
/** See {@link cancellationSchema}. */
export type Cancellation = z.infer<typeof cancellationSchema>;

/** An event on a stored decision. */
export interface DecisionEvent {
  seq: number;
  decisionId: string;
  kind: 'cancelled';
  at: string;
  actor: string;
  cancellation: Cancellation;
}

/** A stored decision with its status derived from its events. */
export interface StoredDecision extends Stored<DecisionRecord> {
  status: 'active' | 'cancelled';
  events: DecisionEvent[];
}

/**
 * The progress of a batched import, written in the same transaction as each batch: after a crash
 * the import resumes at `done`.
 */
export const importProgressSchema = z.strictObject({
  /** The import's id (e.g. a hash of the file imported). */
  id: z.string().min(1),
  /** Where the rows come from (file name), for people. */
  source: z.string(),
  total: z.number().int().min(0),
  /** Rows committed so far (whole batches only). */
  done: z.number().int().min(0),
  batchSize: z.number().int().positive(),
});
/** See {@link importProgressSchema}. */
export type ImportProgress = z.infer<typeof importProgressSchema>;

/**
 * A record of the `exemplary` collection: a record of an exemplary-model plan (a movement, a
 * plan, a model with its stage history, a propagation activity, a replication), stored with its
 * `kind` and its data as given. The port checks the envelope only; `@tdkt/exemplary-models`
 * validates `data` with its own schemas before writing and after reading.
 */
export const exemplaryRecordSchema = z.strictObject({
  /** Unique in the collection, e.g. `model:dhtt-001` (the repository's convention). */
  id: z.string().min(1),
  /** What the record is, e.g. `model`, `plan`, `activity`. */
  kind: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});
/** See {@link exemplaryRecordSchema}. */
export type ExemplaryRecord = z.infer<typeof exemplaryRecordSchema>;

/** A lineage event as stored. */
export interface StoredLineageEvent {
  seq: number;
  at: string;
  actor: string;
  event: LineageEvent;
}

/** One audit-log entry: who, when, what, and the record before and after. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'append' | 'cancel' | 'export';
  entity: CollectionName | LogName | 'exports';
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A versioned collection: read, create, and update with the version read (compare-and-set). */
export interface RecordCollection<T, I> {
  get(id: string): Promise<Stored<T> | undefined>;
  /** @throws StorageError `NOT_FOUND`. */
  require(id: string): Promise<Stored<T>>;
  /** Every record, ordered by id. */
  list(): Promise<Stored<T>[]>;
  /** @throws StorageError `DUPLICATE`; TdktError `VALIDATION_FAILED` for bad input. */
  create(input: I, w: WriteContext): Promise<Stored<T>>;
  /**
   * Replaces the record whose id is in `input`, if its version is still `expectedVersion`.
   *
   * @throws StorageError `STALE_WRITE` when someone wrote since; `NOT_FOUND`.
   */
  update(input: I, expectedVersion: number, w: WriteContext): Promise<Stored<T>>;
  /**
   * Creates or updates a batch of records in one transaction (the caller's, inside
   * `transaction`): each row whose id is stored replaces that record (through `options.merge`
   * when given) with its version checked, the others are created; one audit entry per record, as
   * `create`/`update` write. Every row is validated and the ids checked for repeats before
   * anything is written; adapters with bulk operations write the batch in a few statements.
   *
   * @returns how many records were created and updated.
   * @throws TdktError `VALIDATION_FAILED` (every bad row, paths starting with the row's index);
   *   StorageError `DUPLICATE` (an id twice in `rows`, path `[index, 'id']`), `STALE_WRITE` (a record
   *   changed since it was read, or not at `options.expectedVersions`), `NOT_FOUND` — and then
   *   nothing of the batch is written.
   */
  putMany(rows: readonly (I | Validated<T>)[], w: WriteContext, options?: PutManyOptions<T, I>): Promise<PutManyResult>;
  /**
   * Validates rows as `create` and `putMany` do, reporting every bad row together; returns the
   * records, deep-frozen and marked, so that `putMany` writes them without validating them again
   * (for callers that check a whole file before writing it in batches). Reads and writes nothing.
   *
   * @throws TdktError `VALIDATION_FAILED` (paths start with the row's index).
   */
  validate(rows: readonly unknown[]): Validated<T>[];
}

/** The append-only decisions (no update, no delete): append, read, cancel with an event. */
export interface DecisionLog {
  /** @throws StorageError `DUPLICATE` for an id already used; `NOT_FOUND` for an unknown `reliesOn`. */
  append(input: DecisionRecordInput, w: WriteContext): Promise<StoredDecision>;
  get(id: string): Promise<StoredDecision | undefined>;
  /** Decisions, ordered by id, optionally of one subject. */
  list(filter?: { subjectId?: string }): Promise<StoredDecision[]>;
  /**
   * Records a cancellation (Law Art 93) as an event and returns it with the decisions that relied
   * on the cancelled one, directly or through a chain (to be re-evaluated).
   *
   * @throws StorageError `NOT_FOUND`, `ALREADY_CANCELLED`.
   */
  cancel(id: string, cancellation: Cancellation, w: WriteContext): Promise<{ event: DecisionEvent; dependents: StoredDecision[] }>;
  /** Decisions that relied on `id`, directly or through a chain, ordered by id. */
  dependents(id: string): Promise<StoredDecision[]>;
}

/** Everything the port offers; inside `transaction` the same operations share one transaction. */
export interface StorageSession {
  units: RecordCollection<Unit, z.input<typeof unitSchema>>;
  subjects: RecordCollection<StoredSubject, SubjectInput & { id: string }>;
  proposals: RecordCollection<Proposal, ProposalInput>;
  /** Progress records of batched imports. */
  imports: RecordCollection<ImportProgress, ImportProgress>;
  /** Records of exemplary-model plans (envelope checked here, data by `@tdkt/exemplary-models`). */
  exemplary: RecordCollection<ExemplaryRecord, ExemplaryRecord>;
  lineage: {
    /** @throws TdktError `VALIDATION_FAILED` for an event naming an unknown unit. */
    append(event: z.input<typeof lineageEventSchema>, w: WriteContext): Promise<StoredLineageEvent>;
    list(): Promise<StoredLineageEvent[]>;
  };
  /** The stored units and lineage as a {@link UnitRegistry}. */
  unitRegistry(): Promise<UnitRegistry>;
  decisions: DecisionLog;
  audit: {
    /** Entries in order, optionally about one record. */
    list(filter?: { entity?: AuditEntry['entity']; entityId?: string }): Promise<AuditEntry[]>;
    /**
     * Records an export that showed personal data (national ID numbers, dates of birth): who,
     * when, what and for which purpose. Use {@link auditExports} to attach it to an exporter.
     */
    recordExport(entry: { kind: string; format: string; award?: string; year: number; rows: number; purpose: string }, w: WriteContext): Promise<void>;
  };
}

/** A storage: the port's operations (each in its own transaction) plus explicit transactions. */
export interface Storage extends StorageSession {
  /** The driver's name. */
  readonly name: string;
  /**
   * Runs `fn` in one transaction: all its writes are kept, or none when it throws (the error is
   * rethrown as is).
   */
  transaction<T>(fn: (session: StorageSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Options of {@link storageFrom}. */
export interface StorageOptions {
  /** The clock used for `updatedAt` and audit timestamps (default: the system clock). */
  clock?: () => Date;
}

/**
 * Converts an engine {@link Decision} into the record to store, pinning its rule packs and hash.
 *
 * @example await storage.decisions.append(decisionRecord(engine.evaluate(req), { id: 'QD-1', subjectId: 'NV001' }), { actor: 'hdtdkt' });
 */
export function decisionRecord(decision: Decision, extra: { id: string; subjectId: string } & Partial<Omit<DecisionRecordInput, 'id' | 'subjectId'>>): DecisionRecordInput {
  return {
    award: decision.award,
    period: decision.period,
    asOf: decision.asOf,
    outcome: decision.outcome,
    ...(decision.ruleId ? { ruleId: decision.ruleId } : {}),
    ruleDate: decision.ruleDate,
    rulePacks: decision.rulePacks,
    hash: decision.hash,
    explanation: decision.explanation,
    ...extra,
  };
}

function parseJson(driver: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw driverFailed(driver, e);
  }
}

function guard(name: string, tx: StorageDriverTx): StorageDriverTx {
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await f(...a);
      } catch (e) {
        throw e instanceof TdktError ? e : driverFailed(name, e);
      }
    };
  return {
    get: wrap(tx.get.bind(tx)),
    list: wrap(tx.list.bind(tx)),
    insert: wrap(tx.insert.bind(tx)),
    update: wrap(tx.update.bind(tx)),
    append: wrap(tx.append.bind(tx)),
    read: wrap(tx.read.bind(tx)),
    ...(tx.getMany && { getMany: wrap(tx.getMany.bind(tx)) }),
    ...(tx.insertMany && { insertMany: wrap(tx.insertMany.bind(tx)) }),
    ...(tx.updateMany && { updateMany: wrap(tx.updateMany.bind(tx)) }),
    ...(tx.appendMany && { appendMany: wrap(tx.appendMany.bind(tx)) }),
  };
}

/** Compares strings by Unicode code point (the byte order of UTF-8, the same in every adapter). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

const byId = <R extends { id: string }>(rows: R[]): R[] => rows.sort((a, b) => compareCodePoints(a.id, b.id));

type Run = <T>(fn: (tx: StorageDriverTx) => Promise<T>) => Promise<T>;

/**
 * Builds the typed {@link Storage} port over an adapter's {@link StorageDriver}: validation with
 * the model's zod schemas, optimistic concurrency, the audit log written in the same transaction
 * as each change, append-only decisions with cancellation events. Adapters call this; apps use
 * the adapters' factories (`memoryStorage()`, `sqliteStorage()`, `postgresStorage()`).
 */
export function storageFrom(driver: StorageDriver, options: StorageOptions = {}): Storage {
  const clock = options.clock ?? (() => new Date());
  const now = (): string => clock().toISOString();
  const top: Run = async (fn) => {
    try {
      return await driver.transaction((tx) => fn(guard(driver.name, tx)));
    } catch (e) {
      throw e instanceof TdktError ? e : driverFailed(driver.name, e);
    }
  };
  const base = session(driver.name, top, now);
  return {
    ...base,
    name: driver.name,
    transaction: async (fn) => {
      let thrownByFn = false;
      try {
        return await driver.transaction(async (tx) => {
          try {
            return await fn(session(driver.name, (f) => f(guard(driver.name, tx)), now));
          } catch (e) {
            thrownByFn = true;
            throw e;
          }
        });
      } catch (e) {
        // the caller's own errors come back as they were thrown; a failing BEGIN/COMMIT is wrapped
        throw thrownByFn || e instanceof TdktError ? e : driverFailed(driver.name, e);
      }
    },
    close: () => driver.close(),
  };
}

function parseSubject(input: unknown, prefix: (string | number)[] = []): StoredSubject {
  const s = parseWith(subjectSchema, input, prefix);
  if (!s.id) throw new TdktError('VALIDATION_FAILED', msg('Đối tượng lưu trữ phải có mã (id)', 'A stored subject needs an id'), { path: [...prefix, 'id'], value: s.id });
  return s as StoredSubject;
}

/**
 * Validates subjects exactly as `storage.subjects.validate` does, without a store — e.g. before
 * opening or creating one, so a file with a bad row leaves no database behind. Any store's
 * `subjects.putMany` takes the result without validating it again.
 *
 * @throws TdktError `VALIDATION_FAILED` listing every bad row (paths start with the row's index).
 */
export function validateSubjects(rows: readonly unknown[]): Validated<StoredSubject>[] {
  return validateRows('subjects', parseSubject, rows, true) as Validated<StoredSubject>[];
}

function session(name: string, run: Run, now: () => string): StorageSession {
  const audit = async (tx: StorageDriverTx, w: WriteContext, action: AuditEntry['action'], entity: AuditEntry['entity'], entityId: string, before: unknown, after: unknown, at: string): Promise<void> => {
    await tx.append('audit', { ref: `${entity}/${entityId}`, at, data: JSON.stringify({ actor: w.actor, action, entity, entityId, before: before ?? null, after: after ?? null }) });
  };
  const checkActor = (w: WriteContext): void => {
    if (!w || typeof w.actor !== 'string' || !w.actor.trim())
      throw new TdktError('VALIDATION_FAILED', msg('Thiếu người ghi (actor) cho nhật ký', 'The writer (actor) for the audit log is missing'), { path: ['actor'], value: w?.actor });
  };
  const toStored = <T>(r: RawRecord): Stored<T> => ({ id: r.id, version: r.version, updatedAt: r.updatedAt, data: parseJson(name, r.data) as T });

  function collection<T extends { id: string }, I>(c: Exclude<CollectionName, 'decisions'>, parse: (input: unknown, prefix?: (string | number)[]) => T): RecordCollection<T, I> {
    const get = (id: string): Promise<Stored<T> | undefined> => run(async (tx) => { const r = await tx.get(c, id); return r && toStored<T>(r); });
    return {
      get,
      require: async (id) => (await get(id)) ?? Promise.reject(notFound(c, id)),
      list: () => run(async (tx) => byId((await tx.list(c)).map((r) => toStored<T>(r)))),
      create: (input, w) =>
        run(async (tx) => {
          checkActor(w);
          const data = parse(input);
          const at = now();
          const rec: RawRecord = { id: data.id, version: 1, updatedAt: at, data: JSON.stringify(data) };
          if (!(await tx.insert(c, rec))) throw duplicate(c, data.id);
          await audit(tx, w, 'create', c, data.id, null, data, at);
          return toStored<T>(rec);
        }),
      update: (input, expectedVersion, w) =>
        run(async (tx) => {
          checkActor(w);
          const data = parse(input);
          const cur = await tx.get(c, data.id);
          if (!cur) throw notFound(c, data.id);
          if (cur.version !== expectedVersion) throw staleWrite(c, data.id, expectedVersion, cur.version);
          const at = now();
          const text = JSON.stringify(data);
          if (!(await tx.update(c, data.id, expectedVersion, text, at))) {
            const again = await tx.get(c, data.id);
            throw staleWrite(c, data.id, expectedVersion, again?.version);
          }
          await audit(tx, w, 'update', c, data.id, parseJson(name, cur.data), data, at);
          return { id: data.id, version: expectedVersion + 1, updatedAt: at, data };
        }),
      validate: (rows) => validateRows(c, (input, prefix) => parse(input, prefix), rows, true) as Validated<T>[],
      putMany: (rows, w, options = {}) =>
        run(async (tx) => {
          checkActor(w);
          return putManyIn<T, I>(tx, c, (input, prefix) => parse(input, prefix), rows, w, now(), options, (text) => parseJson(name, text));
        }),
    };
  }

  const decisionEvents = async (tx: StorageDriverTx, id?: string): Promise<DecisionEvent[]> =>
    (await tx.read('decision-events', id)).map((e) => {
      const d = parseJson(name, e.data) as { kind: 'cancelled'; actor: string; cancellation: Cancellation };
      return { seq: e.seq, decisionId: e.ref, kind: d.kind, at: e.at, actor: d.actor, cancellation: d.cancellation };
    });
  const withEvents = (r: RawRecord, events: DecisionEvent[]): StoredDecision => {
    const own = events.filter((e) => e.decisionId === r.id);
    return { ...toStored<DecisionRecord>(r), status: own.some((e) => e.kind === 'cancelled') ? 'cancelled' : 'active', events: own };
  };
  const allDecisions = async (tx: StorageDriverTx): Promise<StoredDecision[]> => {
    const events = await decisionEvents(tx);
    return byId((await tx.list('decisions')).map((r) => withEvents(r, events)));
  };
  const dependentsIn = (all: StoredDecision[], id: string): StoredDecision[] => {
    const found = new Map<string, StoredDecision>();
    const queue = [id];
    while (queue.length) {
      const cur = queue.shift()!;
      for (const d of all) if (d.data.reliesOn.includes(cur) && !found.has(d.id) && d.id !== id) (found.set(d.id, d), queue.push(d.id));
    }
    return byId([...found.values()]);
  };

  const decisions: DecisionLog = {
    append: (input, w) =>
      run(async (tx) => {
        checkActor(w);
        const data = parseWith(decisionRecordSchema, input);
        for (const [i, ref] of data.reliesOn.entries()) if (!(await tx.get('decisions', ref))) throw Object.assign(notFound('decisions', ref), { path: ['reliesOn', i] });
        const at = now();
        const rec: RawRecord = { id: data.id, version: 1, updatedAt: at, data: JSON.stringify(data) };
        if (!(await tx.insert('decisions', rec))) throw duplicate('decisions', data.id);
        await audit(tx, w, 'append', 'decisions', data.id, null, { ...data, explanation: undefined }, at);
        return withEvents(rec, []);
      }),
    get: (id) => run(async (tx) => { const r = await tx.get('decisions', id); return r && withEvents(r, await decisionEvents(tx, id)); }),
    list: (filter = {}) => run(async (tx) => (await allDecisions(tx)).filter((d) => filter.subjectId === undefined || d.data.subjectId === filter.subjectId)),
    cancel: (id, cancellation, w) =>
      run(async (tx) => {
        checkActor(w);
        const c = parseWith(cancellationSchema, cancellation, ['cancellation']);
        const r = await tx.get('decisions', id);
        if (!r) throw notFound('decisions', id);
        if ((await decisionEvents(tx, id)).some((e) => e.kind === 'cancelled'))
          throw new StorageError('ALREADY_CANCELLED', msg(`Quyết định ${id} đã bị hủy trước đó`, `Decision ${id} is already cancelled`), { path: ['decisions', id], value: id });
        const at = now();
        const seq = await tx.append('decision-events', { ref: id, at, data: JSON.stringify({ kind: 'cancelled', actor: w.actor, cancellation: c }) });
        await audit(tx, w, 'cancel', 'decisions', id, { status: 'active' }, { status: 'cancelled', cancellation: c }, at);
        const event: DecisionEvent = { seq, decisionId: id, kind: 'cancelled', at, actor: w.actor, cancellation: c };
        return { event, dependents: dependentsIn(await allDecisions(tx), id) };
      }),
    dependents: (id) => run(async (tx) => dependentsIn(await allDecisions(tx), id)),
  };

  const readLineage = async (tx: StorageDriverTx): Promise<StoredLineageEvent[]> =>
    (await tx.read('lineage')).map((e) => {
      const d = parseJson(name, e.data) as { actor: string; event: LineageEvent };
      return { seq: e.seq, at: e.at, actor: d.actor, event: d.event };
    });

  return {
    units: collection<Unit, z.input<typeof unitSchema>>('units', (i, p) => parseWith(unitSchema, i, p)),
    subjects: collection<StoredSubject, SubjectInput & { id: string }>('subjects', parseSubject),
    proposals: collection<Proposal, ProposalInput>('proposals', (i, p) => parseWith(proposalSchema, i, p)),
    imports: collection<ImportProgress, ImportProgress>('imports', (i, p) => parseWith(importProgressSchema, i, p)),
    exemplary: collection<ExemplaryRecord, ExemplaryRecord>('exemplary', (i, p) => parseWith(exemplaryRecordSchema, i, p)),
    lineage: {
      append: (event, w) =>
        run(async (tx) => {
          checkActor(w);
          const e = parseWith(lineageEventSchema, event);
          for (const [i, id] of [...e.from, ...e.to].entries())
            if (!(await tx.get('units', id))) throw new TdktError('VALIDATION_FAILED', msg(`Sự kiện sắp xếp nhắc tới đơn vị không tồn tại: ${id}`, `Lineage event names an unknown unit: ${id}`), { path: ['units', i], value: id });
          const at = now();
          const seq = await tx.append('lineage', { ref: e.from.join(','), at, data: JSON.stringify({ actor: w.actor, event: e }) });
          await audit(tx, w, 'append', 'lineage', String(seq), null, e, at);
          return { seq, at, actor: w.actor, event: e };
        }),
      list: () => run(readLineage),
    },
    unitRegistry: () =>
      run(async (tx) => {
        const units = (await tx.list('units')).map((r) => parseJson(name, r.data));
        return new UnitRegistry(units, (await readLineage(tx)).map((l) => l.event));
      }),
    decisions,
    audit: {
      recordExport: (entry, w) => {
        checkActor(w);
        return run(async (tx) => {
          await audit(tx, w, 'export', 'exports', `${entry.kind}-${entry.award ?? 'all'}-${entry.year}`, null, entry, now());
        });
      },
      list: (filter = {}) =>
        run(async (tx) => {
          const ref = filter.entity && filter.entityId !== undefined ? `${filter.entity}/${filter.entityId}` : undefined;
          return (await tx.read('audit', ref))
            .map((e) => ({ seq: e.seq, at: e.at, ...(parseJson(name, e.data) as Omit<AuditEntry, 'seq' | 'at'>) }))
            .filter((e) => (filter.entity === undefined || e.entity === filter.entity) && (filter.entityId === undefined || e.entityId === filter.entityId));
        }),
    },
  };
}

/**
 * The `audit` option of an export, recording in `storage`'s audit log every export that shows
 * personal data — who (`actor`), when, what and the purpose given.
 *
 * @example
 * await xlsxExporter().export(list, { personalData: { purpose: 'Hồ sơ trình Thủ tướng' }, audit: auditExports(storage, 'can-bo-tdkt') });
 */
export function auditExports(storage: Pick<StorageSession, 'audit'>, actor: string): (entry: { kind: string; format: string; award?: string; year: number; rows: number; purpose: string }) => Promise<void> {
  return (entry) => storage.audit.recordExport(entry, { actor });
}
