import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type Database from 'better-sqlite3';
import { SqliteEventStore } from './sqlite-event-store.js';
import { tempDir } from './testing/temp-store.js';

const worker = fileURLToPath(new URL('./testing/ingest-worker.js', import.meta.url));

interface KilledWriter {
  readonly pid: number;
  /** Events the writer saw acknowledged (its last complete report line). */
  readonly acknowledged: number;
}

/** Starts the writer and SIGKILLs it once it reports `killAt` committed events. */
function ingestUntilKilled(path: string, killAt: number): Promise<KilledWriter> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, path, '4'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) acknowledged = Math.max(acknowledged, Number(line.replace('committed ', '')));
      if (acknowledged >= killAt && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ pid: child.pid ?? -1, acknowledged });
      else reject(new Error(`ingest worker exited by itself (${String(code)}): ${stderr}`));
    });
  });
}

interface BatchCount {
  readonly batch: string;
  readonly size: number;
  readonly stored: number;
}

function batchCounts(db: Database.Database): BatchCount[] {
  return db
    .prepare(
      `SELECT json_extract(data, '$.batch') AS batch, MAX(json_extract(data, '$.size')) AS size, COUNT(*) AS stored
         FROM events GROUP BY batch`,
    )
    .all() as BatchCount[];
}

describe('crash safety: a writer killed mid-ingest (SIGKILL)', function () {
  this.timeout(180_000);
  const dir = tempDir();
  after(() => dir.remove());

  for (const [round, killAt] of [2_000, 9_000, 23_000].entries()) {
    it(`round ${round + 1}: killed after ${killAt} events, the file is intact and holds only whole appends`, async () => {
      const path = dir.file('crash.db');
      const killed = await ingestUntilKilled(path, killAt);
      const store = SqliteEventStore.open({ path });
      try {
        expect(store.database.pragma('integrity_check', { simple: true })).to.equal('ok');
        const counts = batchCounts(store.database);
        const torn = counts.filter((count) => count.stored !== count.size);
        expect(torn, `appends stored partly: ${JSON.stringify(torn.slice(0, 3))}`).to.deep.equal([]);
        const thisRound = counts.filter((count) => count.batch.startsWith(`${killed.pid}-`));
        const stored = thisRound.reduce((sum, count) => sum + count.stored, 0);
        expect(stored, 'every acknowledged event is stored').to.be.at.least(killed.acknowledged);
      } finally {
        await store.close();
      }
    });
  }
});
