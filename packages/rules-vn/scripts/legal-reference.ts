/** Writes docs/legal-reference.md from the rules (`pnpm run docs:legal`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createVnEngine, legalReference } from '../src/index.js';

const target = fileURLToPath(new URL('../../../docs/legal-reference.md', import.meta.url));
writeFileSync(target, `${legalReference(createVnEngine())}\n`);
console.log(`→ ${target}`);
