import { isOperationalStream, type RecordScan, scanFacts } from '@fairscan/domain';
import { type EventStore, type StreamWrite } from '../port/event-store.js';
import { type CommandMeta, envelope } from './envelope.js';
import { type CommandOutcome } from './outcome.js';
import { scanEventIds } from './scan-event-id.js';

export { FAIRSCAN_NAMESPACE, scanEventId } from './scan-event-id.js';

/**
 * A scan is an observation: it is recorded whatever the state of the floor
 * (no stream read, expected version `any`), split by the privacy model into
 * package, location and attribution facts written in one call.
 */
export async function recordScan(store: EventStore, scan: RecordScan, site: string, recordedAt: string, meta: CommandMeta): Promise<CommandOutcome> {
  const deviceId = meta.deviceId ?? scan.deviceId;
  const { deviceId: _withheld, ...metaWithoutDevice } = meta;
  const eventIdOf = scanEventIds(scan.scanId, scan.occurredAt);
  const writes: StreamWrite[] = scanFacts(scan, site).map(({ streamName, events }) => {
    // A handheld is checked out to one person a shift: its id would link package
    // and stock facts back to them for as long as those are kept, so it travels
    // only with the attribution, which expires with the working day.
    const personal = !isOperationalStream(streamName);
    const eventMeta = personal ? meta : metaWithoutDevice;
    const stored = events.map((event, index) => {
      const fields = { eventId: eventIdOf(streamName, index), occurredAt: scan.occurredAt, recordedAt, deviceId: personal ? deviceId : undefined };
      return envelope(event, fields, eventMeta);
    });
    return { streamName, expectedVersion: 'any', events: stored };
  });
  const results = await store.appendToStreams(writes);
  const appended = writes.map((write, i) => ({ streamName: write.streamName, events: write.events, result: results[i]! }));
  return { duplicate: results.every((result) => result.duplicate), writes: appended };
}
