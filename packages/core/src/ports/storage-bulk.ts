import { TdktError, type Issue } from '../errors.js';
import { msg } from '../i18n.js';
import type { CollectionName, LogName, RawRecord, StorageDriverTx, WriteContext } from './storage.js';
import { StorageError, duplicate, notFound, staleWrite } from './storage-errors.js';

// ---------------------------------------------------------------------------------------------
// The bulk driver operations: optional; storageFrom falls back to the one-row operations
// ---------------------------------------------------------------------------------------------

/** One compare-and-set of {@link StorageDriverBulk.updateMany}: the id, the version read and the new JSON text. */
export interface RawUpdate {
  id: string;
  expectedVersion: number;
  /** JSON text. */
  data: string;
}

/** One entry to append with {@link StorageDriverBulk.appendMany}. */
export interface RawLogInput {
  ref: string;
  at: string;
  /** JSON text. */
  data: string;
}

/**
 * Bulk operations an adapter may add to its {@link StorageDriverTx} to write a batch with few
 * statements (SQLite: prepared statements reused; PostgreSQL: one statement per chunk). They run
 * inside the transaction; when one reports a conflict, the port throws and the transaction rolls
 * back, so an adapter need not undo the rows it already wrote. Ids within one call are distinct
 * (the port checks). A driver without them still works: the port loops over `get`, `insert`,
 * `update` and `append` ({@link bulkOf}).
 */
export interface StorageDriverBulk {
  /** The records among `ids` that exist, in any order. */
  getMany(collection: CollectionName, ids: readonly string[]): Promise<RawRecord[]>;
  /** Inserts the records whose id is free; returns the ids that already existed (nothing written for them). */
  insertMany(collection: CollectionName, records: readonly RawRecord[]): Promise<string[]>;
  /**
   * For each update, replaces the data of the record at `expectedVersion` and sets its version to
   * `expectedVersion + 1` (compare-and-set); returns the ids that had no record at that version.
   */
  updateMany(collection: CollectionName, updates: readonly RawUpdate[], updatedAt: string): Promise<string[]>;
  /** Appends the entries to the log, in order (increasing sequence numbers). */
  appendMany(log: LogName, entries: readonly RawLogInput[]): Promise<void>;
}

/**
 * The bulk operations of a driver transaction: the driver's own where it has them, else loops
 * over its one-row operations (same results, one statement per row).
 */
export function bulkOf(tx: StorageDriverTx & Partial<StorageDriverBulk>): StorageDriverBulk {
  return {
    getMany:
      tx.getMany?.bind(tx) ??
      (async (c, ids) => {
        const out: RawRecord[] = [];
        for (const id of ids) {
          const r = await tx.get(c, id);
          if (r) out.push(r);
        }
        return out;
      }),
    insertMany:
      tx.insertMany?.bind(tx) ??
      (async (c, records) => {
        const taken: string[] = [];
        for (const r of records) if (!(await tx.insert(c, r))) taken.push(r.id);
        return taken;
      }),
    updateMany:
      tx.updateMany?.bind(tx) ??
      (async (c, updates, at) => {
        const stale: string[] = [];
        for (const u of updates) if (!(await tx.update(c, u.id, u.expectedVersion, u.data, at))) stale.push(u.id);
        return stale;
      }),
    appendMany:
      tx.appendMany?.bind(tx) ??
      (async (l, entries) => {
        for (const e of entries) await tx.append(l, e);
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// putMany: create or update a batch of records of one collection
// ---------------------------------------------------------------------------------------------

/** Options of `putMany` (see {@link RecordCollection.putMany}). */
export interface PutManyOptions<T, I> {
  /**
   * How a row meets the record already stored under its id: returns what to store (validated
   * again). Default: the row replaces the record.
   */
  merge?: (current: T, row: I) => I;
  /**
   * The versions the caller read, by id: a record whose stored version differs fails the whole
   * batch with `STALE_WRITE` (`NOT_FOUND` when it is gone). Ids not listed are compared with the
   * version read inside the batch's transaction.
   */
  expectedVersions?: ReadonlyMap<string, number>;
}

/** What `putMany` wrote. */
export interface PutManyResult {
  /** Records created (version 1). */
  created: number;
  /** Records updated (version + 1). */
  updated: number;
}

declare const validatedBrand: unique symbol;
/**
 * A row the port validated (`collection.validate`): the schema's output, deep-frozen so it cannot
 * change afterwards, and remembered by the port, so `putMany` writes it without validating again.
 */
export type Validated<T> = T & { readonly [validatedBrand]: true };

/** Rows the port validated, with the collection whose schema they passed. */
const validatedRows = new WeakMap<object, string>();

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

/**
 * Validates `rows` with `parse`, reporting the issues of every row together (paths prefixed with
 * the row's index); returns the outputs, deep-frozen and remembered as validated.
 *
 * @internal used by `storageFrom` (`collection.validate`) and by `putMany`.
 * @throws TdktError `VALIDATION_FAILED`.
 */
export function validateRows<T extends object>(c: string, parse: (input: unknown, prefix: (string | number)[]) => T, rows: readonly unknown[], freeze: boolean): T[] {
  const issues: Issue[] = [];
  const out: T[] = [];
  rows.forEach((row, i) => {
    if (row !== null && typeof row === 'object' && validatedRows.get(row) === c) return void out.push(row as T);
    try {
      const data = parse(row, [i]);
      if (freeze) deepFreeze(data), validatedRows.set(data, c);
      out.push(data);
    } catch (e) {
      if (!(e instanceof TdktError) || e.code !== 'VALIDATION_FAILED') throw e;
      issues.push(...e.issues);
    }
  });
  if (issues.length) {
    const head = issues[0]!;
    throw new TdktError('VALIDATION_FAILED', msg(`${issues.length} lỗi trong lô ${c}; chưa ghi gì`, `${issues.length} problem(s) in the ${c} batch; nothing written`), { path: head.path, value: head.value, issues });
  }
  return out;
}

/** @internal The audit entry's JSON text, built around JSON already serialised (`before`/`after`), so records are stringified once. */
export function auditText(actor: string, action: string, entity: string, entityId: string, before: string, after: string): string {
  // same keys, same order as JSON.stringify({ actor, action, entity, entityId, before, after })
  return `{"actor":${JSON.stringify(actor)},"action":${JSON.stringify(action)},"entity":${JSON.stringify(entity)},"entityId":${JSON.stringify(entityId)},"before":${before},"after":${after}}`;
}

/**
 * Creates or updates `rows` of collection `c` inside `tx`: every row is validated (issues of all
 * rows reported together, paths prefixed with the row's index; rows from `validate` are taken as
 * they are) and ids checked for repeats before anything is written; then the records are read
 * with one `getMany`, written with one
 * `insertMany` and one `updateMany`, and one audit entry per record is appended with one
 * `appendMany`. Any conflict throws; the caller's transaction then rolls back, so nothing is kept.
 *
 * @internal used by `storageFrom`.
 */
export async function putManyIn<T extends { id: string }, I>(
  tx: StorageDriverTx & Partial<StorageDriverBulk>,
  c: CollectionName,
  parse: (input: unknown, prefix: (string | number)[]) => T,
  rows: readonly (I | Validated<T>)[],
  w: WriteContext,
  at: string,
  options: PutManyOptions<T, I>,
  parseJson: (text: string) => unknown,
): Promise<PutManyResult> {
  const parsed = validateRows(c, parse, rows, false);
  const seen = new Map<string, number>();
  for (const [i, data] of parsed.entries()) {
    const first = seen.get(data.id);
    if (first !== undefined)
      throw new StorageError('DUPLICATE', msg(`Mã ${c}/${data.id} lặp lại trong lô (dòng ${first} và ${i})`, `Id ${c}/${data.id} repeats within the batch (rows ${first} and ${i})`), { path: [i, 'id'], value: data.id });
    seen.set(data.id, i);
  }
  const bulk = bulkOf(tx);
  const current = new Map((await bulk.getMany(c, parsed.map((d) => d.id))).map((r) => [r.id, r]));
  const inserts: RawRecord[] = [];
  const updates: { id: string; expectedVersion: number; data: string }[] = [];
  const entries: { ref: string; at: string; data: string }[] = [];
  for (const [i, data] of parsed.entries()) {
    const cur = current.get(data.id);
    const expected = options.expectedVersions?.get(data.id);
    if (expected !== undefined && !cur) throw notFound(c, data.id);
    if (expected !== undefined && cur && expected !== cur.version) throw staleWrite(c, data.id, expected, cur.version);
    let next = data;
    if (cur && options.merge) next = parse(options.merge(parseJson(cur.data) as T, rows[i]! as I), [i]);
    const text = JSON.stringify(next);
    if (cur) updates.push({ id: data.id, expectedVersion: cur.version, data: text });
    else inserts.push({ id: data.id, version: 1, updatedAt: at, data: text });
    // `before` is the stored JSON text as the port wrote it (drivers return it byte for byte)
    entries.push({ ref: `${c}/${data.id}`, at, data: auditText(w.actor, cur ? 'update' : 'create', c, data.id, cur ? cur.data : 'null', text) });
  }
  if (inserts.length) {
    const taken = await bulk.insertMany(c, inserts);
    if (taken.length) throw duplicate(c, taken[0]!);
  }
  if (updates.length) {
    const stale = await bulk.updateMany(c, updates, at);
    if (stale.length) {
      const id = stale[0]!;
      const again = (await bulk.getMany(c, [id]))[0];
      throw staleWrite(c, id, updates.find((u) => u.id === id)!.expectedVersion, again?.version);
    }
  }
  await bulk.appendMany('audit', entries);
  return { created: inserts.length, updated: updates.length };
}
