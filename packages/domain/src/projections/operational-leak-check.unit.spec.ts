import { expect } from 'chai';
import { type StoredEvent } from '../events/envelope.js';
import { asStored } from '../testing/stored-events.js';
import { operationalLeakCheck } from './operational-leak-check.js';

const operator = 'op_abcdefghijk23456';
const observation = { scanId: 's1', code: '96385074', codeType: 'gtin', bizStep: 'storing', readPoint: 'stow-03', bizLocation: 'A-01', occurredAt: '2024-03-01T08:00:00Z' };

const one = (streamName: string, data: unknown): StoredEvent => asStored(streamName, [{ type: 'ItemStowed', data }])[0] as StoredEvent;

describe('operationalLeakCheck', () => {
  it('given a clean package event, when checked, then there is nothing to report', () => {
    expect(operationalLeakCheck(one('package-96385074', observation))).to.equal(undefined);
  });

  it('given an operator key in a package event, when checked, then the message names the stream, position and path', () => {
    expect(operationalLeakCheck(one('package-96385074', { ...observation, operator }))).to.equal(
      'package-96385074 #0 (ItemStowed): operator reference at data.operator; operational streams must carry none',
    );
  });

  it('given a taskId key or a pseudonym nested in a location event, when checked, then it is reported', () => {
    expect(operationalLeakCheck(one('location-lil1-A-01', { ...observation, taskId: 'T-1' }))).to.match(/at data\.taskId;/);
    expect(operationalLeakCheck(one('location-lil1-A-01', { ...observation, notes: [`by ${operator}`] }))).to.match(/at data\.notes\.0;/);
  });

  it('given a pseudonym in the metadata, when checked, then it is reported', () => {
    const event = { ...one('package-96385074', observation), metadata: { eventId: 'e1', occurredAt: observation.occurredAt, schemaVersion: 1, correlationId: operator } };
    expect(operationalLeakCheck(event)).to.match(/at metadata\.correlationId;/);
  });

  it('given the handheld id in the metadata, when checked, then it is reported (a device is checked out to one person)', () => {
    const event = { ...one('location-lil1-A-01', observation), metadata: { eventId: 'e1', occurredAt: observation.occurredAt, schemaVersion: 1, deviceId: 'tc52-0017' } };
    expect(operationalLeakCheck(event)).to.match(/at metadata\.deviceId;/);
  });

  it('given attribution and shift streams, when checked, then operator references there are expected', () => {
    expect(operationalLeakCheck(one('attribution-lil1-2024-03-01', { ...observation, operator }))).to.equal(undefined);
    expect(operationalLeakCheck(one(`shift-lil1-2024-03-01-${operator}`, { operator }))).to.equal(undefined);
  });

  it('given a bin whose name merely contains op_, when checked, then it is not mistaken for a pseudonym', () => {
    expect(operationalLeakCheck(one('location-lil1-shop_abcdefghijklmnop', { ...observation, bizLocation: 'shop_abcdefghijklmnop' }))).to.equal(undefined);
  });
});
