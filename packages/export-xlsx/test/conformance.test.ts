import { exporterConformance } from '@tdkt/testkit';
import { describe, it } from 'vitest';
import { xlsxExporter } from '../src/index.js';

describe('xlsx exporter conformance', () => {
  for (const c of exporterConformance(xlsxExporter())) {
    if (c.skip) console.log(`skipped: ${c.name} — ${c.skip}`);
    it.skipIf(!!c.skip)(c.name, c.run);
  }
});
