import { IsArray, IsIn, IsOptional, registerDecorator } from 'class-validator';
import { rulePackIds } from '../policy/packs/index.js';
import { parseRegister } from '../policy/parse-register.js';
import { IsIdentifier, IsInstant } from './validators/fields.js';

/** Every error of the register at its path, on one line: `indicators[0].camera: unknown key (…); …`. */
function registerErrors(value: unknown): string {
  const parsed = parseRegister(value);
  return parsed.ok ? '' : parsed.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
}

const IsRegister = (): PropertyDecorator => (target, property) =>
  registerDecorator({
    name: 'isRegister',
    target: target.constructor,
    propertyName: String(property),
    validator: { validate: (value) => parseRegister(value).ok, defaultMessage: (args) => registerErrors(args?.value) },
  });

/**
 * Puts a site's indicator register in force. The decider judges it against
 * the rule packs and refuses it while a violation has no justified override
 * (the CNIL decision's indicators cannot be switched on by accident).
 */
export class ActivateRegister {
  /** The register as plain data (a parsed YAML or JSON file), checked with `parseRegister`. */
  @IsRegister()
  register!: unknown;

  /** Rule packs to judge it against; default the packs of its jurisdiction. */
  @IsOptional()
  @IsArray({ message: '$property must be a list of rule pack ids' })
  @IsIn([...rulePackIds], { each: true, message: `$property must each be one of ${rulePackIds.join(', ')} (got "$value")` })
  packs?: string[] | null;

  @IsInstant()
  at!: string;

  /** The named account activating it (CNIL-VIDEO: every decision is attributable). */
  @IsOptional()
  @IsIdentifier()
  activatedBy?: string | null;
}
