import { CommandHandler, HandlerScanIngest, InMemoryEventStore, type ScanIngest } from '@fairscan/event-store';
import { DeviceDirectory } from '../devices/device-directory.js';
import { registerDevice } from '../devices/device-registry.js';
import { HttpScannerSource, type HttpScannerSourceOptions } from '../http-scanner-source.js';
import { HttpDevice } from './http-device.js';

export const testSite = 'lille-1';

export interface TestServer {
  readonly source: HttpScannerSource;
  readonly store: InMemoryEventStore;
  /** Registers `deviceId` and returns a client holding its token. */
  device(deviceId: string): Promise<HttpDevice>;
  close(): Promise<void>;
}

/** A started HTTP source on loopback over an in-memory store; `wrap` may slow or break the ingest. */
export async function startTestServer(
  options: Omit<HttpScannerSourceOptions, 'devices'> & { wrap?: (ingest: ScanIngest) => ScanIngest } = {},
): Promise<TestServer> {
  const store = new InMemoryEventStore();
  const directory = new DeviceDirectory(store, testSite, { refreshMs: 0 });
  const source = new HttpScannerSource({ storeProblem: () => directory.storeProblem(), ...options, devices: directory });
  const ingest = new HandlerScanIngest(new CommandHandler(store, { site: testSite }));
  await source.start(options.wrap?.(ingest) ?? ingest);
  return {
    source,
    store,
    device: async (deviceId) => new HttpDevice(() => source.url, await registerDevice(store, testSite, deviceId)),
    close: async () => {
      await source.stop();
      await store.close();
    },
  };
}
