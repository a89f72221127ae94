import { type OperatorRef, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { eventsOfType, readSnapshot, type StreamSnapshot } from '../store/stream-snapshot.js';
import { type PseudonymIssued, type SubjectErased, type SubjectRef, type SubjectRegistered } from './identity-events.js';

/** The whole `identity-<site>` stream; one read per call (a checkpointed projection can replace it at scale). */
export const readIdentity = (store: EventStore, site: string): Promise<StreamSnapshot> => readSnapshot(store, streams.identity(site));

export const issuedPseudonyms = (events: readonly StoredEvent[]): StoredEvent<PseudonymIssued>[] =>
  eventsOfType<PseudonymIssued>(events, 'PseudonymIssued');

export const pseudonymOn = (events: readonly StoredEvent[], subjectRef: SubjectRef, shiftDate: string): OperatorRef | undefined =>
  issuedPseudonyms(events).find(({ data }) => data.subjectRef === subjectRef && data.shiftDate === shiftDate)?.data.operator;

export const issueOf = (events: readonly StoredEvent[], operator: OperatorRef): PseudonymIssued['data'] | undefined =>
  issuedPseudonyms(events).find(({ data }) => data.operator === operator)?.data;

export const isRegistered = (events: readonly StoredEvent[], subjectRef: SubjectRef): boolean =>
  eventsOfType<SubjectRegistered>(events, 'SubjectRegistered').some(({ data }) => data.subjectRef === subjectRef);

export const isErased = (events: readonly StoredEvent[], subjectRef: SubjectRef): boolean =>
  eventsOfType<SubjectErased>(events, 'SubjectErased').some(({ data }) => data.subjectRef === subjectRef);

/** A shift date is a calendar day, the key of day-scoped streams. */
export function assertShiftDate(shiftDate: string): void {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(shiftDate) && !Number.isNaN(Date.parse(`${shiftDate}T00:00:00Z`));
  if (!valid || new Date(`${shiftDate}T00:00:00Z`).toISOString().slice(0, 10) !== shiftDate) {
    throw new RangeError(`shift date "${shiftDate}": expected a calendar day YYYY-MM-DD`);
  }
}
