import { InMemoryEventStore } from '@fairscan/event-store';
import { type ReportedRejection, runScannerSourceConformance, type ScannerSourceHarness } from '@fairscan/event-store/scanner-conformance';
import { DeviceDirectory } from './devices/device-directory.js';
import { registerDevice } from './devices/device-registry.js';
import { HttpScannerSource } from './http-scanner-source.js';
import { HttpDevice } from './testing/http-device.js';

const site = 'kit-1';

/** The kit through real HTTP on loopback: every device gets its own token; one scan goes to /v1/scans, several as a batch. */
async function httpHarness(): Promise<ScannerSourceHarness> {
  const deviceStore = new InMemoryEventStore();
  const source = new HttpScannerSource({ devices: new DeviceDirectory(deviceStore, site, { refreshMs: 0 }) });
  const devices = new Map<string, HttpDevice>();
  const deviceFor = async (deviceId: string): Promise<HttpDevice> => {
    const known = devices.get(deviceId);
    if (known !== undefined) return known;
    const device = new HttpDevice(() => source.url, await registerDevice(deviceStore, site, deviceId));
    devices.set(deviceId, device);
    return device;
  };
  const expectAnswered = (status: number) => {
    if (![200, 202, 422].includes(status)) throw new Error(`the server answered ${status}`);
  };
  return {
    start: (ingest) => source.start(ingest),
    stop: () => source.stop(),
    send: async (deviceId, records) => {
      const device = await deviceFor(deviceId);
      if (records.length === 1) return expectAnswered(await device.sendOne(records[0]));
      expectAnswered(await device.sendLines(records.map((record) => JSON.stringify(record))));
    },
    sendMalformed: async (deviceId, [first, last]) => {
      const device = await deviceFor(deviceId);
      expectAnswered(await device.sendLines([JSON.stringify(first), '{"scanId": ', JSON.stringify(last)]));
    },
    rejections: async (): Promise<ReportedRejection[]> => [...devices.values()].flatMap((device) => device.refused),
    close: async () => {
      await source.stop();
      await deviceStore.close();
    },
  };
}

runScannerSourceConformance('http', httpHarness, { deliversWhileStopped: false, authenticatesDevice: true });
