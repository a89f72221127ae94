import { expect } from 'chai';
import { type NewEvent } from '@fairscan/domain';
import { INSERT_EVENT_SQL, eventRow, metadataJson, storedEvent } from './event-row.js';

const stowed: NewEvent = {
  type: 'ItemStowed',
  data: { bin: 'A-01-03', readPoint: 'station-7', note: 'équipe 倉庫 📦 "quoted"' },
  metadata: { eventId: 'e-1', occurredAt: '2024-05-01T08:00:00.000Z', schemaVersion: 1 },
};

/** What a SELECT of SELECT_EVENT_COLUMNS returns for a row stored at global position 42. */
const selected = (row: ReturnType<typeof eventRow>): unknown[] => [42, row[0], row[1], row[3], `${row[4] ?? ''}\u001e${row[5]}`];

describe('event rows', () => {
  it('binds exactly the parameters INSERT_EVENT_SQL names', () => {
    expect(eventRow('package-1', 0, stowed)).to.have.length(INSERT_EVENT_SQL.split('?').length - 1);
  });

  it('fills recordedAt when the event has none, and keeps the one it has', () => {
    expect(JSON.parse(metadataJson(stowed, '2024-05-01T08:00:01.000Z')).recordedAt).to.equal('2024-05-01T08:00:01.000Z');
    const recorded = { ...stowed, metadata: { ...stowed.metadata, recordedAt: '2024-05-01T07:59:59.000Z' } };
    expect(JSON.parse(metadataJson(recorded, '2024-05-01T08:00:01.000Z')).recordedAt).to.equal('2024-05-01T07:59:59.000Z');
  });

  it('reads back what was written: type, data, metadata and positions', () => {
    const event = storedEvent(selected(eventRow('package-1', 3, stowed, '2024-05-01T08:00:01.000Z')));
    expect(event).to.deep.equal({
      type: 'ItemStowed',
      data: stowed.data,
      metadata: { ...stowed.metadata, recordedAt: '2024-05-01T08:00:01.000Z' },
      streamName: 'package-1',
      streamPosition: 3,
      globalPosition: 42,
    });
  });

  it('stores an event without data as NULL and reads it back without data', () => {
    const row = eventRow('shift-1', 0, { ...stowed, data: undefined });
    expect(row[4]).to.equal(null);
    expect(storedEvent(selected(row)).data).to.equal(undefined);
  });
});
