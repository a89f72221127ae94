import { IsIn, IsInt, IsString, Min } from 'class-validator';
import { parseIsoDuration } from './iso-duration.js';
import { predicate } from '../commands/validators/predicate.js';

/**
 * Field rules of the register DTOs. Messages leave out the field name: the
 * error's path (`indicators[2].measure`) already names it.
 */
export const IsOneOf = (values: readonly string[]): PropertyDecorator =>
  IsIn([...values], { message: `must be one of ${values.join(', ')} (got "$value")` });

/** A list whose every entry is one of `values`; the message names the entries that are not. */
export const IsEachOneOf = (values: readonly string[]): PropertyDecorator =>
  predicate(
    'isEachOneOf',
    (value) => Array.isArray(value) && value.every((entry) => values.includes(entry as string)),
    ({ value }) => {
      const others = (Array.isArray(value) ? value : [value]).filter((entry) => !values.includes(entry as string));
      return `each must be one of ${values.join(', ')} (got ${others.map((entry) => JSON.stringify(entry)).join(', ')})`;
    },
  );

/** An integer number of days (or people) of at least `min`. */
export const IsWholeNumber = (min: number): PropertyDecorator => (target, property) => {
  IsInt({ message: 'must be a whole number (got $value)' })(target, property);
  Min(min, { message: `must be at least ${min} (got $value)` })(target, property);
};

/** Text with at least `minLength` characters besides spaces. */
export const IsText = (minLength = 1): PropertyDecorator => (target, property) => {
  IsString({ message: 'must be a string' })(target, property);
  const message = minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`;
  predicate('isText', (value) => typeof value === 'string' && value.trim().length >= minLength, message)(target, property);
};

export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

export const IsCalendarDate = (): PropertyDecorator =>
  predicate('isCalendarDate', isCalendarDate, 'must be a date YYYY-MM-DD (got "$value")');

/** A non-zero ISO-8601 duration: the period an indicator's value aggregates over. */
export const IsIsoDuration = (): PropertyDecorator =>
  predicate(
    'isIsoDuration',
    (value) => typeof value === 'string' && (parseIsoDuration(value) ?? 0) > 0,
    'must be a non-zero ISO-8601 duration such as P1W, P1D or PT1H (got "$value")',
  );

