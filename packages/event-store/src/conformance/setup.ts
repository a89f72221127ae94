import { type EventStore } from '../port/event-store.js';

export interface EventStoreConformanceOptions {
  /** Events appended (in batches of 1000) and read back by the flat-memory checks. Default 1_000_000. */
  readonly largeReadEvents?: number;
  /** Writers racing on one stream. Default 50. */
  readonly concurrentWriters?: number;
  /**
   * Whether the store implements `importEvents` (default true): a store that
   * cannot be a `fairscan store copy` target says `false`, and the kit then
   * checks that it really has no such method.
   */
  readonly importEvents?: boolean;
  /** Closes the store and removes what it left behind; default `store.close()`. */
  readonly teardown?: (store: EventStore) => Promise<void>;
}

export interface KitSetup {
  readonly factory: () => Promise<EventStore>;
  readonly teardown: (store: EventStore) => Promise<void>;
  readonly largeReadEvents: number;
  readonly concurrentWriters: number;
}

/** The store of the running test, fresh for each test. */
export interface StoreHolder {
  readonly store: EventStore;
}

export function kitSetup(factory: () => Promise<EventStore>, options: EventStoreConformanceOptions = {}): KitSetup {
  return {
    factory,
    teardown: options.teardown ?? ((store) => store.close()),
    largeReadEvents: options.largeReadEvents ?? 1_000_000,
    concurrentWriters: options.concurrentWriters ?? 50,
  };
}

/** Registers beforeEach/afterEach in the calling describe: a fresh store per test. */
export function freshStorePerTest(setup: KitSetup): StoreHolder {
  let current: EventStore | undefined;
  beforeEach(async () => {
    current = await setup.factory();
  });
  afterEach(async () => {
    if (current !== undefined) await setup.teardown(current);
    current = undefined;
  });
  return {
    get store(): EventStore {
      if (current === undefined) throw new Error('conformance kit: no store outside a test');
      return current;
    },
  };
}
