import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CommandHandler, InMemoryEventStore } from '@fairscan/event-store';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { ingestCommands } from '@fairscan/app';
import { defaultLocationBase, exportedEvents, writeExport } from '@fairscan/reporting';
import { root } from './cli.js';

const schemaPath = `${root}/packages/reporting/test-fixtures/gs1/EPCIS-JSON-Schema.json`;

/** GS1's EPCIS 2.0 schema is draft-07: ajv's default export, with formats (uri, date-time) checked. */
function gs1Validator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const epcis = { locations: { base: defaultLocationBase('epc-1') }, timeZoneOffset: '+01:00', createdAt: '2026-03-03T00:00:00.000Z' };

interface Doc {
  epcisBody: { eventList: Array<Record<string, unknown>> };
}

describe('fairscan export --format epcis: a simulated day against GS1’s EPCIS 2.0 schema', function () {
  const store = new InMemoryEventStore();
  const validate = gs1Validator();
  let text = '';
  let doc: Doc;
  const devices = new Set<string>();

  before(async function () {
    const handler = new CommandHandler(store, { site: 'epc-1' });
    await ingestCommands(handler, simulateSiteDay({ seed: 11, site: 'epc-1', date: '2026-03-02', targetScans: 5_000 }), { concurrency: 32 });
    for await (const event of store.readAll()) if (event.metadata.deviceId) devices.add(event.metadata.deviceId);
    const out = new Collect();
    await writeExport(exportedEvents(store, { streamPrefixes: ['package-'] }), 'epcis', out, { epcis });
    text = out.text;
    doc = JSON.parse(text) as Doc;
  });

  it('validates, every event an ObjectEvent of a package scan', function () {
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).to.equal(true);
    expect(doc.epcisBody.eventList.length).to.be.greaterThan(5_000);
    expect(new Set(doc.epcisBody.eventList.map((event) => event.type))).to.deep.equal(new Set(['ObjectEvent']));
  });

  it('validates too with stations and bins as GS1 sub-locations of the site GLN', async function () {
    const out = new Collect();
    const withGln = { ...epcis, locations: { gln: '4012345000009', base: '' } };
    await writeExport(exportedEvents(store, { streamPrefixes: ['package-'], until: '2026-03-02T09:00:00Z' }), 'epcis', out, { epcis: withGln });
    const gln = JSON.parse(out.text) as Doc;
    expect(gln.epcisBody.eventList.length).to.be.greaterThan(100);
    expect(gln.epcisBody.eventList[0]?.readPoint).to.deep.include({ id: 'https://id.gs1.org/414/4012345000009/254/recv-01' });
    expect(validate(gln), JSON.stringify(validate.errors?.slice(0, 3))).to.equal(true);
  });

  it('names SSCCs in epcList and GTINs as classes in quantityList, as GS1 Digital Link URIs', function () {
    const events = doc.epcisBody.eventList;
    const sscc = events.find((event) => 'epcList' in event) as { epcList: string[] };
    const gtin = events.find((event) => 'quantityList' in event) as { quantityList: Array<{ epcClass: string }> };
    expect(sscc.epcList[0]).to.match(/^https:\/\/id\.gs1\.org\/00\/\d{18}$/);
    expect(gtin.quantityList[0]?.epcClass).to.match(/^https:\/\/id\.gs1\.org\/01\/\d{14}$/);
  });

  it('carries no operator: no pseudonym, no device id, no scan id', async function () {
    expect(devices.size, 'the simulated scanners did send device ids').to.be.greaterThan(0);
    expect(text).not.to.match(/op_[a-z2-7]/);
    for (const device of devices) expect(text).not.to.contain(`"${device}"`);
    for await (const event of store.readAll({ maxCount: 200, filter: { streamPrefixes: ['package-'] } })) {
      expect(text).not.to.contain((event.data as { scanId: string }).scanId);
    }
  });

  it('rejects a deliberately broken event: the validation can fail', function () {
    const good = doc.epcisBody.eventList[0] as Record<string, unknown>;
    const broken = (change: Record<string, unknown>) => ({ ...doc, epcisBody: { eventList: [{ ...good, ...change }] } });
    expect(validate(broken({ action: 'SEEN' })), 'unknown action').to.equal(false);
    expect(validate(broken({ readPoint: { id: 'stow-03' } })), 'a station name is not a URI').to.equal(false);
    const { eventTimeZoneOffset: _, ...withoutOffset } = good;
    expect(validate({ ...doc, epcisBody: { eventList: [withoutOffset] } }), 'eventTimeZoneOffset is required').to.equal(false);
  });
});
