import { expect } from 'chai';
import { idsOf, newEvents, take } from '@fairscan/event-store/conformance';
import { type PostgresEventStore } from '../postgres-event-store.js';
import { requirePostgres, schemaPerTest, withClient } from '../testing/test-schema.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgresEventStore: live subscriptions across processes', function () {
  this.timeout(60_000);
  before(requirePostgres);
  const tests = schemaPerTest();
  const open = (pollIntervalMs: number): Promise<PostgresEventStore> => tests.open({ pollIntervalMs });

  it('wakes on NOTIFY from another pool at once, long before its poll', async () => {
    const [subscriber, writer] = [await open(60_000), await open(60_000)];
    const receiving = take(subscriber, 2);
    await sleep(300); // caught up and waiting, LISTEN in place
    const started = Date.now();
    const events = newEvents(2, 'ItemStowed');
    await writer.appendToStream('package-notified', events);
    expect(idsOf(await receiving)).to.deep.equal(idsOf(events));
    expect(Date.now() - started, 'delivered by NOTIFY, not by the 60 s poll').to.be.lessThan(5_000);
  });

  it('keeps delivering by polling when the LISTEN connection is killed', async () => {
    const [subscriber, writer] = [await open(300), await open(300)];
    const receiving = take(subscriber, 2);
    await sleep(300);
    await withClient((client) => client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fairscan-listen'"));
    await sleep(100);
    const events = newEvents(2, 'ItemPicked');
    await writer.appendToStream('package-polled', events);
    expect(idsOf(await receiving)).to.deep.equal(idsOf(events));
  });
});
