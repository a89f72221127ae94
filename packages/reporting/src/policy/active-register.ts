import { type RegisterActivated, type RegisterActivatedData, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

/** The register in force at a site: the last `RegisterActivated` of `policy-<site>`, or undefined when none was activated. */
export async function readActiveRegister(store: EventStore, site: string): Promise<RegisterActivatedData | undefined> {
  for await (const event of store.readStream(streams.policy(site), { direction: 'backwards' })) {
    if (event.type === 'RegisterActivated') return (event as unknown as RegisterActivated).data;
  }
  return undefined;
}

/**
 * One line naming every violation the active register keeps by override, for
 * the top of every report ("overrides show in every report"); undefined when
 * it keeps none.
 */
export function overridesNote(active: RegisterActivatedData | undefined): string | undefined {
  if (active === undefined || active.overrides.length === 0) return undefined;
  const count = `${active.overrides.length} overridden violation${active.overrides.length === 1 ? '' : 's'}`;
  const each = active.overrides.map((o) => `${o.rule} on "${o.indicator}" (approved by ${o.approvedBy} on ${o.date}: ${o.justification})`);
  return `Register in force at ${active.site} (${active.registerHash.slice(0, 12)}, activated ${active.at}) keeps ${count}: ${each.join('; ')}`;
}
