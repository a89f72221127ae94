import { bizSteps, stationThroughput, throughputRows, type StationThroughputState } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

interface StationLine {
  station: string;
  bizStep: string;
  scans: number;
  buckets: number;
  peak: number;
  peakAt: string;
}

function stationLines(state: StationThroughputState, until: string): StationLine[] {
  const lines = new Map<string, StationLine>();
  for (const row of throughputRows(state, { until })) {
    const key = `${row.station}\u0000${row.bizStep}`;
    const line = lines.get(key) ?? { station: row.station, bizStep: row.bizStep, scans: 0, buckets: 0, peak: 0, peakAt: '' };
    line.scans += row.count;
    line.buckets++;
    if (row.count > line.peak) Object.assign(line, { peak: row.count, peakAt: row.bucketStart.slice(11, 16) });
    lines.set(key, line);
  }
  const stepOrder = (step: string) => bizSteps.indexOf(step as (typeof bizSteps)[number]);
  return [...lines.values()].sort((a, b) => stepOrder(a.bizStep) - stepOrder(b.bizStep) || a.station.localeCompare(b.station));
}

/** Stations, not people (CNIL-OK): how each station flowed, per bizStep, in 15-minute buckets. */
export const stationsReport = defineReport<StationThroughputState>({
  name: 'stations',
  description: 'station throughput per bizStep (15-minute buckets)',
  projection: stationThroughput,
  tables(state, { asOf, limit }) {
    const lines = stationLines(state, asOf);
    const rows = lines.slice(0, limit).map((l) => [
      l.station,
      l.bizStep,
      l.scans,
      Math.round((l.scans / Math.max(1, l.buckets)) * 4),
      l.peak * 4,
      l.peakAt,
    ]);
    const notes = lines.length > limit ? [`${lines.length - limit} more stations not shown (--limit)`] : [];
    return [
      {
        title: `Station throughput (as of ${asOf})`,
        columns: ['station', 'bizStep', 'scans', 'avg/h active', 'peak/h', 'peak at (UTC)'],
        rows,
        notes,
      },
    ];
  },
});
