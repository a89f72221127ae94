import { simulateSiteDay } from '@fairscan/scanner-simulator';

export const site = 'bench-1';

/** Valid RecordScan payloads from a simulated day, generated before any clock starts. */
export function simulatedScans(count: number, seed = 11): Array<Record<string, unknown>> {
  const scans: Array<Record<string, unknown>> = [];
  const day = simulateSiteDay({ seed, site, date: '2026-03-02', targetScans: Math.ceil(count * 1.1), invalidCodeRate: 0 });
  for (const command of day) {
    if (command.type !== 'RecordScan') continue;
    scans.push(command.data as unknown as Record<string, unknown>);
    if (scans.length === count) break;
  }
  return scans;
}
