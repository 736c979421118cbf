import { exporterConformance } from '@tdkt/testkit';
import { describe, it } from 'vitest';
import { csvExporter } from '../src/index.js';

describe('csv exporter conformance', () => {
  for (const c of exporterConformance(csvExporter())) {
    if (c.skip) console.log(`skipped: ${c.name} — ${c.skip}`);
    it.skipIf(!!c.skip)(c.name, c.run);
  }
});
