/**
 * The roster reader shared by `tdkt import` and the annual-review example: CSV or XLSX, one row
 * per person per year, Vietnamese headers with or without diacritics.
 */
export * from './reader.js';
export * from './build.js';
