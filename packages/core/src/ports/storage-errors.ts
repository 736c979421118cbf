import { TdktError, type TdktErrorCode } from '../errors.js';
import { msg, type Message } from '../i18n.js';

/**
 * Why a storage operation failed. The {@link TdktError.code} of a {@link StorageError} is
 * `STALE_WRITE`, `NOT_FOUND` or `INVALID_TRANSITION` for those kinds and `WRITE_FAILED` for the
 * others; the kind tells callers what to do: re-read and retry on `STALE_WRITE`, fix the input on
 * `DUPLICATE`, and so on.
 */
export type StorageErrorKind =
  /** The record changed since it was read: its version is not the one the write expected. */
  | 'STALE_WRITE'
  /** No record with that id. */
  | 'NOT_FOUND'
  /** A record with that id already exists. */
  | 'DUPLICATE'
  /** The decision is already cancelled (Law Art 93): a cancellation is recorded once. */
  | 'ALREADY_CANCELLED'
  /** A migration could not apply; the database was left as it was. */
  | 'MIGRATION_FAILED'
  /** A proposal cannot move to the stage asked for from the stage it is in. */
  | 'INVALID_TRANSITION'
  /** The database driver failed (I/O, constraint, connection); the transaction was rolled back. */
  | 'DRIVER_FAILED';

/**
 * The typed error of the storage port and of the proposal workflow: a {@link TdktError} with a
 * {@link StorageErrorKind}, the path and value concerned and a Vietnamese and English message.
 */
export class StorageError extends TdktError {
  /** What went wrong, finer than {@link TdktError.code}. */
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: Message, options: { path?: (string | number)[]; value?: unknown; cause?: unknown } = {}) {
    const code: TdktErrorCode = kind === 'STALE_WRITE' || kind === 'NOT_FOUND' || kind === 'INVALID_TRANSITION' ? kind : 'WRITE_FAILED';
    super(code, message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/** True when `e` is a {@link StorageError} (of the given kind, when one is named). */
export function isStorageError(e: unknown, kind?: StorageErrorKind): e is StorageError {
  return e instanceof StorageError && (kind === undefined || e.kind === kind);
}

/** The `STALE_WRITE` error for a record of `collection` written with an outdated version. */
export function staleWrite(collection: string, id: string, expected: number, actual: number | undefined): StorageError {
  return new StorageError(
    'STALE_WRITE',
    msg(
      `Bản ghi ${collection}/${id} đã bị người khác thay đổi (phiên bản hiện tại ${actual ?? '?'}, phiên bản khi đọc ${expected}); hãy đọc lại rồi ghi`,
      `Record ${collection}/${id} was changed by someone else (current version ${actual ?? '?'}, version read ${expected}); read it again, then write`,
    ),
    { path: [collection, id], value: expected },
  );
}

/** The `NOT_FOUND` error for a missing record. */
export function notFound(collection: string, id: string): StorageError {
  return new StorageError('NOT_FOUND', msg(`Không tìm thấy bản ghi ${collection}/${id}`, `No record ${collection}/${id}`), { path: [collection, id], value: id });
}

/** The `DUPLICATE` error for an id already taken. */
export function duplicate(collection: string, id: string): StorageError {
  return new StorageError('DUPLICATE', msg(`Bản ghi ${collection}/${id} đã tồn tại`, `Record ${collection}/${id} already exists`), { path: [collection, id], value: id });
}

/** Wraps a driver failure (never shows its stack to people; keeps it as `cause`). */
export function driverFailed(driver: string, e: unknown): StorageError {
  const detail = e instanceof Error ? e.message : String(e);
  return new StorageError(
    'DRIVER_FAILED',
    msg(`Lỗi cơ sở dữ liệu (${driver}): ${detail}; giao dịch đã được hủy, không có gì được ghi`, `Database error (${driver}): ${detail}; the transaction was rolled back, nothing was written`),
    { cause: e },
  );
}

/** The `MIGRATION_FAILED` error: migration `version` could not apply and was rolled back. */
export function migrationFailed(driver: string, version: number, name: string, e: unknown): StorageError {
  const detail = e instanceof Error ? e.message : String(e);
  return new StorageError(
    'MIGRATION_FAILED',
    msg(
      `Không áp dụng được bản nâng cấp cơ sở dữ liệu số ${version} (${name}) trên ${driver}: ${detail}; cơ sở dữ liệu giữ nguyên`,
      `Migration ${version} (${name}) could not apply on ${driver}: ${detail}; the database is unchanged`,
    ),
    { path: ['migrations', version], value: name, cause: e },
  );
}
