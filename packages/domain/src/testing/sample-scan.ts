/**
 * A valid RecordScan payload, as a scanner sends it (stow of a GTIN-13 into
 * bin A-01-03, no operator), for tests in any package to vary one field of.
 */
export const sampleScan = Object.freeze({
  scanId: '3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1b',
  deviceId: 'tc52-0017',
  code: '4006381333931',
  bizStep: 'storing',
  readPoint: 'stow-03',
  bizLocation: 'A-01-03',
  occurredAt: '2024-03-01T08:15:00Z',
} as const);
