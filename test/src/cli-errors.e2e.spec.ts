import { expect } from 'chai';
import { fairscan } from './cli.js';

describe('fairscan CLI errors a person can act on', function () {
  it('--help exits 0 and lists the commands', function () {
    const run = fairscan(['--help']);
    expect(run.status).to.equal(0);
    for (const command of ['demo', 'simulate', 'report', 'replay', 'policy']) expect(run.stdout).to.contain(command);
  });

  it('an unknown report exits 2 and lists the known ones', function () {
    const run = fairscan(['report', 'idle-time', '--store', 'memory:']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('unknown report "idle-time"');
    expect(run.stderr).to.contain('stations, packages, stock, tasks, backlog, breaks');
  });

  it('a malformed time exits 2 and shows the expected shape', function () {
    const run = fairscan(['replay', '--until', 'noon', '--store', 'memory:']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('is not a time like 2026-03-02T12:00:00Z');
  });

  it('a bad config value exits 2 naming the key', function () {
    const run = fairscan(['report', 'stations', '--site', 'Lille 1', '--store', 'memory:']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('"site"');
  });
});
