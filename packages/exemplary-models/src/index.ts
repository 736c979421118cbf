/**
 * `@tdkt/exemplary-models` — exemplary models (điển hình tiên tiến): discover, nurture, select,
 * replicate, honour and follow; the general criteria on the tdkt engine; propagation activities,
 * replication trees, plans and indicators rolled up the unit tree; proposals into commendation.
 *
 * @packageDocumentation
 */
export * from './model.js';
export * from './tracker.js';
export * from './criteria.js';
export * from './store.js';
export * from './report.js';
