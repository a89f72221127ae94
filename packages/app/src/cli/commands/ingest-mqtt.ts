import { type Command, InvalidArgumentError } from 'commander';
import { HandlerScanIngest } from '@fairscan/event-store';
import { type MessageOutcome } from '@fairscan/scanner-mqtt';
import { withFairscan } from '../open-fairscan.js';
import { parsePositiveInt } from '../parse-options.js';
import { untilStopped } from '../until-stopped.js';

interface IngestMqttOptions {
  readonly url: string;
  readonly clientId?: string;
  readonly window: number;
  readonly mqttVersion: 4 | 5;
}

function parseMqttVersion(value: string): 4 | 5 {
  if (value === '5') return 5;
  if (value === '3.1.1') return 4;
  throw new InvalidArgumentError(`"${value}" is not an MQTT version fairscan speaks: 5 or 3.1.1`);
}

class Tally {
  stored = 0;
  duplicates = 0;
  rejected = 0;
  private printed = '';

  add(outcome: MessageOutcome): void {
    this.stored += outcome.accepted;
    this.duplicates += outcome.duplicates;
    this.rejected += outcome.rejected;
  }

  /** One line when something changed, so an idle line stays quiet. */
  print(force = false): void {
    const line = `mqtt: ${this.stored} stored, ${this.duplicates} duplicates, ${this.rejected} rejected`;
    if (line !== this.printed || force) process.stdout.write(`${line}\n`);
    this.printed = line;
  }
}

export function registerIngestMqtt(program: Command): void {
  program
    .command('ingest-mqtt')
    .description('store the scans handhelds publish to fairscan/<site>/devices/<id>/scans (QoS 1, persistent session), until Ctrl-C')
    .option('--url <url>', 'MQTT broker', 'mqtt://127.0.0.1:1883')
    .option('--client-id <id>', 'keep it fixed: the broker holds scans for this id while fairscan is down (default fairscan-<site>)')
    .option('--window <messages>', 'messages stored at once, each acknowledged once stored', parsePositiveInt, 64)
    .option('--mqtt-version <version>', '5, or 3.1.1 for a broker without MQTT 5', parseMqttVersion, 5)
    .action(async (options: IngestMqttOptions, command: Command) => {
      await withFairscan(command, async ({ config, handler }) => {
        const tally = new Tally();
        const { MqttScannerSource, scanTopicFilter } = await import('@fairscan/scanner-mqtt'); // mqtt.js only when listening
        const source = new MqttScannerSource({
          url: options.url,
          site: config.site,
          clientId: options.clientId,
          window: options.window,
          protocolVersion: options.mqttVersion,
          onMessage: (outcome) => tally.add(outcome),
          onError: (error) => process.stderr.write(`fairscan: mqtt ${options.url}: ${error.message} (reconnecting)\n`),
        });
        await source.start(new HandlerScanIngest(handler));
        process.stderr.write(`listening on ${scanTopicFilter(config.site)} at ${options.url} as ${source.clientId}\n`);
        const ticker = setInterval(() => tally.print(), 1000);
        await untilStopped();
        clearInterval(ticker);
        await source.stop();
        tally.print(true);
      });
    });
}
