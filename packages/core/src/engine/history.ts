import type { AwardHeld, Initiative, Subject, YearRecord } from '../model/subject.js';
import type { Rating } from '../model/codes.js';

/**
 * A read-only view of a subject's history with the look-ups criteria need. Cancelled awards
 * (Law Art 93 cl 2) are left out of every look-up: a cancelled decision counts for nothing, so
 * the chains that relied on it no longer hold (the library's documented choice).
 */
export class SubjectHistory {
  readonly subject: Subject;
  /** The year records; looked up by a scan from the end (the last record of a year wins), cheaper than a map for the few years a subject has. */
  private readonly records: readonly YearRecord[];
  private sortedYears: number[] | undefined;

  private readonly period: number | undefined;

  /**
   * @param period the emulation year under review: a collective's own `subject.rating` is its
   *   rating for that year when `years` gives none.
   */
  constructor(subject: Subject, period?: number) {
    this.subject = subject;
    this.period = period;
    this.records = subject.years ?? [];
  }

  /** The record of one emulation year, or `undefined` when nothing is known of it. */
  year(year: number): YearRecord | undefined {
    const r = this.records;
    for (let i = r.length - 1; i >= 0; i--) if (r[i]!.year === year) return r[i];
    return undefined;
  }

  /** The rating of a year (`undefined`: unknown or not rated). */
  rating(year: number): Rating | undefined {
    return this.year(year)?.rating ?? (year === this.period ? this.subject.rating : undefined);
  }

  /** Years with a record, ascending (a new array each call). */
  years(): number[] {
    this.sortedYears ??= [...new Set(this.records.map((y) => y.year))].sort((a, b) => a - b);
    return this.sortedYears.slice();
  }

  /**
   * True when the subject holds title `code` for emulation year `year`: listed in that year's
   * titles, or an active award record of that code whose achievement period ends in that year —
   * unless a cancelled decision of that code covers the year.
   */
  hasTitle(code: string, year: number): boolean {
    const awards = this.subject.awards;
    if (awards)
      for (const a of awards)
        if (a.award === code && a.status === 'cancelled' && a.period !== undefined && a.period[0] <= year && year <= a.period[1]) return false;
    if (this.year(year)?.titles?.includes(code)) return true;
    if (awards) for (const a of awards) if (a.award === code && a.status !== 'cancelled' && a.period !== undefined && a.period[1] === year) return true;
    return false;
  }

  /** Active (not cancelled) awards held, optionally of one code. */
  awards(code?: string): AwardHeld[] {
    return (this.subject.awards ?? []).filter((a) => a.status !== 'cancelled' && (code === undefined || a.award === code));
  }

  /** Cancelled awards, optionally of one code (reported in explanations). */
  cancelledAwards(code?: string): AwardHeld[] {
    return (this.subject.awards ?? []).filter((a) => a.status === 'cancelled' && (code === undefined || a.award === code));
  }

  /** Initiatives, research topics and combat ingenuity. */
  initiatives(): Initiative[] {
    return this.subject.initiatives ?? [];
  }

  /**
   * The consecutive run of years ending at `end` (inclusive) in which `test` holds, walking back
   * until a year fails or `floor` is passed. Returns the years ascending (empty if `end` fails).
   */
  runEndingAt(end: number, test: (year: number) => boolean, floor = 1945): number[] {
    const out: number[] = [];
    for (let y = end; y >= floor && test(y); y--) out.unshift(y);
    return out;
  }
}

/** Human label of an award record: `code (2018–2019)`. */
export function awardLabel(a: AwardHeld): string {
  const p = a.period ? ` (${a.period[0] === a.period[1] ? a.period[0] : `${a.period[0]}–${a.period[1]}`})` : a.decidedOn ? ` (QĐ ${a.decidedOn})` : '';
  return `${a.award}${p}`;
}
