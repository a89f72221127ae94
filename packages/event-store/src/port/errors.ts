import type { ExpectedVersion } from './event-store.js';

/** The append did not match the stream's version; nothing was written. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream "${streamName}": expected version ${String(expected)}, actual ${actual}`);
  }
}

/** Some but not all event ids of an append are already stored, or stored in another stream. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(
    readonly streamName: string,
    readonly eventId: string,
  ) {
    super(`stream "${streamName}": event id ${eventId} is already stored elsewhere or in a different append`);
  }
}

export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('the event store is closed');
  }
}
