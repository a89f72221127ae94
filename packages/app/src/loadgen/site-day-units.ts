import { simulateSiteDay, type SiteDayOptions } from '@fairscan/scanner-simulator';

/**
 * The simulated day's scans, `batch` to a unit, as one device sends them: a
 * topic or a token speaks for one handheld, so a unit carries the device id
 * of its first scan (or `device`, the one a token was issued to).
 */
export function* siteDayUnits(day: SiteDayOptions, batch: number, device?: string): Generator<Record<string, unknown>[]> {
  let unit: Record<string, unknown>[] = [];
  for (const command of simulateSiteDay(day)) {
    if (command.type !== 'RecordScan') continue;
    const scan = command.data as unknown as Record<string, unknown>;
    unit.push({ ...scan, deviceId: device ?? unit[0]?.deviceId ?? scan.deviceId });
    if (unit.length < batch) continue;
    yield unit;
    unit = [];
  }
  if (unit.length > 0) yield unit;
}
