export { SqliteKeyVault, type SqliteKeyVaultOptions } from './sqlite-key-vault.js';
export { sqliteKeyVaultModule } from './sqlite-key-vault-module.js';
