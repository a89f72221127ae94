import { runSnapshotStoreConformance } from '../conformance/snapshot-store.js';
import { InMemorySnapshotStore } from './in-memory-snapshot-store.js';

runSnapshotStoreConformance('in-memory', async () => new InMemorySnapshotStore());
