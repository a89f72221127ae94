import { InvalidArgumentError, type Command } from 'commander';
import { resolveConfig, type ConfigOverrides } from '../../config/resolve-config.js';
import { FileTarget } from '../../loadgen/file-target.js';
import { HttpTarget } from '../../loadgen/http-target.js';
import { type LoadTarget } from '../../loadgen/load-target.js';
import { describeLoad, runLoad } from '../../loadgen/run-load.js';
import { siteDayUnits } from '../../loadgen/site-day-units.js';
import { parsePositiveInt } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

export interface LoadCommandOptions {
  readonly seed: number;
  readonly date: string;
  readonly scans: number;
  readonly target?: string;
  readonly rate: number;
  readonly duration: number;
  readonly batch: number;
  readonly concurrency: number;
  readonly token?: string;
  readonly device?: string;
  readonly out: string;
}

const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** `90`, `90s`, `5m`, `1h`: seconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (match === null || Number(match[1]) <= 0) throw new InvalidArgumentError(`"${value}" is not a duration like 30s, 5m or 1h`);
  return Number(match[1]) * units[match[2] ?? 's']!;
}

export function addLoadOptions(command: Command): Command {
  return command
    .option('--target <target>', 'drive a real adapter instead of the store: http://host:port, mqtt://host:port, or file')
    .option('--rate <scans/s>', 'scans per second to offer (with --target)', parsePositiveInt, 1000)
    .option('--duration <d>', 'how long to offer them, e.g. 30s, 5m (with --target)', parseDuration, 30)
    .option('--batch <n>', 'scans per request, message or write (1 = single scans)', parsePositiveInt, 1)
    .option('--concurrency <n>', 'units awaiting acknowledgement at once', parsePositiveInt, 64)
    .option('--token <token>', 'device token for an HTTP target (fairscan device add)')
    .option('--device <id>', 'the device the token was issued to: every scan is sent as that device (HTTP)')
    .option('--out <file>', 'NDJSON file a file target writes', 'simulated-scans.ndjson');
}

async function openTarget(options: LoadCommandOptions, site: string): Promise<LoadTarget> {
  const target = options.target ?? '';
  if (target === 'file') return new FileTarget(options.out);
  if (/^mqtts?:\/\//.test(target)) return (await import('../../loadgen/mqtt-target.js')).MqttTarget.connect(target, site);
  if (!/^https?:\/\//.test(target)) throw new UsageError(`--target "${target}": use http://host:port, mqtt://host:port or file`);
  if (options.token === undefined || options.device === undefined) {
    throw new UsageError('an HTTP target needs --token <device token> and --device <the device it was issued to>');
  }
  return new HttpTarget({ url: target, token: options.token, batch: options.batch });
}

/** `fairscan simulate --target …`: the site day offered at a fixed rate through a real adapter's transport. */
export async function runLoadCommand(options: LoadCommandOptions, command: Command): Promise<void> {
  const config = await resolveConfig(command.optsWithGlobals<ConfigOverrides>());
  const target = await openTarget(options, config.site);
  const day = { seed: options.seed, site: config.site, date: options.date, targetScans: Math.ceil(options.rate * options.duration * 1.1) };
  try {
    const run = await runLoad(target, siteDayUnits(day, options.batch, options.target?.startsWith('http') ? options.device : undefined), {
      rate: options.rate,
      durationSeconds: options.duration,
      batch: options.batch,
      concurrency: options.concurrency,
    });
    for (const line of describeLoad(run, target.acknowledgedBy)) process.stdout.write(`${line}\n`);
    if (run.failures > 0) process.exitCode = 1;
  } finally {
    await target.close();
  }
}
