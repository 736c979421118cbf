/**
 * `@tdkt/storage-memory` — an in-memory storage adapter for tdkt: for tests, prototypes and as
 * the reference behaviour of the storage port. Nothing survives the process.
 *
 * @packageDocumentation
 */
import { storageFrom, type CollectionName, type LogName, type RawLogEntry, type RawRecord, type Storage, type StorageDriver, type StorageDriverTx, type StorageOptions } from '@tdkt/core';

interface State {
  records: Map<CollectionName, Map<string, RawRecord>>;
  logs: Map<LogName, RawLogEntry[]>;
  seq: number;
}

function clone(s: State): State {
  return {
    records: new Map([...s.records].map(([k, m]) => [k, new Map([...m].map(([id, r]) => [id, { ...r }]))])),
    logs: new Map([...s.logs].map(([k, l]) => [k, l.map((e) => ({ ...e }))])),
    seq: s.seq,
  };
}

/**
 * The in-memory {@link StorageDriver}: transactions run one at a time on a copy of the state that
 * replaces it only when the transaction succeeds.
 */
export function memoryDriver(): StorageDriver {
  let state: State = { records: new Map(), logs: new Map(), seq: 0 };
  let queue: Promise<unknown> = Promise.resolve();
  const tx = (s: State): StorageDriverTx => {
    const coll = (c: CollectionName): Map<string, RawRecord> => {
      let m = s.records.get(c);
      if (!m) s.records.set(c, (m = new Map()));
      return m;
    };
    const log = (l: LogName): RawLogEntry[] => {
      let a = s.logs.get(l);
      if (!a) s.logs.set(l, (a = []));
      return a;
    };
    return {
      get: async (c, id) => {
        const r = coll(c).get(id);
        return r && { ...r };
      },
      list: async (c) => [...coll(c).values()].map((r) => ({ ...r })),
      insert: async (c, r) => {
        if (coll(c).has(r.id)) return false;
        coll(c).set(r.id, { ...r });
        return true;
      },
      update: async (c, id, expected, data, updatedAt) => {
        const r = coll(c).get(id);
        if (!r || r.version !== expected) return false;
        coll(c).set(id, { id, version: expected + 1, updatedAt, data });
        return true;
      },
      append: async (l, e) => {
        const seq = ++s.seq;
        log(l).push({ seq, ...e });
        return seq;
      },
      read: async (l, ref) => log(l).filter((e) => ref === undefined || e.ref === ref).map((e) => ({ ...e })),
    };
  };
  return {
    name: 'memory',
    transaction<T>(fn: (t: StorageDriverTx) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        const work = clone(state);
        const result = await fn(tx(work));
        state = work;
        return result;
      };
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
    close: async () => undefined,
  };
}

/**
 * An in-memory {@link Storage}.
 *
 * @example
 * const storage = memoryStorage();
 * await storage.units.create({ id: 'dn', name: 'Đà Nẵng', level: 'province' }, { actor: 'admin' });
 */
export function memoryStorage(options: StorageOptions = {}): Storage {
  return storageFrom(memoryDriver(), options);
}
