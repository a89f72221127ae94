import { runCheckpointStoreConformance, runEventStoreConformance } from '../conformance/index.js';
import { InMemoryEventStore } from './in-memory-event-store.js';
import { InMemoryCheckpointStore } from './in-memory-checkpoint-store.js';

runEventStoreConformance('in-memory', async () => new InMemoryEventStore());
runCheckpointStoreConformance('in-memory', async () => new InMemoryCheckpointStore());
