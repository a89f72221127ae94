import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { expectRejection } from '@fairscan/event-store/conformance';
import { isOperatorRef, type OperatorRef, type StoredEvent } from '@fairscan/domain';
import { InMemoryEventStore } from '@fairscan/event-store';
import { MASKED } from '../crypto/field-cipher.js';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';
import { SubjectErasedError } from '../vault/key-vault.js';
import { eraseSubject } from './erase-subject.js';
import { issuePseudonym, type RandomSource } from './issue-pseudonym.js';
import { pseudonymsOf, resolvePseudonym } from './resolve.js';
import { subjectOf } from './subject-keys.js';

const site = 'lille-1';
const clock = () => new Date('2024-03-02T05:58:00Z');

async function identityStream(store: InMemoryEventStore, name = `identity-${site}`): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(name)) events.push(event);
  return events;
}

/** Any rejection, for checks on its class or message. */
const rejection = (action: Promise<unknown>): Promise<Error> => expectRejection(action, Error);

describe('identity registry', () => {
  let store: InMemoryEventStore;
  let vault: InMemoryKeyVault;
  const issue = (employeeId: string, shiftDate: string, random: RandomSource = randomBytes): Promise<OperatorRef> =>
    issuePseudonym(store, vault, site, employeeId, shiftDate, random, { clock });

  beforeEach(() => {
    store = new InMemoryEventStore();
    vault = new InMemoryKeyVault();
  });

  it('issues one pseudonym per shift: the same on re-login, a new one the next day', async () => {
    const monday = await issue('E-0042', '2024-03-02');
    expect(isOperatorRef(monday)).to.equal(true);
    expect(await issue('E-0042', '2024-03-02')).to.equal(monday);
    expect(await issue('E-0042', '2024-03-03')).not.to.equal(monday);
    const types = (await identityStream(store)).map((event) => event.type);
    expect(types).to.deep.equal(['SubjectRegistered', 'PseudonymIssued', 'PseudonymIssued']);
  });

  it('never writes the employee id in clear to the identity stream', async () => {
    await issue('E-0042', '2024-03-02');
    await issue('E-0042', '2024-03-03');
    const json = JSON.stringify(await identityStream(store));
    expect(json).not.to.include('E-0042');
    expect(json).not.to.include('0042');
  });

  it('resolves a pseudonym to the employee, and an unknown one to undefined', async () => {
    const operator = await issue('E-0042', '2024-03-02');
    await issue('E-0043', '2024-03-02');
    expect(await resolvePseudonym(store, vault, site, operator)).to.equal('E-0042');
    expect(await resolvePseudonym(store, vault, site, 'op_aaaaaaaaaaaaaaaa' as OperatorRef)).to.equal(undefined);
  });

  it("lists an employee's pseudonyms, oldest first, and nobody else's", async () => {
    const first = await issue('E-0042', '2024-03-02');
    await issue('E-0043', '2024-03-02');
    const second = await issue('E-0042', '2024-03-03');
    expect(await pseudonymsOf(store, vault, site, 'E-0042')).to.deep.equal([
      { operator: first, shiftDate: '2024-03-02', issuedAt: '2024-03-02T05:58:00.000Z' },
      { operator: second, shiftDate: '2024-03-03', issuedAt: '2024-03-02T05:58:00.000Z' },
    ]);
    expect(await pseudonymsOf(store, vault, site, 'E-9999')).to.deep.equal([]);
  });

  it('keeps sites apart: a pseudonym of one site resolves nowhere else', async () => {
    const operator = await issue('E-0042', '2024-03-02');
    const elsewhere = await issuePseudonym(store, vault, 'lyon-2', 'E-0042', '2024-03-02', randomBytes, { clock });
    expect(await resolvePseudonym(store, vault, 'lyon-2', operator)).to.equal(undefined);
    expect(await resolvePseudonym(store, vault, 'lyon-2', elsewhere)).to.equal('E-0042');
    expect(await subjectOf(vault, 'lyon-2', 'E-0042')).not.to.equal(await subjectOf(vault, site, 'E-0042'));
  });

  it('issues exactly one pseudonym when a shift start is sent 20 times at once', async () => {
    const refs = await Promise.all(Array.from({ length: 20 }, () => issue('E-0042', '2024-03-02')));
    expect(new Set(refs).size).to.equal(1);
    expect((await identityStream(store)).map((event) => event.type)).to.deep.equal(['SubjectRegistered', 'PseudonymIssued']);
  });

  it('registers 20 employees starting at once without losing one', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `E-${1000 + i}`);
    const refs = await Promise.all(ids.map((id) => issue(id, '2024-03-02')));
    expect(new Set(refs).size).to.equal(20);
    for (const [i, id] of ids.entries()) expect(await resolvePseudonym(store, vault, site, refs[i] as OperatorRef)).to.equal(id);
  });

  it('draws again when a random pseudonym is already taken, and gives up on a broken source', async () => {
    const zeros = (size: number) => new Uint8Array(size);
    const taken = await issue('E-0042', '2024-03-02', zeros);
    let calls = 0;
    const clashOnce = (size: number) => (calls++ === 0 ? zeros(size) : randomBytes(size));
    expect(await issue('E-0043', '2024-03-02', clashOnce)).not.to.equal(taken);
    const error = await rejection(issue('E-0044', '2024-03-02', zeros));
    expect(error.message).to.include('8 random draws all clashed');
  });

  it('names a malformed shift date', async () => {
    const error = await rejection(issue('E-0042', '2024-02-30'));
    expect(error).to.be.instanceOf(RangeError);
    expect(error.message).to.equal('shift date "2024-02-30": expected a calendar day YYYY-MM-DD');
  });
});

describe('identity registry: erasure', () => {
  let store: InMemoryEventStore;
  let vault: InMemoryKeyVault;
  const issue = (employeeId: string, shiftDate: string): Promise<OperatorRef> =>
    issuePseudonym(store, vault, site, employeeId, shiftDate, randomBytes, { clock });

  beforeEach(() => {
    store = new InMemoryEventStore();
    vault = new InMemoryKeyVault();
  });

  it('masks every pseudonym of an erased employee and keeps the stream shape', async () => {
    const refs = [await issue('E-0042', '2024-03-02'), await issue('E-0042', '2024-03-03')];
    const kept = await issue('E-0043', '2024-03-02');
    const before = (await identityStream(store)).length;
    const outcome = await eraseSubject(store, vault, site, 'E-0042', { clock });
    expect(outcome.status).to.equal('erased');
    for (const ref of refs) expect(await resolvePseudonym(store, vault, site, ref)).to.equal(MASKED);
    expect(await resolvePseudonym(store, vault, site, kept)).to.equal('E-0043');
    const after = await identityStream(store);
    expect(after).to.have.lengthOf(before + 1);
    expect(after.at(-1)?.data).to.deep.equal({ subjectRef: outcome.status === 'erased' ? outcome.subjectRef : '', at: clock().toISOString() });
  });

  it('no longer finds the erased employee by id, and refuses to register them again', async () => {
    await issue('E-0042', '2024-03-02');
    await eraseSubject(store, vault, site, 'E-0042');
    expect(await pseudonymsOf(store, vault, site, 'E-0042')).to.deep.equal([]);
    expect(await subjectOf(vault, site, 'E-0042')).to.equal(undefined);
    expect(await rejection(issue('E-0042', '2024-03-04'))).to.be.instanceOf(SubjectErasedError);
  });

  it('reports a repeated erasure and an unknown employee, and does not lock out the unknown one', async () => {
    await issue('E-0042', '2024-03-02');
    await eraseSubject(store, vault, site, 'E-0042');
    expect(await eraseSubject(store, vault, site, 'E-0042')).to.deep.equal({ status: 'already-erased' });
    expect(await eraseSubject(store, vault, site, 'E-0077')).to.deep.equal({ status: 'unknown' });
    expect(isOperatorRef(await issue('E-0077', '2024-03-04'))).to.equal(true);
    expect((await identityStream(store)).filter((event) => event.type === 'SubjectErased')).to.have.lengthOf(1);
  });
});
