import { packageBuild } from '../../tsup.base';

export default packageBuild({ entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'roster/index': 'src/roster/index.ts' }, dts: { entry: { index: 'src/index.ts', 'roster/index': 'src/roster/index.ts' } } });
