import { registerDecorator, type ValidationArguments } from 'class-validator';

/** A class-validator decorator from a plain test: what the command DTOs and the register both build their field checks on. */
export function predicate(
  name: string,
  validate: (value: unknown) => boolean,
  message: string | ((args: ValidationArguments) => string),
): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(property),
      options: { message },
      validator: { validate },
    });
}
