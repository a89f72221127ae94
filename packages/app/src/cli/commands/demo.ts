import { type Command } from 'commander';
import { reportNames } from '@fairscan/reporting';
import { registerAccount } from '@fairscan/privacy';
import { type ConfigOverrides } from '../../config/resolve-config.js';
import { openFairscan } from '../../container/build-container.js';
import { describeRun, simulateIntoStore } from '../../ingest/simulate-day.js';
import { addDayOptions, type DayOptions } from './simulate.js';
import { printReports } from './report.js';
import { assertEmpty, demoStore } from './demo-store.js';

interface DemoOptions extends DayOptions {
  readonly dir: string;
}

const say = (line = '') => process.stdout.write(`${line}\n`);

/** The demo reads its reports as one named person, as anyone must for the break alerts (CNIL-VIDEO). */
export const demoManager = { id: 'demo-manager', holder: 'Demo Site Manager', role: 'site-manager' } as const;

/** How to open the dashboard on the demo file: set the demo account's password, then serve. */
export function dashboardHint(path: string, date: string): string[] {
  const store = `--store ${path} --site demo-1`;
  const past = date < new Date().toISOString().slice(0, 10);
  return [
    '',
    'Open the live dashboard on the same data:',
    `  1. give the demo account a password (12+ characters; prompted): npm run fairscan -- accounts set-password ${demoManager.id} ${store}`,
    `  2. start the server:                                          npm run fairscan -- serve ${store}`,
    `  3. open http://127.0.0.1:8080 and log in as "${demoManager.id}" (API described at http://127.0.0.1:8080/openapi.json)`,
    ...(past
      ? [`  serve runs the retention schedule at start: the demo day (${date}) is past, so its attribution, tasks and shifts are`, '  deleted with a proof, as the law asks; for breaks and task boards with people on them, run the demo with --date <today>.']
      : []),
  ];
}

export function registerDemo(program: Command): void {
  addDayOptions(program.command('demo'))
    .description('simulate a site day into an embedded SQLite file (or an empty --store postgres://… schema) and print the reports')
    .option('--dir <dir>', 'where the demo file goes', '.fairscan')
    .action(async (options: DemoOptions, command: Command) => {
      const { config, location: path } = await demoStore(options.dir, command.optsWithGlobals<ConfigOverrides>().store);
      const fairscan = await openFairscan(config);
      try {
        await assertEmpty(fairscan.store, path);
        say(`fairscan demo: a simulated day at site ${config.site} (${options.date}, seed ${options.seed}) into ${path}`);
        const run = await simulateIntoStore(
          fairscan.handler,
          { seed: options.seed, site: config.site, date: options.date, targetScans: options.scans },
          config.ingest.concurrency,
        );
        for (const line of describeRun(run)) say(line);
        const account = await registerAccount(fairscan.store, fairscan.vault, config.site, demoManager, undefined);
        say();
        say(`reading as "${account.id}" (${account.role}, ${account.holder}), a named account created for the demo: the break alerts`);
        say(`list shift pseudonyms, so the read and every pseudonym shown are logged in audit-${config.site}`);
        say();
        await printReports({ store: fairscan.store, site: config.site, account }, reportNames, { format: 'table', limit: 12 });
      } finally {
        await fairscan.close();
      }
      say();
      say(`Explore the same data: npm run fairscan -- report packages --store ${path}`);
      say(`                       npm run fairscan -- replay --until ${options.date}T12:00:00Z --store ${path}`);
      say(`                       npm run fairscan -- report breaks --as ${demoManager.id} --store ${path}`);
      for (const line of dashboardHint(path, options.date)) say(line);
    });
}
