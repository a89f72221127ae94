import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { InMemoryEventStore } from '@fairscan/event-store';
import { type AccessRecord, type AuditEntry } from './audit-events.js';
import { appendAudit } from './append-audit.js';
import { accessesTo, verifyAuditStream } from './audit-stream.js';
import { entryHash } from './chain-hash.js';
import { verifyAuditChain } from './verify-chain.js';

const site = 'lille-1';

const access = (subject: string, extra: Partial<AccessRecord> = {}): AuditEntry => ({
  type: 'AccessLogged',
  data: { actor: 'c.martin', role: 'team-lead', subject, purpose: 'reassign staff', what: 'person-day 2024-03-02', at: '2024-03-02T10:00:00.000Z', ...extra },
});

async function auditEvents(store: InMemoryEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(`audit-${site}`)) events.push(event);
  return events;
}

/** A stored copy of an event with some data fields replaced, as someone with write access to the database could. */
const withData = (event: StoredEvent, data: Record<string, unknown>): StoredEvent => ({ ...event, data: { ...(event.data as object), ...data } });

describe('access audit: appending', () => {
  it('chains each entry to the previous one and verifies', async () => {
    const store = new InMemoryEventStore();
    const first = await appendAudit(store, site, access('sub_a'));
    const second = await appendAudit(store, site, access('sub_b'));
    expect([first.position, second.position]).to.deep.equal([0, 1]);
    const events = await auditEvents(store);
    expect(events[1]?.data).to.include({ prev: first.hash, hash: second.hash });
    expect(await verifyAuditStream(store, site)).to.deep.equal({ ok: true, entries: 2, head: second.hash });
  });

  it('keeps one unbroken chain when 25 readers are logged at once', async () => {
    const store = new InMemoryEventStore();
    const appended = await Promise.all(Array.from({ length: 25 }, (_, i) => appendAudit(store, site, access(`sub_${i}`))));
    expect(new Set(appended.map((entry) => entry.position)).size).to.equal(25);
    expect(await verifyAuditStream(store, site)).to.include({ ok: true, entries: 25 });
  });

  it('refuses an entry without a purpose, naming the field, and writes nothing', async () => {
    const store = new InMemoryEventStore();
    let error: unknown;
    await appendAudit(store, site, access('sub_a', { purpose: ' ' })).catch((caught: unknown) => (error = caught));
    expect((error as Error).message).to.equal('audit entry AccessLogged: field "purpose" must be a non-empty string');
    expect(await store.streamVersion(`audit-${site}`)).to.equal(-1);
  });

  it("answers a worker's \"who read my data\" across their subject and pseudonyms", async () => {
    const store = new InMemoryEventStore();
    await appendAudit(store, site, access('sub_mine', { actor: 'dpo.lefevre', role: 'dpo', purpose: 'subject access request' }));
    await appendAudit(store, site, access('sub_other'));
    await appendAudit(store, site, access('op_abcdefghijklmnop'));
    const reads = await accessesTo(store, site, ['sub_mine', 'op_abcdefghijklmnop']);
    expect(reads.map(({ actor, position }) => [actor, position])).to.deep.equal([
      ['dpo.lefevre', 0],
      ['c.martin', 2],
    ]);
    expect(reads[0]).to.deep.equal({ ...access('sub_mine', { actor: 'dpo.lefevre', role: 'dpo', purpose: 'subject access request' }).data, position: 0 });
  });
});

describe('access audit: tamper detection', () => {
  let events: StoredEvent[];
  const at = (position: number): StoredEvent => events[position] as StoredEvent;

  before(async () => {
    const store = new InMemoryEventStore();
    for (let i = 0; i < 5; i++) await appendAudit(store, site, access(`sub_${i}`));
    events = await auditEvents(store);
  });

  it('accepts the untouched chain, whatever key order a store gives back', () => {
    const reordered = events.map((event) => ({ ...event, data: Object.fromEntries(Object.entries(event.data as object).reverse()) }));
    expect(verifyAuditChain(reordered)).to.include({ ok: true, entries: 5 });
  });

  it('finds an edited entry', () => {
    const tampered = events.map((event, i) => (i === 2 ? withData(event, { purpose: 'curiosity' }) : event));
    expect(verifyAuditChain(tampered)).to.deep.equal({
      ok: false,
      position: 2,
      reason: 'edited',
      detail: 'audit entry 2: content does not match its hash (edited)',
    });
  });

  it('finds an entry moved under another event id', () => {
    const tampered = events.map((event, i) => (i === 1 ? { ...event, metadata: { ...event.metadata, eventId: 'forged' } } : event));
    expect(verifyAuditChain(tampered)).to.include({ ok: false, position: 1, reason: 'edited' });
  });

  it('finds an edited entry whose hash was recomputed, at the next link', () => {
    const edited = withData(at(2), { actor: 'someone.else' });
    const { hash: _hash, ...rest } = edited.data as Record<string, unknown>;
    const rehashed = withData(edited, { hash: entryHash(rest['prev'] as string, edited.type, rest, edited.metadata.eventId) });
    const tampered = events.map((event, i) => (i === 2 ? rehashed : event));
    expect(verifyAuditChain(tampered)).to.include({ ok: false, position: 3, reason: 'broken-link' });
  });

  it('finds a removed entry in the middle and at the start', () => {
    expect(verifyAuditChain(events.filter((_, i) => i !== 2))).to.include({ ok: false, position: 2, reason: 'removed' });
    expect(verifyAuditChain(events.slice(1))).to.include({ ok: false, position: 0, reason: 'removed' });
  });

  it('finds entries cut from the end only against the stream version', () => {
    expect(verifyAuditChain(events.slice(0, 3), { lastPosition: 4 })).to.deep.equal({
      ok: false,
      position: 3,
      reason: 'removed',
      detail: 'audit entry 3: entries 3..4 are missing from the end (removed)',
    });
    // The limit of a bare hash chain: without the version, a cut tail looks whole.
    expect(verifyAuditChain(events.slice(0, 3))).to.include({ ok: true, entries: 3 });
  });

  it('finds two entries swapped, with or without their positions renumbered', () => {
    const swapped = [at(0), at(2), at(1), at(3), at(4)];
    expect(verifyAuditChain(swapped)).to.include({ ok: false, position: 2, reason: 'reordered' });
    const renumbered = swapped.map((event, i) => ({ ...event, streamPosition: i }));
    expect(verifyAuditChain(renumbered)).to.include({ ok: false, position: 1, reason: 'reordered' });
  });

  it('finds a forged entry slipped in without a chain link', () => {
    const forged = { ...at(1), type: 'AccessLogged', data: { actor: 'nobody' } };
    expect(verifyAuditChain([at(0), forged, ...events.slice(2)])).to.include({ ok: false, position: 1, reason: 'edited' });
  });

  it('verifies a stream truncated by retention from the anchor it recorded', () => {
    const anchor = { hash: (at(1).data as { hash: string }).hash, position: 1 };
    expect(verifyAuditChain(events.slice(2), { anchor })).to.include({ ok: true, entries: 3 });
  });
});
