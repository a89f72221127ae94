import { readFile } from 'node:fs/promises';
import { validateSync, type ValidationError } from 'class-validator';
import { parse as parseYaml } from 'yaml';
import { FairscanConfig, IngestConfig, StoreConfig } from './fairscan-config.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Plain = Record<string, unknown>;
const sections = { store: StoreConfig, ingest: IngestConfig } as const;

/** Copies known keys onto defaults; an unknown key is an error naming its path, never silently ignored. */
function assign<T extends object>(target: T, plain: Plain, path: string): T {
  for (const [key, value] of Object.entries(plain)) {
    const where = path ? `${path}.${key}` : key;
    if (!(key in target)) throw new ConfigError(`config: unknown key "${where}"`);
    const section = path === '' ? sections[key as keyof typeof sections] : undefined;
    if (section) {
      if (typeof value !== 'object' || value === null) throw new ConfigError(`config: "${where}" must be a mapping`);
      (target as Plain)[key] = assign(new section(), value as Plain, where);
    } else {
      (target as Plain)[key] = value;
    }
  }
  return target;
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `config: "${path}": ${message}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Builds a validated config from plain data (a parsed file plus overrides), listing every error. */
export function configFrom(plain: Plain = {}): FairscanConfig {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new ConfigError('config: the file must hold a mapping at the top level');
  }
  const config = assign(new FairscanConfig(), plain, '');
  const errors = flatten(validateSync(config, { forbidUnknownValues: true }));
  if (errors.length > 0) throw new ConfigError(errors.join('\n'));
  return config;
}

/** Reads a YAML or JSON config file (JSON is YAML), then validates it. */
export async function loadConfigFile(path: string): Promise<Plain> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`config: cannot read ${path}: ${error.code ?? error.message}`);
  });
  const parsed: unknown = parseYaml(text);
  return (parsed ?? {}) as Plain;
}
