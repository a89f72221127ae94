import { getMetadataStorage } from 'class-validator';
import { Indicator } from './indicator.js';
import { Override } from './override.js';
import { Register } from './register.js';
import { Consultation, Notice, RetentionByCategory } from './register-parts.js';
import { childPath, type RegisterError } from './register-error.js';

/** A DTO class and the DTO classes of its nested fields (a nested list holds instances of the same class). */
interface Shape {
  readonly dto: new () => object;
  readonly nested?: Readonly<Record<string, Shape>>;
}

const indicatorShape: Shape = { dto: Indicator, nested: { override: { dto: Override } } };

export const registerShape: Shape = {
  dto: Register,
  nested: {
    consultation: { dto: Consultation },
    notice: { dto: Notice },
    retention: { dto: RetentionByCategory },
    indicators: indicatorShape,
  },
};

export const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The fields a DTO class declares, from its class-validator decorators: anything else is an unknown key. */
const knownKeys = (dto: new () => object): readonly string[] => [
  ...new Set(getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false).map((meta) => meta.propertyName)),
];

// A YAML loader may turn `2026-02-10` into a Date; the register keeps days as text.
const asText = (value: unknown): unknown =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value;

/**
 * Builds DTO instances from plain data, depth first, without class-transformer.
 * Unknown keys (`__proto__` included) are reported at their path and left out;
 * values of the wrong kind are kept as they are, for the validators to name.
 */
export function buildDto(shape: Shape, plain: unknown, path: string, errors: RegisterError[]): unknown {
  if (Array.isArray(plain)) return plain.map((item, index) => buildDto(shape, item, childPath(path, String(index), true), errors));
  if (!isMapping(plain)) return asText(plain);
  const dto = new shape.dto() as Record<string, unknown>;
  const known = knownKeys(shape.dto);
  for (const [key, value] of Object.entries(plain)) {
    const keyPath = childPath(path, key);
    if (!known.includes(key)) {
      errors.push({ path: keyPath, message: `unknown key (expected one of ${known.join(', ')})` });
      continue;
    }
    const nested = shape.nested?.[key];
    dto[key] = nested === undefined ? asText(value) : buildDto(nested, value, keyPath, errors);
  }
  return dto;
}
