import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CheckpointStore, TOKENS } from '@fairscan/event-store';
import { configFrom } from '../../config/load-config.js';
import { storeFromLocation } from '../../config/resolve-config.js';
import { type Fairscan, openFairscan } from '../../container/build-container.js';
import { copyEvents, countAfter } from '../../store/copy-events.js';
import { startProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { copyVault, type CopyEnds } from './store-copy-keys.js';

export interface StoreCopyOptions {
  readonly from: string;
  readonly to: string;
  readonly batch: number;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** A regex, not `new URL`: an EventStoreDB cluster string names several hosts (`esdb://a:2113,b:2113`). */
const withoutPassword = (location: string): string => location.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/, '$1:***@');

/** A location as the copy names it: the URL without its password, or the SQLite file's absolute path. */
async function describe(location: string): Promise<string> {
  const store = storeFromLocation(location);
  if (store.kind === 'postgres') return (await import('@fairscan/storage-postgres')).displayUrl(location);
  if (store.kind === 'eventstoredb') return withoutPassword(location);
  return store.kind === 'sqlite' ? resolve(String(store.path)) : 'memory:';
}

async function open(location: string, role: 'from' | 'to'): Promise<Fairscan> {
  const store = storeFromLocation(location);
  if (store.kind === 'memory') throw new UsageError(`--${role} memory: holds nothing once the command ends; name a SQLite file or a postgres:// URL`);
  if (role === 'from' && store.kind === 'sqlite' && !existsSync(String(store.path))) {
    throw new UsageError(`--from ${location}: no such SQLite file`);
  }
  return openFairscan(configFrom({ store }));
}

/** Ctrl-C finishes the batch in flight and saves the checkpoint: the same command resumes there. */
function interruptOnSigint(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return { signal: controller.signal, dispose: () => (process.off('SIGINT', abort), process.off('SIGTERM', abort)) };
}

/** Both stores open, or neither. */
async function openBoth(options: StoreCopyOptions, ends: CopyEnds): Promise<[Fairscan, Fairscan]> {
  const source = await open(options.from, 'from');
  try {
    const target = await open(options.to, 'to');
    if (target.store.importEvents === undefined) {
      await target.close();
      throw new UsageError(`--to ${ends.to}: this store cannot be a copy target (it cannot import events); copy into a SQLite file or a postgres:// URL`);
    }
    return [source, target];
  } catch (error) {
    await source.close();
    throw error;
  }
}

async function copyStoreEvents(source: Fairscan, target: Fairscan, ends: CopyEnds, options: StoreCopyOptions, signal: AbortSignal): Promise<void> {
  const checkpoints = target.container.get<CheckpointStore>(TOKENS.CheckpointStore);
  const name = `store-copy from ${ends.from}`;
  const after = (await checkpoints.load(name)) ?? 0;
  if (after > 0) say(`resuming after source position ${after} (checkpoint "${name}" in the target)`);
  const progress = startProgress('copying events', await countAfter(source.store, after));
  const outcome = await copyEvents(source.store, target.store, checkpoints, name, { batchSize: options.batch, signal, onProgress: progress.update });
  progress.stop();
  const done = `${outcome.imported} events copied${outcome.skipped > 0 ? ` (${outcome.skipped} already there)` : ''}`;
  if (outcome.interrupted) {
    process.exitCode = 1;
    say(`interrupted: ${done}, up to source position ${outcome.lastPosition}; run the same command again to resume`);
  } else say(`fairscan store copy: ${done} from ${ends.from} to ${ends.to}, up to source position ${outcome.lastPosition}`);
}

/** The key vault first (a conflicting target is refused before any event moves), then the events. */
export async function runStoreCopy(options: StoreCopyOptions): Promise<void> {
  const ends = { from: await describe(options.from), to: await describe(options.to) };
  if (ends.from === ends.to) throw new UsageError('--from and --to name the same store');
  const [source, target] = await openBoth(options, ends);
  const interrupt = interruptOnSigint();
  try {
    await copyVault(source, target, ends);
    await copyStoreEvents(source, target, ends, options, interrupt.signal);
  } finally {
    interrupt.dispose();
    await Promise.all([source.close(), target.close()]);
  }
}
