import { expect } from 'chai';
import { configFrom, ConfigError } from './load-config.js';
import { storeFromLocation } from './resolve-config.js';

describe('config', function () {
  it('given nothing, when built, then the embedded SQLite default is chosen', function () {
    const config = configFrom({});
    expect(config.store).to.include({ kind: 'sqlite', path: '.fairscan/fairscan.db', synchronous: 'FULL' });
    expect(config.ingest.concurrency).to.equal(64);
  });

  it('given a file with a typo, when built, then the error names the unknown key with its path', function () {
    expect(() => configFrom({ store: { kind: 'sqlite', pth: 'x.db' } })).to.throw(ConfigError, 'unknown key "store.pth"');
  });

  it('given several bad values, when built, then every one is listed with its path', function () {
    const build = () => configFrom({ site: 'Lille 1', store: { kind: 'oracle' }, ingest: { concurrency: 0 } });
    expect(build).to.throw(ConfigError).that.satisfies((error: Error) =>
      ['"site"', '"store.kind"', '"ingest.concurrency"'].every((path) => error.message.includes(path)),
    );
  });

  it('given a section that is not a mapping, when built, then it says so', function () {
    expect(() => configFrom({ store: 'sqlite' })).to.throw(ConfigError, '"store" must be a mapping');
  });

  it('given a --store location, when read, then memory: and SQLite paths are told apart', function () {
    expect(storeFromLocation('memory:')).to.deep.equal({ kind: 'memory' });
    expect(storeFromLocation('sqlite:///tmp/a.db')).to.deep.equal({ kind: 'sqlite', path: '/tmp/a.db' });
    expect(storeFromLocation('.fairscan/x.db')).to.deep.equal({ kind: 'sqlite', path: '.fairscan/x.db' });
  });

  it('given a postgres:// location, when read, then the PostgreSQL store is chosen with that url', function () {
    const url = 'postgres://fairscan@db:5432/sites?schema=lille_1';
    expect(storeFromLocation(url)).to.deep.equal({ kind: 'postgres', url });
    expect(configFrom({ store: storeFromLocation(url) }).store).to.include({ kind: 'postgres', url });
  });

  it('given kind postgres without a connection string, when built, then the error names store.url', function () {
    expect(() => configFrom({ store: { kind: 'postgres' } })).to.throw(ConfigError, '"store.url"');
  });

  it('given an esdb:// or esdb+discover:// location, when read, then the EventStoreDB store is chosen with that url', function () {
    for (const url of ['esdb://localhost:2113?tls=false', 'esdb+discover://node1:2113,node2:2113,node3:2113?tls=true']) {
      expect(storeFromLocation(url)).to.deep.equal({ kind: 'eventstoredb', url });
      expect(configFrom({ store: storeFromLocation(url) }).store).to.include({ kind: 'eventstoredb', url });
    }
  });

  it('given kind eventstoredb without a connection string, when built, then the error names store.url', function () {
    expect(() => configFrom({ store: { kind: 'eventstoredb' } })).to.throw(ConfigError, '"store.url"');
    expect(() => configFrom({ store: { kind: 'eventstoredb', url: 'tcp://localhost:1113' } })).to.throw(ConfigError, 'esdb://');
  });
});
