/** One record of a message: parsed, or a line that is not JSON, numbered from 1. */
export type PayloadLine = { readonly line: number; readonly record: unknown } | { readonly line: number; readonly notJson: string };

/**
 * A message holds one scan (a JSON object), several (a JSON array), or NDJSON
 * (one scan a line, what a handheld sends after buffering offline). A line that
 * is not JSON is reported on its own; its neighbours still count.
 */
export function decodePayload(payload: Buffer): PayloadLine[] {
  const text = payload.toString('utf8');
  try {
    const whole: unknown = JSON.parse(text);
    return (Array.isArray(whole) ? whole : [whole]).map((record, i) => ({ line: i + 1, record }));
  } catch {
    return text.split('\n').flatMap((raw, i) => (raw.trim() === '' ? [] : [decodeLine(raw, i + 1)]));
  }
}

function decodeLine(raw: string, line: number): PayloadLine {
  try {
    return { line, record: JSON.parse(raw) as unknown };
  } catch (error) {
    return { line, notJson: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
