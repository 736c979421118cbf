/**
 * `@tdkt/testkit` — the eligibility case runner (the format of `shared/cases/FORMAT.md`) as a
 * library, for plugin authors and for the `tdkt cases` command.
 *
 * @packageDocumentation
 */
export * from './case-schema.js';
export * from './runner.js';
export * from './unit-review.js';
export * from './exporter-conformance.js';
export * from './storage-conformance.js';
