import { packageBuild } from '../../tsup.base';

// node/batch-worker is the entry of evaluateBatchInWorkers' threads (loaded by URL next to node/index);
// shims give the CommonJS build an import.meta.url to find it.
export default packageBuild({ entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/batch-worker': 'src/node/batch-worker.ts' }, shims: true });
