/** Turning roster rows into subjects lives in `@tdkt/cli` (shared with `tdkt import`); re-exported here. */
export { buildPeople, inferInitiativeUse, type Person, type SkippedRow } from '@tdkt/cli/roster';
