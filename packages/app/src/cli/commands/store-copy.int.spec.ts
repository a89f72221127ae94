import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'chai';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { EmulatedEventStoreDb } from '@fairscan/storage-eventstoredb/testing';
import { configFrom } from '../../config/load-config.js';
import { storeFromLocation } from '../../config/resolve-config.js';
import { buildFairscan, openFairscan } from '../../container/build-container.js';
import { ingestCommands } from '../../ingest/ingest-commands.js';

const bin = resolve(import.meta.dirname, '../../bin/fairscan.js');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real binary, asynchronously: the emulated EventStoreDB serves from this process meanwhile. */
function fairscan(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

describe('fairscan store copy from a store whose vault cannot export keys (EventStoreDB)', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-copy-esdb-'));
  let server: EmulatedEventStoreDb;

  before(async () => {
    server = await EmulatedEventStoreDb.start();
    const source = await openFairscan(configFrom({ site: 'esdb-1', store: storeFromLocation(server.connectionString) }));
    try {
      // A few commands: the emulated server is slow, and a handful of events is enough to copy.
      const commands = [...simulateSiteDay({ seed: 5, site: 'esdb-1', date: '2026-03-02', targetScans: 300 })].slice(0, 40);
      expect((await ingestCommands(source.handler, commands, { concurrency: 4 })).accepted).to.be.greaterThan(30);
      await source.vault.createKey('sub_left_behind');
    } finally {
      await source.close();
    }
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the events and warns, naming the source, that the keys stayed behind', async () => {
    const path = join(dir, 'copy.db');
    const copy = await fairscan(['store', 'copy', '--from', server.connectionString, '--to', path]);
    expect(copy.code, copy.stderr).to.equal(0);
    expect(copy.stderr).to.contain(`warning: per-subject keys and erasure tombstones NOT copied: the key vault of ${server.connectionString} cannot export keys`);
    expect(copy.stdout).to.match(/\d+ events copied/).and.not.to.contain('key vault:');
    const target = buildFairscan(configFrom({ site: 'esdb-1', store: { kind: 'sqlite', path } }));
    try {
      expect(await target.vault.getKey('sub_left_behind'), 'nothing was copied into the target vault').to.equal(undefined);
    } finally {
      await target.close();
    }
  });

  it('refuses EventStoreDB as a target before copying anything', async () => {
    const path = join(dir, 'empty.db');
    const store = buildFairscan(configFrom({ store: { kind: 'sqlite', path } }));
    await store.close();
    const copy = await fairscan(['store', 'copy', '--from', path, '--to', server.connectionString]);
    expect(copy.code).to.equal(2);
    expect(copy.stderr).to.contain(`--to ${server.connectionString}: this store cannot be a copy target`);
  });
});
