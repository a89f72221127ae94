import { validateSync } from 'class-validator';
import { buildDto, isMapping, registerShape } from './build-register.js';
import { type Register } from './register.js';
import { registerChecks } from './register-checks.js';
import { toRegisterErrors, type RegisterError } from './register-error.js';

export type RegisterParse =
  | { readonly ok: true; readonly register: Register }
  | { readonly ok: false; readonly errors: readonly RegisterError[] };

/** The path of an error about the register as a whole. */
export const registerRoot = '(register)';

/**
 * Turns a parsed YAML or JSON document into a validated `Register`, or lists
 * every error with its path: unknown keys at any depth, bad values, missing fields.
 */
export function parseRegister(plain: unknown): RegisterParse {
  if (!isMapping(plain)) {
    return { ok: false, errors: [{ path: registerRoot, message: 'must be a mapping with site, jurisdiction, retention and indicators' }] };
  }
  const errors: RegisterError[] = [];
  const register = buildDto(registerShape, plain, '', errors) as Register;
  errors.push(...toRegisterErrors(validateSync(register, { forbidUnknownValues: true })), ...registerChecks(register));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, register };
}
