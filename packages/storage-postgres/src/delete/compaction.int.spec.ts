import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { expect } from 'chai';
import { newEvent } from '@fairscan/event-store/conformance';
import { PostgresEventStore } from '../postgres-event-store.js';
import { freshSchema, requirePostgres, type TestSchema } from '../testing/test-schema.js';

/** Every file (all segments and forks) of the events table, its TOAST table and its indexes, read from the data directory. */
async function eventFilesBytes(store: PostgresEventStore): Promise<Buffer | undefined> {
  const { rows } = await store.pool.query<{ dir: string; path: string }>(
    `SELECT current_setting('data_directory') AS dir, pg_relation_filepath(c.oid) AS path FROM pg_class c
      WHERE c.oid IN ('events'::regclass, (SELECT reltoastrelid FROM pg_class WHERE oid = 'events'::regclass))
         OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'events'::regclass)`,
  );
  const files: Buffer[] = [];
  for (const { dir, path } of rows.filter((row) => row.path !== null)) {
    const folder = join(dir, dirname(path));
    if (!existsSync(folder)) return undefined;
    const segments = readdirSync(folder).filter((name) => name === basename(path) || name.startsWith(`${basename(path)}.`) || name.startsWith(`${basename(path)}_`));
    for (const name of segments) files.push(readFileSync(join(folder, name)));
  }
  return Buffer.concat(files);
}

describe('PostgresEventStore: compaction makes deletion physical in the table files', function () {
  this.timeout(60_000);
  before(requirePostgres);
  let schema: TestSchema;
  let store: PostgresEventStore;
  before(async function () {
    schema = await freshSchema();
    store = await PostgresEventStore.open({ url: schema.url });
    if ((await eventFilesBytes(store)) === undefined) {
      // Only where the tests run on the database host (this machine, CI) can the files be read.
      if (process.env.CI === 'true') throw new Error('CI: cannot read the PostgreSQL data directory to check compaction');
      this.skip();
    }
  });
  after(async () => {
    await store?.close();
    await schema?.drop();
  });

  it('keeps a hard-deleted event as a dead tuple until compact(), and leaves no byte of it after', async () => {
    const marker = `erased-subject-${Date.now()}-ZQXJ`;
    await store.appendToStream('shift-s1-2026-03-02-op_gone', [newEvent('ShiftStarted', { note: marker })]);
    await store.appendToStream('package-kept', [newEvent('ItemStowed', { note: 'kept-KEPT' })]);
    await store.deleteStream('shift-s1-2026-03-02-op_gone');
    await store.pool.query('CHECKPOINT');
    expect((await eventFilesBytes(store))!.includes(marker), 'deleted, not yet compacted: still on disk').to.equal(true);
    await store.compact();
    await store.pool.query('CHECKPOINT');
    const bytes = (await eventFilesBytes(store))!;
    expect(bytes.includes(marker), 'gone from the table files').to.equal(false);
    expect(bytes.includes('kept-KEPT'), 'what was kept stays').to.equal(true);
  });
});
