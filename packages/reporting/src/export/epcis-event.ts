import { type PackageObservation, packageEventTypes, type StoredEvent } from '@fairscan/domain';
import { gtinClassUri, type LocationIds, locationUri, ssccUri } from './epcis-identifiers.js';

export interface EpcisOptions {
  readonly locations: LocationIds;
  /** The site's UTC offset as EPCIS writes it (`+01:00`); event times are written in UTC either way. */
  readonly timeZoneOffset: string;
}

const packageTypes = new Set<string>(packageEventTypes);

export const isPackageEvent = (event: StoredEvent): event is StoredEvent & { data: PackageObservation } => packageTypes.has(event.type);

/** The object a scan saw: one logistic unit, or one unit of a product class. */
const whatWasSeen = (observation: PackageObservation): Record<string, unknown> =>
  observation.codeType === 'sscc'
    ? { epcList: [ssccUri(observation.code)] }
    : { quantityList: [{ epcClass: gtinClassUri(observation.code), quantity: 1 }] };

/**
 * One package scan as an EPCIS 2.0 ObjectEvent. `action` is OBSERVE: a
 * warehouse sees goods made elsewhere; ADD would claim it commissioned them.
 * Built field by field from the package fact, which carries no operator: no
 * deviceId, no pseudonym, no scan or event id (the key of the attribution
 * stream) can reach the document.
 */
export function objectEventOf(event: StoredEvent & { data: PackageObservation }, options: EpcisOptions): Record<string, unknown> {
  const { data } = event;
  return {
    type: 'ObjectEvent',
    eventTime: new Date(data.occurredAt).toISOString(),
    eventTimeZoneOffset: options.timeZoneOffset,
    ...(event.metadata.recordedAt === undefined ? {} : { recordTime: new Date(event.metadata.recordedAt).toISOString() }),
    ...whatWasSeen(data),
    action: 'OBSERVE',
    bizStep: data.bizStep,
    readPoint: { id: locationUri(data.readPoint, options.locations) },
    bizLocation: { id: locationUri(data.bizLocation, options.locations) },
  };
}
