/**
 * Projection states as text for snapshots: JSON, with Maps and Sets tagged so
 * they come back as Maps and Sets (keys keep their types: a bucket start stays
 * a number).
 */
export function encodeState(state: unknown): string {
  return JSON.stringify(state, (_key, value: unknown) => {
    if (value instanceof Map) return { $map: [...value] };
    if (value instanceof Set) return { $set: [...value] };
    return value;
  });
}

const tagged = (value: unknown, tag: '$map' | '$set'): value is Record<string, unknown[]> =>
  typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)[tag]) && Object.keys(value).length === 1;

export function decodeState<S>(text: string): S {
  return JSON.parse(text, (_key, value: unknown) => {
    if (tagged(value, '$map')) return new Map(value.$map as Array<[unknown, unknown]>);
    if (tagged(value, '$set')) return new Set(value.$set);
    return value;
  }) as S;
}
