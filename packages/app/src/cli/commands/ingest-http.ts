import { type Command } from 'commander';
import { HandlerScanIngest } from '@fairscan/event-store';
// The limits alone at start-up (for --help); fastify loads when the command runs.
import { defaultLimits } from '@fairscan/scanner-http/limits';
import { withFairscan } from '../open-fairscan.js';
import { parsePort, parsePositiveInt } from '../parse-options.js';
import { untilStopped } from '../until-stopped.js';
import { say } from './acting-as.js';

interface IngestHttpOptions {
  readonly port: number;
  readonly host: string;
  readonly maxBatchLines: number;
  readonly maxInFlight: number;
}

export function registerIngestHttp(program: Command): void {
  program
    .command('ingest-http')
    .description('run only the HTTP scan ingest (POST /v1/scans, /v1/scans/batch) until SIGINT or SIGTERM, then drain')
    .option('--port <port>', 'TCP port; 0 picks a free one', parsePort, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--max-batch-lines <n>', 'lines per NDJSON batch', parsePositiveInt, defaultLimits.maxBatchLines)
    .option('--max-in-flight <n>', 'scans waiting for the store before devices get 429', parsePositiveInt, defaultLimits.maxInFlightRecords)
    .action(async (options: IngestHttpOptions, command: Command) => {
      await withFairscan(command, async ({ store, handler, config }) => {
        const { DeviceDirectory, HttpScannerSource } = await import('@fairscan/scanner-http');
        const devices = new DeviceDirectory(store, config.site);
        const limits = { maxBatchLines: options.maxBatchLines, maxInFlightRecords: options.maxInFlight };
        const source = new HttpScannerSource({ devices, port: options.port, host: options.host, limits, storeProblem: () => devices.storeProblem() });
        await source.start(new HandlerScanIngest(handler));
        say(`fairscan ingest-http: listening on ${source.url} for site ${config.site} (OpenAPI at ${source.url}/openapi.json)`);
        const signal = await untilStopped();
        say(`fairscan ingest-http: ${signal}: draining requests in flight`);
        await source.stop();
        say('fairscan ingest-http: stopped; every acknowledged scan is stored');
      });
    });
}
