import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/load-config.js';
import { UsageError } from './usage-error.js';
import { registerDemo } from './commands/demo.js';
import { registerSimulate } from './commands/simulate.js';
import { registerReport } from './commands/report.js';
import { registerReplay } from './commands/replay.js';
import { registerPolicy } from './commands/policy-check.js';
import { registerRetention } from './commands/retention.js';
import { registerAccounts } from './commands/accounts.js';
import { registerEmployees } from './commands/employees.js';
import { registerMyDay } from './commands/my-day.js';
import { registerPersonDay } from './commands/person-day.js';
import { registerSubjectAccess } from './commands/subject-access.js';
import { registerErase } from './commands/erase.js';
import { registerAudit } from './commands/audit.js';
import { registerIdentity } from './commands/identity.js';
import { registerExport } from './commands/export.js';
import { registerComplianceReport } from './commands/compliance-report.js';
import { registerServe } from './commands/serve.js';
import { registerProjections } from './commands/projections.js';
import { registerDevices } from './commands/devices.js';
import { registerIngestHttp } from './commands/ingest-http.js';
import { registerStore } from './commands/store.js';
import { registerIngestMqtt } from './commands/ingest-mqtt.js';
import { registerImport } from './commands/import.js';

/** Every command, in the order `fairscan --help` lists them. */
const commands: ReadonlyArray<(program: Command) => void> = [
  registerDemo,
  registerSimulate,
  registerReport,
  registerReplay,
  registerExport,
  registerPolicy,
  registerComplianceReport,
  registerRetention,
  registerAccounts,
  registerEmployees,
  registerMyDay,
  registerPersonDay,
  registerSubjectAccess,
  registerErase,
  registerAudit,
  registerIdentity,
  registerServe,
  registerProjections,
  registerDevices,
  registerIngestHttp,
  registerStore,
  registerIngestMqtt,
  registerImport,
];

export function buildProgram(): Command {
  const program = new Command('fairscan')
    .description('Warehouse scanner data without worker surveillance')
    .version('0.1.0')
    .option('-c, --config <file>', 'config file (YAML or JSON); default ./fairscan.config.yaml when present')
    .option('--store <location>', 'event store: a SQLite file path, memory:, a postgres:// URL, or esdb://… / esdb+discover://… (EventStoreDB)')
    .option('--site <site>', 'site id, e.g. lille-1')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 failure, 2 usage or config error. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    process.exitCode = undefined;
    await buildProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`fairscan: ${error.message}\n`);
    return 2;
  }
  process.stderr.write(`fairscan: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.FAIRSCAN_DEBUG) console.error(error);
  return 1;
}
