import { describeStorageConformance } from '@tdkt/testkit';
import { memoryStorage } from '../src/index.js';

describeStorageConformance('memory', () => memoryStorage());
