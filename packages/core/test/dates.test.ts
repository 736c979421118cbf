import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, differenceInMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIME_ZONE, TdktError, daysBetween, isIsoDate, fromDate, monthsBetween, nextDay, plusMonths, toDate } from '../src/index.js';

// The calendar arithmetic of dates.ts against date-fns on zoned dates (Asia/Ho_Chi_Minh), the
// definition it replaced: every pair over a grid of dates from 1950 to 2100, month ends included (the zoned reference is slow, hence the sparse grid).
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const grid: string[] = [];
for (let y = 1950; y <= 2100; y += 19) for (let m = 1; m <= 12; m++) for (const d of [1, 15, 27, 28, 29, 30, 31]) if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d) grid.push(iso(y, m, d));
const ends = ['2024-02-28', '2024-02-29', '2024-03-01', '2024-12-31', '2025-01-31', '2025-02-28', '2025-06-30', '2025-12-31', '2026-08-31', '1975-12-31', '2000-02-29'];
const reference = {
  nextDay: (a: string) => fromDate(addDays(toDate(a), 1)),
  monthsBetween: (a: string, b: string) => (b < a ? 0 : differenceInMonths(toDate(reference.nextDay(b)), toDate(a))),
  daysBetween: (a: string, b: string) => (b < a ? 0 : differenceInCalendarDays(toDate(b), toDate(a)) + 1),
  plusMonths: (a: string, n: number) => fromDate(addMonths(new TZDate(toDate(a).getTime(), TIME_ZONE), n)),
};

describe('calendar arithmetic', () => {
  it('nextDay, monthsBetween and daysBetween equal date-fns on zoned dates', { timeout: 60_000 }, () => {
    for (const a of grid) {
      expect(nextDay(a)).toBe(reference.nextDay(a));
      for (const b of ends) {
        expect(monthsBetween(a, b)).toBe(reference.monthsBetween(a, b));
        expect(daysBetween(a, b)).toBe(reference.daysBetween(a, b));
      }
    }
  });

  it('plusMonths equals date-fns addMonths (month ends clamp)', { timeout: 60_000 }, () => {
    for (const a of grid) for (const n of [-25, -1, 0, 1, 6, 12, 13]) expect(plusMonths(a, n)).toBe(reference.plusMonths(a, n));
    expect(plusMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('a date that does not exist raises the typed error', () => {
    expect(() => daysBetween('2025-02-30', '2025-12-31')).toThrow(TdktError);
    expect(() => monthsBetween('2025-01-01', '2025-13-01')).toThrow(TdktError);
  });

  it('day arithmetic accepts exactly the dates isIsoDate accepts and counts days as Date.UTC does', () => {
    const DAY = 86_400_000;
    const base = Date.UTC(1900, 0, 1);
    const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 12 })), (s) => {
        // isIsoDate against the definition by Date.UTC: the fields round-trip.
        const f = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        const probe = f ? new Date(Date.UTC(Number(f[1]), Number(f[2]) - 1, Number(f[3]))) : undefined;
        expect(isIsoDate(s)).toBe(Boolean(f && probe && probe.getUTCFullYear() === Number(f[1]) && probe.getUTCMonth() === Number(f[2]) - 1 && probe.getUTCDate() === Number(f[3])));
        if (!isIsoDate(s)) {
          expect(() => daysBetween('1900-01-01', s)).toThrow(TdktError);
          return;
        }
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        const days = (Date.UTC(y, m - 1, d) - base) / DAY;
        expect(days < 0 ? daysBetween(s, '1900-01-01') : daysBetween('1900-01-01', s)).toBe(Math.abs(days) + 1);
      }),
      { numRuns: 20_000 },
    );
  });
});
