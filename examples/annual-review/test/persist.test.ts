import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteStorage } from '@tdkt/storage-sqlite';
import { generateSample, writeSample } from '../src/generate-sample.js';
import { decisionId, persistReview } from '../src/persist.js';
import { reviewFile } from '../src/run.js';

describe('the review kept in SQLite', () => {
  it('stores every decision with its rule packs and hash; a re-run appends nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tdkt-persist-'));
    const sample = await writeSample(out, generateSample());
    const r = await reviewFile({ file: sample.xlsx, out });
    const file = join(out, 'tdkt.sqlite');
    const first = await persistReview(file, r.review, r.people);
    expect(first.decisionsAppended).toBe(r.review.lines.length);
    expect(first.subjectsCreated).toBe(r.people.length);
    const again = await persistReview(file, r.review, r.people);
    expect([again.decisionsAppended, again.decisionsUnchanged, again.subjectsUpdated]).toEqual([0, r.review.lines.length, 0]);
    const storage = sqliteStorage({ file });
    const line = r.review.lines[0]!;
    const d = await storage.decisions.get(decisionId(r.review.year, line.award, line.subjectId));
    expect(d?.data.hash).toBe(line.decision.hash);
    expect(d?.data.rulePacks).toEqual(line.decision.rulePacks);
    expect((await storage.subjects.list()).length).toBe(r.people.length);
    await storage.close();
  });
});
