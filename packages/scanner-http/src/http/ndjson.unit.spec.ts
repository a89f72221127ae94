import { expect } from 'chai';
import { splitNdjson } from './ndjson.js';

describe('splitNdjson', () => {
  it('given good lines around a malformed one, when split, then the good ones are kept in runs numbered by line', () => {
    const batch = splitNdjson('{"a":1}\n{"b":2}\n{"scanId": \n{"c":3}\n');
    expect(batch.runs).to.deep.equal([
      { firstLine: 1, records: [{ a: 1 }, { b: 2 }] },
      { firstLine: 4, records: [{ c: 3 }] },
    ]);
    expect(batch.malformed.map((line) => line.line)).to.deep.equal([3]);
    expect(batch.malformed[0]?.reason).to.match(/^not JSON \(/);
    expect(batch.records).to.equal(4);
  });

  it('given blank lines and CRLF endings, when split, then blanks are skipped but still counted in line numbers', () => {
    const batch = splitNdjson('{"a":1}\r\n\r\n  \n{"b":2}\r\n');
    expect(batch.runs).to.deep.equal([
      { firstLine: 1, records: [{ a: 1 }] },
      { firstLine: 4, records: [{ b: 2 }] },
    ]);
    expect(batch.records).to.equal(2);
  });

  it('given an empty body, when split, then there is nothing to ingest', () => {
    expect(splitNdjson('')).to.deep.equal({ runs: [], malformed: [], records: 0 });
  });
});
