import { type StoredEvent } from '@fairscan/domain';
import { type EpcisOptions, isPackageEvent, objectEventOf } from './epcis-event.js';

export const epcisContext = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';

/**
 * An EPCISDocument, written as it is read: the head, each ObjectEvent as its
 * package fact arrives, then the tail. Stock movements of the same scans are
 * left out: the package fact already says where the item went.
 */
export async function* epcisDocument(events: AsyncIterable<StoredEvent>, options: EpcisOptions & { readonly createdAt: string }): AsyncGenerator<string> {
  const head = { '@context': [epcisContext], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: options.createdAt };
  yield `${JSON.stringify(head).slice(0, -1)},"epcisBody":{"eventList":[`;
  let separator = '\n';
  for await (const event of events) {
    if (!isPackageEvent(event)) continue;
    yield `${separator}${JSON.stringify(objectEventOf(event, options))}`;
    separator = ',\n';
  }
  yield '\n]}}\n';
}
