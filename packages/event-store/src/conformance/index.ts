import { type EventStore } from '../port/event-store.js';
import { type EventStoreConformanceOptions, kitSetup } from './setup.js';
import { appendSpecs } from './append.js';
import { idempotencySpecs } from './idempotency.js';
import { readSpecs } from './read.js';
import { subscribeSpecs } from './subscribe.js';
import { deleteSpecs } from './delete.js';
import { concurrencySpecs } from './concurrency.js';
import { closeSpecs } from './close.js';
import { largeSpecs } from './large.js';
import { importSpecs } from './import.js';

export { type EventStoreConformanceOptions } from './setup.js';
export { runCheckpointStoreConformance, type CheckpointStoreConformanceOptions } from './checkpoint-store.js';
export { runSnapshotStoreConformance, type SnapshotStoreConformanceOptions } from './snapshot-store.js';
export {
  collect,
  expectRejection,
  expectSameEvents,
  expectStrictlyIncreasing,
  idsOf,
  newEvent,
  newEvents,
  readAllUnder,
  readStream,
  uniquePrefix,
} from './fixtures.js';
export { take } from './subscribe.js';

/**
 * Registers the EventStore conformance suite (mocha globals). Every store runs
 * this same code through its factory, so stores cannot drift apart; `factory`
 * returns a fresh, empty store per test.
 */
export function runEventStoreConformance(
  name: string,
  factory: () => Promise<EventStore>,
  options: EventStoreConformanceOptions = {},
): void {
  const setup = kitSetup(factory, options);
  describe(`EventStore conformance: ${name}`, () => {
    appendSpecs(setup);
    idempotencySpecs(setup);
    readSpecs(setup);
    subscribeSpecs(setup);
    deleteSpecs(setup);
    concurrencySpecs(setup);
    closeSpecs(setup);
    importSpecs(setup, options.importEvents !== false);
    largeSpecs(setup);
  });
}
