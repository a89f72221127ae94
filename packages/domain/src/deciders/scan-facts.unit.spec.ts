import { expect } from 'chai';
import { parseCommand } from '../commands/parse-command.js';
import { type RecordScan } from '../commands/record-scan.js';
import { type BizStep } from '../gs1/epcis.js';
import { packageEventTypeByBizStep, scanFacts } from './scan-facts.js';

const operator = 'op_abcdefghijk23456';
const base = {
  scanId: '3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1b',
  deviceId: 'tc52-0017',
  code: '4006381333931',
  readPoint: 'stow-03',
  bizLocation: 'A-01-03',
  occurredAt: '2024-03-01T23:30:00-02:00',
};

function scan(bizStep: BizStep, extra: Record<string, unknown> = {}): RecordScan {
  const result = parseCommand('RecordScan', { ...base, bizStep, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.command.data;
}

describe('scanFacts', () => {
  it('given a stow scan with operator and task, when split, then package, location and attribution facts', () => {
    const facts = scanFacts(scan('storing', { operator, taskId: 'T-1042' }), 'lil1');
    expect(facts).to.eql([
      {
        streamName: 'package-4006381333931',
        events: [{
          type: 'ItemStowed',
          data: {
            scanId: base.scanId, code: base.code, codeType: 'gtin', bizStep: 'storing',
            readPoint: 'stow-03', bizLocation: 'A-01-03', occurredAt: base.occurredAt,
          },
        }],
      },
      {
        streamName: 'location-lil1-A-01-03',
        events: [{
          type: 'StockAdded',
          data: { scanId: base.scanId, bin: 'A-01-03', code: base.code, quantity: 1, bizStep: 'storing', occurredAt: base.occurredAt },
        }],
      },
      {
        // 23:30 at -02:00 is 01:30 UTC the next day: day streams are keyed by UTC day.
        streamName: 'attribution-lil1-2024-03-02',
        events: [{
          type: 'ScanAttributed',
          data: { scanId: base.scanId, operator, taskId: 'T-1042', bizStep: 'storing', readPoint: 'stow-03', occurredAt: base.occurredAt },
        }],
      },
    ]);
  });

  it('given any scan, when split, then no package or location event carries an operator or task id', () => {
    for (const bizStep of Object.keys(packageEventTypeByBizStep) as BizStep[]) {
      const facts = scanFacts(scan(bizStep, { operator, taskId: 'T-1042' }), 'lil1');
      const operational = facts.filter((f) => !f.streamName.startsWith('attribution-'));
      const text = JSON.stringify(operational);
      expect(text, bizStep).not.to.include(operator);
      expect(text, bizStep).not.to.include('T-1042');
      expect(text, bizStep).not.to.include('tc52-0017');
    }
  });

  it('given each bizStep, when split, then the package event type and stock effect follow it', () => {
    const shape = (bizStep: BizStep) => scanFacts(scan(bizStep), 'lil1').map((f) => `${f.streamName.split('-')[0]}:${f.events[0]?.type}`);
    expect(shape('receiving')).to.eql(['package:ItemReceived']);
    expect(shape('storing')).to.eql(['package:ItemStowed', 'location:StockAdded']);
    expect(shape('picking')).to.eql(['package:ItemPicked', 'location:StockRemoved']);
    expect(shape('packing')).to.eql(['package:ItemPacked']);
    expect(shape('shipping')).to.eql(['package:ItemShipped']);
    expect(shape('cycle_counting')).to.eql(['package:ItemCounted', 'location:BinCounted']);
  });

  it('given a pick and a count, when split, then the pick removes one unit and the count moves none', () => {
    const quantity = (bizStep: BizStep) => (scanFacts(scan(bizStep), 'lil1')[1]?.events[0]?.data as { quantity: number }).quantity;
    expect(quantity('picking')).to.equal(-1);
    expect(quantity('cycle_counting')).to.equal(0);
  });

  it('given an SSCC scan without operator, when split, then codeType is sscc and there is no attribution', () => {
    const facts = scanFacts(scan('shipping', { code: '003401234500000000', bizLocation: 'dock-2' }), 'lil1');
    expect(facts).to.have.lengthOf(1);
    expect(facts[0]?.events[0]?.data).to.include({ codeType: 'sscc' });
  });
});
