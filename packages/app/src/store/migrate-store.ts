import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { type StoreConfig } from '../config/fairscan-config.js';

/** What `fairscan store migrate` did, as a line for the user. */
export async function migrateStore(store: StoreConfig): Promise<string> {
  if (store.kind === 'postgres') {
    const { migrateDatabase } = await import('@fairscan/storage-postgres');
    const { schema, applied } = await migrateDatabase({ url: store.url as string });
    return applied.length === 0
      ? `schema "${schema}" is up to date: nothing to apply`
      : `schema "${schema}": applied migration${applied.length > 1 ? 's' : ''} ${applied.join(', ')}`;
  }
  if (store.kind === 'sqlite') {
    // A SQLite file migrates itself when opened (one writer, one file): opening is the migration.
    const path = store.path ?? '.fairscan/fairscan.db';
    mkdirSync(dirname(path), { recursive: true });
    await SqliteEventStore.open({ path }).close();
    return `${path} is up to date (SQLite files apply their migrations when opened)`;
  }
  return 'a memory store has no schema: nothing to migrate';
}
