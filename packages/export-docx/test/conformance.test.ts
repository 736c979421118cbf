import { exporterConformance } from '@tdkt/testkit';
import { describe, it } from 'vitest';
import { docxExporter } from '../src/index.js';

describe('docx exporter conformance', () => {
  for (const c of exporterConformance(docxExporter())) {
    if (c.skip) console.log(`skipped: ${c.name} — ${c.skip}`);
    it.skipIf(!!c.skip)(c.name, c.run);
  }
});
