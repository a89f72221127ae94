/**
 * The measure catalogue: what an indicator may measure, and what each measure
 * times. Rule packs read these flags, never an indicator's id or name, so a
 * renamed indicator is judged by what it measures.
 */
export const subjects = ['item', 'station', 'team', 'individual'] as const;
export type Subject = (typeof subjects)[number];

/** What a measure times about a person, when it is about a person. */
export type PersonalTiming = 'gestures' | 'idle' | 'day-edges';

export interface Measure {
  readonly id: string;
  readonly description: string;
  /** Subjects the measure makes sense for; any other is refused when the register is parsed. */
  readonly subjects: readonly Subject[];
  /** Per person, the measure is personal data (GDPR Art. 4(1)). */
  readonly personalWhenIndividual: boolean;
  /** CNIL-SMG, CNIL-IDLE, CNIL-LATENCY, CNIL-BADGE: per person, it times gestures, idle periods or the day's edges. */
  readonly times?: PersonalTiming;
  /** California Labor Code 2100(e): per person, it is "work speed data". */
  readonly workSpeed: boolean;
}

const people: readonly Subject[] = ['station', 'team', 'individual'];

export const measures = [
  { id: 'items-per-hour', description: 'items scanned per hour worked, breaks excluded', subjects: people, personalWhenIndividual: true, workSpeed: true },
  { id: 'units-per-task', description: 'units handled per completed task', subjects: people, personalWhenIndividual: true, workSpeed: true },
  { id: 'error-rate', description: 'share of scans or tasks corrected afterwards (wrong bin, wrong item, short pick)', subjects: people, personalWhenIndividual: true, workSpeed: false },
  { id: 'scan-interval', description: "time between one person's consecutive scans", subjects: people, personalWhenIndividual: true, times: 'gestures', workSpeed: true },
  { id: 'inactivity', description: 'time without scans', subjects: people, personalWhenIndividual: true, times: 'idle', workSpeed: false },
  { id: 'time-to-first-scan', description: 'time from badge-in to the first scan of the day', subjects: ['team', 'individual'], personalWhenIndividual: true, times: 'day-edges', workSpeed: false },
  { id: 'time-after-last-scan', description: 'time from the last scan of the day to badge-out', subjects: ['team', 'individual'], personalWhenIndividual: true, times: 'day-edges', workSpeed: false },
  { id: 'task-duration', description: 'time from task started to task completed', subjects: people, personalWhenIndividual: true, workSpeed: true },
  { id: 'station-throughput', description: 'items through a station per hour', subjects: ['station'], personalWhenIndividual: false, workSpeed: false },
  { id: 'package-dwell-time', description: 'time a package waits between two business steps (e.g. packed to shipped)', subjects: ['item', 'station'], personalWhenIndividual: false, workSpeed: false },
  { id: 'backlog', description: 'items or tasks waiting at a station or for a team', subjects: ['station', 'team'], personalWhenIndividual: false, workSpeed: false },
  { id: 'break-compliance', description: 'whether the breaks owed by the Labour Code were taken (e.g. 20 minutes after 6 hours, L3121-16); protective, reports no break durations', subjects: ['team', 'individual'], personalWhenIndividual: true, workSpeed: false },
] as const satisfies readonly Measure[];

export type MeasureId = (typeof measures)[number]['id'];

export const measureIds: readonly MeasureId[] = measures.map((measure) => measure.id);

const byId = new Map<string, Measure>(measures.map((measure) => [measure.id, measure]));

/** The catalogue entry for `id`, or undefined for a measure the catalogue does not know. */
export const measureOf = (id: string): Measure | undefined => byId.get(id);
