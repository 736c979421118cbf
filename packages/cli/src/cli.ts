import { readFile } from 'node:fs/promises';
import { TdktError, evaluateBatch, formatCitation, isIsoDate, msg, throwUnknownCodes, unknownAwardCodes, validateSubjects, type Decision, type Explanation, type LegalDocument } from '@tdkt/core';
import { createVnEngine } from '@tdkt/rules-vn';
import { caseFileJsonSchema, formatFailure, parseCase, runCases, topReason } from '@tdkt/testkit';
import { Command, Option } from 'commander';
import { parse } from 'yaml';
import { documentJsonSchema, registerExport } from './export.js';
import { SingleBar, Presets } from 'cli-progress';
import { importPrepared, parseSubjects, progressBar, subjectsImportId } from './import.js';
import { SHEET_LAYOUTS, readSheetSubjects, type SheetLayout, type SheetSubjects } from './sheets.js';
import { loadPlugins } from './plugins.js';
import { describeStore, openStore, parseStore, type StoreSpec } from './store.js';

/** Where the CLI writes: injectable for tests. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

function explain(node: Explanation, docs: ReadonlyMap<string, LegalDocument>, lang: 'vi' | 'en', depth = 0, lines: string[] = []): string[] {
  const mark = node.procedural ? '…' : node.notClaimed ? '-' : node.outcome === 'eligible' ? '✔' : node.outcome === 'ineligible' ? '✘' : '?';
  const route = node.route ? `[${node.route}] ` : '';
  const cites = [...new Set(node.citations.map((c) => formatCitation(c, docs, lang)))];
  const text = node.kind === 'leaf' ? node.message[lang] : node.text[lang];
  lines.push(`${'  '.repeat(depth)}${mark} ${route}${text}${cites.length ? `  (${cites.join('; ')})` : ''}`);
  node.children.forEach((c) => explain(c, docs, lang, depth + 1, lines));
  return lines;
}

/**
 * Runs the `tdkt` command line with `argv` (without node and script). Returns the exit code:
 * 0 success, 1 failing cases, 2 bad input or configuration. Never prints a stack trace.
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('tdkt')
    .description('tdkt — thi đua, khen thưởng (Vietnam emulation and commendation) toolkit')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const pluginOption = () => new Option('--plugin <path|package...>', 'extra plugin module(s) to load').default([]);

  program
    .command('cases')
    .description('evaluate every case file below a folder and compare with the expected outcome')
    .argument('<folder>', 'folder of *.yaml case files (shared/cases/FORMAT.md)')
    .addOption(pluginOption())
    .option('--json', 'print the full results, explanations included')
    .action(async (folder: string, opts: { plugin: string[]; json?: boolean }) => {
      const engine = createVnEngine(await loadPlugins(opts.plugin));
      const run = await runCases(engine, folder);
      if (opts.json) io.out(JSON.stringify(run, null, 2));
      else for (const r of run.results) if (!r.passed) io.out(formatFailure(r));
      io.out(`${run.passed} passed, ${run.failed} failed`);
      code = run.failed > 0 ? 1 : 0;
    });

  program
    .command('catalog')
    .description('list the awards the loaded rules know')
    .option('--json', 'print a JSON array')
    .option('--as-of <date>', 'only awards that exist on this date (YYYY-MM-DD)')
    .addOption(pluginOption())
    .action(async (opts: { json?: boolean; asOf?: string; plugin: string[] }) => {
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new TdktError('VALIDATION_FAILED', msg('--as-of cần dạng YYYY-MM-DD', '--as-of needs YYYY-MM-DD'), { path: ['--as-of'], value: opts.asOf });
      const engine = createVnEngine(await loadPlugins(opts.plugin));
      const entries = engine.catalog(opts.asOf).map(({ code, nameVi, nameEn, kind, subjectKinds, citations, validFrom, validTo }) => ({ code, nameVi, nameEn, kind, subjectKinds, citations, validFrom, validTo }));
      if (opts.json) io.out(JSON.stringify(entries, null, 2));
      else for (const e of entries) io.out(`${e.code.padEnd(40)} ${e.nameVi} — ${e.nameEn}`);
      if (entries.length === 0) io.err(`tdkt: không có danh hiệu nào trong quy định được nạp vào ngày ${opts.asOf} / no award is known on ${opts.asOf}`);
    });

  program
    .command('evaluate')
    .description('evaluate one case or request file (YAML or JSON) and print the explanation; a file holding a list of requests is evaluated as a batch, one line per request')
    .argument('<file>', 'a case file or an evaluation request')
    .addOption(pluginOption())
    .option('--json', 'print the decision as JSON')
    .option('--lang <lang>', 'vi or en', 'vi')
    .action(async (file: string, opts: { plugin: string[]; json?: boolean; lang: string }) => {
      const engine = createVnEngine(await loadPlugins(opts.plugin));
      const text = await readFile(file, 'utf8').catch(() => {
        throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp ${file}`, `Cannot read ${file}`), { value: file });
      });
      let doc: Record<string, unknown>;
      try {
        doc = parse(text, { version: '1.2' }) as Record<string, unknown>;
      } catch (e) {
        throw new TdktError('INPUT_UNREADABLE', msg(`YAML/JSON không hợp lệ: ${(e as Error).message}`, `Invalid YAML/JSON: ${(e as Error).message}`), { value: file });
      }
      if (Array.isArray(doc)) {
        // A list of requests: evaluated as a batch, one line (or JSON entry) per request, in order.
        const json: unknown[] = [];
        for await (const r of evaluateBatch(engine, doc as unknown[])) {
          if (!r.ok) code = 2;
          if (opts.json) json.push(r.ok ? { index: r.index, decision: r.decision } : { index: r.index, error: { code: r.error.code, path: r.error.path, value: r.error.value, messages: r.error.messages } });
          else if (r.ok) io.out(`#${r.index} ${r.decision.subject.id ?? r.decision.subject.name ?? ''} ${r.decision.award} ${r.decision.period}: ${r.decision.outcome} — ${topReason(r.decision)[opts.lang === 'en' ? 'en' : 'vi']}`);
          else io.out(`#${r.index} ${r.error.describe()}`);
        }
        if (opts.json) io.out(JSON.stringify(json, null, 2));
        return;
      }
      let request: unknown = doc;
      if (doc && typeof doc === 'object' && 'expect' in doc) {
        const { id: _i, title: _t, source: _s, basis: _b, note: _n, expect: _e, ...rest } = parseCase(text);
        request = rest;
      }
      const d = engine.evaluate(request);
      const lang = opts.lang === 'en' ? 'en' : 'vi';
      if (opts.json) io.out(JSON.stringify(d, null, 2));
      else {
        io.out(`${d.award} ${d.period}: ${d.outcome} — ${topReason(d)[lang]}`);
        for (const l of explain(d.explanation, engine.documents, lang)) io.out(l);
        io.out(`hash ${d.hash}`);
      }
    });

  program
    .command('import')
    .description('import subjects into a store (SQLite by default, PostgreSQL or PGlite with --store), in resumable all-or-nothing batches: JSON or JSON Lines (each with an id), the example roster (CSV/XLSX) or a provincial import sheet (CANHAN, TAPTHE, DETAI, NHANDULIEU, MauTDKT, …)')
    .argument('<file>', 'subjects file (.json, .jsonl, .csv or .xlsx)')
    .option('--db <file>', 'SQLite database file, created when missing (default tdkt.sqlite; the same as --store sqlite:FILE)')
    .option('--store <store>', 'where to import: sqlite:FILE, postgres://USER:PASSWORD@HOST:PORT/DB, pglite:DIR (default sqlite:tdkt.sqlite)')
    .option('--batch <n>', 'rows per transaction', '500')
    .option('--actor <name>', 'who imports (audit log)', 'tdkt import')
    .addOption(new Option('--layout <layout>', 'spreadsheet layout (detected from the headers by default)').choices(['auto', ...SHEET_LAYOUTS]).default('auto'))
    .addOption(pluginOption())
    .action(async (file: string, opts: { db?: string; store?: string; batch: string; actor: string; layout: SheetLayout | 'auto'; plugin: string[] }) => {
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new TdktError('VALIDATION_FAILED', msg('--batch phải là số nguyên dương', '--batch must be a positive integer'), { path: ['batch'], value: opts.batch });
      if (opts.db !== undefined && opts.store !== undefined) throw new TdktError('VALIDATION_FAILED', msg('Chỉ dùng một trong hai: --db hoặc --store', 'Use one of --db or --store, not both'), { path: ['store'], value: opts.store });
      const spec: StoreSpec = opts.store !== undefined ? parseStore(opts.store) : { kind: 'sqlite', file: opts.db ?? 'tdkt.sqlite' };
      const where = describeStore(spec);
      const sheet = /\.(csv|xlsx)$/i.test(file);
      let prepared: SheetSubjects | undefined;
      let rows: ReturnType<typeof parseSubjects> = [];
      let importId = '';
      // every row is read and checked before the store is opened: a bad file leaves no database behind
      if (sheet) prepared = await readSheetSubjects(file, opts.layout);
      else {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được tệp ${file}`, `Cannot read ${file}`), { path: [file], cause: e });
        }
        rows = parseSubjects(text, file, validateSubjects);
        importId = subjectsImportId(text);
      }
      // award codes in the facts must be known to the national rules (and the plugins given): a typo must not be stored
      const engine = createVnEngine(await loadPlugins(opts.plugin));
      throwUnknownCodes((prepared?.subjects ?? rows).flatMap((r) => unknownAwardCodes(r, (c) => engine.award(c) !== undefined, ['subjects', r.id])));
      if ((prepared?.subjects ?? rows).length === 0)
        throw new TdktError('VALIDATION_FAILED', msg(`Tệp ${file} không có dòng nào để nhập`, `${file} has no row to import`), { path: [file], value: 0 });
      const storage = await openStore(spec);
      const bar = process.stderr.isTTY ? new SingleBar({ format: 'tdkt import [{bar}] {percentage}% {value}/{total}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : undefined;
      let started = false;
      const onProgress = (done: number, total: number): void => {
        if (!bar) return io.err(progressBar(done, total));
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
      };
      try {
        const options = { batchSize, actor: opts.actor, onProgress };
        const r = prepared ? await importPrepared(storage, prepared.subjects, prepared.importId, file, { ...options, ...(prepared.merge ? { merge: prepared.merge } : {}) }) : await importPrepared(storage, rows, importId, file, options);
        bar?.stop();
        if (prepared && r.resumedAt === 0 && r.written > 0) io.out(`Mẫu / layout: ${prepared.layout}`);
        io.out(r.written === 0 && r.total > 0 ? `Đã nhập trước đó / already imported: ${r.total} → ${where}` : r.resumedAt > 0 ? `Tiếp tục từ dòng ${r.resumedAt + 1} / resumed at row ${r.resumedAt + 1}: ${r.written} ghi thêm / written, ${r.total} tổng / total` : `Đã nhập / imported ${r.written}/${r.total} → ${where}`);
      } finally {
        bar?.stop();
        await storage.close();
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the case-file format (or, with --document, of a dossier document for `tdkt export document`)')
    .option('--document', 'the schema of a dossier document (achievement report, initiative confirmation, draft decision)')
    .action((o: { document?: boolean }) => io.out(JSON.stringify(o.document ? documentJsonSchema() : caseFileJsonSchema(), null, 2)));

  registerExport(program, io);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof TdktError) {
      io.err(`tdkt: ${e.code}`);
      io.err(e.describe());
      return 2;
    }
    const ce = e as { code?: string; exitCode?: number };
    if (typeof ce.code === 'string' && ce.code.startsWith('commander.')) {
      if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version') return 0;
      // commander printed its (English) message above; say it in Vietnamese too
      io.err('tdkt: lệnh, tham số hoặc tùy chọn không hợp lệ (xem tdkt --help) / invalid command, argument or option (see tdkt --help)');
      return 2;
    }
    io.err(`tdkt: ${(e as Error)?.message ?? String(e)}`);
    return 2;
  }
  return code;
}

