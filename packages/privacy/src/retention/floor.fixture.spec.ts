import { randomUUID } from 'node:crypto';
import { type BizStep, type DomainEvent, type NewEvent, type OperatorRef, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

/** A small floor written straight into a store: shifts, attributed scans, tasks, packages. */
export const site = 'lille-1';

export const operator = (letter: string): OperatorRef => `op_${letter.repeat(16)}` as OperatorRef;

const fact = (event: DomainEvent, occurredAt: string): NewEvent => ({
  type: event.type,
  data: event.data,
  metadata: { eventId: randomUUID(), occurredAt, schemaVersion: 1 },
});

/** A declared shift on `day` from `start` to `end` (HH:MM, UTC), with declared breaks; `end` undefined leaves it open. */
export async function shift(store: EventStore, day: string, who: OperatorRef, start: string, end?: string, breaks: Array<[string, string]> = []): Promise<void> {
  const at = (time: string) => `${day}T${time}:00.000Z`;
  const events = [fact({ type: 'ShiftStarted', data: { operator: who, at: at(start) } }, at(start))];
  for (const [from, to] of breaks) {
    events.push(fact({ type: 'BreakStarted', data: { operator: who, source: 'worker', at: at(from) } }, at(from)));
    events.push(fact({ type: 'BreakEnded', data: { operator: who, source: 'worker', at: at(to) } }, at(to)));
  }
  if (end !== undefined) events.push(fact({ type: 'ShiftEnded', data: { operator: who, at: at(end) } }, at(end)));
  await store.appendToStream(streams.shift(site, day, who), events);
}

/** `count` scans attributed to `who` on `day`, at `bizStep`, from 08:00 one a minute. */
export async function scans(store: EventStore, day: string, who: OperatorRef, bizStep: BizStep, count: number): Promise<void> {
  const events = Array.from({ length: count }, (_, i) => {
    const occurredAt = new Date(Date.parse(`${day}T08:00:00Z`) + i * 60_000).toISOString();
    const data = { scanId: randomUUID(), operator: who, bizStep, readPoint: 'pick-01', occurredAt };
    return fact({ type: 'ScanAttributed', data }, occurredAt);
  });
  await store.appendToStream(streams.attribution(site, day), events);
}

export async function packageFacts(store: EventStore, code: string, times: readonly string[]): Promise<void> {
  const events = times.map((occurredAt) =>
    fact({ type: 'ItemPicked', data: { scanId: randomUUID(), code, codeType: 'gtin', bizStep: 'picking', readPoint: 'pick-01', bizLocation: 'A-01', occurredAt } }, occurredAt),
  );
  await store.appendToStream(streams.package(code), events);
}

export async function task(store: EventStore, taskId: string, who: OperatorRef, at: string): Promise<void> {
  await store.appendToStream(streams.task(site, taskId), [
    fact({ type: 'TaskCreated', data: { taskId, bizStep: 'picking', station: 'pick-01', units: 3, at } }, at),
    fact({ type: 'TaskAssigned', data: { taskId, operator: who, at } }, at),
  ]);
}

export async function readAll(store: EventStore, streamName: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return events;
}

export async function names(store: EventStore, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const name of store.listStreams(prefix)) found.push(name);
  return found.sort();
}
