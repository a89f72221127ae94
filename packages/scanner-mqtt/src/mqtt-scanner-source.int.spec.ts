import { randomUUID } from 'node:crypto';
import { connectAsync } from 'mqtt';
import { runScannerSourceConformance } from '@fairscan/event-store/scanner-conformance';
import { Devices } from './device.fixture.spec.js';
import { MqttScannerSource } from './mqtt-scanner-source.js';
import { missing, reachable } from './mosquitto.fixture.spec.js';

const url = 'mqtt://127.0.0.1:1883';

before(async function () {
  if (!(await reachable(1883))) missing(this, `the MQTT broker on ${url}`);
});

// MQTT 5 by default; 3.1.1 for a broker without it. Both must keep the kit's promises.
for (const protocolVersion of [5, 4] as const) {
  runScannerSourceConformance(
    `MQTT ${protocolVersion === 5 ? '5' : '3.1.1'} (mosquitto on 127.0.0.1:1883)`,
    async () => {
      // A site and a session of its own per test: nothing left over from another test can arrive.
      const site = `kit-${randomUUID().slice(0, 8)}`;
      const source = new MqttScannerSource({ url, site, clientId: `fairscan-${site}`, protocolVersion });
      const devices = await Devices.connect(url, site);
      return {
        start: (ingest) => source.start(ingest),
        stop: () => source.stop(),
        send: (deviceId, records) => devices.send(deviceId, records),
        sendMalformed: (deviceId, [first, last]) => devices.publish(deviceId, `${JSON.stringify(first)}\n{"scanId": \n${JSON.stringify(last)}`),
        rejections: async () => [...devices.rejections],
        close: async () => {
          await source.stop();
          await devices.close();
          // A clean connection under the same id ends the persistent session, so the shared broker keeps nothing of the test.
          await (await connectAsync(url, { clientId: source.clientId, clean: true })).endAsync();
        },
      };
    },
    { deliversWhileStopped: true, authenticatesDevice: true },
  );
}
