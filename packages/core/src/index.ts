/**
 * `@tdkt/core` — the typed domain model, the criteria rule engine and the plugin API of tdkt.
 *
 * @packageDocumentation
 */
export * from './text.js';
export * from './i18n.js';
export * from './errors.js';
export * from './citation.js';
export * from './dates.js';
export * from './model/codes.js';
export * from './model/subject.js';
export * from './model/request.js';
export * from './engine/types.js';
export * from './engine/combinators.js';
export * from './engine/builders.js';
export * from './engine/history.js';
export * from './engine/plugin.js';
export * from './engine/hash.js';
export * from './engine/engine.js';
export * from './engine/quota.js';
export { evaluateBatch, rosterRequests, subjectAsOf, type AnyIterable, type BatchOptions, type BatchProgress, type BatchResult, type BriefBatchOptions, type RosterOptions } from './engine/batch.js';
export * from './engine/fingerprint.js';
export * from './model/unit.js';
export * from './data-rules/index.js';
export * from './clusters.js';
export * from './ports/exporter.js';
export * from './ports/storage-errors.js';
export * from './ports/storage.js';
export { bulkOf, type PutManyOptions, type PutManyResult, type RawLogInput, type RawUpdate, type StorageDriverBulk, type Validated } from './ports/storage-bulk.js';
export * from './ports/reevaluate.js';
export * from './workflow/proposal.js';
export * from './workflow/proposal-store.js';
export * from './workflow/calendar.js';
export * from './workflow/chain.js';
