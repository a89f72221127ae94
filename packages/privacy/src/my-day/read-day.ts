import { type OperatorRef, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { assertAllowed, guardRead } from '../accounts/guard.js';
import { ownerOf, pseudonymOnDay } from '../employees/employee-lookup.js';
import { teamOf } from '../employees/enrol-employee.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { eventsOfShift, heldEvents } from './held-events.js';
import { myDay, type MyDay } from './my-day.js';
import { personDay, type PersonDay } from './person-day.js';

export interface DayReadOptions {
  readonly clock?: () => Date;
  /** Judge break status at this instant; default now, or the newest event of the shift if later (a simulated day). */
  readonly asOf?: string;
}

function asOfFor(events: readonly StoredEvent[], options: DayReadOptions, now: Date): string {
  if (options.asOf !== undefined) return options.asOf;
  const newest = events.reduce((latest, event) => Math.max(latest, Date.parse(event.metadata.occurredAt)), 0);
  return new Date(Math.max(now.getTime(), newest)).toISOString();
}

/**
 * "My day" for the account's own holder (read:own-day, self only), or
 * undefined when they had no shift that day. The read is logged first.
 */
export async function readMyDay(store: EventStore, account: Account, shiftDate: string, options: DayReadOptions = {}): Promise<MyDay | undefined> {
  const clock = options.clock ?? (() => new Date());
  // Refuses an account with no subject linked before anything is logged or read.
  assertAllowed(account, 'read:own-day', { site: account.site, subject: account.subject });
  const subject = account.subject as SubjectRef;
  const resource = { site: account.site, subject };
  await guardRead(store, account, { action: 'read:own-day', resource, subject, purpose: 'my day', what: `my-day ${shiftDate}` }, clock);
  const operator = await pseudonymOnDay(store, account.site, subject, shiftDate);
  if (operator === undefined) return undefined;
  const events = eventsOfShift(await heldEvents(store, account.site, [{ operator, shiftDate }]), operator);
  return myDay(events, operator, asOfFor(events, options, clock()));
}

/**
 * A person's day as a team lead (own team) or site manager sees it
 * (read:person-day), by the shift pseudonym they see on boards and alerts.
 */
export async function readPersonDay(store: EventStore, account: Account, operator: OperatorRef, options: DayReadOptions = {}): Promise<PersonDay> {
  const clock = options.clock ?? (() => new Date());
  const owner = await ownerOf(store, account.site, operator);
  if (owner === undefined) throw new Error(`pseudonym ${operator} was not issued at site "${account.site}"`);
  const resource = { site: account.site, subject: owner.subjectRef, team: await teamOf(store, account.site, owner.subjectRef) };
  await guardRead(store, account, { action: 'read:person-day', resource, subject: operator, purpose: 'person day: reassign work, breaks owed', what: `person-day ${operator}` }, clock);
  const events = eventsOfShift(await heldEvents(store, account.site, [{ operator, shiftDate: owner.shiftDate }]), operator);
  return personDay(events, operator, asOfFor(events, options, clock()));
}
