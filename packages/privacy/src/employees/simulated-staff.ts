import { type OperatorRef, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { issuePseudonym, type RandomSource } from '../identity/issue-pseudonym.js';
import { type KeyVault } from '../vault/key-vault.js';
import { enrolEmployee } from './enrol-employee.js';

export interface SimulatedStaffOptions {
  /** Employee ids are `<prefix>0001`, `<prefix>0002`… Default `E`. */
  readonly prefix?: string;
  /** People per team, in order: team-01, team-02… Default 10. */
  readonly teamSize?: number;
  readonly clock?: () => Date;
}

export interface StaffMember {
  readonly employeeId: string;
  readonly operator: OperatorRef;
  readonly team: string;
}

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Replays a pseudonym as the random draw `issuePseudonym` turns into it (byte i & 31 = character i). */
const replaying = (operator: OperatorRef): RandomSource => () => Uint8Array.from(operator.slice(3), (char) => base32.indexOf(char));

async function firstEvent(store: EventStore, streamName: string): Promise<StoredEvent | undefined> {
  for await (const event of store.readStream(streamName, { maxCount: 1 })) return event;
  return undefined;
}

/** The day's simulated shifts, in order of shift start: the simulator's pseudonyms. */
async function simulatedShifts(store: EventStore, site: string, day: string): Promise<Array<{ operator: OperatorRef; at: string }>> {
  const shifts: Array<{ operator: OperatorRef; at: string }> = [];
  for await (const streamName of store.listStreams(`shift-${site}-${day}-`)) {
    const first = await firstEvent(store, streamName);
    const data = first?.data as { operator?: OperatorRef; at?: string } | undefined;
    if (data?.operator !== undefined && data.at !== undefined) shifts.push({ operator: data.operator, at: data.at });
  }
  return shifts.sort((a, b) => a.at.localeCompare(b.at) || a.operator.localeCompare(b.operator));
}

/**
 * DEMO AND TESTS ONLY. In production the scanner gateway calls
 * `issuePseudonym` when a person logs in, and the pseudonym comes from it.
 * The simulator draws its own pseudonyms instead, so this registers each
 * simulated shift of `day`, after the fact, under a generated employee id
 * (E0001… in order of shift start, the same ids every day), through the same
 * `issuePseudonym` call, its random source replaying the simulator's draw.
 * Running it again for the same day changes nothing.
 */
export async function enrolSimulatedShifts(
  store: EventStore,
  vault: KeyVault,
  site: string,
  day: string,
  options: SimulatedStaffOptions = {},
): Promise<StaffMember[]> {
  const [prefix, teamSize] = [options.prefix ?? 'E', options.teamSize ?? 10];
  const staff: StaffMember[] = [];
  for (const [index, shift] of (await simulatedShifts(store, site, day)).entries()) {
    const member = { employeeId: `${prefix}${pad(index + 1, 4)}`, operator: shift.operator, team: `team-${pad(Math.floor(index / teamSize) + 1, 2)}` };
    await enrolEmployee(store, vault, site, member.employeeId, member.team, options);
    const issued = await issuePseudonym(store, vault, site, member.employeeId, day, replaying(shift.operator), options);
    if (issued !== shift.operator) {
      throw new Error(`employee ${member.employeeId} already holds pseudonym ${issued} on ${day}; simulated shift ${shift.operator} cannot be theirs too`);
    }
    staff.push(member);
  }
  return staff;
}
