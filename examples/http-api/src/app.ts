/**
 * The REST service: a Hono app over a `Storage` and the Vietnamese rules engine.
 *
 * | method | path | what |
 * |---|---|---|
 * | POST | /roster | `{ subjects: Subject[] }` (each with an `id`): created or replaced, all or none |
 * | GET | /subjects/:id | a stored subject and its version |
 * | GET | /subjects/:id/eligibility?award=&period=&asOf= | outcome, explanation tree (with citations), hash |
 * | POST | /proposals | `{ id, subjectId, award, period, level, date, actor }`: a drafted proposal |
 * | POST | /proposals/:id/steps | a workflow step (`to`, `date`, `actor`, `documents`, …) |
 * | GET | /proposals/:id | the proposal and its history |
 * | GET | /audit | the audit log |
 */
import { Hono, type Context } from 'hono';
import { StorageError, TdktError, draftProposal, moveProposal, msg, publicPostingRequired, subjectSchema, type Explanation, type ProposalLevel, type ProposalStep, type Storage, type SubjectInput } from '@tdkt/core';
import { createVnEngine, nationalAwards } from '@tdkt/rules-vn';

type Engine = ReturnType<typeof createVnEngine>;

function status(e: TdktError): 400 | 404 | 409 | 422 {
  if (e instanceof StorageError && e.kind === 'NOT_FOUND') return 404;
  if (e.code === 'STALE_WRITE' || (e instanceof StorageError && e.kind === 'DUPLICATE')) return 409;
  if (e.code === 'INVALID_TRANSITION') return 422;
  return 400;
}

/** The error body: code, path, value and the Vietnamese and English message (and each issue). */
function errorBody(e: TdktError): unknown {
  return { error: { code: e.code, ...(e instanceof StorageError ? { kind: e.kind } : {}), path: e.path, value: e.value, message: e.messages, issues: e.issues } };
}

async function body(c: Context): Promise<Record<string, unknown>> {
  try {
    const b: unknown = await c.req.json();
    if (b && typeof b === 'object' && !Array.isArray(b)) return b as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw new TdktError('INPUT_UNREADABLE', msg('Nội dung yêu cầu phải là một đối tượng JSON', 'The request body must be a JSON object'), { path: ['body'] });
}

/** The explanation as JSON: criterion, outcome, what it requires and what was found (both languages), citations, evidence, children. */
function explain(n: Explanation): unknown {
  return { id: n.id, outcome: n.outcome, requires: n.text, found: n.message, citations: n.citations, evidence: n.evidence, children: n.children.map(explain) };
}

/** Builds the app. `engine` defaults to {@link createVnEngine}(). */
export function createApp(storage: Storage, engine: Engine = createVnEngine()): Hono {
  const app = new Hono();
  const w = (c: Context) => ({ actor: c.req.header('x-actor') ?? 'http-api' });

  app.onError((e, c) => {
    if (e instanceof TdktError) return c.json(errorBody(e), status(e));
    return c.json({ error: { code: 'INTERNAL', message: msg('Lỗi máy chủ', 'Server error') } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', path: [c.req.path], message: msg('Không có đường dẫn này', 'No such route') } }, 404));

  app.post('/roster', async (c) => {
    const b = await body(c);
    if (!Array.isArray(b['subjects'])) throw new TdktError('VALIDATION_FAILED', msg('Cần mảng "subjects"', 'An array "subjects" is required'), { path: ['subjects'], value: b['subjects'] });
    const subjects = b['subjects'] as unknown[];
    // Check every row before writing any (all or none), each problem with its position.
    const issues = subjects.flatMap((s, i) => {
      const r = subjectSchema.safeParse(s);
      const own = r.success ? [] : r.error.issues.map((x) => ({ path: ['subjects', i, ...x.path.map((k) => (typeof k === 'number' ? k : String(k)))], value: undefined, message: msg(`Dữ liệu không hợp lệ: ${x.message}`, `Invalid data: ${x.message}`) }));
      return r.success && !r.data.id ? [{ path: ['subjects', i, 'id'], value: undefined, message: msg('Thiếu mã đối tượng (id)', 'The subject id is missing') }] : own;
    });
    if (issues.length) throw new TdktError('VALIDATION_FAILED', msg(`${issues.length} lỗi; chưa ghi gì`, `${issues.length} problem(s); nothing written`), { path: issues[0]!.path, issues });
    const written = await storage.transaction(async (tx) => {
      let n = 0;
      for (const s of subjects as (SubjectInput & { id: string })[]) {
        const cur = await tx.subjects.get(s.id);
        if (cur) await tx.subjects.update(s, cur.version, w(c));
        else await tx.subjects.create(s, w(c));
        n++;
      }
      return n;
    });
    return c.json({ written }, 201);
  });

  app.get('/subjects/:id', async (c) => {
    const s = await storage.subjects.require(c.req.param('id'));
    return c.json({ subject: s.data, version: s.version });
  });

  app.get('/subjects/:id/eligibility', async (c) => {
    const s = await storage.subjects.require(c.req.param('id'));
    const award = c.req.query('award');
    const period = Number(c.req.query('period'));
    const asOf = c.req.query('asOf');
    if (!award) throw new TdktError('VALIDATION_FAILED', msg('Thiếu tham số award', 'The award parameter is missing'), { path: ['award'] });
    if (!Number.isInteger(period)) throw new TdktError('VALIDATION_FAILED', msg('period phải là năm', 'period must be a year'), { path: ['period'], value: c.req.query('period') });
    if (!asOf) throw new TdktError('VALIDATION_FAILED', msg('Thiếu ngày xét asOf (YYYY-MM-DD)', 'The review date asOf (YYYY-MM-DD) is missing'), { path: ['asOf'] });
    const d = engine.evaluate({ asOf, award, period, subject: s.data });
    return c.json({ award: d.award, period: d.period, outcome: d.outcome, hash: d.hash, explanation: explain(d.explanation) });
  });

  app.post('/proposals', async (c) => {
    const b = await body(c);
    const award = nationalAwards.find((a) => a.code === b['award']);
    if (!award) throw new TdktError('VALIDATION_FAILED', msg('Hình thức khen thưởng không có trong danh mục', 'The award is not in the catalog'), { path: ['award'], value: b['award'] });
    await storage.subjects.require(String(b['subjectId']));
    const p = draftProposal(
      { id: String(b['id']), subjectId: String(b['subjectId']), award: award.code, period: Number(b['period']), level: (b['level'] ?? 'unit') as ProposalLevel, postingRequired: publicPostingRequired(award) },
      { date: String(b['date']), actor: String(b['actor'] ?? w(c).actor) },
    );
    const stored = await storage.proposals.create(p, w(c));
    return c.json({ proposal: stored.data, version: stored.version }, 201);
  });

  app.post('/proposals/:id/steps', async (c) => {
    const step = (await body(c)) as unknown as ProposalStep;
    const stored = await moveProposal(storage, c.req.param('id'), { documents: [], ...step }, w(c));
    return c.json({ proposal: stored.data, version: stored.version });
  });

  app.get('/proposals/:id', async (c) => {
    const p = await storage.proposals.require(c.req.param('id'));
    return c.json({ proposal: p.data, version: p.version });
  });

  app.get('/audit', async (c) => c.json({ entries: await storage.audit.list() }));

  return app;
}
