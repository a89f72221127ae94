import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryCheckpointStore } from '@fairscan/event-store';
import { runScannerSourceConformance } from '@fairscan/event-store/scanner-conformance';
import { InboxScannerSource } from './inbox-scanner-source.js';
import { type FileRejection } from './rejection-report.js';

runScannerSourceConformance(
  'file inbox',
  async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'fairscan-inbox-'));
    const source = new InboxScannerSource({ inbox, checkpoints: new InMemoryCheckpointStore(), pollMs: 20 });
    // Written beside the inbox, then moved in: the source never sees half a file.
    const drop = (lines: readonly string[]) => {
      const name = `${Date.now()}-${randomUUID()}.ndjson`;
      writeFileSync(join(inbox, `${name}.part`), `${lines.join('\n')}\n`);
      renameSync(join(inbox, `${name}.part`), join(inbox, name));
    };
    return {
      start: (ingest) => source.start(ingest),
      stop: () => source.stop(),
      send: async (_deviceId, records) => drop(records.map((record) => JSON.stringify(record))),
      sendMalformed: async (_deviceId, [first, last]) => drop([JSON.stringify(first), '{"scanId": ', JSON.stringify(last)]),
      rejections: async () =>
        readdirSync(join(inbox, 'rejected')).flatMap((file) =>
          readFileSync(join(inbox, 'rejected', file), 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as FileRejection)
            .map((r) => ({ scanId: r.scanId, fields: r.errors.map((e) => e.field), message: r.message })),
        ),
      close: async () => {
        await source.stop();
        rmSync(inbox, { recursive: true, force: true });
      },
    };
  },
  { deliversWhileStopped: true, authenticatesDevice: false },
);
