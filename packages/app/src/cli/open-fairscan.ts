import { type Command } from 'commander';
import { resolveConfig, type ConfigOverrides } from '../config/resolve-config.js';
import { type Fairscan, openFairscan } from '../container/build-container.js';

/** Opens the configured fairscan for one CLI command and always closes it. */
export async function withFairscan<T>(command: Command, run: (fairscan: Fairscan) => Promise<T>): Promise<T> {
  const overrides = command.optsWithGlobals<ConfigOverrides>();
  const fairscan = await openFairscan(await resolveConfig(overrides));
  try {
    return await run(fairscan);
  } finally {
    await fairscan.close();
  }
}
