import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EventStore } from '@fairscan/event-store';
import { configFrom } from '../../config/load-config.js';
import { storeFromLocation } from '../../config/resolve-config.js';
import { type FairscanConfig } from '../../config/fairscan-config.js';
import { migrateStore } from '../../store/migrate-store.js';
import { UsageError } from '../usage-error.js';

export interface DemoStore {
  readonly config: FairscanConfig;
  /** What the user passes as `--store` to explore the same data. */
  readonly location: string;
}

/**
 * Where the demo writes: by default a fresh SQLite file in `dir` (removed
 * first, so running the demo twice gives the same day twice); with
 * `--store postgres://…`, that schema, migrated here and required empty
 * (the demo never deletes anyone's data: name a fresh `?schema=`).
 */
export async function demoStore(dir: string, location: string | undefined): Promise<DemoStore> {
  const store = location === undefined ? undefined : storeFromLocation(location);
  if (store?.kind === 'postgres') {
    const config = configFrom({ site: 'demo-1', store });
    await migrateStore(config.store);
    return { config, location: location as string };
  }
  const path = join(dir, 'demo.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return { config: configFrom({ site: 'demo-1', store: { kind: 'sqlite', path, synchronous: 'NORMAL' } }), location: path };
}

export async function assertEmpty(store: EventStore, location: string): Promise<void> {
  for await (const _ of store.readAll({ maxCount: 1 })) {
    throw new UsageError(`the demo needs an empty store, and ${location} holds events: name a fresh schema (?schema=fairscan_demo2) or database`);
  }
}
