import { exporterConformance } from '@tdkt/testkit';
import { describe, it } from 'vitest';
import { pdfExporter } from '../src/index.js';

describe('pdf exporter conformance', () => {
  for (const c of exporterConformance(pdfExporter())) {
    if (c.skip) console.log(`skipped: ${c.name} — ${c.skip}`);
    it.skipIf(!!c.skip)(c.name, c.run);
  }
});
