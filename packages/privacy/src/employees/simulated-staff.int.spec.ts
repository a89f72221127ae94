import { expect } from 'chai';
import { resolvePseudonym } from '../identity/resolve.js';
import { clock, day, first, second, site, staffedSite } from '../subject-access/site.fixture.spec.js';
import { lookupEmployee, ownerOf } from './employee-lookup.js';
import { enrolSimulatedShifts } from './simulated-staff.js';
import { teamOf } from './enrol-employee.js';

describe('staff for a simulated day', () => {
  it('registers each simulated shift under E0001… in order of shift start, through the identity registry', async () => {
    const { store, vault, staff } = await staffedSite();
    expect(staff).to.deep.equal([
      { employeeId: 'E0001', operator: first, team: 'team-01' },
      { employeeId: 'E0002', operator: second, team: 'team-02' },
    ]);
    expect(await resolvePseudonym(store, vault, site, first)).to.equal('E0001');
    expect(await resolvePseudonym(store, vault, site, second)).to.equal('E0002');
  });

  it('finds an employee\'s subject, team and pseudonyms, and a pseudonym\'s owner, without decrypting', async () => {
    const { store, vault } = await staffedSite();
    const found = await lookupEmployee(store, vault, site, 'E0002');
    if (found.status !== 'found') expect.fail(`E0002 ${found.status}`);
    expect(found.team).to.equal('team-02');
    expect(found.pseudonyms.map(({ operator }) => operator)).to.deep.equal([second]);
    expect(await ownerOf(store, site, second)).to.deep.equal({ subjectRef: found.subjectRef, shiftDate: day });
    expect(await teamOf(store, site, found.subjectRef)).to.equal('team-02');
    expect(await lookupEmployee(store, vault, site, 'E0009')).to.deep.equal({ status: 'unknown' });
  });

  it('changes nothing when run again for the same day', async () => {
    const { store, vault, staff } = await staffedSite();
    const before = await store.streamVersion(`identity-${site}`);
    expect(await enrolSimulatedShifts(store, vault, site, day, { teamSize: 1, clock })).to.deep.equal(staff);
    expect(await store.streamVersion(`identity-${site}`)).to.equal(before);
  });

  it('never writes an employee id in clear to any stream', async () => {
    const { store } = await staffedSite();
    for await (const event of store.readAll()) expect(JSON.stringify(event), event.streamName).not.to.match(/E000\d/);
  });
});
