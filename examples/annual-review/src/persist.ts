/**
 * Keeps a review in a SQLite database (the embedded default of `@tdkt/storage-sqlite`): the people
 * reviewed and every decision, with its rule-pack versions and explanation hash. Decisions are
 * append-only: re-running the same review keeps the stored decisions whose hash is unchanged and
 * appends a new revision (`…#2`) only where the outcome or its reasons changed.
 */
import { decisionRecord, msg, parseWith, subjectSchema, TdktError, type Storage } from '@tdkt/core';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import type { Person } from './build.js';
import type { Review } from './review.js';

function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
}

/** What {@link persistReview} did. */
export interface PersistResult {
  file: string;
  subjectsCreated: number;
  subjectsUpdated: number;
  decisionsAppended: number;
  decisionsUnchanged: number;
}

/** The stored id of a review line's decision: `year/award/subject`. */
export function decisionId(year: number, award: string, subjectId: string): string {
  return `${year}/${award}/${subjectId}`;
}

/**
 * Writes the people and decisions of a review into the SQLite file, in one transaction (all or
 * nothing).
 *
 * @throws TdktError `WRITE_FAILED` when the database cannot be opened or written.
 */
export async function persistReview(file: string, review: Review, people: Person[], actor = 'tdkt annual review'): Promise<PersistResult> {
  const storage: Storage = sqliteStorage({ file });
  const w = { actor };
  const result: PersistResult = { file, subjectsCreated: 0, subjectsUpdated: 0, decisionsAppended: 0, decisionsUnchanged: 0 };
  try {
    await storage.transaction(async (tx) => {
      for (const p of people) {
        const subject = { ...p.subject, id: p.subject.id ?? p.key };
        const cur = await tx.subjects.get(subject.id);
        if (!cur) (await tx.subjects.create(subject, w), result.subjectsCreated++);
        else if (canonical(cur.data) !== canonical(parseWith(subjectSchema, subject))) (await tx.subjects.update(subject, cur.version, w), result.subjectsUpdated++);
      }
      for (const line of review.lines) {
        const base = decisionId(review.year, line.award, line.subjectId);
        let id = base;
        for (let n = 2; ; n++) {
          const stored = await tx.decisions.get(id);
          if (!stored) break;
          if (stored.data.hash === line.decision.hash && stored.data.outcome === line.decision.outcome) {
            id = '';
            break;
          }
          id = `${base}#${n}`;
        }
        if (!id) {
          result.decisionsUnchanged++;
          continue;
        }
        await tx.decisions.append(decisionRecord(line.decision, { id, subjectId: line.subjectId }), w);
        result.decisionsAppended++;
      }
    });
  } catch (e) {
    if (e instanceof TdktError) throw e;
    throw new TdktError('WRITE_FAILED', msg(`Không ghi được cơ sở dữ liệu ${file}`, `Cannot write the database ${file}`), { path: ['db'], value: file, cause: e });
  } finally {
    await storage.close();
  }
  return result;
}
