import { type Command } from 'commander';
import { HandlerScanIngest } from '@fairscan/event-store';
import { type MessageOutcome } from '@fairscan/scanner-mqtt';
import { withFairscan } from '../open-fairscan.js';
import { untilStopped } from '../until-stopped.js';

interface IngestMqttOptions {
  readonly url: string;
  readonly clientId?: string;
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
    .action(async (options: IngestMqttOptions, command: Command) => {
      await withFairscan(command, async ({ config, handler }) => {
        const tally = new Tally();
        const { MqttScannerSource, scanTopicFilter } = await import('@fairscan/scanner-mqtt'); // mqtt.js only when listening
        const source = new MqttScannerSource({
          url: options.url,
          site: config.site,
          clientId: options.clientId,
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
