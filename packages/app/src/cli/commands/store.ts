import { type Command } from 'commander';
import { resolveConfig, type ConfigOverrides } from '../../config/resolve-config.js';
import { migrateStore } from '../../store/migrate-store.js';
import { parsePositiveInt } from '../parse-options.js';
import { runStoreCopy, type StoreCopyOptions } from './store-copy.js';

/** `fairscan store migrate` and `fairscan store copy`: the store's schema, and moving between stores. */
export function registerStore(program: Command): void {
  const store = program.command('store').description('the event store itself: apply schema migrations, copy to another store');
  store
    .command('migrate')
    .description('apply the missing schema migrations to the store (--store or the config file); PostgreSQL needs it before first use')
    .action(async (_options: unknown, command: Command) => {
      const config = await resolveConfig(command.optsWithGlobals<ConfigOverrides>());
      process.stdout.write(`fairscan store migrate: ${await migrateStore(config.store)}\n`);
    });
  store
    .command('copy')
    .description('copy every event, in global order, with its id and metadata, and the key vault (per-subject keys, erasure tombstones) from one store to another; resumable')
    .requiredOption('--from <location>', 'source store: a SQLite file or a postgres:// URL')
    .requiredOption('--to <location>', 'target store (migrated first if PostgreSQL: `fairscan store migrate --store <url>`)')
    .option('--batch <n>', 'events per transaction in the target', parsePositiveInt, 1000)
    .action((options: StoreCopyOptions) => runStoreCopy(options));
}
