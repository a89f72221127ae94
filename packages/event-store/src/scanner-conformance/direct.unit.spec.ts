import { type ScanIngest } from '../ingest/scanner-source.js';
import { type ReportedRejection, runScannerSourceConformance, type ScannerSourceHarness } from './index.js';

/**
 * The kit run against the thinnest possible source: a device calling the
 * ingest port directly. It proves the kit and the shared ingest agree before
 * any transport is involved; an adapter that fails the kit fails in its transport.
 */
function directHarness(): ScannerSourceHarness {
  let ingest: ScanIngest | undefined;
  const refused: ReportedRejection[] = [];
  const deliver = async (deviceId: string, records: readonly unknown[]) => {
    if (ingest === undefined) throw new Error('source stopped');
    for (const ack of await ingest.ingest(records, { deviceId })) {
      if (ack.status === 'rejected') refused.push({ scanId: ack.scanId, fields: ack.errors.map((e) => e.field), message: ack.message });
    }
  };
  return {
    start: async (next) => void (ingest = next),
    stop: async () => void (ingest = undefined),
    send: deliver,
    sendMalformed: async (deviceId, good) => {
      refused.push({ fields: [], message: 'record 2: not JSON' });
      await deliver(deviceId, good);
    },
    rejections: async () => [...refused],
    close: async () => undefined,
  };
}

runScannerSourceConformance('direct calls to the ingest port', async () => directHarness(), {
  deliversWhileStopped: false,
  authenticatesDevice: true,
});
