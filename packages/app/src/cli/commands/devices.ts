import { type Command } from 'commander';
import { assertAllowed } from '@fairscan/privacy';
import { type Device } from '@fairscan/scanner-http';

// The device book lives in the HTTP adapter; imported per command so fastify loads only when a device command runs.
const devicesApi = () => import('@fairscan/scanner-http');
import { type Fairscan } from '../../container/build-container.js';
import { addAsOption, say, withAccount } from './acting-as.js';

const describe = (device: Device): string => [device.deviceId, device.registeredAt, device.revokedAt === undefined ? 'active' : `revoked ${device.revokedAt}`].join('\t');

/** Opens fairscan as an account allowed to manage the site's devices (site manager or integrator). */
function asDeviceManager(command: Command, accountId: string, run: (fairscan: Fairscan) => Promise<void>) {
  return withAccount(command, accountId, async (fairscan, by) => {
    assertAllowed(by, 'manage:devices', { site: fairscan.config.site });
    await run(fairscan);
  });
}

function registerAdd(devices: Command): void {
  addAsOption(devices.command('add').description('allow a handheld to post scans; prints its token, once'), 'a site-manager or integrator account')
    .argument('<deviceId>', 'the handheld id its scans carry, e.g. tc52-0017')
    .action(async (deviceId: string, options: { as: string }, command: Command) => {
      await asDeviceManager(command, options.as, async ({ store, config }) => {
        const token = await (await devicesApi()).registerDevice(store, config.site, deviceId);
        // The token alone on stdout, so a provisioning script can capture it; it is not stored anywhere, only its hash.
        process.stderr.write(`device "${deviceId}" added at ${config.site}; its token follows, shown this once: put it on the device\n`);
        say(token);
      });
    });
}

function registerRevoke(devices: Command): void {
  addAsOption(devices.command('revoke').description('refuse a lost, stolen or retired handheld from now on (403)'), 'a site-manager or integrator account')
    .argument('<deviceId>', 'the handheld to revoke')
    .action(async (deviceId: string, options: { as: string }, command: Command) => {
      await asDeviceManager(command, options.as, async ({ store, config }) => {
        await (await devicesApi()).revokeDevice(store, config.site, deviceId);
        say(`device "${deviceId}" revoked at ${config.site}; a running server refuses it within a second`);
      });
    });
}

function registerList(devices: Command): void {
  addAsOption(devices.command('list').description("list the site's handhelds and whether each may post"), 'a site-manager or integrator account').action(
    async (options: { as: string }, command: Command) => {
      await asDeviceManager(command, options.as, async ({ store, config }) => {
        say(['device', 'added', 'status'].join('\t'));
        for (const device of await (await devicesApi()).listDevices(store, config.site)) say(describe(device));
      });
    },
  );
}

export function registerDevices(program: Command): void {
  const devices = program.command('device').description('handhelds allowed to post scans over HTTP, each with its own token');
  registerAdd(devices);
  registerRevoke(devices);
  registerList(devices);
}
