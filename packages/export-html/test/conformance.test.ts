import { exporterConformance } from '@tdkt/testkit';
import { describe, it } from 'vitest';
import { htmlExporter } from '../src/index.js';

describe('html exporter conformance', () => {
  for (const c of exporterConformance(htmlExporter())) {
    if (c.skip) console.log(`skipped: ${c.name} — ${c.skip}`);
    it.skipIf(!!c.skip)(c.name, c.run);
  }
});
