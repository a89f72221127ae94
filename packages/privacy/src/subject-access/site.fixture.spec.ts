import { type FairscanEvent, type OperatorRef, streams, toOperatorRef } from '@fairscan/domain';
import { InMemoryEventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { registerAccount } from '../accounts/account-store.js';
import { enrolSimulatedShifts, type StaffMember } from '../employees/simulated-staff.js';
import { newEvent } from '../store/stream-snapshot.js';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';

export const site = 'lil1';
export const day = '2026-03-02';
export const t = (hhmm: string): string => `${day}T${hhmm}:00.000Z`;
export const clock = (): Date => new Date(t('14:00'));

/** Two simulated shifts (as the simulator would write them), then staff and accounts on top. */
export interface StaffedSite {
  readonly store: InMemoryEventStore;
  readonly vault: InMemoryKeyVault;
  readonly staff: readonly StaffMember[];
  readonly accounts: Readonly<Record<'dpo' | 'e1' | 'e2' | 'lea' | 'analyst' | 'manager', Account>>;
}

export const first = toOperatorRef('op_aaaaaaaaaaaaaaaa');
export const second = toOperatorRef('op_bbbbbbbbbbbbbbbb');

function shiftOf(operator: OperatorRef, start: string): FairscanEvent[] {
  return [
    { type: 'ShiftStarted', data: { operator, at: t(start) } },
    { type: 'BreakStarted', data: { operator, source: 'worker', at: t('09:00') } },
    { type: 'BreakEnded', data: { operator, source: 'worker', at: t('09:30') } },
    { type: 'ShiftEnded', data: { operator, at: t('13:00') } },
  ];
}

async function writeDay(store: InMemoryEventStore): Promise<void> {
  const append = (stream: string, events: FairscanEvent[]) => store.appendToStream(stream, events.map((event) => newEvent(event, t('06:00'))));
  await append(streams.shift(site, day, first), shiftOf(first, '05:00'));
  await append(streams.shift(site, day, second), shiftOf(second, '06:00'));
  for (const [taskId, operator] of [['T1', first], ['T2', second]] as const) {
    await append(streams.task(site, taskId), [
      { type: 'TaskCreated', data: { taskId, bizStep: 'picking', station: 'pick-01', units: 5, at: t('06:10') } },
      { type: 'TaskAssigned', data: { taskId, operator, at: t('06:11') } },
    ]);
  }
  const scan = (scanId: string, operator: OperatorRef): FairscanEvent => ({
    type: 'ScanAttributed',
    data: { scanId, operator, taskId: 'T1', bizStep: 'picking', readPoint: 'pick-01', occurredAt: t('07:00') },
  });
  await append(streams.attribution(site, day), [scan('s1', first), scan('s2', first), scan('s3', second)]);
}

export async function staffedSite(): Promise<StaffedSite> {
  const [store, vault] = [new InMemoryEventStore(), new InMemoryKeyVault()];
  await writeDay(store);
  const staff = await enrolSimulatedShifts(store, vault, site, day, { teamSize: 1, clock });
  const add = (id: string, role: Account['role'], by: Account | undefined, extra: { team?: string; employeeId?: string } = {}) =>
    registerAccount(store, vault, site, { id, holder: `Holder of ${id}`, role, ...extra }, by, { clock });
  const dpo = await add('dpo', 'dpo', undefined);
  const accounts = {
    dpo,
    e1: await add('w.e1', 'worker', dpo, { employeeId: 'E0001' }),
    e2: await add('w.e2', 'worker', dpo, { employeeId: 'E0002' }),
    lea: await add('lea', 'team-lead', dpo, { team: 'team-02' }),
    analyst: await add('ana', 'analyst', dpo),
    manager: await add('sm', 'site-manager', dpo),
  };
  return { store, vault, staff, accounts };
}
