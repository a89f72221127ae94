import { type Command, InvalidArgumentError } from 'commander';
import { withFairscan } from '../open-fairscan.js';
import { parsePort, parsePositiveInt } from '../parse-options.js';
import { untilStopped } from '../until-stopped.js';
import { say } from './acting-as.js';

interface ServeCommandOptions {
  readonly port: number;
  readonly host: string;
  readonly retentionEvery: number;
}

/** Minutes between retention runs: a timer holds at most 2^31-1 ms (about 24 days); a site runs it at least daily anyway. */
function parseRetentionMinutes(value: string): number {
  const minutes = parsePositiveInt(value);
  if (minutes > 24 * 60) throw new InvalidArgumentError(`"${value}" minutes: retention runs at least once a day (at most 1440)`);
  return minutes;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the HTTP API and the live dashboard: async projections with durable checkpoints, server-sent events, the retention schedule')
    .option('--port <n>', 'TCP port (0: any free one)', parsePort, 8080)
    .option('--host <host>', 'interface to listen on (0.0.0.0 for the whole network)', '127.0.0.1')
    .option('--retention-every <minutes>', 'run the retention schedule this often (at most 1440: daily)', parseRetentionMinutes, 60)
    .action(async (options: ServeCommandOptions, command: Command) => {
      // Listening for signals first: one that arrives while serve starts still stops it cleanly (and saves every snapshot).
      const stopped = untilStopped();
      await withFairscan(command, async (fairscan) => {
        // Imported here: the web server and scanner routes load only for `serve` (every other command starts lighter).
        const { startServe } = await import('../../serve/start-serve.js');
        const serving = await startServe(fairscan, {
          port: options.port,
          host: options.host,
          retentionEveryMs: options.retentionEvery * 60_000,
          onRetention: (line) => say(line),
        });
        say(`live projections, resumed from their snapshots: ${serving.live.all().map((view) => `${view.name} @${view.resumedFrom}`).join(', ')}`);
        say(`fairscan serve: site ${fairscan.config.site}, dashboard and API on ${serving.url} (OpenAPI at ${serving.url}/openapi.json)`);
        const signal = await stopped;
        say(`${signal}: stopping; saving projection snapshots`);
        await serving.close();
      });
    });
}
