import { expect } from 'chai';
import { v4 } from 'uuid';
import { sampleScan } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';

/** `count` valid scans from one device, each with its own scanId, stowing one GTIN into successive bins. */
export function validScans(deviceId: string, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    ...sampleScan,
    scanId: v4(),
    deviceId,
    bizLocation: `A-01-${String(i + 1).padStart(2, '0')}`,
    occurredAt: new Date(Date.parse(sampleScan.occurredAt) + i * 1000).toISOString(),
  }));
}

/** scanIds of every package fact in the store: one per stored scan. */
export async function storedScanIds(store: EventStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of store.readAll({ filter: { streamPrefixes: ['package-'] } })) {
    ids.push((event.data as { scanId: string }).scanId);
  }
  return ids;
}

/** Polls until the store holds exactly `expected` scans (asynchronous transports), then checks none is doubled. */
export async function expectStoredOnce(store: EventStore, expected: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ids = await storedScanIds(store);
  while (ids.length < expected.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    ids = await storedScanIds(store);
  }
  expect([...ids].sort(), 'every scan stored, none twice').to.deep.equal([...expected].sort());
}

export const scanIdsOf = (records: readonly Record<string, unknown>[]): string[] => records.map((record) => String(record.scanId));
