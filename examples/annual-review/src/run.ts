/** One review from a file to the outputs: what both `pnpm demo` and the `review` command run. */
import { createVnEngine } from '@tdkt/rules-vn';
import { TdktError, isIsoDate, msg, yearOf } from '@tdkt/core';
import { buildPeople, type Person } from './build.js';
import { readInputs } from './inputs.js';
import { summaryTable, writeOutputs } from './report.js';
import { HIGHER_AWARDS, INDIVIDUAL_TITLES, UNIT_TITLES, runReview, type Review } from './review.js';

/** Options of {@link reviewFile}. */
export interface ReviewFileOptions {
  file: string;
  out: string;
  unitsFile?: string;
  year?: number;
  asOf?: string;
  province?: string;
  sector?: string;
}

/** Reads, reviews, writes; returns the review, the files written and the printed summary. */
export async function reviewFile(o: ReviewFileOptions): Promise<{ review: Review; people: Person[]; files: string[]; summary: string }> {
  const inputs = await readInputs(o.file, o.unitsFile);
  const year = o.year ?? inputs.year;
  const asOf = o.asOf ?? inputs.asOf;
  if (year === undefined || asOf === undefined)
    throw new TdktError('VALIDATION_FAILED', msg('Cần năm xét và ngày xét (trang "Thông tin" của tệp Excel, hoặc --year và --as-of)', 'The review year and date are needed (the "Thông tin" sheet of the workbook, or --year and --as-of)'), { path: [year === undefined ? 'year' : 'asOf'] });
  if (!Number.isInteger(year) || year < 1945 || year > 2100)
    throw new TdktError('VALIDATION_FAILED', msg(`Năm xét không hợp lệ: ${String(year)}`, `Invalid review year: ${String(year)}`), { path: ['year'], value: year });
  if (!isIsoDate(asOf))
    throw new TdktError('VALIDATION_FAILED', msg(`Ngày xét cần dạng YYYY-MM-DD và là ngày có thật: ${asOf}`, `The review date must be a real date written YYYY-MM-DD: ${asOf}`), { path: ['asOf'], value: asOf });
  if (year > yearOf(asOf))
    throw new TdktError('VALIDATION_FAILED', msg(`Năm xét ${year} sau ngày xét ${asOf}`, `Review year ${year} is after the review date ${asOf}`), { path: ['year'], value: year });
  const built = buildPeople(inputs.roster.rows);
  const engine = createVnEngine();
  const review = runReview({ engine, year, asOf, people: built.people, skipped: built.skipped, unitRatings: inputs.unitRatings, ...(o.province ? { province: o.province } : {}), ...(o.sector ? { sector: o.sector } : {}) });
  const problems = [...built.problems, ...inputs.problems, ...review.problems];
  const awards = [...INDIVIDUAL_TITLES, ...HIGHER_AWARDS, ...UNIT_TITLES];
  const files = await writeOutputs(o.out, review, awards, engine.documents, problems, engine.catalog());
  const summary = summaryTable(review, awards, problems.length, inputs.roster.junk);
  return { review, people: built.people, files, summary: [...problems.map((p) => `Dòng ${p.row}, cột "${p.column}": ${p.message.vi} / ${p.message.en}`), summary].join('\n') };
}
