import { expect } from 'chai';
import { CommandHandler } from '../handler/command-handler.js';
import { HandlerScanIngest } from '../ingest/handler-scan-ingest.js';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { type ScannerSourceConformanceOptions, type ScannerSourceHarness } from './harness.js';
import { expectStoredOnce, scanIdsOf, storedScanIds, validScans } from './scans.js';

export { type ReportedRejection, type ScannerSourceConformanceOptions, type ScannerSourceHarness } from './harness.js';
export { expectStoredOnce, storedScanIds, validScans } from './scans.js';

interface Running {
  readonly harness: ScannerSourceHarness;
  readonly store: InMemoryEventStore;
  readonly ingest: HandlerScanIngest;
}

const fieldsRejected = async (harness: ScannerSourceHarness): Promise<string[]> =>
  (await harness.rejections()).flatMap((rejection) => rejection.fields);

/**
 * Registers the ScannerSource conformance suite (mocha globals): delivery,
 * duplicates, bad input and restart, through the adapter's real transport.
 * `factory` returns a fresh harness per test; the kit starts it against a
 * fresh in-memory store, so only the transport is under test.
 */
export function runScannerSourceConformance(
  name: string,
  factory: () => Promise<ScannerSourceHarness>,
  options: ScannerSourceConformanceOptions,
): void {
  const timeout = options.deliveryTimeoutMs ?? 10_000;
  describe(`ScannerSource conformance: ${name}`, function () {
    this.timeout(timeout * 3);
    let running: Running | undefined;
    const current = (): Running => running ?? expect.fail('no harness outside a test');
    beforeEach(async () => {
      const store = new InMemoryEventStore();
      const ingest = new HandlerScanIngest(new CommandHandler(store, { site: 'kit-1' }));
      const harness = await factory();
      await harness.start(ingest);
      running = { harness, store, ingest };
    });
    afterEach(async () => {
      await running?.harness.close();
      await running?.store.close();
      running = undefined;
    });

    it('delivers every scan a device sends, stored once', async () => {
      const { harness, store } = current();
      const scans = validScans('tc52-0001', 5);
      await harness.send('tc52-0001', scans);
      await expectStoredOnce(store, scanIdsOf(scans), timeout);
      expect(await harness.rejections()).to.deep.equal([]);
    });

    it('stores a resent scan once, and reports nothing wrong with it', async () => {
      const { harness, store } = current();
      const scans = validScans('tc52-0002', 3);
      await harness.send('tc52-0002', scans);
      await expectStoredOnce(store, scanIdsOf(scans), timeout);
      await harness.send('tc52-0002', scans);
      await harness.send('tc52-0002', [scans[1]]);
      await expectStoredOnce(store, scanIdsOf(scans), timeout);
      expect(await harness.rejections()).to.deep.equal([]);
    });

    it('rejects a bad record naming its field, and stores its good neighbours', async () => {
      const { harness, store } = current();
      const [first, bad, last] = validScans('tc52-0003', 3) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
      const employeeId = { ...validScans('tc52-0003', 1)[0], operator: 'E004217' };
      await harness.send('tc52-0003', [first, { ...bad, code: '4006381333932' }, last, employeeId]);
      await expectStoredOnce(store, scanIdsOf([first, last]), timeout);
      await waitFor(async () => (await harness.rejections()).length >= 2, timeout);
      expect(await fieldsRejected(harness)).to.include.members(['code', 'operator']);
      const byScan = new Map((await harness.rejections()).map((rejection) => [rejection.scanId, rejection.message]));
      expect(byScan.get(String(bad.scanId)), 'the message says what digit was expected').to.match(/check digit/);
    });

    it('survives a record that is not JSON: reported, and its neighbours stored', async () => {
      const { harness, store } = current();
      const good = validScans('tc52-0004', 2) as [Record<string, unknown>, Record<string, unknown>];
      await harness.sendMalformed('tc52-0004', good);
      await expectStoredOnce(store, scanIdsOf(good), timeout);
      await waitFor(async () => (await harness.rejections()).length >= 1, timeout);
    });

    // A file names no sending device: that check only exists where the transport authenticates one.
    if (options.authenticatesDevice) it('refuses a scan whose deviceId is not the device that sent it', async () => {
      const { harness, store } = current();
      const [scan] = validScans('tc52-0005', 1);
      await harness.send('tc52-0099', [scan]);
      await waitFor(async () => (await harness.rejections()).length >= 1, timeout);
      expect(await fieldsRejected(harness)).to.include('deviceId');
      expect(await storedScanIds(store)).to.deep.equal([]);
    });

    it('loses nothing across a restart and stores nothing twice', async () => {
      const { harness, store, ingest } = current();
      const before = validScans('tc52-0006', 3);
      const during = options.deliversWhileStopped ? validScans('tc52-0006', 3) : [];
      const after = validScans('tc52-0006', 3);
      await harness.send('tc52-0006', before);
      await harness.stop();
      if (during.length > 0) await harness.send('tc52-0006', during);
      await harness.start(ingest);
      await harness.send('tc52-0006', [...after, ...before]);
      await expectStoredOnce(store, scanIdsOf([...before, ...during, ...after]), timeout);
    });
  });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) expect.fail(`not seen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
