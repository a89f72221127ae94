import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { withCheckDigit } from '@fairscan/domain';

/** The scanId of line `n` of a written scan file: deterministic, so a test can say which lines must be stored. */
export const scanIdOfLine = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A scan per line, each item its own GTIN; every `badEvery`-th line has a wrong check digit, so it is rejected. */
export function scanLine(n: number, badEvery = 0): string {
  const gtin = withCheckDigit(`400${String(n).padStart(9, '0')}`);
  const code = badEvery > 0 && n % badEvery === 0 ? `${gtin.slice(0, 12)}${(Number(gtin[12]) + 1) % 10}` : gtin;
  const at = new Date(Date.UTC(2026, 2, 2, 6) + n * 20).toISOString();
  return `{"scanId":"${scanIdOfLine(n)}","deviceId":"tc52-${String(n % 40).padStart(4, '0')}","code":"${code}","bizStep":"storing","readPoint":"stow-0${n % 8}","bizLocation":"A-${String(n % 90).padStart(2, '0')}-0${n % 7}","occurredAt":"${at}"}`;
}

/** Writes `lines` scan lines to `path`, streaming, so a 1M-line fixture costs no memory. */
export async function writeScanFile(path: string, lines: number, badEvery = 0): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (let n = 1; n <= lines; n++) {
    batch.push(scanLine(n, badEvery));
    if (batch.length < 10_000 && n < lines) continue;
    if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
    batch = [];
  }
  out.end();
  await once(out, 'finish');
}
