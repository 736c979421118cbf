import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInCalendarDays, differenceInMonths } from 'date-fns';
import { z } from 'zod';
import { TdktError } from './errors.js';
import { msg } from './i18n.js';

/** The time zone every calendar date of the library is read in. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
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

/** The day after a calendar date. */
export function nextDay(iso: string): string {
  return fromDate(new Date(toDate(iso).getTime() + 36 * 3600 * 1000));
}

/**
 * Whole calendar months from `from` (inclusive) to the day after `to` (so a full year is 12).
 * Returns 0 when `to` is before `from`.
 */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  return differenceInMonths(toDate(nextDay(to)), toDate(from));
}

/** Days from `from` to `to`, both inclusive; 0 when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  if (to < from) return 0;
  return differenceInCalendarDays(toDate(to), toDate(from)) + 1;
}

/** Adds calendar months to a date. */
export function plusMonths(iso: string, months: number): string {
  return fromDate(addMonths(toDate(iso), months));
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
