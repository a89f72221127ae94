import { validateSync } from 'class-validator';
import { commandClasses, commandTypes, isCommandType, type Command, type CommandOf, type CommandType } from './command.js';
import { toFieldErrors, type FieldError } from './field-errors.js';
import { compileValidShape, type ValidShape } from './valid-shape.js';

export type ParseResult<C extends Command = Command> =
  | { readonly ok: true; readonly command: C }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeErrors(type: string, plain: unknown): FieldError[] {
  if (!isCommandType(type)) {
    return [{ field: 'type', message: `unknown command type "${type}" (expected one of ${commandTypes.join(', ')})` }];
  }
  if (!isPlainObject(plain)) return [{ field: '', message: `${type} must be a JSON object` }];
  // Object.assign would run the __proto__ setter and swap the DTO's class.
  if (Object.prototype.hasOwnProperty.call(plain, '__proto__')) {
    return [{ field: '__proto__', message: 'property __proto__ should not exist' }];
  }
  return [];
}

/** Compiled on first use of each command type; undefined where only validateSync can judge. */
const validShapes = new Map<CommandType, ValidShape | undefined>();

function validShapeOf(type: CommandType): ValidShape | undefined {
  if (!validShapes.has(type)) validShapes.set(type, compileValidShape(commandClasses[type]));
  return validShapes.get(type);
}

/**
 * Turns plain JSON into a validated command DTO. Unknown fields are errors,
 * and every failing field is listed, not just the first.
 */
export function parseCommand<T extends CommandType>(type: T, plain: unknown): ParseResult<CommandOf<T>>;
export function parseCommand(type: string, plain: unknown): ParseResult;
export function parseCommand(type: string, plain: unknown): ParseResult {
  const shape = shapeErrors(type, plain);
  if (shape.length > 0) return { ok: false, errors: shape };
  const dto: object = Object.assign(new commandClasses[type as CommandType](), plain);
  // A valid command (nearly every scan) skips the executor's error bookkeeping; any failure is worded by validateSync.
  const valid = validShapeOf(type as CommandType)?.(dto) === true;
  const errors = valid ? [] : toFieldErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, command: { type, data: dto } as Command };
}
