import { expect } from 'chai';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { scanEventId } from './scan-event-id.js';

const scanId = '3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1b';
const occurredAt = '2024-03-01T08:15:00Z';

describe('scan event ids', () => {
  it('given the same scan, stream and index, when computed twice, then the id is the same (a resend is a duplicate)', () => {
    expect(scanEventId(scanId, 'package-4006381333931', 0, occurredAt)).to.equal(scanEventId(scanId, 'package-4006381333931', 0, occurredAt));
  });

  it('given a stored scan id, when computed, then it is the pinned id (changing the scheme would store resent scans twice)', () => {
    expect(scanEventId(scanId, 'package-4006381333931', 0, occurredAt)).to.equal('018df914-b3a0-86c2-b217-6aad3cc79058');
  });

  it('given a scan, when computed, then the id is a UUIDv8 with the RFC 9562 variant whose first 48 bits are occurredAt in ms', () => {
    const id = scanEventId(scanId, 'location-lille1-A-01-03', 0, occurredAt);
    expect(isUuid(id) && uuidVersion(id)).to.equal(8);
    expect(id[19]).to.be.oneOf(['8', '9', 'a', 'b']);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).to.equal(Date.parse(occurredAt));
  });

  it('given another stream, index or scan, when computed, then the ids differ', () => {
    const ids = new Set([
      scanEventId(scanId, 'package-4006381333931', 0, occurredAt),
      scanEventId(scanId, 'package-4006381333931', 1, occurredAt),
      scanEventId(scanId, 'location-lille1-A-01-03', 0, occurredAt),
      scanEventId('3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1c', 'package-4006381333931', 0, occurredAt),
    ]);
    expect(ids.size).to.equal(4);
  });

  it('given scans later in the day, when computed, then their ids sort after earlier ones (appends stay at the index edge)', () => {
    const instants = ['2024-03-01T08:16:00Z', '2024-03-01T08:15:00Z', '2024-03-01T09:15:00.500+01:00', '2024-03-01T08:15:00.001Z'];
    const ids = instants.map((at, i) => scanEventId(`3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1${i}`, 'package-4006381333931', 0, at));
    expect([...ids].sort(), 'by instant, whatever the offset').to.deep.equal([ids[1], ids[3], ids[2], ids[0]]);
  });
});
