import { expect } from 'chai';
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { project, type SnapshotStore, TOKENS } from '@fairscan/event-store';
import { encodeState, generationKey, liveViews, type ProjectionStatus } from '@fairscan/reporting';
import { fairscan, root } from './cli.js';
import { eventually, startServe } from './serve-process.js';
import { serveSite, type ServeSite, today } from './serve-site.js';

const statusOf = (place: ServeSite): ProjectionStatus[] => {
  const run = fairscan(['projections', 'status', '--format', 'json', ...place.storeArgs]);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ProjectionStatus[];
};

function simulateInBackground(place: ServeSite, scans: number): { child: ChildProcess; done: Promise<number | null> } {
  const bin = resolve(root, 'packages/app/dist/bin/fairscan.js');
  const child = spawn(process.execPath, [bin, 'simulate', ...place.storeArgs, '--scans', String(scans), '--seed', '31', '--date', today], { cwd: root, stdio: 'ignore' });
  return { child, done: new Promise((done) => child.once('exit', done)) };
}

/** "…resumed from their snapshots: stationThroughput @123, …" as serve prints it at start. */
const startPositions = (output: string): Record<string, number> =>
  Object.fromEntries([...(/live projections, resumed from their snapshots: (.*)/.exec(output)?.[1] ?? '').matchAll(/(\w+) @(\d+)/g)].map(([, name, at]) => [name, Number(at)]));

describe('fairscan serve: SIGKILL mid-ingest, restart', function () {
  let place: ServeSite;

  before(async () => {
    place = await serveSite(500);
  });
  after(() => place?.remove());

  it('resumes every async projection from its snapshot and counts no event twice', async () => {
    const first = await startServe(place.storeArgs);
    const ingest = simulateInBackground(place, 60_000);
    const initial = statusOf(place).find((s) => s.name === 'stationThroughput')?.checkpoint ?? 0;
    // Mid-ingest: serve has saved a later snapshot, and the second process is still writing.
    await eventually('a snapshot saved during ingest', async () => statusOf(place), (all) => all.every((s) => s.checkpoint > initial));
    expect(ingest.child.exitCode, 'ingest still running when serve is killed').to.equal(null);
    await first.kill();
    const atKill = statusOf(place);
    expect(atKill.some((s) => s.behind > 0), 'events arrived that the killed serve never saved').to.equal(true);

    const second = await startServe(place.storeArgs);
    try {
      // Resumed, not rebuilt: each view starts at the position its snapshot saved.
      expect(startPositions(second.output())).to.eql(Object.fromEntries(atKill.map((s) => [s.name, s.checkpoint])));
      expect(await ingest.done).to.equal(0);
      await eventually('serve caught up with the store', async () => statusOf(place), (all) => all.every((s) => s.behind === 0), 90_000);
    } finally {
      const code = await second.stop();
      expect(code, second.output()).to.equal(0);
    }

    // Every snapshot equals a fold of the whole store from zero: nothing counted twice, nothing skipped.
    const fs = place.open();
    try {
      const snapshots = fs.container.get<SnapshotStore>(TOKENS.SnapshotStore);
      for (const { projection } of liveViews) {
        const fresh = await project(fs.store, projection);
        const saved = await snapshots.load(generationKey(projection.name, 1));
        expect(saved?.position, projection.name).to.equal(fresh.position);
        expect(saved?.state === encodeState(fresh.state), `${projection.name}: resumed state equals a fresh fold`).to.equal(true);
      }
    } finally {
      await fs.close();
    }
  });
});
