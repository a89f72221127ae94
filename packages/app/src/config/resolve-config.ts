import { existsSync } from 'node:fs';
import { configFrom, loadConfigFile } from './load-config.js';
import { type FairscanConfig } from './fairscan-config.js';

/** The options every CLI command shares; they override the config file. */
export interface ConfigOverrides {
  readonly config?: string;
  readonly store?: string;
  readonly site?: string;
}

export const defaultConfigFile = 'fairscan.config.yaml';

type Plain = Record<string, unknown>;

/** `--store` takes a location: `memory:`, a `postgres://` or EventStoreDB (`esdb://`, `esdb+discover://`) connection string, or a SQLite file path (`sqlite:<path>` also accepted). */
export function storeFromLocation(location: string): Plain {
  if (location === 'memory:' || location === 'memory') return { kind: 'memory' };
  if (/^postgres(ql)?:\/\//.test(location)) return { kind: 'postgres', url: location };
  if (/^esdb(\+discover)?:\/\//.test(location)) return { kind: 'eventstoredb', url: location };
  return { kind: 'sqlite', path: location.replace(/^sqlite:(\/\/)?/, '') };
}

/** File (explicit, else ./fairscan.config.yaml when present), then flags; validated once at the end. */
export async function resolveConfig(overrides: ConfigOverrides = {}): Promise<FairscanConfig> {
  const file = overrides.config ?? (existsSync(defaultConfigFile) ? defaultConfigFile : undefined);
  const plain: Plain = file ? await loadConfigFile(file) : {};
  if (overrides.site) plain.site = overrides.site;
  if (overrides.store) plain.store = { ...(plain.store as Plain | undefined), ...storeFromLocation(overrides.store) };
  return configFrom(plain);
}
