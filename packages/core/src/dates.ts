import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { TdktError } from './errors.js';
import { msg } from './i18n.js';

/** The time zone every calendar date of the library is read in. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  return civilDay(s) !== undefined;
}

/** A calendar date `YYYY-MM-DD` (Asia/Ho_Chi_Minh), validated to exist. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD', params: { vi: 'Cần một ngày dạng YYYY-MM-DD có thật', en: 'Expected a real calendar date YYYY-MM-DD' } });

/**
 * Turns a calendar date into a {@link TZDate} at midnight in Asia/Ho_Chi_Minh.
 *
 * @throws TdktError `VALIDATION_FAILED` when `iso` is not a real date written `YYYY-MM-DD`.
 */
export function toDate(iso: string): TZDate {
  const m = ISO.exec(iso);
  if (!m || !isIsoDate(iso)) throw new TdktError('VALIDATION_FAILED', msg(`Không phải ngày hợp lệ (YYYY-MM-DD): ${String(iso)}`, `Not a valid date (YYYY-MM-DD): ${String(iso)}`), { value: iso });
  return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), TIME_ZONE);
}

/** Formats a date as `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
export function fromDate(d: Date): string {
  const t = new TZDate(d.getTime(), TIME_ZONE);
  return `${String(t.getFullYear()).padStart(4, '0')}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

/** The year of a calendar date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

// The calendar arithmetic below works on the date's fields alone (`Date.UTC`), which is exact for
// calendar dates and ~20× cheaper than building zoned dates: results are the same as date-fns'
// `addDays`, `differenceInMonths`, `differenceInCalendarDays` and `addMonths` on dates at midnight
// in Asia/Ho_Chi_Minh (checked against them in test/dates.test.ts).

const DAY_MS = 86_400_000;

/** The number written by `n` ASCII digits of `s` from `at`, or -1. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a calendar date written `YYYY-MM-DD`, by arithmetic on its fields (days
 * from civil, proleptic Gregorian) — the same number as `Date.UTC(y, m - 1, d) / DAY_MS` — or
 * `undefined` when it is not a real date. Years before 100 are refused (`Date.UTC` reads them as
 * 19xx, so no date library here can stand for them).
 */
function civilDay(iso: string): number | undefined {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!))) return undefined;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01 of a valid calendar date. @throws TdktError `VALIDATION_FAILED` otherwise. */
function dayNumber(iso: string): number {
  const n = civilDay(iso);
  if (n === undefined) throw new TdktError('VALIDATION_FAILED', msg(`Không phải ngày hợp lệ (YYYY-MM-DD): ${String(iso)}`, `Not a valid date (YYYY-MM-DD): ${String(iso)}`), { value: iso });
  return n;
}

/** `YYYY-MM-DD` of a UTC date's fields. */
function isoOfUtc(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The day after a calendar date. */
export function nextDay(iso: string): string {
  const out = isoOfUtc(new Date((dayNumber(iso) + 1) * DAY_MS));
  if (out.length !== 10) throw new TdktError('VALIDATION_FAILED', msg(`Ngày sau ${iso} ngoài phạm vi ngày`, `The day after ${iso} is out of the range of dates`), { value: iso });
  return out;
}

/**
 * Whole calendar months from `from` (inclusive) to the day after `to` (so a full year is 12).
 * Returns 0 when `to` is before `from`.
 */
export function monthsBetween(from: string, to: string): number {
  const end = dayNumber(to);
  const start = dayNumber(from);
  if (end < start) return 0;
  // date-fns differenceInMonths(later, earlier), on the fields of the two dates.
  const later = new Date(end * DAY_MS + DAY_MS);
  const earlier = new Date(start * DAY_MS);
  const difference = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();
  if (difference < 1) return 0;
  const moved = new Date(later.getTime());
  if (moved.getUTCMonth() === 1 && moved.getUTCDate() > 27) moved.setUTCDate(30);
  moved.setUTCMonth(moved.getUTCMonth() - difference);
  let lastMonthNotFull = moved.getTime() < earlier.getTime();
  const lastDayOfMonth = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth() + 1, 0)).getUTCDate() === later.getUTCDate();
  if (lastDayOfMonth && difference === 1) lastMonthNotFull = false;
  return difference - Number(lastMonthNotFull);
}

/** Days from `from` to `to`, both inclusive; 0 when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  const days = dayNumber(to) - dayNumber(from) + 1;
  return days > 0 ? days : 0;
}

/**
 * Adds calendar months to a date (the day is kept, or the month's last day when it is shorter).
 *
 * @param months a whole number of months, at most 12,000 either way.
 * @throws TdktError `VALIDATION_FAILED` for a date that does not exist, a month count that is not a
 *   whole number within bounds, or a result outside the years 100–9999.
 */
export function plusMonths(iso: string, months: number): string {
  const d = new Date(dayNumber(iso) * DAY_MS);
  if (!Number.isInteger(months) || Math.abs(months) > 12_000)
    throw new TdktError('VALIDATION_FAILED', msg(`Số tháng phải là số nguyên (tối đa 12.000): ${String(months)}`, `The number of months must be a whole number (at most 12,000): ${String(months)}`), { value: months });
  if (!months) return iso;
  const target = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  if (target < 100 * 12 || target >= 10_000 * 12)
    throw new TdktError('VALIDATION_FAILED', msg(`Kết quả ngoài phạm vi ngày: ${iso} + ${months} tháng`, `The result is out of the range of dates: ${iso} + ${months} months`), { value: months });
  const endOfTarget = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months + 1, 0));
  // The target year is within 100–9999 (checked above), where Date.UTC is exact.
  return d.getUTCDate() >= endOfTarget.getUTCDate() ? isoOfUtc(endOfTarget) : isoOfUtc(new Date(Date.UTC(endOfTarget.getUTCFullYear(), endOfTarget.getUTCMonth(), d.getUTCDate())));
}

/** A closed range of calendar dates. */
export interface DateRange {
  from: string;
  to: string;
}

/** The overlap of two ranges, or `undefined`. */
export function overlap(a: DateRange, b: DateRange): DateRange | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}

/**
 * How an emulation year maps to dates: the calendar year by default; a sector may start it on
 * another day (education: 1 September). `period` is then the calendar year in which it ends.
 */
export interface EmulationYearRule {
  /** Month (1–12) on which the emulation year starts. */
  startMonth: number;
  /** Day of month on which it starts. */
  startDay: number;
}

/** The calendar year. */
export const CALENDAR_YEAR: EmulationYearRule = { startMonth: 1, startDay: 1 };

/** The dates of emulation year `year` (the year in which it ends). */
export function emulationYearRange(year: number, rule: EmulationYearRule = CALENDAR_YEAR): DateRange {
  if (rule.startMonth === 1 && rule.startDay === 1) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const from = `${year - 1}-${String(rule.startMonth).padStart(2, '0')}-${String(rule.startDay).padStart(2, '0')}`;
  const endExclusive = `${year}-${String(rule.startMonth).padStart(2, '0')}-${String(rule.startDay).padStart(2, '0')}`;
  return { from, to: fromDate(new Date(toDate(endExclusive).getTime() - 12 * 3600 * 1000)) };
}
