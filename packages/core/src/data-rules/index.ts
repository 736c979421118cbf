export * from './schema.js';
export * from './interpret.js';
export * from './load.js';
