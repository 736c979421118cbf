/** The roster reader lives in `@tdkt/cli` (shared with `tdkt import`); re-exported here for the example's modules. */
export * from '@tdkt/cli/roster';
