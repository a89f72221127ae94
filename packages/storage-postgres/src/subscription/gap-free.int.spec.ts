import { expect } from 'chai';
import pg from 'pg';
import { type StoredEvent } from '@fairscan/domain';
import { collect, idsOf, newEvents, take } from '@fairscan/event-store/conformance';
import { type PostgresEventStore } from '../postgres-event-store.js';
import { lockSchema } from '../schema/migrations.js';
import { requirePostgres, schemaPerTest } from '../testing/test-schema.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The out-of-order commit problem: with a plain sequence, a transaction that
 * took position 5 can commit after one that took 6; a subscriber that read 6
 * and checkpointed it never sees 5. Here appends hold the schema's write lock
 * to COMMIT, so a later position cannot become visible before an earlier one.
 */
describe('PostgresEventStore: gap-free readAll and subscriptions under overlapping transactions', function () {
  this.timeout(120_000);
  before(requirePostgres);
  const tests = schemaPerTest();
  const open = (): Promise<PostgresEventStore> => tests.open({ pollIntervalMs: 200 });

  it('holds a later append until an open transaction with an earlier position commits, and the subscriber sees both once, in order', async () => {
    const store = await open();
    const [early, late] = [newEvents(1, 'ItemStowed'), newEvents(1, 'ItemPicked')];
    const other = new pg.Client({ connectionString: tests.schema.url.replace(/\?.*$/, ''), options: `-c search_path=${tests.schema.schema}` });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(...lockSchema(tests.schema.schema));
      await other.query(
        `INSERT INTO events (stream_name, stream_position, event_id, type, data, metadata) VALUES ('package-early', 0, $1, 'ItemStowed', '{}', $2)`,
        [early[0]!.metadata.eventId, JSON.stringify({ ...early[0]!.metadata, recordedAt: new Date().toISOString() })],
      );
      const receiving = take(store, 2);
      let appended = false;
      const appending = store.appendToStream('package-late', late).then(() => (appended = true));
      await sleep(500);
      expect(appended, 'the later append waits for the open transaction').to.equal(false);
      expect(await collect(store.readAll()), 'nothing is visible before the first commit').to.deep.equal([]);
      await other.query('COMMIT');
      await appending;
      const received = await receiving;
      expect(idsOf(received)).to.deep.equal(idsOf([...early, ...late]));
      expect(received[0]!.globalPosition).to.be.lessThan(received[1]!.globalPosition);
    } finally {
      await other.end();
    }
  });

  it('delivers every event exactly once, in global order, while three stores (three pools) append concurrently', async () => {
    const writers = await Promise.all([open(), open(), open()]);
    const reader = await open();
    const [perStore, appendsPerWriter, eventsPerAppend] = [8, 25, 2];
    const total = writers.length * perStore * appendsPerWriter * eventsPerAppend;
    const subscribers = [take(reader, total), take(writers[0]!, total)];
    const midway = (async (): Promise<StoredEvent[]> => {
      await sleep(150);
      return take(reader, total);
    })();
    await Promise.all(
      writers.flatMap((store, s) =>
        Array.from({ length: perStore }, async (_, w) => {
          for (let i = 0; i < appendsPerWriter; i++) {
            await store.appendToStream(`package-${s}-${w}-${i % 4}`, newEvents(eventsPerAppend, 'ItemStowed'));
          }
        }),
      ),
    );
    const all = await collect(reader.readAll());
    expect(all).to.have.length(total);
    for (const [i, received] of [...(await Promise.all(subscribers)), await midway].entries()) {
      expect(idsOf(received), `subscriber ${i}: every event once, in global order`).to.deep.equal(idsOf(all));
    }
  });
});
