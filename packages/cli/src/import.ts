import { createHash } from 'node:crypto';
import { TdktError, msg, subjectSchema, validateSubjects, type Issue, type Storage, type StoredSubject, type SubjectInput, type Validated } from '@tdkt/core';

/** Options of {@link importSubjects}. */
export interface ImportOptions {
  /** Rows per transaction (default 500). */
  batchSize?: number;
  /** Who imports (audit log). Default `tdkt import`. */
  actor?: string;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
  /**
   * How a row meets a subject already stored under its id: the subject to write. Default: the row
   * replaces it.
   */
  merge?: (current: SubjectInput & { id: string }, row: SubjectInput & { id: string }) => SubjectInput & { id: string };
}

/** What {@link importSubjects} did. */
export interface ImportResult {
  /** The import's id: SHA-256 of the file's text. */
  id: string;
  total: number;
  /** Rows already committed by an earlier, interrupted run (0 for a fresh import). */
  resumedAt: number;
  /** Rows written by this run. */
  written: number;
}

/**
 * Reads subjects from JSON (an array) or JSON Lines (one subject per line), each with an `id`.
 * Every row is checked before anything is written: bad rows are reported together with their
 * position (`rows[n]`, 1-based line or item number) and nothing is imported.
 *
 * @param validate Validates the rows instead of the model's schema alone, e.g.
 *   `(rows) => storage.subjects.validate(rows)`: the rows returned are then written by `putMany`
 *   without a second validation (what {@link importSubjects} does).
 * @throws TdktError `VALIDATION_FAILED` (every issue, with its row) or `INPUT_UNREADABLE`.
 */
export function parseSubjects(text: string, source: string, validate?: (rows: readonly unknown[]) => readonly Validated<StoredSubject>[]): (SubjectInput & { id: string })[] | Validated<StoredSubject>[] {
  const items: { row: number; value: unknown }[] = [];
  const issues: Issue[] = [];
  const lines = source.endsWith('.jsonl') || source.endsWith('.ndjson');
  if (lines) {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        items.push({ row: i + 1, value: JSON.parse(line) });
      } catch {
        issues.push({ path: ['rows', i + 1], value: line.slice(0, 80), message: msg('Dòng không phải JSON hợp lệ', 'The line is not valid JSON') });
      }
    });
  } else {
    let all: unknown;
    try {
      all = JSON.parse(text);
    } catch (e) {
      throw new TdktError('INPUT_UNREADABLE', msg(`Tệp ${source} không phải JSON hợp lệ: ${(e as Error).message}`, `${source} is not valid JSON: ${(e as Error).message}`), { path: [source] });
    }
    if (!Array.isArray(all)) throw new TdktError('VALIDATION_FAILED', msg('Tệp JSON phải là một mảng đối tượng', 'The JSON file must hold an array of subjects'), { path: [source], value: typeof all });
    all.forEach((value, i) => items.push({ row: i + 1, value }));
  }
  if (validate) return withStorageValidation(items, issues, source, validate);
  const out: (SubjectInput & { id: string })[] = [];
  const ids = new Map<string, number>();
  for (const { row, value } of items) {
    const r = subjectSchema.safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        issues.push({ path: ['rows', row, ...path], value: path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), value), message: msg(`Dữ liệu không hợp lệ: ${issue.message}`, `Invalid data: ${issue.message}`) });
      }
      continue;
    }
    const id = r.data.id;
    if (!id) {
      issues.push({ path: ['rows', row, 'id'], value: undefined, message: msg('Thiếu mã đối tượng (id)', 'The subject id is missing') });
      continue;
    }
    const seen = ids.get(id);
    if (seen !== undefined) {
      issues.push({ path: ['rows', row, 'id'], value: id, message: msg(`Mã ${id} trùng với dòng ${seen}`, `Id ${id} repeats row ${seen}`) });
      continue;
    }
    ids.set(id, row);
    out.push(value as SubjectInput & { id: string });
  }
  failIfAny(issues, source);
  return out;
}

function failIfAny(issues: Issue[], source: string): void {
  if (!issues.length) return;
  const first = issues[0]!;
  throw new TdktError('VALIDATION_FAILED', msg(`${issues.length} lỗi trong ${source}; chưa nhập gì`, `${issues.length} problem(s) in ${source}; nothing imported`), { path: first.path, value: first.value, issues });
}

/** The rows checked by the storage's `validate` (one validation in all), issues at their file rows, in row order. */
function withStorageValidation(items: { row: number; value: unknown }[], issues: Issue[], source: string, validate: (rows: readonly unknown[]) => readonly Validated<StoredSubject>[]): Validated<StoredSubject>[] {
  let valid: readonly Validated<StoredSubject>[] = [];
  try {
    valid = validate(items.map((x) => x.value));
  } catch (e) {
    if (!(e instanceof TdktError) || e.code !== 'VALIDATION_FAILED') throw e;
    for (const issue of e.issues) {
      const [i, ...rest] = issue.path;
      issues.push({ ...issue, path: ['rows', items[Number(i)]?.row ?? Number(i), ...rest] });
    }
  }
  // repeated ids, also among rows with other problems (ids compared as the model stores them: NFC)
  const ids = new Map<string, number>();
  for (const { row, value } of items) {
    const raw = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof raw !== 'string' || !raw) continue;
    const id = raw.normalize('NFC');
    const seen = ids.get(id);
    if (seen !== undefined) issues.push({ path: ['rows', row, 'id'], value: raw, message: msg(`Mã ${id} trùng với dòng ${seen}`, `Id ${id} repeats row ${seen}`) });
    else ids.set(id, row);
  }
  failIfAny(issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1])), source);
  return [...valid];
}

/**
 * Imports subjects into a storage in batches: each batch — its rows and the import's progress —
 * is one transaction, so a crash leaves whole batches only, and running the same import again
 * resumes after the last committed batch. Existing subjects are replaced (their version checked).
 *
 * @throws TdktError `VALIDATION_FAILED` for bad rows (nothing written); StorageError on write failures.
 */
export async function importSubjects(storage: Storage, text: string, source: string, options: ImportOptions = {}): Promise<ImportResult> {
  return importPrepared(storage, parseSubjects(text, source, validateSubjects), subjectsImportId(text), source, options);
}

/** The id of an import of subjects from `text`: a hash of the content, so the same file resumes. */
export function subjectsImportId(text: string): string {
  return `subjects:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * Writes already validated subjects in batches: each batch — its rows, written with the port's
 * bulk path `subjects.putMany` (one audit entry per subject), and the import's progress record
 * `id` — is one transaction, so a crash leaves whole batches only, and calling again with the
 * same `id` resumes after the last committed batch. Existing subjects are replaced (their version
 * checked) or, with `options.merge`, merged. Callers validate every row first, so nothing is
 * half-written; rows from `storage.subjects.validate(rows)` are not validated a second time.
 *
 * @param id The import's id: a hash of the source's content, so the same file resumes.
 * @throws StorageError on write failures; TdktError `WRITE_FAILED` when another process imports the same file.
 */
export async function importPrepared(storage: Storage, rows: readonly ((SubjectInput & { id: string }) | Validated<StoredSubject>)[], id: string, source: string, options: ImportOptions = {}): Promise<ImportResult> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
  const w = { actor: options.actor ?? 'tdkt import' };
  let progress = await storage.imports.get(id);
  if (!progress) {
    try {
      progress = await storage.imports.create({ id, source, total: rows.length, done: 0, batchSize }, w);
    } catch {
      progress = await storage.imports.require(id);
    }
  }
  const resumedAt = progress.data.done;
  let done = resumedAt;
  options.onProgress?.(done, rows.length);
  while (done < rows.length) {
    const end = Math.min(rows.length, done + batchSize);
    const start = done;
    await storage.transaction(async (tx) => {
      const p = await tx.imports.require(id);
      if (p.data.done !== start) throw new TdktError('WRITE_FAILED', msg('Một tiến trình khác đang nhập cùng tệp', 'Another process is importing the same file'), { path: ['imports', id], value: p.data.done });
      await tx.subjects.putMany(rows.slice(start, end), w, options.merge ? { merge: options.merge } : {});
      await tx.imports.update({ ...p.data, done: end }, p.version, w);
    });
    done = end;
    options.onProgress?.(done, rows.length);
  }
  return { id, total: rows.length, resumedAt, written: rows.length - resumedAt };
}

/** A one-line text progress bar: `[#####-----] 50% 500/1000`. */
export function progressBar(done: number, total: number, width = 30): string {
  const f = total === 0 ? 1 : done / total;
  const n = Math.round(f * width);
  return `[${'#'.repeat(n)}${'-'.repeat(width - n)}] ${Math.floor(f * 100)}% ${done}/${total}`;
}
