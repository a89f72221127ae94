import { type StoredEvent } from '../events/envelope.js';
import { isOperationalStream } from '../streams/stream-names.js';

// Unanchored, but not inside a longer word: a bin named `shop_...` is not a pseudonym.
const pseudonymAnywhere = /(?<![A-Za-z0-9])op_[a-z2-7]{16}(?![a-z2-7])/;
// A handheld is checked out to one person a shift, so its id is a reference too.
const personalKeys = new Set(['operator', 'taskId', 'deviceId']);

/** The dotted path of the first operator reference inside `value`, if any. */
function findReference(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return pseudonymAnywhere.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`;
    if (personalKeys.has(key)) return childPath;
    const found = findReference(child, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The privacy model's invariant (design.md): `package-*` and `location-*`
 * streams never carry an operator reference, in data or metadata. Returns
 * what is wrong, or undefined. Tests run it over every event of a simulated day.
 */
export function operationalLeakCheck(event: StoredEvent): string | undefined {
  if (!isOperationalStream(event.streamName)) return undefined;
  const path = findReference(event.data, 'data') ?? findReference(event.metadata, 'metadata');
  if (path === undefined) return undefined;
  return `${event.streamName} #${event.streamPosition} (${event.type}): operator reference at ${path}; operational streams must carry none`;
}
