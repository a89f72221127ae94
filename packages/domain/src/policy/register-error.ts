import { type ValidationError } from 'class-validator';

/** One thing wrong with a register, at its path: `indicators[2].measure`, `retention.shift`. */
export interface RegisterError {
  readonly path: string;
  readonly message: string;
}

/** `indicators` + `2` → `indicators[2]` under a list, `retention` + `shift` → `retention.shift` otherwise. */
export function childPath(parent: string, key: string, parentIsList = false): string {
  if (parentIsList && /^\d+$/.test(key)) return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

// A value of the wrong kind breaks every other rule of its field too: say only that, once.
const kindConstraints = ['isObject', 'isArray', 'isInt', 'isNumber', 'isString', 'isBoolean', 'nestedValidation'];

function messagesOf(error: ValidationError): { messages: string[]; wrongKind: boolean } {
  if (error.value === undefined || error.value === null) return { messages: ['is required'], wrongKind: true };
  const constraints = error.constraints ?? {};
  const kind = kindConstraints.find((name) => constraints[name] !== undefined);
  if (kind !== undefined) return { messages: [constraints[kind] as string], wrongKind: true };
  return { messages: Object.values(constraints), wrongKind: false };
}

/** Every failed constraint with its path, children included; one message for a missing or mistyped field. */
export function toRegisterErrors(errors: readonly ValidationError[], parent = '', parentIsList = false): RegisterError[] {
  return errors.flatMap((error) => {
    const path = childPath(parent, error.property, parentIsList);
    const { messages, wrongKind } = messagesOf(error);
    const children = wrongKind ? [] : toRegisterErrors(error.children ?? [], path, Array.isArray(error.value));
    return [...messages.map((message) => ({ path, message })), ...children];
  });
}
