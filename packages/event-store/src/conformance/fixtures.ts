import { expect } from 'chai';
import { v7 } from 'uuid';
import { type EventMetadata, type NewEvent, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';

/** An event ready to append, with a fresh uuid v7 id and now as occurredAt. */
export function newEvent(type: string, data: unknown, metadata: Partial<EventMetadata> = {}): NewEvent {
  return { type, data, metadata: { eventId: v7(), occurredAt: new Date().toISOString(), schemaVersion: 1, ...metadata } };
}

/** `count` events numbered from `from` in `data.n`, all of one type. */
export function newEvents(count: number, type = 'ItemCounted', from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { n: from + i }));
}

export const idsOf = (events: ReadonlyArray<NewEvent | StoredEvent>): string[] => events.map((event) => event.metadata.eventId);

/** A per-test stream-name prefix, so the kit also works on a store shared between tests. */
export const uniquePrefix = (): string => `k${v7().replace(/-/g, '').slice(-12)}-`;

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export const readStream = (store: EventStore, streamName: string): Promise<StoredEvent[]> => collect(store.readStream(streamName));

/** Everything under `prefix` in global order. */
export const readAllUnder = (store: EventStore, prefix: string): Promise<StoredEvent[]> =>
  collect(store.readAll({ filter: { streamPrefixes: [prefix] } }));

/** Awaits a rejection and checks its class; returns the error for further checks. */
export async function expectRejection<E extends Error>(
  action: Promise<unknown> | (() => Promise<unknown>),
  errorClass: new (...args: never[]) => E,
): Promise<E> {
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    expect(error, `expected ${errorClass.name}, got ${String(error)}`).to.be.instanceOf(errorClass);
    return error as E;
  }
  expect.fail(`expected a ${errorClass.name}, but it resolved`);
}

/** Lets other promises run, as a real network or disk round-trip would. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Checks that stored events carry what was appended, and the positions the port promises. */
export function expectSameEvents(stored: readonly StoredEvent[], appended: readonly NewEvent[]): void {
  expect(idsOf(stored)).to.deep.equal(idsOf(appended));
  stored.forEach((event, i) => {
    const source = appended[i] as NewEvent;
    expect(event.type).to.equal(source.type);
    expect(event.data).to.deep.equal(source.data);
    expect(event.metadata).to.include({ ...source.metadata, recordedAt: source.metadata.recordedAt ?? event.metadata.recordedAt });
  });
}

export function expectStrictlyIncreasing(positions: readonly number[], what = 'globalPosition'): void {
  positions.forEach((position, i) => {
    expect(Number.isSafeInteger(position), `${what} ${position} is a safe integer`).to.equal(true);
    if (i > 0) expect(position, `${what} at ${i}`).to.be.greaterThan(positions[i - 1] as number);
  });
}
