import { expect } from 'chai';
import { decodePayload } from './payload.js';
import { deviceOfTopic } from './topics.js';

describe('MQTT scan payloads', () => {
  it('given one JSON object, a JSON array, or NDJSON, then each scan is numbered by its line', () => {
    expect(decodePayload(Buffer.from('{"scanId":"a"}'))).to.deep.equal([{ line: 1, record: { scanId: 'a' } }]);
    expect(decodePayload(Buffer.from('[{"scanId":"a"},{"scanId":"b"}]')).map((l) => l.line)).to.deep.equal([1, 2]);
    expect(decodePayload(Buffer.from('{"scanId":"a"}\n\n{"scanId":"b"}\n'))).to.deep.equal([
      { line: 1, record: { scanId: 'a' } },
      { line: 3, record: { scanId: 'b' } },
    ]);
  });

  it('given a line that is not JSON between good ones, then only that line is unreadable', () => {
    const lines = decodePayload(Buffer.from('{"scanId":"a"}\n{"scanId": \n{"scanId":"b"}'));
    expect(lines.map((line) => ('record' in line ? 'record' : 'unreadable'))).to.deep.equal(['record', 'unreadable', 'record']);
    expect(lines[1]).to.have.property('notJson').that.matches(/^not JSON \(/);
  });

  it('given topics, then only this site\'s scan topics name a device', () => {
    expect(deviceOfTopic('lille-1', 'fairscan/lille-1/devices/tc52-0017/scans')).to.equal('tc52-0017');
    expect(deviceOfTopic('lille-1', 'fairscan/lyon-2/devices/tc52-0017/scans')).to.equal(undefined);
    expect(deviceOfTopic('lille-1', 'fairscan/lille-1/devices/tc52-0017/rejected')).to.equal(undefined);
    expect(deviceOfTopic('lille-1', 'fairscan/lille-1/devices//scans')).to.equal(undefined);
  });
});
