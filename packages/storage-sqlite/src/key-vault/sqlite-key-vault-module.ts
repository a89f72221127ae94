import { ContainerModule, type ResolutionContext } from 'inversify';
import { type EventStore, TOKENS } from '@fairscan/event-store';
import { type KeyVault, PRIVACY_TOKENS } from '@fairscan/privacy';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { SqliteKeyVault } from './sqlite-key-vault.js';

/**
 * Binds the KeyVault to the `subject_keys` table of the bound SQLite event
 * store, on its connection: `compact()` then also checkpoints the vault's
 * writes, so a destroyed key leaves no byte in the WAL. Load after
 * `sqliteStoreModule`.
 */
export function sqliteKeyVaultModule(): ContainerModule {
  const vaultOf = (context: ResolutionContext): KeyVault => {
    const store = context.get<EventStore>(TOKENS.EventStore);
    if (!(store instanceof SqliteEventStore)) throw new TypeError('sqliteKeyVaultModule: the bound EventStore is not a SqliteEventStore');
    return new SqliteKeyVault(store.database, { clock: context.get<() => Date>(TOKENS.Clock, { optional: true }) });
  };
  return new ContainerModule(({ bind }) => {
    bind<KeyVault>(PRIVACY_TOKENS.KeyVault).toDynamicValue(vaultOf).inSingletonScope();
  });
}
