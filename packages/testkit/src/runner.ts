import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { TdktError, fromZodError, msg, walk, type Decision, type Engine, type Message, type Plugin } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { parse } from 'yaml';
import { caseFileSchema, type CaseFile } from './case-schema.js';
import { runUnitReview, unitReviewCaseSchema } from './unit-review.js';

/** The result of one case. */
export interface CaseResult {
  /** Case id, or the file path when the file did not parse. */
  id: string;
  file: string;
  passed: boolean;
  expected?: CaseFile['expect'];
  got?: Decision['outcome'];
  /** The top reason of the decision (or of the failure to read the file). */
  reason: Message;
  /** Mentions that were not found. */
  missingMentions?: string[];
  decision?: Decision;
}

/** A run over a folder. */
export interface CaseRun {
  results: CaseResult[];
  passed: number;
  failed: number;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/** The messages (vi and en) of the explanation nodes that decided the outcome. */
export function decidingText(d: Decision): string[] {
  const out: string[] = [];
  for (const n of walk(d.explanation)) if (n.decisive) out.push(n.message.vi, n.message.en, n.text.vi, n.text.en);
  return out;
}

/** The first deciding leaf's message: the "top reason" of a decision. */
export function topReason(d: Decision): Message {
  for (const n of walk(d.explanation)) if (n.decisive && n.kind === 'leaf' && n.outcome === d.outcome && !n.procedural && !n.trivial && !n.notClaimed) return n.message;
  for (const n of walk(d.explanation)) if (n.decisive && n.kind === 'leaf' && n.outcome === d.outcome && !n.procedural) return n.message;
  return d.explanation.message;
}

/** Lists every `*.yaml` / `*.yml` file below a folder, sorted. */
export async function findCaseFiles(folder: string): Promise<string[]> {
  const s = await stat(folder).catch(() => undefined);
  if (!s) throw new TdktError('INPUT_UNREADABLE', msg(`Không tìm thấy thư mục ${folder}`, `Folder not found: ${folder}`), { value: folder });
  if (s.isFile()) return [folder];
  const out: string[] = [];
  for (const e of await readdir(folder, { withFileTypes: true })) {
    const p = join(folder, e.name);
    if (e.isDirectory()) out.push(...(await findCaseFiles(p)));
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/**
 * Parses and validates one case file's text (YAML 1.2).
 *
 * @throws TdktError `INPUT_UNREADABLE` (YAML syntax) or `VALIDATION_FAILED` (format), with path.
 */
export function parseCase(text: string): CaseFile {
  let doc: unknown;
  try {
    doc = parse(text, { version: '1.2', uniqueKeys: true });
  } catch (e) {
    throw new TdktError('INPUT_UNREADABLE', msg(`YAML không hợp lệ: ${(e as Error).message}`, `Invalid YAML: ${(e as Error).message}`));
  }
  const r = caseFileSchema.safeParse(doc);
  if (!r.success) throw fromZodError(r.error, doc);
  return r.data;
}

/** Evaluates one parsed case and compares it with its expectation. */
export function checkCase(engine: Engine, c: CaseFile, file = ''): CaseResult {
  const { id, title: _t, source: _s, basis: _b, note: _n, expect, ...request } = c;
  let decision: Decision;
  try {
    decision = engine.evaluate(request);
  } catch (e) {
    const reason = e instanceof TdktError ? e.messages : msg(String(e), String(e));
    return { id, file, passed: false, expected: expect, reason };
  }
  const texts = decidingText(decision).map(fold);
  const missingMentions = (expect.mentions ?? []).filter((m) => !texts.some((t) => t.includes(fold(m))));
  const passed = decision.outcome === expect.outcome && missingMentions.length === 0;
  return { id, file, passed, expected: expect, got: decision.outcome, reason: topReason(decision), ...(missingMentions.length ? { missingMentions } : {}), decision };
}

/**
 * Runs every case file below `folder` (`shared/cases/FORMAT.md`): a file that does not parse or
 * validate counts as a failed case with its path and reason, and the run goes on.
 */
export async function runCases(engine: Engine, folder: string): Promise<CaseRun> {
  const results: CaseResult[] = [];
  for (const file of await findCaseFiles(folder)) {
    const rel = relative(process.cwd(), file) || file;
    let c: CaseFile;
    try {
      const text = await readFile(file, 'utf8');
      const peek = parse(text, { version: '1.2' }) as { kind?: unknown } | null;
      if (peek && typeof peek === 'object' && peek.kind === 'unit-review') {
        results.push(checkUnitReview(engine, text, rel));
        continue;
      }
      c = parseCase(text);
    } catch (e) {
      const reason = e instanceof TdktError ? msg(e.describe(), e.describe()) : msg(String(e), String(e));
      results.push({ id: rel, file: rel, passed: false, reason });
      continue;
    }
    results.push(checkCase(engine, c, rel));
  }
  const seen = new Map<string, string>();
  for (const r of results) {
    const first = seen.get(r.id);
    if (first !== undefined && r.id !== r.file) {
      r.passed = false;
      r.reason = msg(`Mã ca ${r.id} trùng với tệp ${first}`, `Case id ${r.id} is also used by ${first}`);
    } else seen.set(r.id, r.file);
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}

/** One line for a failing case: id, expected, got, the top reason. */
export function formatFailure(r: CaseResult): string {
  if (!r.expected && r.got === undefined && r.id !== r.file) return `FAIL ${r.id}: ${r.reason.en}`;
  const exp = r.expected ? r.expected.outcome : '(valid case file)';
  const got = r.got ?? 'error';
  const mentions = r.missingMentions ? ` [missing mentions: ${r.missingMentions.join(', ')}]` : '';
  return `FAIL ${r.id}: expected ${exp}, got ${got} — ${r.reason.en}${mentions}`;
}

/** Parses, evaluates and checks a unit-review case (`kind: unit-review`). */
export function checkUnitReview(engine: Engine, text: string, file = ''): CaseResult {
  let doc: unknown;
  try {
    doc = parse(text, { version: '1.2', uniqueKeys: true });
  } catch (e) {
    return { id: file, file, passed: false, reason: msg(`YAML không hợp lệ: ${(e as Error).message}`, `Invalid YAML: ${(e as Error).message}`) };
  }
  const r = unitReviewCaseSchema.safeParse(doc);
  if (!r.success) {
    const e = fromZodError(r.error, doc);
    return { id: file, file, passed: false, reason: msg(e.describe(), e.describe()) };
  }
  const c = r.data;
  try {
    const { result, ineligible } = runUnitReview(engine, c);
    const selected = result.placements.filter((p) => p.selected).map((p) => p.id);
    const passed = JSON.stringify(selected) === JSON.stringify(c.expect.selected) && (c.expect.places === undefined || c.expect.places === result.places);
    const left = result.placements.filter((p) => !p.selected).map((p) => `${p.id}: ${p.message.en}`);
    return {
      id: c.id,
      file,
      passed,
      reason: msg(
        `Chọn ${selected.join(', ') || '(không ai)'} / ${result.places} chỉ tiêu${ineligible.length ? `; không đủ điều kiện: ${ineligible.join(', ')}` : ''}`,
        `Selected ${selected.join(', ') || '(none)'} of ${result.places} place(s)${ineligible.length ? `; ineligible: ${ineligible.join(', ')}` : ''}${left.length ? `; ${left.join('; ')}` : ''}${passed ? '' : ` — expected ${c.expect.selected.join(', ')}`}`,
      ),
    };
  } catch (e) {
    const reason = e instanceof TdktError ? e.messages : msg(String(e), String(e));
    return { id: c.id, file, passed: false, reason };
  }
}

/**
 * Tests a plugin in one line: loads it with the national rules (and the shipped sector plugins)
 * and runs every case file below `folder`.
 *
 * @example
 * const run = await pluginCases([myProvince], 'cases/');
 * expect(run.failed).toBe(0);
 * @throws TdktError when the plugin conflicts with the loaded ones or relaxes a national rule.
 */
export async function pluginCases(plugins: Plugin[], folder: string): Promise<CaseRun> {
  return runCases(createVnEngine(plugins), folder);
}
