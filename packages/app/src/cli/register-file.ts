import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { parseRegister, type Register } from '@fairscan/domain';
import { UsageError } from './usage-error.js';

export interface RegisterFile {
  /** The document as read (YAML or JSON), what a command carries. */
  readonly plain: unknown;
  readonly register: Register;
}

/** Reads and checks a register file; an unreadable or invalid one is a usage error naming the file and each path (exit 2). */
export async function readRegisterFile(file: string): Promise<RegisterFile> {
  let plain: unknown;
  try {
    plain = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseRegister(plain);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => `${file}: ${e.path}: ${e.message}`).join('\n'));
  return { plain, register: parsed.register };
}

/** A register made for another site is a usage error: it would be judged and applied at the wrong one. */
export function assertSameSite(register: Register, file: string, site: string): void {
  if (register.site !== site) throw new UsageError(`${file}: the register is for site "${register.site}", not "${site}"`);
}
