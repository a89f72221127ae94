import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { InMemoryKeyVault } from '@fairscan/privacy';
import { SqliteKeyVault } from '@fairscan/storage-sqlite';
import { configFrom } from '../config/load-config.js';
import { buildFairscan } from './build-container.js';

describe('key vault binding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-vault-bind-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('binds a SQLite store to the vault in its own file, so keys survive a restart', async () => {
    const config = configFrom({ site: 'lille-1', store: { kind: 'sqlite', path: join(dir, 'site.db') } });
    const first = buildFairscan(config);
    expect(first.vault).to.be.instanceOf(SqliteKeyVault);
    await first.vault.createKey('sub_bound');
    const key = Buffer.from((await first.vault.getKey('sub_bound')) as Uint8Array).toString('hex');
    await first.close();
    const again = buildFairscan(config);
    expect(Buffer.from((await again.vault.getKey('sub_bound')) as Uint8Array).toString('hex')).to.equal(key);
    await again.close();
  });

  it('binds a memory store to a memory vault', async () => {
    const fairscan = buildFairscan(configFrom({ site: 'lille-1', store: { kind: 'memory' } }));
    expect(fairscan.vault).to.be.instanceOf(InMemoryKeyVault);
    await fairscan.close();
  });
});
