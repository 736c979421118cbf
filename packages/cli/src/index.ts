/**
 * `@tdkt/cli` — the `tdkt` command line as a library (`main(argv)`), plus plugin loading.
 *
 * @packageDocumentation
 */
export { main, type Io } from './cli.js';
export { loadPlugins } from './plugins.js';
export { importSubjects, parseSubjects, progressBar, type ImportOptions, type ImportResult } from './import.js';
