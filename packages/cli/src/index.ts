/**
 * `@tdkt/cli` — the `tdkt` command line as a library (`main(argv)`), plus plugin loading.
 *
 * @packageDocumentation
 */
export { main, type Io } from './cli.js';
export { loadPlugins } from './plugins.js';
export { importPrepared, importSubjects, parseSubjects, progressBar, type ImportOptions, type ImportResult } from './import.js';
export { PROVINCIAL_LAYOUTS, SHEET_LAYOUTS, mergeProvincial, readSheetSubjects, type SheetLayout, type SheetSubjects } from './sheets.js';
export { describeStore, openStore, parseStore, type StoreSpec } from './store.js';
