import type { z } from 'zod';
import { msg, type Message } from './i18n.js';

/** Error codes of the library (UPPER_SNAKE). */
export type TdktErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNKNOWN_AWARD'
  | 'UNKNOWN_PLUGIN'
  | 'PLUGIN_INVALID'
  | 'PLUGIN_CONFLICT'
  | 'PLUGIN_RELAXES_NATIONAL_RULE'
  | 'UNKNOWN_PARAMETER'
  | 'PARAMETER_OUT_OF_BOUNDS'
  | 'INPUT_UNREADABLE'
  | 'WRITE_FAILED'
  | 'STALE_WRITE'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION';

/** One problem found in an input: where (path), what was there (value) and why (bilingual). */
export interface Issue {
  /** Path to the offending field, e.g. `["subject", "years", 2, "rating"]`; a row/column for files. */
  path: (string | number)[];
  /** The offending value as received (may be `undefined` when a field is missing). */
  value: unknown;
  /** Why it is wrong, in Vietnamese and English. */
  message: Message;
}

/**
 * The one error type the library throws for bad input or bad configuration. It carries a code,
 * the path and value of the first problem, a bilingual message and every issue found.
 */
export class TdktError extends Error {
  readonly code: TdktErrorCode;
  readonly path: (string | number)[];
  readonly value: unknown;
  readonly messages: Message;
  readonly issues: Issue[];

  constructor(code: TdktErrorCode, message: Message, options: { path?: (string | number)[]; value?: unknown; issues?: Issue[]; cause?: unknown } = {}) {
    super(`${code}: ${message.vi} / ${message.en}${options.path && options.path.length ? ` (${formatPath(options.path)})` : ''}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TdktError';
    this.code = code;
    this.messages = message;
    this.path = options.path ?? [];
    this.value = options.value;
    this.issues = options.issues ?? [{ path: this.path, value: this.value, message }];
  }

  /** A one-line bilingual description, for printing to people. */
  describe(): string {
    const head = this.issues.length > 1 || this.issues[0]?.message.en !== this.messages.en ? `${this.messages.vi} / ${this.messages.en}\n` : '';
    return head + this.issues
      .map((i) => `${formatPath(i.path) || '(root)'}: ${i.message.vi} / ${i.message.en}${i.value === undefined ? '' : ` — ${shortValue(i.value)}`}`)
      .join('\n');
  }
}

function shortValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

/** Formats a path as `subject.years[2].rating`. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return msg(`Sai kiểu dữ liệu: cần ${issue.expected}`, `Wrong type: expected ${issue.expected}`);
    case 'unrecognized_keys':
      return msg(`Trường không được phép: ${issue.keys.join(', ')}`, `Unknown field(s): ${issue.keys.join(', ')}`);
    case 'invalid_value':
      return msg(
        `Giá trị không hợp lệ; cho phép: ${issue.values.map(String).join(', ')}`,
        `Invalid value; allowed: ${issue.values.map(String).join(', ')}`,
      );
    case 'too_small':
      return issue.inclusive === false
        ? msg(`Giá trị phải lớn hơn ${String(issue.minimum)}`, `Must be greater than ${String(issue.minimum)}`)
        : msg(`Giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`, `Too small (minimum ${String(issue.minimum)})`);
    case 'too_big':
      return issue.inclusive === false
        ? msg(`Giá trị phải nhỏ hơn ${String(issue.maximum)}`, `Must be less than ${String(issue.maximum)}`)
        : msg(`Giá trị quá lớn (tối đa ${String(issue.maximum)})`, `Too big (maximum ${String(issue.maximum)})`);
    case 'invalid_format':
      return msg(`Sai định dạng (${issue.format})`, `Invalid format (${issue.format})`);
    case 'custom': {
      const params = issue.params as { vi?: string; en?: string } | undefined;
      if (params?.vi && params.en) return msg(params.vi, params.en);
      return msg(issue.message, issue.message);
    }
    default:
      return msg(`Dữ liệu không hợp lệ: ${issue.message}`, `Invalid input: ${issue.message}`);
  }
}

/** Unions report "invalid input": use the branch that got furthest (its deepest issue) instead. */
function flatten(issue: z.core.$ZodIssue, base: PropertyKey[] = []): { issue: z.core.$ZodIssue; path: PropertyKey[] } {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && Array.isArray((issue as { errors?: unknown }).errors)) {
    const branches = (issue as unknown as { errors: z.core.$ZodIssue[][] }).errors.filter((b) => b.length > 0);
    const scored = branches.map((b) => b.map((i) => flatten(i, path))).flat();
    const informative = scored.filter((x) => x.issue.code !== 'unrecognized_keys' && x.issue.code !== 'invalid_union');
    const pool = informative.length ? informative : scored;
    if (pool.length) return pool.reduce((a, b) => (b.path.length > a.path.length ? b : a));
  }
  return { issue, path };
}

/**
 * Converts a zod error into a {@link TdktError} with code `VALIDATION_FAILED`, keeping every issue's
 * path, the offending value and a bilingual message.
 */
export function fromZodError(error: z.ZodError, input: unknown, prefix: (string | number)[] = []): TdktError {
  const issues: Issue[] = error.issues.map((raw) => {
    const flat = flatten(raw);
    const issue = { ...flat.issue, path: flat.path } as z.core.$ZodIssue;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return { path: [...prefix, ...path], value: valueAt(input, issue.path), message: issueMessage(issue) };
  });
  const first = issues[0] ?? { path: prefix, value: input, message: msg('Dữ liệu không hợp lệ', 'Invalid input') };
  return new TdktError('VALIDATION_FAILED', first.message, { path: first.path, value: first.value, issues });
}

/**
 * Parses `input` with a zod schema; on failure throws a {@link TdktError} (`VALIDATION_FAILED`).
 *
 * @throws TdktError when the input does not match the schema.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix: (string | number)[] = []): z.output<S> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
  } catch (e) {
    throw new TdktError('INPUT_UNREADABLE', msg(`Không đọc được dữ liệu đầu vào: ${(e as Error)?.message ?? String(e)}`, `The input cannot be read: ${(e as Error)?.message ?? String(e)}`), { path: prefix });
  }
  if (!result.success) throw fromZodError(result.error, input, prefix);
  return result.data;
}
