import { IsIn, IsInt, IsString, Length, Matches, Max, Min, isISO8601 } from 'class-validator';
import { type BreakSource } from '../../events/shift-events.js';
import { bizSteps } from '../../gs1/epcis.js';
import { operatorRefPattern } from '../../gs1/operator-ref.js';
import { predicate } from './predicate.js';

/**
 * Field rules shared by the command DTOs. Identifiers end up inside stream
 * names (`task-<site>-<taskId>`, `location-<site>-<bin>`), hence the narrow
 * character set.
 */
const identifierPattern = /^[A-Za-z0-9._:-]{1,64}$/;

export const IsIdentifier = (): PropertyDecorator => (target, property) => {
  Matches(identifierPattern, { message: '$property must be 1-64 characters of A-Z a-z 0-9 . _ : - (got "$value")' })(target, property);
  // A pseudonym smuggled in as a bin or station would reach `package-*` streams.
  predicate('notOperatorRef', (value) => !operatorRefPattern.test(String(value)), '$property must not be a shift pseudonym')(target, property);
};

export const IsBizStep = (): PropertyDecorator =>
  IsIn([...bizSteps], { message: `$property must be one of ${bizSteps.join(', ')} (got "$value")` });

// A pseudonym is per shift, so it cannot join operational data across days; an employee id could.
export const IsOperatorRef = (): PropertyDecorator =>
  Matches(operatorRefPattern, { message: 'operator must be a shift pseudonym (op_…), never an employee id' });

export const breakSources: readonly BreakSource[] = ['worker', 'schedule', 'badge'];

export const IsBreakSource = (): PropertyDecorator =>
  IsIn([...breakSources], { message: `$property must be one of ${breakSources.join(', ')} (got "$value")` });

export const IsReason = (): PropertyDecorator => (target, property) => {
  IsString({ message: '$property must be a string' })(target, property);
  Length(1, 500, { message: '$property must be 1-500 characters' })(target, property);
};

/** An integer in [min, max]. */
export const IsCount = (min: number, max = Number.MAX_SAFE_INTEGER): PropertyDecorator => (target, property) => {
  IsInt({ message: '$property must be an integer (got $value)' })(target, property);
  Min(min, { message: `$property must be at least ${min} (got $value)` })(target, property);
  Max(max, { message: `$property must be at most ${max} (got $value)` })(target, property);
};

// Strict: a time and a zone are required, so `dayOf` and 15-minute buckets never depend on the server's zone.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && instantPattern.test(value) && isISO8601(value, { strict: true });

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true });


export const IsInstant = (): PropertyDecorator =>
  predicate('isInstant', isInstant, '$property must be an ISO-8601 instant with a timezone, e.g. 2024-03-01T08:15:00Z (got "$value")');

export const IsDay = (): PropertyDecorator =>
  predicate('isDay', isDay, '$property must be a calendar day YYYY-MM-DD (got "$value")');
