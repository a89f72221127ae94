import { expect } from 'chai';
import { asStored, type PackageObservation, type StoredEvent } from '@fairscan/domain';
import { objectEventOf } from './epcis-event.js';
import { defaultLocationBase, gtinClassUri, locationUri, ssccUri } from './epcis-identifiers.js';
import { exportRowOf } from './export-row.js';

const observation: PackageObservation = {
  scanId: '019caefe-8483-7566-a6ce-fca40dcca915',
  code: '4006381333931',
  codeType: 'gtin',
  bizStep: 'storing',
  readPoint: 'stow-03',
  bizLocation: 'A-01/03',
  occurredAt: '2026-03-02T09:15:00+01:00',
};

const stored = (data: PackageObservation): StoredEvent & { data: PackageObservation } => {
  const [event] = asStored(`package-${data.code}`, [{ type: 'ItemStowed', data }]);
  return { ...event!, data, metadata: { ...event!.metadata, deviceId: 'hh-0042', recordedAt: '2026-03-02T08:15:01Z' } };
};

const options = { locations: { base: defaultLocationBase('lille-1') }, timeZoneOffset: '+01:00' };

describe('EPCIS ObjectEvent of a package scan', () => {
  it('names a GTIN as a class in quantityList, padded to 14 digits, observed at its station and bin', () => {
    expect(objectEventOf(stored(observation), options)).to.deep.equal({
      type: 'ObjectEvent',
      eventTime: '2026-03-02T08:15:00.000Z',
      eventTimeZoneOffset: '+01:00',
      recordTime: '2026-03-02T08:15:01.000Z',
      quantityList: [{ epcClass: 'https://id.gs1.org/01/04006381333931', quantity: 1 }],
      action: 'OBSERVE',
      bizStep: 'storing',
      readPoint: { id: 'https://lille-1.fairscan.invalid/location/stow-03' },
      bizLocation: { id: 'https://lille-1.fairscan.invalid/location/A-01%2F03' },
    });
  });

  it('names an SSCC as one instance in epcList', () => {
    const event = objectEventOf(stored({ ...observation, code: '003401234500000017', codeType: 'sscc' }), options);
    expect(event.epcList).to.deep.equal(['https://id.gs1.org/00/003401234500000017']);
    expect(event).not.to.have.property('quantityList');
  });

  it('makes stations GS1 sub-locations of the site GLN when one is given', () => {
    expect(locationUri('stow-03', { gln: '4012345000009', base: 'unused' })).to.equal('https://id.gs1.org/414/4012345000009/254/stow-03');
    expect(ssccUri('003401234500000017')).to.equal('https://id.gs1.org/00/003401234500000017');
    expect(gtinClassUri('12345670')).to.equal('https://id.gs1.org/01/00000012345670');
  });

  it('carries no device id, scan id or event id, in EPCIS or in a flat row', () => {
    const event = stored(observation);
    for (const text of [JSON.stringify(objectEventOf(event, options)), JSON.stringify(exportRowOf(event))]) {
      expect(text).not.to.contain('hh-0042').and.not.to.contain(observation.scanId).and.not.to.contain(event.metadata.eventId);
    }
  });
});
