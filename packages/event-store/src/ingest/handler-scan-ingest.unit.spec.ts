import { expect } from 'chai';
import { sampleScan } from '@fairscan/domain';
import { CommandHandler } from '../handler/command-handler.js';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { HandlerScanIngest } from './handler-scan-ingest.js';

describe('HandlerScanIngest', () => {
  const open = () => {
    const store = new InMemoryEventStore();
    return { store, ingest: new HandlerScanIngest(new CommandHandler(store, { site: 'lille-1' })) };
  };

  it('given a file chunk, when a line is bad, then it is named by its line number in the file', async () => {
    const { ingest } = open();
    const acks = await ingest.ingest([sampleScan, { ...sampleScan, bizStep: 'dancing' }], { recordNoun: 'line', firstRecordNumber: 41 });
    expect(acks.map((ack) => ack.status)).to.deep.equal(['accepted', 'rejected']);
    expect(acks[1]).to.include({ index: 1, scanId: sampleScan.scanId });
    expect(acks[1]?.status === 'rejected' && acks[1].message).to.match(/^line 42: field "bizStep": /);
  });

  it('given a record that is not an object, when ingested, then it is rejected as `record N`', async () => {
    const { ingest } = open();
    const [ack] = await ingest.ingest(['{"scanId":']);
    expect(ack?.status).to.equal('rejected');
    expect(ack?.status === 'rejected' && ack.message).to.match(/^record 1: /);
  });

  it('given a closed store, when ingested, then the call fails and nothing is acknowledged', async () => {
    const { store, ingest } = open();
    await store.close();
    let failed = false;
    await ingest.ingest([sampleScan]).catch(() => (failed = true));
    expect(failed, 'a store failure is not a per-record rejection').to.equal(true);
  });
});
