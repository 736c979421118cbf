import { defineConfig } from 'vitest/config';

const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    // CI asks for a machine-readable report too (see .ci/run); people get the default reporter.
    ...(process.env['TDKT_TEST_REPORT'] ? { reporters: ['default', 'json'], outputFile: { json: process.env['TDKT_TEST_REPORT'] } } : {}),
    projects: [
      { extends: true, test: { name: '@tdkt/core', include: ['packages/core/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/rules-vn', include: ['packages/rules-vn/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/testkit', include: ['packages/testkit/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/export-csv', include: ['packages/export-csv/test/**/*.test.ts'], testTimeout: 30000 } },
      { extends: true, test: { name: '@tdkt/export-xlsx', include: ['packages/export-xlsx/test/**/*.test.ts'], testTimeout: 30000 } },
      { extends: true, test: { name: '@tdkt/export-docx', include: ['packages/export-docx/test/**/*.test.ts'], testTimeout: 180000 } },
      { extends: true, test: { name: '@tdkt/export-html', include: ['packages/export-html/test/**/*.test.ts'], testTimeout: 30000 } },
      { extends: true, test: { name: '@tdkt/export-pdf', include: ['packages/export-pdf/test/**/*.test.ts'], testTimeout: 180000 } },
      { extends: true, test: { name: '@tdkt/cli', include: ['packages/cli/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/example-custom-criteria-plugin', include: ['examples/custom-criteria-plugin/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/example-annual-review', include: ['examples/annual-review/test/**/*.test.ts'], testTimeout: 60000 } },
    ],
  },
});
