import { expect } from 'chai';
import { RowEvent } from './row-event.js';

const metadata = { eventId: 'e-1', occurredAt: '2024-05-01T08:00:00.000Z', recordedAt: '2024-05-01T08:00:01.000Z', schemaVersion: 1 };
const data = { bin: 'A-01-03', readPoint: 'stow-03' };
const plain = { type: 'ItemStowed', data, metadata, streamName: 'package-1', streamPosition: 3, globalPosition: 42 };
/** A row as SELECT_EVENT_COLUMNS returns it: data and metadata in one text. */
const rowOf = (dataJson: string | null, metadataJson: string): unknown[] => [42, 'package-1', 3, 'ItemStowed', `${dataJson ?? ''}\u001e${metadataJson}`];

describe('row events (payloads parsed when first read)', () => {
  it('given a row, when compared deeply or stringified, then all six fields are there', () => {
    const event = new RowEvent(rowOf(JSON.stringify(data), JSON.stringify(metadata)));
    expect(event).to.deep.equal(plain);
    expect(JSON.parse(JSON.stringify(event))).to.deep.equal(plain);
    expect(event.toJSON()).to.deep.equal(plain);
  });

  it('given a row with bad metadata JSON, when only type and data are read, then nothing throws (a fold pays for what it reads)', () => {
    const event = new RowEvent(rowOf(JSON.stringify(data), '{not json'));
    expect([event.type, event.data]).to.deep.equal(['ItemStowed', data]);
    expect(() => event.metadata).to.throw(SyntaxError);
  });

  it('given a payload read twice, when compared, then it is the same object (parsed once)', () => {
    const event = new RowEvent(rowOf(JSON.stringify(data), JSON.stringify(metadata)));
    expect(event.data).to.equal(event.data);
    expect(event.metadata).to.equal(event.metadata);
  });

  it('given data holding escaped control characters, when read, then it splits from metadata at the right place', () => {
    const odd = { note: 'a\u001eb\u0000c', list: [] };
    const event = new RowEvent(rowOf(JSON.stringify(odd), JSON.stringify(metadata)));
    expect([event.data, event.metadata]).to.deep.equal([odd, metadata]);
  });

  it('given a frozen event, when its payloads are first read, then they still parse', () => {
    const event = Object.freeze(new RowEvent(rowOf(null, JSON.stringify(metadata))));
    expect(event.data).to.equal(undefined);
    expect(event.metadata).to.deep.equal(metadata);
  });
});
