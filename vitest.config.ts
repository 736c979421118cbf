import { defineConfig } from 'vitest/config';

const conditions = ['source', 'module', 'node', 'import', 'default'];
const pgConditions = conditions.filter((c) => c !== 'import');

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
      { extends: true, test: { name: '@tdkt/exemplary-models', include: ['packages/exemplary-models/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/example-exemplary-models', include: ['examples/exemplary-models/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/example-custom-criteria-plugin', include: ['examples/custom-criteria-plugin/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/storage-memory', include: ['packages/storage-memory/test/**/*.test.ts'] } },
      { extends: true, test: { name: '@tdkt/storage-sqlite', include: ['packages/storage-sqlite/test/**/*.test.ts'], testTimeout: 60000 } },
      // pg is CommonJS and requires pg-pool, whose "import" entry is ESM: without the "import"
      // condition in the workers' --conditions, Node's require picks pg-pool's CommonJS entry.
      {
        resolve: { conditions: pgConditions },
        ssr: { resolve: { conditions: pgConditions, externalConditions: ['source'] } },
        test: { name: '@tdkt/storage-postgres', include: ['packages/storage-postgres/test/**/*.test.ts'], testTimeout: 60000 },
      },
      {
        resolve: { conditions: pgConditions },
        ssr: { resolve: { conditions: pgConditions, externalConditions: ['source'] } },
        test: { name: '@tdkt/example-http-api', include: ['examples/http-api/test/**/*.test.ts'], testTimeout: 120000 },
      },
      { extends: true, test: { name: '@tdkt/example-annual-review', include: ['examples/annual-review/test/**/*.test.ts'], testTimeout: 60000 } },
    ],
  },
});
