import { type ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';

/** class-validator does not export its ValidationMetadata type from the package root. */
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** Says whether a DTO instance passes every rule of its class; never why (validateSync words the errors). */
export type ValidShape = (dto: object) => boolean;

interface Rule {
  readonly metadata: ValidationMetadata;
  readonly validators: ReadonlyArray<(value: unknown, args: ValidationArguments) => unknown>;
}

interface PropertyRules {
  readonly property: string;
  readonly conditions: readonly ValidationMetadata[];
  /** IS_DEFINED rules run first and even when a condition skips the others, as in class-validator. */
  readonly defined: readonly Rule[];
  readonly custom: readonly Rule[];
}

const handled = new Set([ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.IS_DEFINED, ValidationTypes.WHITELIST]);

/**
 * The verdict of `validateSync(dto, { whitelist: true, forbidNonWhitelisted: true })`
 * without its error bookkeeping, compiled once per class from class-validator's
 * own metadata and run through the very same constraint instances. The executor
 * builds a ValidationError per property and re-reads the metadata on every call,
 * most of a scan's validation cost; a valid command needs none of that, and a
 * failing one is validated again by validateSync for the full error list.
 *
 * Returns undefined for a class using what this does not replay (nested,
 * promise, `each`, async or group-restricted rules): such a class always goes
 * through validateSync.
 */
export function compileValidShape(dtoClass: new () => object): ValidShape | undefined {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(dtoClass, undefined as unknown as string, false, false);
  if (metadatas.length === 0 || metadatas.some((m) => !handled.has(m.type) || m.each || m.always || (m.groups?.length ?? 0) > 0)) return undefined;
  const rule = (metadata: ValidationMetadata): Rule | undefined => {
    const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
    if (constraints.some((constraint) => constraint.async)) return undefined;
    return { metadata, validators: constraints.map((constraint) => constraint.instance.validate.bind(constraint.instance)) };
  };
  const properties: PropertyRules[] = [];
  for (const [property, own] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const defined = own.filter((m) => m.type === ValidationTypes.IS_DEFINED).map(rule);
    const custom = own.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION).map(rule);
    if ([...defined, ...custom].includes(undefined)) return undefined;
    const conditions = own.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
    properties.push({ property, conditions, defined: defined as Rule[], custom: custom as Rule[] });
  }
  const known = new Set(properties.map((rules) => rules.property));
  const targetName = dtoClass.name;
  return (dto) => Object.keys(dto).every((key) => known.has(key)) && properties.every((rules) => propertyPasses(dto, targetName, rules));
}

function propertyPasses(dto: object, targetName: string, { property, conditions, defined, custom }: PropertyRules): boolean {
  const value = (dto as Record<string, unknown>)[property];
  // A failed condition (IsOptional on a missing value, ValidateIf) skips every rule of the property.
  if (!conditions.every((condition) => (condition.constraints[0] as (o: object, v: unknown) => boolean)(dto, value))) return true;
  return rulesPass(dto, targetName, value, defined) && rulesPass(dto, targetName, value, custom);
}

function rulesPass(dto: object, targetName: string, value: unknown, rules: readonly Rule[]): boolean {
  for (const { metadata, validators } of rules) {
    if (metadata.validateIf !== undefined && !metadata.validateIf(dto, value)) continue;
    // The DTO's own class: a `constructor` key in the input fails the whitelist before any rule runs.
    const args: ValidationArguments = { targetName, property: metadata.propertyName, object: dto, value, constraints: metadata.constraints };
    for (const validate of validators) if (!validate(value, args)) return false;
  }
  return true;
}
